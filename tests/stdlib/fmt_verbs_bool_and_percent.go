package main

import "fmt"

func main() {
	fmt.Printf("%t %t|%v|%5t|%-6t|\n", true, false, true, true, false)
	fmt.Printf("100%%|%d%%\n", 50)
	fmt.Printf("%T %T %T %T %T\n", true, nil, 'x', "s", 1.5)
	fmt.Printf("%T %T %T\n", []interface{}{}, map[string][]int{}, struct{ A int }{})
	fmt.Printf("%T %T\n", fmt.Printf, func(int) string { return "" })
}

// Output:
// true false|true| true|false |
// 100%|50%
// bool <nil> int32 string float64
// []interface {} map[string][]int struct { A int }
// func(string, ...interface {}) (int, error) func(int) string
