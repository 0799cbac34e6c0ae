package main

func main() {
	panic(complex(1, -2))
}

// Error:
// panic: (1-2i)
