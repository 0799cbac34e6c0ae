package main

func f() int {
	for {
		break
	}
}

func main() { f() }

// Error:
// 7:1: missing return
