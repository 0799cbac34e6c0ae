package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

type Queue struct {
	head, tail *Node
	n          int
}

func (q *Queue) Push(v int) {
	n := &Node{Val: v}
	if q.tail == nil {
		q.head, q.tail = n, n
	} else {
		q.tail.Next = n
		q.tail = n
	}
	q.n++
}

// Pop has a bug: it never resets tail when the queue becomes empty,
// and it does not check for an empty queue.
func (q *Queue) Pop() int {
	v := q.head.Val
	q.head = q.head.Next
	q.n--
	return v
}

func main() {
	q := &Queue{}
	for i := 1; i <= 3; i++ {
		q.Push(i * 10)
	}
	sum := 0
	for q.n > 0 {
		v := q.Pop()
		sum += v
		fmt.Println("popped", v)
	}
	fmt.Println("sum", sum)
	q.Push(99)
	fmt.Println("len after push", q.n, q.head == nil)
	fmt.Println(q.Pop())
}

// Output:
// popped 10
// popped 20
// popped 30
// sum 60
// len after push 1 true
// Error:
// panic: runtime error: invalid memory address or nil pointer dereference
