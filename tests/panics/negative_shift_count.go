package main

func main() {
	n := -2
	_ = 1 << n
}

// Error:
// panic: runtime error: negative shift amount
