package main

import "fmt"

var (
	a = c + b
	b = f()
	c = f()
	d = 3
)

var order []string

func f() int {
	d++
	order = append(order, fmt.Sprint("f", d))
	return d
}

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(order)
}

// Output:
// 9 4 5 5
// [f4 f5]
