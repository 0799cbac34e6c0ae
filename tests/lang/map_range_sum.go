package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	sum, keys := 0, 0
	for k, v := range m {
		sum += v
		keys += len(k)
	}
	fmt.Println(sum, keys)
	for k := range m {
		if m[k]%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(m)
}

// Output:
// 10 4
// map[a:1 c:3]
