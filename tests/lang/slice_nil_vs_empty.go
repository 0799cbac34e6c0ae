package main

import "fmt"

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil)
	fmt.Println(len(a), cap(a), a, b)
	fmt.Printf("%v %#v %#v\n", a, a, b)
	a = append(a, 1)
	fmt.Println(a, a == nil)
	var d []int
	for range d {
		fmt.Println("never")
	}
	fmt.Println(d[:0] == nil, b[:0] == nil)
}

// Output:
// true false false
// 0 0 [] []
// [] []int(nil) []int{}
// [1] false
// true false
