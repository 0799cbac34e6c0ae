package main

import "fmt"

type Pt struct{ X, Y int }

func newCounter() *int {
	c := 0
	return &c
}

func main() {
	a := newCounter()
	b := newCounter()
	*a += 5
	*b += 1
	fmt.Println(*a, *b, a == b)
	p := Pt{1, 2}
	px := &p.X
	*px = 10
	fmt.Println(p)
	pp := &p
	pp.Y = 20
	(*pp).X++
	fmt.Println(p, *pp)
}

// Output:
// 5 1 false
// {10 2}
// {11 20} {11 20}
