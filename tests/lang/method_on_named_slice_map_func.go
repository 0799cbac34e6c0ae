package main

import (
	"fmt"
	"strings"
)

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

type Set map[string]bool

func (s Set) Add(k string) { s[k] = true }

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

type Words []string

func (w Words) String() string { return strings.Join(w, "+") }

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	v := s.Pop()
	fmt.Println(v, s)
	set := Set{}
	set.Add("a")
	fmt.Println(set)
	inc := Op(func(x int) int { return x + 3 })
	fmt.Println(inc.Twice(1))
	fmt.Println(Words{"a", "b"})
}

// Output:
// 2 [1]
// map[a:true]
// 7
// a+b
