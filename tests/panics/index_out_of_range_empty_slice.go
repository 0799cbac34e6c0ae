package main

func main() {
	var s []int
	_ = s[0]
}

// Error:
// panic: runtime error: index out of range [0] with length 0
