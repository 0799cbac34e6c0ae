package main

import "fmt"

func main() {
	var p *int
	var s []int
	var m map[int]int
	var f func()
	var i interface{}
	fmt.Println(p == nil, s == nil, m == nil, f == nil, i == nil)
	i = p
	fmt.Println(i == nil, i == (*int)(nil))
	i = s
	fmt.Println(i == nil)
	var e error = nil
	fmt.Println(e == nil, fmt.Sprint(e))
}

// Output:
// true true true true true
// false true
// false
// true <nil>
