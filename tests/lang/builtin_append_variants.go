package main

import "fmt"

func main() {
	var s []int
	s = append(s)
	fmt.Println(s == nil)
	s = append(s, 1, 2)
	s = append(s, s...)
	fmt.Println(s)
	b := append([]byte("ab"), "cd"...)
	fmt.Println(string(b))
	var ifs []interface{}
	ifs = append(ifs, 1, "x", nil)
	fmt.Println(ifs, len(ifs))
	s2 := append(s[:1], s[2:]...)
	fmt.Println(s2, s)
}

// Output:
// true
// [1 2 1 2]
// abcd
// [1 x <nil>] 3
// [1 1 2] [1 1 2 2]
