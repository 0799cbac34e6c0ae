package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	defer fmt.Println("deferred print runs")
	panic("first")
}

// Output:
// deferred print runs
// Error:
// panic: first
// 	panic: second
