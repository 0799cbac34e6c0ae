package main

import "fmt"

type P struct{ X, Y int }

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	ps := [2]P{{1, 2}, {3, 4}}
	qs := [2]P{{1, 2}, {3, 4}}
	fmt.Println(ps == qs)
	m := map[[2]int]string{{1, 2}: "x"}
	fmt.Println(m[[2]int{1, 2}], len(m[[2]int{2, 1}]))
}

// Output:
// true false true
// true
// x 0
