package main

func main() {
	n := uint(3)
	var f float64 = 1 << n
	var s string = 1 << n
	_, _ = f, s
}

// Error:
// 5:18: invalid operation: shifted operand 1 (type float64) must be integer
// 6:17: cannot use 1 << n (untyped int value) as string value in variable declaration
