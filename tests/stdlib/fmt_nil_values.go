package main

import "fmt"

func main() {
	var s []int
	var m map[string]int
	var p *int
	var e error
	var i interface{}
	var f func()
	fmt.Println(s, m, p, e, i, f == nil)
	fmt.Printf("%v %v %v %v %v\n", s, m, p, e, i)
	fmt.Printf("%d %s\n", s, s)
	fmt.Printf("[%s] [%d]\n", e, i)
	fmt.Printf("%+v %#v\n", e, i)
}

// Output:
// [] map[] <nil> <nil> <nil> true
// [] map[] <nil> <nil> <nil>
// [] []
// [%!s(<nil>)] [%!d(<nil>)]
// <nil> <nil>
