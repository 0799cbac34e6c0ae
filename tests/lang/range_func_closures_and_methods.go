package main

import (
	"errors"
	"fmt"
)

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

type List struct{ items []string }

func (l *List) All(yield func(int, string) bool) {
	for i, s := range l.items {
		if !yield(i, s) {
			return
		}
	}
}

type Wrapper struct{ *List }

type big struct {
	a [4]int
	s string
}

func bigs(yield func(big) bool) {
	b := big{[4]int{1, 2, 3, 4}, "x"}
	for i := 0; i < 2; i++ {
		if !yield(b) {
			return
		}
		b.a[0] += 10
	}
}

func main() {
	find := func(target int) (int, error) {
		for x := range seq(10) {
			inner := func() int {
				for y := range seq(5) {
					if y == 3 {
						return y * 100
					}
				}
				return -1
			}
			if x == target {
				return x + inner(), nil
			}
		}
		return 0, errors.New("missing")
	}
	fmt.Println(find(4))
	fmt.Println(find(40))

	var fs []func() int
	for x := range seq(3) {
		x *= 10
		fs = append(fs, func() int { x++; return x })
	}
	for _, f := range fs {
		fmt.Print(" ", f(), f())
	}
	fmt.Println()

	w := Wrapper{&List{[]string{"a", "b"}}}
	for i, s := range w.All {
		fmt.Print(i, s, ";")
	}
	fmt.Println()

	var keep []big
	for b := range bigs {
		b.a[1] = 99
		keep = append(keep, b)
	}
	fmt.Println(keep)

	var i int
	var s string
	for i, s = range w.All {
		if s == "b" {
			break
		}
	}
	fmt.Println(i, s)

	count := 0
	for range seq(3) {
		for range seq(3) {
			for range seq(3) {
				count++
			}
		}
	}
	fmt.Println(count)
}

// Output:
// 304 <nil>
// 0 missing
//  1 2 11 12 21 22
// 0a;1b;
// [{[1 99 3 4] x} {[11 99 3 4] x}]
// 1 b
// 27
