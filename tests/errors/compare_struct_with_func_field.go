package main

type T struct{ F func() }

func main() {
	a, b := T{}, T{}
	_ = a == b
}

// Error:
// 7:6: invalid operation: a == b (struct containing func() cannot be compared)
