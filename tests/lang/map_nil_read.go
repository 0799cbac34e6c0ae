package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := m["y"]
	fmt.Println(v, ok)
	delete(m, "z")
	for k := range m {
		fmt.Println(k)
	}
	fmt.Println(m)
	fmt.Printf("%#v\n", m)
}

// Output:
// true 0 0
// 0 false
// map[]
// map[string]int(nil)
