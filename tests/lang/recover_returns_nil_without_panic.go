package main

import "fmt"

func f() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("recover=", r, " ", r == nil)
	}()
	return "normal"
}

func main() {
	fmt.Println(f())
}

// Output:
// recover=<nil> true
