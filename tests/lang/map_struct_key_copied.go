package main

import "fmt"

type Pos struct{ X, Y int }

func main() {
	ks := []Pos{{1, 1}}
	m := map[Pos]int{}
	m[ks[0]]++
	ks[0].X = 2
	m[ks[0]]++
	ks[0].X = 3
	m[ks[0]] += 5
	ks[0].X = 4
	m[ks[0]] = 7
	ks[0].X = 5
	fmt.Println(m)
	arr := [2]int{1, 2}
	am := map[[2]int]int{}
	am[arr]++
	arr[0] = 9
	am[arr]++
	fmt.Println(am)
}

// Output:
// map[{1 1}:1 {2 1}:1 {3 1}:5 {4 1}:7]
// map[[1 2]:1 [9 2]:1]
