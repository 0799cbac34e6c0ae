package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	fmt.Println(len(s), cap(s))
	arr := [5]int{}
	fmt.Println(len(arr), cap(arr))
	pa := &arr
	fmt.Println(len(pa), cap(pa))
	fmt.Println(len("héllo"), len([]rune("héllo")))
	m := map[int]int{1: 1, 2: 2}
	fmt.Println(len(m))
	const c = len("constant")
	fmt.Println(c)
	var ns []string
	fmt.Println(len(ns), cap(ns))
}

// Output:
// 3 10
// 5 5
// 5 5
// 6 5
// 2
// 8
// 0 0
