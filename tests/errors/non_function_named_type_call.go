package main

type Count int

func main() {
	var c Count
	c()
}

// Error:
// 7:2: invalid operation: cannot call c (variable of int type Count): Count is not a function
