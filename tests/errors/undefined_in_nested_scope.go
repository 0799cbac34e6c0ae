package main

import "fmt"

func main() {
	if true {
		y := 1
		_ = y
	}
	fmt.Println(y)
}

// Error:
// 10:14: undefined: y
