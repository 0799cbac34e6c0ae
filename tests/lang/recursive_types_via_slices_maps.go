package main

import "fmt"

type Dir struct {
	Name     string
	Children []Dir
	Index    map[string]*Dir
}

func (d Dir) Count() int {
	n := 1
	for _, c := range d.Children {
		n += c.Count()
	}
	return n
}

type F func(int) F

func main() {
	root := Dir{Name: "/", Children: []Dir{{Name: "a", Children: []Dir{{Name: "b"}}}, {Name: "c"}}}
	fmt.Println(root.Count())
	var f F
	calls := 0
	f = func(n int) F {
		calls += n
		return f
	}
	f(1)(2)(3)
	fmt.Println(calls)
}

// Output:
// 4
// 6
