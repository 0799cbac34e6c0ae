package main

import "fmt"

type T struct{ n int }

func (t *T) String() string { return fmt.Sprint("T#", t.n) }

type Holder struct {
	V T
	P *T
}

func main() {
	t := T{1}
	fmt.Println(t, &t)
	fmt.Printf("%v %v %s\n", t, &t, &t)
	fmt.Println([]*T{{2}, {3}})
	fmt.Println([]T{{4}})
	h := Holder{T{5}, nil}
	fmt.Printf("%v %+v\n", h.V, h.P == nil)
}

// Output:
// {1} T#1
// {1} T#1 T#1
// [T#2 T#3]
// [{4}]
// {5} true
