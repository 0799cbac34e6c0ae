package main

func main() {
	a := [2]int{1, 2, 3}
	_ = a
}

// Error:
// 4:20: index 2 is out of bounds (>= 2)
