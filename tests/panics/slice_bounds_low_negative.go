package main

func main() {
	s := []int{1, 2}
	i := -1
	_ = s[i:]
}

// Error:
// panic: runtime error: slice bounds out of range [-1:]
