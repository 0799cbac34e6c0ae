package main

func two() (int, int) { return 1, 2 }

func main() {
	x := two() + 1
	_ = x
}

// Error:
// 6:7: multiple-value two() (value of type (int, int)) in single-value context
