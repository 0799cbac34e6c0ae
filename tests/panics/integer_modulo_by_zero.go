package main

func main() {
	var x int8 = 3
	var y int8
	_ = x % y
}

// Error:
// panic: runtime error: integer divide by zero
