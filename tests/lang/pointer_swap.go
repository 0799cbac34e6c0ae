package main

import "fmt"

func swap(a, b *int) {
	*a, *b = *b, *a
}

type Node struct {
	Val  int
	Next *Node
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val)
	}
	fmt.Println()
}

// Output:
// 2 1
// 123
