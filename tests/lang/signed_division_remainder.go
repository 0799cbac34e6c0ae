package main

import "fmt"

func main() {
	fmt.Println(7/2, -7/2, 7/-2, -7/-2)
	fmt.Println(7%2, -7%2, 7%-2, -7%-2)
	a, b := -9, 4
	fmt.Println(a/b, a%b, (a/b)*b+a%b)
	var m int8 = -128
	var n int8 = -1
	fmt.Println(m/n, m%n)
}

// Output:
// 3 -3 -3 3
// 1 -1 1 -1
// -2 -1 -9
// -128 0
