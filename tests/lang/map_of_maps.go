package main

import "fmt"

func main() {
	m := map[string]map[string]int{}
	for _, p := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}, {"a", "x"}} {
		inner, ok := m[p[0]]
		if !ok {
			inner = map[string]int{}
			m[p[0]] = inner
		}
		inner[p[1]]++
	}
	fmt.Println(m)
	fmt.Println(m["zz"]["q"])
}

// Output:
// map[a:map[x:2 y:1] b:map[x:1]]
// 0
