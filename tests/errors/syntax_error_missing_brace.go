package main

func main() {
	if true {
		println("x")
}

// Error:
// 10:1: syntax error: unexpected EOF, expected }
