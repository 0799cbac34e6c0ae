package main

import "fmt"

type Color int

func (c Color) String() string {
	return [...]string{"Red", "Green", "Blue"}[c]
}

type Pair struct {
	A Color
	b Color
}

func main() {
	cs := []Color{0, 2, 1}
	fmt.Println(cs)
	fmt.Println(map[Color]int{1: 5, 0: 3})
	fmt.Println(Pair{1, 2})
	fmt.Printf("%v %d %+v\n", cs[1], cs[1], Pair{2, 0})
}

// Output:
// [Red Blue Green]
// map[Red:3 Green:5]
// {Green 2}
// Blue 2 {A:Blue b:0}
