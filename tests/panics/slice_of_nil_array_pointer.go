package main

func main() {
	var p *[3]int
	_ = p[:]
}

// Error:
// panic: runtime error: invalid memory address or nil pointer dereference
