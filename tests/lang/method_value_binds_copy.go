package main

import "fmt"

type T struct{ n int }

func (t T) Show()   { fmt.Println("value", t.n) }
func (t *T) PShow() { fmt.Println("ptr", t.n) }

func main() {
	t := T{1}
	f := t.Show
	g := t.PShow
	t.n = 2
	f()
	g()
	var fs []func()
	for _, x := range []T{{10}, {20}} {
		fs = append(fs, x.Show)
	}
	for _, h := range fs {
		h()
	}
}

// Output:
// value 1
// ptr 2
// value 10
// value 20
