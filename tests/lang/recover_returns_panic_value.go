package main

import (
	"errors"
	"fmt"
)

func try(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return "no panic"
}

func main() {
	fmt.Println(try(func() {}))
	fmt.Println(try(func() { panic("str") }))
	fmt.Println(try(func() { panic(42) }))
	fmt.Println(try(func() { panic(errors.New("an error")) }))
	v := try(func() { panic(fmt.Sprintf("%d-%d", 1, 2)) })
	fmt.Printf("%T %v\n", v, v)
}

// Output:
// <nil>
// str
// 42
// an error
// string 1-2
