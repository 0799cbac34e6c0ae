package main

import "fmt"

func main() {
	var s fmt.Stringer
	s.Foo()
}

// Error:
// 7:4: s.Foo undefined (type fmt.Stringer has no field or method Foo)
