package main

import "fmt"

func main() {
	a := make([]int, 3, 4)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(a, b, c)
	fmt.Println(len(b), cap(b))
	d := append(b, 5)
	d[0] = 100
	fmt.Println(b[0], d[0])
	e := a[:2]
	e = append(e, 7)
	fmt.Println(a, b)
}

// Output:
// [0 0 0] [0 0 0 2] [0 0 0 2]
// 4 4
// 0 100
// [0 0 7] [0 0 7 2]
