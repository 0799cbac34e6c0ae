package main

func main() {
	s := make([]int, 3, 5)
	k := 6
	_ = s[1:2:k]
}

// Error:
// panic: runtime error: slice bounds out of range [::6] with capacity 5
