package main

func main() {
	s := []int{1, 2}
	_ = [3]int(s)
}

// Error:
// panic: runtime error: cannot convert slice with length 2 to array or pointer to array with length 3
