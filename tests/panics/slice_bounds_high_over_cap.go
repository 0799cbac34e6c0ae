package main

func main() {
	s := make([]int, 2, 3)
	j := 5
	_ = s[:j]
}

// Error:
// panic: runtime error: slice bounds out of range [:5] with capacity 3
