package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner caught:", r)
		panic(fmt.Sprint("wrapped(", r, ")"))
	}()
	panic("orig")
}

func main() {
	defer func() {
		fmt.Println("main caught:", recover())
	}()
	inner()
	fmt.Println("not reached")
}

// Output:
// inner caught: orig
// main caught: wrapped(orig)
