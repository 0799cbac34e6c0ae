package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(-1, -0.5))
	fmt.Println(min("b", "a", "c"), max("apple", "banana"))
	x, y := 7, 9
	fmt.Println(min(x, y), max(x, y, 8))
	const c = min(1, 2.5)
	fmt.Printf("%T %v\n", c, c)
	var f float64 = 3
	fmt.Println(max(f, 2))
}

// Output:
// 1 3
// 1 -0.5
// a banana
// 7 9
// float64 1
// 3
