package main

type Node struct {
	Val  int
	Next Node
}

func main() {
	var n Node
	_ = n
}

// Error:
// 3:6: invalid recursive type: Node refers to itself
