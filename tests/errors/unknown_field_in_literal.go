package main

type P struct{ X, Y int }

func main() {
	p := P{X: 1, Z: 2}
	_ = p
}

// Error:
// 6:15: unknown field Z in struct literal of type P
