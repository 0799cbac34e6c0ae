package main

import "fmt"

type P struct{ X, Y int }

type W struct {
	Ptr *P
	Arr []*P
}

func main() {
	p := &P{1, 2}
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	pp := &p
	_ = pp
	arr := []P{{1, 2}, {3, 4}}
	fmt.Println(arr, &arr[0] == &arr[0])
	m := map[string]P{"a": {5, 6}}
	fmt.Println(m)
	s := &[]int{1, 2}
	fmt.Println(s)
	a := &[2]string{"x", "y"}
	mp := &map[string]int{"k": 1}
	fmt.Println(a, mp)
}

// Output:
// &{1 2}
// &{1 2} &{X:1 Y:2}
// [{1 2} {3 4}] true
// map[a:{5 6}]
// &[1 2]
// &[x y] &map[k:1]
