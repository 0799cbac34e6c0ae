package main

import "fmt"

type Handler func(string) string

func chain(hs ...Handler) Handler {
	return func(s string) string {
		for _, h := range hs {
			s = h(s)
		}
		return s
	}
}

func main() {
	up := func(s string) string { return s + "^" }
	ex := func(s string) string { return s + "!" }
	fmt.Println(chain(up, ex, up)("x"))
	var h Handler
	fmt.Println(h == nil)
	fs := map[string]Handler{"u": up}
	if f, ok := fs["u"]; ok {
		fmt.Println(f("y"))
	}
}

// Output:
// x^!^
// true
// y^
