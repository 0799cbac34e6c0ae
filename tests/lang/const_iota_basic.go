package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const (
	X, Y = iota, iota * 10
	Z, W
)

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(X, Y, Z, W)
}

// Output:
// 0 1 2 4
// 0 0 1 10
