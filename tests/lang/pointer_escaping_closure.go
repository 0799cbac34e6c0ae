package main

import "fmt"

func makePair() (func() int, func()) {
	x := 0
	p := &x
	return func() int { return *p }, func() { x++ }
}

func main() {
	get, inc := makePair()
	inc()
	inc()
	fmt.Println(get())
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println(len(ptrs))
}

// Output:
// 2
// 0 1 2 3
