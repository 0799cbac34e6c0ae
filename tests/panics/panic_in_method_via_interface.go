package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Pop() int {
	if len(s.items) == 0 {
		panic("pop from empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

type Popper interface{ Pop() int }

func main() {
	var p Popper = &Stack{[]int{1}}
	fmt.Println(p.Pop())
	fmt.Println(p.Pop())
}

// Output:
// 1
// Error:
// panic: pop from empty stack
