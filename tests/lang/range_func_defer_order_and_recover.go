package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("  iterator", n, "cleanup")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func nested() {
	defer fmt.Println("nested: first")
	for i := range seq(2) {
		defer fmt.Println("nested: outer body", i)
		for j := range seq(2) {
			defer fmt.Println("nested: inner body", i, j)
		}
		defer fmt.Println("nested: outer body after inner", i)
	}
	defer fmt.Println("nested: last")
}

func early() int {
	for i := range seq(5) {
		defer fmt.Println("early: deferred", i)
		if i == 2 {
			return i
		}
	}
	return -1
}

func recovers() (err error) {
	for i := range seq(2) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("recovered in defer %d: %v", i, r)
			}
		}()
	}
	var m map[string]int
	m["x"] = 1
	return nil
}

func panicsInside() {
	defer func() { fmt.Println("panicsInside: outer recover:", recover()) }()
	for i := range seq(3) {
		defer fmt.Println("panicsInside: deferred", i)
		if i == 1 {
			panic("inside")
		}
	}
}

func main() {
	nested()
	fmt.Println(early())
	fmt.Println(recovers())
	panicsInside()
}

// Output:
//   iterator 2 cleanup
//   iterator 2 cleanup
//   iterator 2 cleanup
// nested: last
// nested: outer body after inner 1
// nested: inner body 1 1
// nested: inner body 1 0
// nested: outer body 1
// nested: outer body after inner 0
// nested: inner body 0 1
// nested: inner body 0 0
// nested: outer body 0
// nested: first
//   iterator 5 cleanup
// early: deferred 2
// early: deferred 1
// early: deferred 0
// 2
//   iterator 2 cleanup
// recovered in defer 1: assignment to entry in nil map
//   iterator 3 cleanup
// panicsInside: deferred 1
// panicsInside: deferred 0
// panicsInside: outer recover: inside
