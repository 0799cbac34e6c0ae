package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
		fmt.Println("iterator done")
	}
}

func run() (out string) {
	defer fmt.Println("first defer of run")
	for i := range seq(3) {
		defer fmt.Println("deferred in body", i)
		defer func() { out += fmt.Sprint(i) }()
	}
	defer fmt.Println("last defer of run")
	fmt.Println("run returns")
	return "r"
}

func nested() {
	for i := range seq(2) {
		for j := range seq(2) {
			defer fmt.Println("nested defer", i, j)
		}
	}
	fmt.Println("nested returns")
}

func main() {
	fmt.Println(run())
	nested()
}

// Output:
// iterator done
// run returns
// last defer of run
// deferred in body 2
// deferred in body 1
// deferred in body 0
// first defer of run
// r210
// iterator done
// iterator done
// iterator done
// nested returns
// nested defer 1 1
// nested defer 1 0
// nested defer 0 1
// nested defer 0 0
