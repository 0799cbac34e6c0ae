// Defers in nested range-over-func bodies and in the iterators themselves run in Go's order, and recover.
package main

import "fmt"

func seq(name string, n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer fmt.Println("iterator", name, "done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func pairs(yield func(int, string) bool) {
	defer func() {
		fmt.Println("pairs cleanup")
	}()
	_ = yield(1, "a") && yield(2, "b")
}

func nested() (out []string) {
	defer func() {
		if r := recover(); r != nil {
			out = append(out, fmt.Sprint("recovered: ", r))
		}
	}()
	for i := range seq("outer", 2) {
		defer func() { out = append(out, fmt.Sprint("outer defer ", i)) }()
		for j := range seq("inner", 3) {
			defer func() { out = append(out, fmt.Sprint("inner defer ", i, j)) }()
			if i == 1 && j == 1 {
				panic("deep")
			}
		}
	}
	return
}

func breaking() {
	for k, v := range pairs {
		defer fmt.Println("deferred pair", k, v)
		if k == 1 {
			break
		}
	}
	fmt.Println("after break")
}

func returning() (n int) {
	defer func() { n *= 10 }()
	for i := range seq("ret", 5) {
		defer func() { n += i }()
		if i == 3 {
			return 100
		}
	}
	return -1
}

func panicInIterator() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	bad := func(yield func(int) bool) {
		yield(1)
		panic("iterator exploded")
	}
	for x := range bad {
		defer fmt.Println("body defer", x)
	}
	return "unreachable"
}

func main() {
	fmt.Println(nested())
	breaking()
	fmt.Println(returning())
	fmt.Println(panicInIterator())
}

// Output:
// iterator inner done
// iterator inner done
// iterator outer done
// [inner defer 1 1 inner defer 1 0 outer defer 1 inner defer 0 2 inner defer 0 1 inner defer 0 0 outer defer 0 recovered: deep]
// pairs cleanup
// after break
// deferred pair 1 a
// iterator ret done
// 1060
// body defer 1
// iterator exploded
