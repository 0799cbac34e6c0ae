package main

import "fmt"

type Inner struct {
	A int
	B string
}
type Outer struct {
	In  Inner
	P   *Inner
	S   []int
	M   map[string]int
	Any interface{}
}

func main() {
	o := Outer{Inner{1, "x"}, &Inner{2, "y"}, []int{3}, map[string]int{"k": 4}, 5}
	fmt.Printf("%v\n", o.In)
	fmt.Printf("%+v\n", o.In)
	fmt.Printf("%#v\n", o.In)
	fmt.Printf("%v\n", o.P)
	fmt.Printf("%+v\n", o.P)
	fmt.Printf("%#v\n", o.S)
	fmt.Printf("%#v\n", o.M)
	fmt.Printf("%#v %#v %#v\n", 42, "s", 1.0)
	var n *Inner
	fmt.Printf("%v %+v\n", n, n)
}

// Output:
// {1 x}
// {A:1 B:x}
// main.Inner{A:1, B:"x"}
// &{2 y}
// &{A:2 B:y}
// []int{3}
// map[string]int{"k":4}
// 42 "s" 1
// <nil> <nil>
