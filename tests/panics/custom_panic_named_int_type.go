package main

type Code int

func main() {
	panic(Code(7))
}

// Error:
// panic: main.Code(7)
