package main

import "fmt"

func main() {
	x := 1
	f := func() int { x *= 2; return x }
	r1 := f()
	r2 := f()
	fmt.Println(r1, r2, x)
	x = 10
	fmt.Println(f())
	add := func(n int) func(int) int {
		return func(m int) int { n += m; return n }
	}
	a := add(100)
	a(1)
	fmt.Println(a(1), add(0)(5))
}

// Output:
// 2 4 4
// 20
// 102 5
