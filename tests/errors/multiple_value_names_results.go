package main

import "fmt"

type T struct{}

func (T) Two() (a, b int) { return 1, 2 }
func plain() (int, error) { return 0, nil }

func cut(s, sep string) (before, after string, found bool) { return s, sep, false }

func main() {
	fmt.Println(cut("a=b", "=") + "x")
	var t T
	fmt.Println(t.Two() + 1)
	f := plain
	fmt.Println(f() + 1)
	fmt.Println(plain() + 1)
}

// Error:
// 13:14: multiple-value cut("a=b", "=") (value of type (before string, after string, found bool)) in single-value context
// 15:14: multiple-value t.Two() (value of type (a int, b int)) in single-value context
// 17:14: multiple-value f() (value of type (int, error)) in single-value context
// 18:14: multiple-value plain() (value of type (int, error)) in single-value context
