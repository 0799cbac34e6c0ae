package main

import "fmt"

type K struct{ A int }

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = K{1}, K{1}
	fmt.Println(a == b)
	a, b = &K{1}, &K{1}
	fmt.Println(a == b)
	a = nil
	fmt.Println(a == nil, a == b)
	var s fmt.Stringer
	var e error
	fmt.Println(s == nil, e == nil)
	var x interface{} = [2]int{1, 2}
	fmt.Println(x == [2]int{1, 2})
}

// Output:
// true
// false
// true
// true
// false
// true false
// true true
// true
