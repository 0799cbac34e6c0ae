package main

func main() {
	n := -1
	_ = make([]int, n)
}

// Error:
// panic: runtime error: makeslice: len out of range
