package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(len(m), m["two"], m["missing"])
	v, ok := m["one"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	delete(m, "one")
	delete(m, "nothing")
	fmt.Println(m, len(m))
	if _, ok := m["two"]; ok {
		fmt.Println("has two")
	}
}

// Output:
// 3 2 0
// 1 true
// 0 false
// map[three:3 two:2] 2
// has two
