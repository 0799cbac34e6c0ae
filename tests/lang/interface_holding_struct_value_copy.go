package main

import "fmt"

type P struct{ X int }

func main() {
	p := P{1}
	var i interface{} = p
	p.X = 2
	fmt.Println(i, p)
	arr := [2]int{1, 2}
	var j interface{} = arr
	arr[0] = 9
	fmt.Println(j, arr)
	q := i.(P)
	q.X = 3
	fmt.Println(i, q)
	var k interface{} = &p
	k.(*P).X = 10
	fmt.Println(p)
}

// Output:
// {1} {2}
// [1 2] [9 2]
// {1} {3}
// {10}
