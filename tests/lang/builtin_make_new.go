package main

import "fmt"

type Pt struct{ X, Y int }

func main() {
	s := make([]string, 2)
	fmt.Printf("%q %d\n", s, cap(s))
	m := make(map[string][]int, 100)
	fmt.Println(len(m))
	p := new(Pt)
	p.X = 3
	fmt.Println(*p, p.Y)
	ps := new([]int)
	*ps = append(*ps, 1)
	fmt.Println(*ps)
	pm := new(map[string]int)
	fmt.Println(*pm == nil)
}

// Output:
// ["" ""] 2
// 0
// {3 0} 0
// [1]
// true
