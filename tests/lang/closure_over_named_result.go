package main

import "fmt"

func counter() (count int, inc func()) {
	inc = func() { count++ }
	inc()
	inc()
	return
}

func withDefer() (s []string) {
	add := func(x string) { s = append(s, x) }
	defer add("deferred")
	add("body")
	return []string{"returned"}
}

func main() {
	n, inc := counter()
	inc()
	fmt.Println(n)
	fmt.Println(withDefer())
}

// Output:
// 2
// [returned deferred]
