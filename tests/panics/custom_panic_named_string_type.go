package main

type Reason string

func main() {
	panic(Reason("named string"))
}

// Error:
// panic: main.Reason("named string")
