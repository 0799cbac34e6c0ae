package calc_test

import (
	"fmt"
	"testing"

	"amber.test/calc"
)

func TestExternal(t *testing.T) {
	var s calc.Stack
	if _, ok := s.Pop(); ok {
		t.Error("Pop on an empty stack succeeded")
	}
}

func ExampleAdd() {
	fmt.Println(calc.Add(2, 3))
	// Output: 5
}

func ExampleStack() {
	var s calc.Stack
	s.Push(1)
	s.Push(2)
	for s.Len() > 0 {
		v, _ := s.Pop()
		fmt.Println("popped", v)
	}
	// Output:
	// popped 2
	// popped 1
}

func Example_unordered() {
	for _, w := range []string{"b", "a", "c"} {
		fmt.Println(w)
	}
	// Unordered output:
	// a
	// b
	// c
}

// ExampleDiv has no output comment: it is compiled but not run.
func ExampleDiv() {
	fmt.Println(calc.Div(1, 0))
}
