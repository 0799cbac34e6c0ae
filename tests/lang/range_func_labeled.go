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

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := range seq(4) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("a", i, j)
		}
	}
rows:
	for i := range seq(3) {
		for j := range seq(3) {
			if j > i {
				continue rows
			}
			if i == 2 && j == 1 {
				break rows
			}
			fmt.Println("b", i, j)
		}
	}
loop:
	for i := range seq(5) {
		switch {
		case i == 1:
			continue loop
		case i == 3:
			break loop
		}
		fmt.Println("c", i)
	}
	fmt.Println("end")
}

// Output:
// a 0 0
// a 0 1
// a 1 0
// a 1 1
// b 0 0
// b 1 0
// b 1 1
// b 2 0
// c 0
// c 2
// end
