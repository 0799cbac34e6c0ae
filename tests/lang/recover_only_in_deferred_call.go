package main

import "fmt"

func helper() any { return recover() }

func main() {
	fmt.Println(recover())
	defer func() {
		r := recover()
		fmt.Println("outer recovered:", r)
	}()
	defer func() {
		fmt.Println("direct helper:", helper())
	}()
	panic("boom")
}

// Output:
// <nil>
// direct helper: <nil>
// outer recovered: boom
