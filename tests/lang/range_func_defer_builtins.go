package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func run(m map[string]int, s []int) {
	for i := range seq(3) {
		defer delete(m, fmt.Sprint(i))
		defer fmt.Println("fmt", i, len(m))
	}
	defer clear(s)
	for i := range seq(2) {
		defer copy(s[i:], []int{100 + i})
	}
	fmt.Println("run ends", len(m), s)
}

func main() {
	m := map[string]int{"0": 0, "1": 1, "2": 2, "3": 3}
	s := []int{1, 2, 3}
	run(m, s)
	fmt.Println(m, s)
}

// Output:
// run ends 4 [1 2 3]
// fmt 2 4
// fmt 1 4
// fmt 0 4
// map[3:3] [0 0 0]
