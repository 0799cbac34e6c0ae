package main

import "fmt"

type P struct{ X int }

func show(a [2]int, p P) { fmt.Println(a, p) }

func seq(yield func(int) bool) {
	for i := 0; i < 2; i++ {
		if !yield(i) {
			return
		}
	}
}

func main() {
	a := [2]int{1, 2}
	p := P{5}
	for i := range seq {
		defer show(a, p)
		a[0] += 10
		p.X += i + 1
	}
	fmt.Println("end", a, p)
}

// Output:
// end [21 2] {8}
// [11 2] {6}
// [1 2] {5}
