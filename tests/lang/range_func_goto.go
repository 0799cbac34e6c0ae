package main

import "fmt"

func seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("stopped")
				return
			}
		}
	}
}

func main() {
	i := 0
again:
	i++
	for x := range seq(5) {
		if x == i {
			goto again
		}
		if i == 3 {
			goto done
		}
		fmt.Println(i, x)
	}
done:
	fmt.Println("done", i)
	for x := range seq(3) {
		if x == 0 {
			goto skip
		}
		fmt.Println("x", x)
	skip:
	}
}

// Output:
// 1 0
// stopped
// 2 0
// 2 1
// stopped
// stopped
// done 3
// x 1
// x 2
