package main

type S struct{}

func (S) String() string { return "stringer value" }

func main() {
	panic(S{})
}

// Error:
// panic: stringer value
