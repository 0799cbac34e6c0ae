package main

import "fmt"

var saved func(int) bool

func keep(yield func(int) bool) {
	saved = yield
	yield(1)
}

type T struct{ n int }

func (t *T) Each(yield func(int) bool) {
	for i := 0; i < t.n; i++ {
		if !yield(i) {
			return
		}
	}
}

func swallow(yield func(int) bool) {
	defer func() { fmt.Println("iterator recovered:", recover()) }()
	yield(1)
}

func safe() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	for x := range keep {
		if x == 1 {
			panic("boom in body")
		}
	}
	return nil
}

func main() {
	t := &T{3}
	for i := range t.Each {
		fmt.Print(i)
	}
	fmt.Println()
	f := func(yield func(string) bool) { yield("lit") }
	for s := range f {
		fmt.Println(s)
	}
	fmt.Println(safe())
	for x := range keep {
		fmt.Println("got", x)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		saved(5)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for x := range swallow {
			panic(fmt.Sprint("body panic ", x))
		}
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var nilf func(func() bool)
		for range nilf {
		}
	}()
}

// Output:
// 012
// lit
// recovered: boom in body
// got 1
// recovered: runtime error: range function continued iteration after whole loop exit
// iterator recovered: body panic 1
// recovered: runtime error: range function recovered a loop body panic and did not resume panicking
// recovered: runtime error: invalid memory address or nil pointer dereference
