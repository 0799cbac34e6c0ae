// Assigning a struct or array copies into the existing variable: pointers taken to its nested structs and
// array elements see the new contents.
package main

import "fmt"

type Inner struct{ f int }

type Outer struct {
	a     int
	Inner Inner
	arr   [2]Inner
}

func main() {
	x := Outer{1, Inner{2}, [2]Inner{{3}, {4}}}
	y := Outer{5, Inner{6}, [2]Inner{{7}, {8}}}
	p := &x.Inner
	q := &x.arr[1]
	x = y
	fmt.Println(p.f, q.f, x)
	p.f = 9
	q.f = 10
	fmt.Println(x, y)

	arr := [2]Inner{{1}, {2}}
	r := &arr[1]
	arr = [2]Inner{{5}, {6}}
	fmt.Println(r.f)

	s := []Outer{x, y}
	t := &s[0].arr[0]
	s[0] = s[1]
	fmt.Println(t.f, s[0].arr[0].f)
}

// Output:
// 6 8 {5 {6} [{7} {8}]}
// {5 {9} [{7} {10}]} {5 {6} [{7} {8}]}
// 6
// 7 7
