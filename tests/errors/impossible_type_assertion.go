package main

import "fmt"

type T struct{}

func (*T) String() string { return "" }

func main() {
	var s fmt.Stringer = &T{}
	_ = s.(T)
}

// Error:
// 11:6: impossible type assertion: s.(T)
// 	T does not implement fmt.Stringer (method String has pointer receiver)
