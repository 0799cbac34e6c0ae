package main

type A int
type B int

func main() {
	var a A = 1
	var b B = 1
	_ = a == b
}

// Error:
// 9:11: invalid operation: a == b (mismatched types A and B)
