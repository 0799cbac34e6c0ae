package main

func main() {
L:
	switch {
	default:
		continue L
	}
}

// Error:
// 7:12: invalid continue label L
