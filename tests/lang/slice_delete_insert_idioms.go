package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5}
	i := 2
	s = append(s[:i], s[i+1:]...)
	fmt.Println(s, len(s), cap(s))
	s = append(s[:1], append([]int{9, 8}, s[1:]...)...)
	fmt.Println(s)
	r := s[:0]
	for _, x := range s {
		if x%2 == 0 {
			r = append(r, x)
		}
	}
	fmt.Println(r)
	for a, b := 0, len(r)-1; a < b; a, b = a+1, b-1 {
		r[a], r[b] = r[b], r[a]
	}
	fmt.Println(r)
}

// Output:
// [0 1 3 4 5] 5 6
// [0 9 8 1 3 4 5]
// [0 8 4]
// [4 8 0]
