package main

import (
	"fmt"
	"sort"
	"strings"
)

// Iterator shapes like iter.Seq / iter.Seq2, written for concrete types.
type IntSeq func(yield func(int) bool)
type StringSeq func(yield func(string) bool)
type IndexedSeq func(yield func(int, string) bool)

func All(s []string) IndexedSeq {
	return func(yield func(int, string) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Backward(s []string) IndexedSeq {
	return func(yield func(int, string) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

func Keys(m map[string]int) StringSeq {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func Collect(seq StringSeq) []string {
	var out []string
	for v := range seq {
		out = append(out, v)
	}
	return out
}

func Naturals() IntSeq {
	return func(yield func(int) bool) {
		for i := 1; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Filter(seq IntSeq, keep func(int) bool) IntSeq {
	return func(yield func(int) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Take(seq IntSeq, n int) IntSeq {
	return func(yield func(int) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func main() {
	words := []string{"go", "is", "fun"}
	for i, w := range All(words) {
		fmt.Print(" ", i, "=", w)
	}
	fmt.Println()
	for i, w := range Backward(words) {
		fmt.Print(" ", i, "=", w)
	}
	fmt.Println()
	ks := Collect(Keys(map[string]int{"b": 2, "a": 1, "c": 3}))
	sort.Strings(ks)
	fmt.Println(strings.Join(ks, ","))
	var squares []int
	for v := range Take(Filter(Naturals(), func(x int) bool { return x%3 == 0 }), 4) {
		squares = append(squares, v*v)
	}
	fmt.Println(squares)
	for v := range Filter(Naturals(), func(x int) bool { return x > 10 }) {
		fmt.Println("first above 10:", v)
		break
	}
}

// Output:
//  0=go 1=is 2=fun
//  2=fun 1=is 0=go
// a,b,c
// [9 36 81 144]
// first above 10: 11
