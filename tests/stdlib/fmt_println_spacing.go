package main

import "fmt"

func main() {
	fmt.Println("a", "b", 1, 2, true, nil)
	fmt.Println()
	fmt.Println("x", 3.5, []int{1}, "y")
	fmt.Print("a", "b", "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("s", 1, 2, "t", 3, "\n")
	fmt.Print(1.5, true, "\n")
	fmt.Print(nil, nil, "\n")
}

// Output:
// a b 1 2 true <nil>
//
// x 3.5 [1] y
// ab
// 1 2
// s1 2t3
// 1.5 true
// <nil> <nil>
