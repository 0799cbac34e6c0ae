package main

import "fmt"

func main() {
	defer fmt.Println("end")
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print(i, " ") }()
	}
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
	fmt.Println("outer body")
}

// Output:
// inner body
// inner deferred
// outer body
// 2 1 0 end
