package main

import "fmt"

func double(s []int) {
	for i := range s {
		s[i] *= 2
	}
}

func grow(s []int) []int {
	s = append(s, 100)
	s[0] = -1
	return s
}

func main() {
	s := []int{1, 2, 3}
	double(s[1:])
	fmt.Println(s)
	t := grow(s)
	fmt.Println(s, t)
	u := make([]int, 3, 10)
	v := grow(u)
	fmt.Println(u, v)
}

// Output:
// [1 4 6]
// [1 4 6] [-1 4 6 100]
// [-1 0 0] [-1 0 0 100]
