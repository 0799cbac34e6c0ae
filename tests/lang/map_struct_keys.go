package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	m := map[Point]string{}
	m[Point{1, 2}] = "a"
	m[Point{2, 1}] = "b"
	m[Point{1, 2}] = "c"
	fmt.Println(len(m), m[Point{1, 2}], m)
	type key struct {
		name string
		id   [2]int
	}
	k := map[key]bool{{"x", [2]int{1, 2}}: true}
	fmt.Println(k[key{"x", [2]int{1, 2}}], k[key{"x", [2]int{2, 1}}])
}

// Output:
// 2 c map[{1 2}:c {2 1}:b]
// true false
