package main

func main() {
	if true {
		println("x")
}

// Error:
// 7:1: syntax error: unexpected EOF, expected }
