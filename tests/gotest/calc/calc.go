// Package calc is a small package with passing tests and examples (see tests/gotest/README.md).
package calc

import "errors"

// ErrDivByZero is returned by Div when dividing by zero.
var ErrDivByZero = errors.New("calc: division by zero")

// Add returns a + b.
func Add(a, b int) int { return a + b }

// Div returns a / b, or ErrDivByZero.
func Div(a, b int) (int, error) {
	if b == 0 {
		return 0, ErrDivByZero
	}
	return a / b, nil
}

// Stack is a last-in first-out stack of ints.
type Stack struct {
	items []int
}

// Push adds v on top.
func (s *Stack) Push(v int) { s.items = append(s.items, v) }

// Pop removes and returns the top value; ok is false when the stack is empty.
func (s *Stack) Pop() (v int, ok bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v = s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

// Len is the number of values on the stack.
func (s *Stack) Len() int { return len(s.items) }
