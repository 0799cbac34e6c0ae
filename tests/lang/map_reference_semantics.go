package main

import "fmt"

func add(m map[string][]int, k string, v int) {
	m[k] = append(m[k], v)
}

func main() {
	m := map[string][]int{}
	add(m, "a", 1)
	add(m, "a", 2)
	add(m, "b", 3)
	fmt.Println(m)
	alias := m
	alias["c"] = nil
	fmt.Println(len(m), m["c"] == nil)
	type S struct{ N int }
	ms := map[string]*S{"x": {1}}
	ms["x"].N++
	fmt.Println(ms["x"].N)
}

// Output:
// map[a:[1 2] b:[3]]
// 3 true
// 2
