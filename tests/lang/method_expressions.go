package main

import "fmt"

type P struct{ X int }

func (p P) Add(d int) int { return p.X + d }
func (p *P) Set(v int)    { p.X = v }

func main() {
	add := P.Add
	fmt.Println(add(P{1}, 2))
	set := (*P).Set
	p := P{}
	set(&p, 9)
	fmt.Println(p)
	padd := (*P).Add
	fmt.Println(padd(&p, 1))
	fmt.Printf("%T\n%T\n", add, set)
}

// Output:
// 3
// {9}
// 10
// func(main.P, int) int
// func(*main.P, int)
