package main

type P struct{ X, Y int }

func main() {
	p := P{X: 1, 2}
	_ = p
}

// Error:
// 6:15: mixture of field:value and value elements in struct literal
