package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

func main() {
	a := P{1, 2, "a"}
	b := P{1, 2, "a"}
	c := P{Y: 2, X: 1}
	fmt.Println(a == b, a == c, a != c)
	c.Name = "a"
	fmt.Println(a == c)
	s1 := struct {
		A int
		B [2]bool
	}{1, [2]bool{true, false}}
	s2 := s1
	fmt.Println(s1 == s2)
	s2.B[1] = true
	fmt.Println(s1 == s2)
}

// Output:
// true false true
// true
// true
// false
