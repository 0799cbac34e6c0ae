package main

import "fmt"

func main() {
	var s []int
	add := func(v int) { s = append(s, v) }
	add(1)
	add(2)
	fmt.Println(s)
	m := map[string]int{}
	inc := func(k string) func() {
		return func() { m[k]++ }
	}
	a, b := inc("a"), inc("b")
	a()
	a()
	b()
	fmt.Println(m)
}

// Output:
// [1 2]
// map[a:2 b:1]
