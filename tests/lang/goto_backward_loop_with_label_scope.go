package main

import "fmt"

func main() {
	n, steps := 27, 0
top:
	if n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
		goto top
	}
	fmt.Println(steps)
}

// Output:
// 111
