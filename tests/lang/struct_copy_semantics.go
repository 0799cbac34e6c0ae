package main

import "fmt"

type Inner struct{ Vals []int }
type S struct {
	N   int
	Arr [2]int
	In  Inner
	Ptr *int
}

func main() {
	x := 5
	a := S{1, [2]int{1, 2}, Inner{[]int{1, 2}}, &x}
	b := a
	b.N = 2
	b.Arr[0] = 100
	b.In.Vals[0] = 100
	*b.Ptr = 50
	fmt.Println(a.N, a.Arr, a.In.Vals, *a.Ptr)
	fmt.Println(b.N, b.Arr, b.In.Vals, *b.Ptr)
}

// Output:
// 1 [1 2] [100 2] 50
// 2 [100 2] [100 2] 50
