package main

func main() {
	var p *[3]int
	p[1] = 5
}

// Error:
// panic: runtime error: invalid memory address or nil pointer dereference
