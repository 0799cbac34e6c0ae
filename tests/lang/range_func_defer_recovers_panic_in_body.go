// A function deferred in a range-over-func body recovers a panic raised in the loop (it is the enclosing function's).
package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func run() (res string) {
	for i := range seq(3) {
		defer func() {
			if r := recover(); r != nil {
				res = fmt.Sprint("recovered ", r, " at ", i)
			}
		}()
		if i == 2 {
			panic("boom")
		}
	}
	return "none"
}

func order() {
	for i := range seq(3) {
		defer fmt.Println("defer", i)
	}
	fmt.Println("loop done")
}

func main() {
	fmt.Println(run())
	order()
}

// Output:
// recovered boom at 2
// loop done
// defer 2
// defer 1
// defer 0
