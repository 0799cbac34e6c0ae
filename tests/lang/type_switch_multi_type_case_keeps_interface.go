package main

import "fmt"

func f(v any) {
	switch x := v.(type) {
	case int, string:
		fmt.Printf("%T %v\n", x, x)
	case bool:
		fmt.Println(!x)
	}
}

func main() {
	f(1)
	f("s")
	f(true)
	f(1.5)
	var v any = 3
	switch v.(type) {
	case fmt.Stringer:
		fmt.Println("stringer")
	default:
		fmt.Println("plain")
	}
}

// Output:
// int 1
// string s
// false
// plain
