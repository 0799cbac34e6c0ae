package main

import "fmt"

type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.V + t.L.Sum() + t.R.Sum()
}

type Summer interface{ Sum() int }

func main() {
	var t *Tree
	var s Summer = t
	fmt.Println(s.Sum(), s != nil)
	s = &Tree{&Tree{nil, nil, 2}, nil, 3}
	fmt.Println(s.Sum())
}

// Output:
// 0 true
// 5
