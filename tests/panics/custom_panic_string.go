package main

import "fmt"

func main() {
	fmt.Println("working")
	panic("something bad happened")
}

// Output:
// working
// Error:
// panic: something bad happened
