package main

import "fmt"

type Matrix [4][4]int

func identity() (m Matrix) {
	for i := range m {
		m[i][i] = 1
	}
	return
}

func scaled(m Matrix, k int) Matrix {
	for i := range m {
		for j := range m[i] {
			m[i][j] *= k
		}
	}
	return m
}

func main() {
	id := identity()
	s := scaled(id, 3)
	fmt.Println(id[0], s[0], id == s, scaled(id, 1) == id)
	arrs := map[string][2]int{"a": {1, 2}}
	v := arrs["a"]
	v[0] = 100
	fmt.Println(arrs, v)
	arrs["a"] = v
	fmt.Println(arrs)
}

// Output:
// [1 0 0 0] [3 0 0 0] false true
// map[a:[1 2]] [100 2]
// map[a:[100 2]]
