package main

import "fmt"

func countdown(from int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := from; i > 0; i-- {
			if !yield(i) {
				return
			}
		}
	}
}

type Celsius float64

func temps(yield func(Celsius) bool) {
	for _, t := range []Celsius{-3.5, 0, 21.25} {
		if !yield(t) {
			return
		}
	}
}

func main() {
	for n := range countdown(3) {
		fmt.Print(" ", n)
	}
	fmt.Println()
	var last int
	for last = range countdown(5) {
	}
	fmt.Println("last:", last)
	for t := range temps {
		fmt.Printf("%.2f %T\n", t, t)
	}
	var funcs []func() int
	for n := range countdown(3) {
		funcs = append(funcs, func() int { return n * 10 })
	}
	for _, f := range funcs {
		fmt.Print(" ", f())
	}
	fmt.Println()
}

// Output:
//  3 2 1
// last: 1
// -3.50 main.Celsius
// 0.00 main.Celsius
// 21.25 main.Celsius
//  30 20 10
