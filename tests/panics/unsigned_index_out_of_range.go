package main

func main() {
	s := []int{1, 2, 3}
	var i uint8 = 200
	_ = s[i]
}

// Error:
// panic: runtime error: index out of range [200] with length 3
