package main

func main() {
	var f func(int) int
	f(1)
}

// Error:
// panic: runtime error: invalid memory address or nil pointer dereference
