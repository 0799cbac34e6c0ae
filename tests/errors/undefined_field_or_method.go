package main

import "fmt"

type T struct{ A int }

func main() {
	t := T{}
	fmt.Println(t.B)
}

// Error:
// 9:16: t.B undefined (type T has no field or method B)
