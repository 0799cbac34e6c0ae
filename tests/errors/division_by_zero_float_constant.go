package main

func main() {
	const c = 1.0 / 0
	_ = c
}

// Error:
// 4:18: invalid operation: division by zero
