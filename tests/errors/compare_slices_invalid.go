package main

func main() {
	a, b := []int{1}, []int{1}
	_ = a == b
}

// Error:
// 5:6: invalid operation: a == b (slice can only be compared to nil)
