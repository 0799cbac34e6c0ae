package main

import "fmt"

func modify(a [3]int) {
	a[0] = 100
}

func modifyPtr(a *[3]int) {
	a[0] = 100
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[1] = 20
	modify(a)
	fmt.Println(a, b)
	modifyPtr(&a)
	fmt.Println(a)
	s := [...]string{2: "c", 0: "a"}
	fmt.Println(len(s), s)
	fmt.Printf("%q\n", s)
}

// Output:
// [1 2 3] [1 20 3]
// [100 2 3]
// 3 [a  c]
// ["a" "" "c"]
