package main

import "fmt"

func times(n int) func(yield func() bool) {
	return func(yield func() bool) {
		for i := 0; i < n; i++ {
			if !yield() {
				return
			}
		}
	}
}

func main() {
	count := 0
	for range times(4) {
		count++
	}
	fmt.Println("count:", count)
	for range times(0) {
		fmt.Println("never")
	}
	fmt.Println("done")
}

// Output:
// count: 4
// done
