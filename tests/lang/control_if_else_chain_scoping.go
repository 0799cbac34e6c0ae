package main

import "fmt"

func f(n int) (int, bool) { return n * 2, n > 2 }

func main() {
	for i := 0; i < 5; i++ {
		if v, ok := f(i); ok {
			fmt.Println("big", v)
		} else if v > 2 {
			fmt.Println("mid", v)
		} else {
			fmt.Println("small", v, ok)
		}
	}
}

// Output:
// small 0 false
// small 2 false
// mid 4
// big 6
// big 8
