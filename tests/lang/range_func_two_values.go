package main

import "fmt"

type pair struct {
	name string
	age  int
}

func enumerate(words []string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func people(yield func(string, pair) bool) {
	for _, p := range []pair{{"ann", 31}, {"bob", 27}} {
		if !yield(p.name, p) {
			return
		}
	}
}

func main() {
	for i, w := range enumerate([]string{"a", "b", "c"}) {
		fmt.Println(i, w)
	}
	for i := range enumerate([]string{"x", "y"}) {
		fmt.Print(i, ";")
	}
	fmt.Println()
	for _, w := range enumerate([]string{"p", "q"}) {
		fmt.Print(w, ";")
	}
	fmt.Println()
	for name, p := range people {
		p.age++
		fmt.Println(name, p)
	}
	var k int
	var v string
	for k, v = range enumerate([]string{"m", "n"}) {
	}
	fmt.Println(k, v)
}

// Output:
// 0 a
// 1 b
// 2 c
// 0;1;
// p;q;
// ann {ann 32}
// bob {bob 28}
// 1 n
