package main

import "fmt"

type Inner struct {
	X int
	Y int
}

func (Inner) Hello() string { return "inner" }

type Middle struct {
	Inner
	Y string
}

type Outer struct {
	Middle
	X float64
}

func (Outer) Hello() string { return "outer" }

func main() {
	o := Outer{Middle{Inner{1, 2}, "mid"}, 3.5}
	fmt.Println(o.X, o.Y, o.Middle.X, o.Inner.Y)
	fmt.Println(o.Hello(), o.Middle.Hello(), o.Inner.Hello())
}

// Output:
// 3.5 mid 1 2
// outer inner inner
