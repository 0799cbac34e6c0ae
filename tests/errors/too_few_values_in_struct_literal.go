package main

type P struct{ X, Y, Z int }

func main() {
	p := P{1, 2}
	_ = p
}

// Error:
// 6:13: too few values in struct literal of type P
