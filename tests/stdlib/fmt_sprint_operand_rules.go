package main

import "fmt"

type S string

func main() {
	fmt.Println(fmt.Sprint("a", "b"))
	fmt.Println(fmt.Sprint(1, 2))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", 3.5, true))
	fmt.Println(fmt.Sprint(S("x"), S("y")))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}))
	fmt.Println(fmt.Sprint(nil, 1))
	fmt.Println(fmt.Sprint(1, nil))
	fmt.Println(fmt.Sprint(fmt.Errorf("e"), 1))
}

// Output:
// ab
// 1 2
// a1 2b3.5 true
// xy
// [1] [2]
// <nil> 1
// 1 <nil>
// e 1
