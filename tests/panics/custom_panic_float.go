package main

func main() {
	panic(1.5)
}

// Error:
// panic: 1.5
