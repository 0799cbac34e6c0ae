package main

import "fmt"

type Point struct{ X, Y int }

func takes(p struct{ X, Y int }) int { return p.X + p.Y }

func main() {
	p := Point{1, 2}
	fmt.Println(takes(p))
	var anon struct{ X, Y int } = p
	anon.X = 10
	var q Point = anon
	fmt.Println(q, p == Point(anon))
	a := struct{ A []int }{[]int{1}}
	b := a
	b.A[0] = 9
	fmt.Println(a)
}

// Output:
// 3
// {10 2} false
// {[9]}
