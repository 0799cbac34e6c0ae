package main

import "fmt"

type T struct{ A int }

func main() {
	p := new(int)
	fmt.Println(*p)
	*p = 3
	q := p
	*q++
	fmt.Println(*p, p == q)
	t1 := &T{1}
	t2 := &T{1}
	fmt.Println(t1 == t2, *t1 == *t2)
	var np *T
	fmt.Println(np == nil, np)
	pp := &p
	**pp = 9
	fmt.Println(*p)
}

// Output:
// 0
// 4 true
// false true
// true <nil>
// 9
