package main

func main() {
	panic("line one\nline two")
}

// Error:
// panic: line one
// 	line two
