package main

import "fmt"

type T struct{ n int }

func (t T) Get() int { return t.n }

func main() {
	var p *T
	fmt.Println("binding")
	f := p.Get
	fmt.Println("not reached", f)
}

// Output:
// binding
// Error:
// panic: runtime error: invalid memory address or nil pointer dereference
