package main

type Inner struct{ V int }
type Outer struct{ *Inner }

func main() {
	o := Outer{}
	o.V = 3
}

// Error:
// panic: runtime error: invalid memory address or nil pointer dereference
