package main

func f(s string) {}

func main() {
	f(42)
}

// Error:
// 6:4: cannot use 42 (untyped int constant) as string value in argument to f
