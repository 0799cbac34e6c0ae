package main

func main() {
	panic(nil)
}

// Error:
// panic: runtime error: panic called with nil argument
