package main

import "fmt"

type T struct{}

func (t *T) String() string { return "t" }

func show(s fmt.Stringer) { fmt.Println(s) }

func main() {
	show(T{})
}

// Error:
// 12:7: cannot use T{} (value of struct type T) as fmt.Stringer value in argument to show: T does not implement fmt.Stringer (method String has pointer receiver)
