package main

func main() {
	n, c := 5, 3
	_ = make([]int, n, c)
}

// Error:
// panic: runtime error: makeslice: cap out of range
