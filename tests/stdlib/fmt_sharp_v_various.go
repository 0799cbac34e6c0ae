package main

import "fmt"

type Color int
type Names []string

func main() {
	fmt.Printf("%#v\n", Color(3))
	fmt.Printf("%#v\n", Names{"a"})
	fmt.Printf("%#v\n", []interface{}{1, "a", nil})
	fmt.Printf("%#v\n", [2]bool{true})
	fmt.Printf("%#v\n", struct{}{})
	fmt.Printf("%#v\n", map[int]bool(nil))
	fmt.Printf("%#v %#v\n", uint8(7), 'x')
	fmt.Printf("%#v\n", 1e6)
}

// Output:
// 3
// main.Names{"a"}
// []interface {}{1, "a", interface {}(nil)}
// [2]bool{true, false}
// struct {}{}
// map[int]bool(nil)
// 0x7 120
// 1e+06
