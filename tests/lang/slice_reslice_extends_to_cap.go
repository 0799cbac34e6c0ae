package main

import "fmt"

func main() {
	s := make([]int, 2, 5)
	s[0], s[1] = 1, 2
	t := s[1:4]
	fmt.Println(t, len(t), cap(t))
	u := t[:cap(t)]
	u[3] = 9
	fmt.Println(u, s[:5])
	var arr [4]string
	p := &arr
	sl := p[1:]
	sl[0] = "x"
	fmt.Printf("%q\n", arr)
}

// Output:
// [2 0 0] 3 4
// [2 0 0 9] [1 2 0 0 9]
// ["" "x" "" ""]
