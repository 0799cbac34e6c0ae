package main

import "fmt"

func trace(s string) string {
	fmt.Println("enter", s)
	return s
}

func un(s string) { fmt.Println("leave", s) }

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
	defer un(trace("a"))
	fmt.Println("main body")
}

// Output:
// enter a
// main body
// leave a
// closure x = 2
// deferred x = 1
