package main

type T struct{ X int }

func main() {
	var p *T
	p.X = 1
}

// Error:
// panic: runtime error: invalid memory address or nil pointer dereference
