package main

func main() {
	for i := 0; i; i++ {
	}
}

// Error:
// 4:14: non-boolean condition in for statement
