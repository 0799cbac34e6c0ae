package main

import "fmt"

func main() {
	x := 1
	f := func() int { x *= 2; return x }
	a := f()
	b := f()
	fmt.Println(a, b, x)
	x = 10
	fmt.Println(f())
	add := func(n int) func(int) int {
		return func(m int) int { n += m; return n }
	}
	a := add(100)
	a(1)
	fmt.Println(a(1), add(0)(5))
}

// Error:
// 16:4: no new variables on left side of :=
// 16:7: cannot use add(100) (value of type func(int) int) as int value in assignment
// 17:2: invalid operation: cannot call a (variable of type int): int is not a function
// 18:14: invalid operation: cannot call a (variable of type int): int is not a function
