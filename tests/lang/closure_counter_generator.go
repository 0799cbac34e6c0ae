package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 0 }
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	next, reset := counter()
	next()
	next()
	fmt.Println(next())
	reset()
	fmt.Println(next())
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), ",")
	}
	fmt.Println()
}

// Output:
// 3
// 1
// 0,1,1,2,3,5,8,13,21,34,
