package main

import (
	"fmt"
	"sort"
)

type point struct{ x, y int }

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6}
	p := (*[3]int)(s[2:5])
	fmt.Println(*p, len(p), cap(p[:]))
	p[0] = 20
	s[4] = 40
	fmt.Println(*p, s)
	for i, v := range p {
		fmt.Print(" ", i, ":", v)
	}
	fmt.Println()
	*p = [3]int{7, 8, 9}
	fmt.Println(s)
	q := p[1:]
	q[0] = 80
	fmt.Println(*p, s, len(q), cap(q))
	q = append(q, 100)
	fmt.Println(s, len(q), cap(q))
	e := &p[2]
	*e = 90
	fmt.Println(s)
	c := *p
	c[0] = -1
	fmt.Println(c, *p, *p == [3]int{7, 80, 90})
	sort.Sort(sort.Reverse(sort.IntSlice(p[:])))
	fmt.Println(s)
	fmt.Println(p)

	pts := []point{{1, 2}, {3, 4}, {5, 6}}
	pp := (*[2]point)(pts[1:])
	pp[0].x = 30
	pts[2].y = 60
	fmt.Println(*pp, pts)

	b := []byte("hello, world")
	w := (*[5]byte)(b[7:])
	w[0] = 'W'
	fmt.Println(string(b), string(w[:]))
	fmt.Printf("%s %x\n", w[:], *w)

	sub := s[1:3:4]
	sp := (*[2]int)(sub)
	sp[1] = 222
	fmt.Println(s, cap(sp[:]))
}

// Output:
// [2 3 4] 3 3
// [20 3 40] [0 1 20 3 40 5 6]
//  0:20 1:3 2:40
// [0 1 7 8 9 5 6]
// [7 80 9] [0 1 7 80 9 5 6] 2 2
// [0 1 7 80 9 5 6] 3 4
// [0 1 7 80 90 5 6]
// [-1 80 90] [7 80 90] true
// [0 1 90 80 7 5 6]
// &[90 80 7]
// [{30 4} {5 60}] [{1 2} {30 4} {5 60}]
// hello, World World
// World 576f726c64
// [0 1 222 80 7 5 6] 2
