package main

import "fmt"

var log []string

func v(name string, n int) int {
	log = append(log, name)
	return n
}

func add(a, b, c int) int { return a + b + c }

func main() {
	r := add(v("a", 1), v("b", 2), v("c", 3))
	fmt.Println(r, log)
	log = nil
	m := map[int]int{v("k1", 1): v("v1", 10), v("k2", 2): v("v2", 20)}
	fmt.Println(len(m), log)
	log = nil
	arr := []int{v("x", 0), v("y", 1)}
	_ = v("z", 0) + v("w", 0)*v("q", 1)
	fmt.Println(arr, log)
}

// Output:
// 6 [a b c]
// 2 [k1 v1 k2 v2]
// [0 1] [x y z w q]
