package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  iterator stopped at", i)
				return
			}
		}
		fmt.Println("  iterator finished")
	}
}

func main() {
	for i := range seq(10) {
		if i%2 == 0 {
			continue
		}
		if i > 6 {
			break
		}
		fmt.Println("odd", i)
	}
	for i := range seq(3) {
		switch i {
		case 1:
			continue
		case 2:
			break
		}
		fmt.Println("after switch", i)
	}
	for i := range seq(5) {
		for j := 0; j < 3; j++ {
			if j == 1 {
				break
			}
			fmt.Println("inner", i, j)
		}
		if i == 1 {
			break
		}
	}
}

// Output:
// odd 1
// odd 3
// odd 5
//   iterator stopped at 7
// after switch 0
// after switch 2
//   iterator finished
// inner 0 0
// inner 1 0
//   iterator stopped at 1
