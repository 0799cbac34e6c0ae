package main

import "fmt"

type Shape interface{ Area() float64 }

func main() {
	var s Shape
	fmt.Println("calling on nil interface")
	fmt.Println(s.Area())
}

// Output:
// calling on nil interface
// Error:
// panic: runtime error: invalid memory address or nil pointer dereference
