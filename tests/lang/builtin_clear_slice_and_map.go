package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	clear(s)
	fmt.Printf("%q %d\n", s, len(s))
	type P struct{ N int }
	ps := []*P{{1}, {2}}
	clear(ps)
	fmt.Println(ps[0] == nil, len(ps))
	m := map[string]int{"a": 1}
	clear(m)
	m["b"] = 2
	fmt.Println(m)
	var nm map[int]int
	clear(nm)
	fmt.Println(nm == nil)
}

// Output:
// ["" "" ""] 3
// true 2
// map[b:2]
// true
