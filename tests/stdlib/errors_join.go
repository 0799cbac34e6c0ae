package main

import (
	"errors"
	"fmt"
)

func main() {
	e1 := errors.New("first")
	e2 := errors.New("second")
	j := errors.Join(e1, nil, e2)
	fmt.Println(j)
	fmt.Println(errors.Is(j, e1), errors.Is(j, e2))
	fmt.Println(errors.Join(nil, nil) == nil)
	fmt.Printf("%q\n", j.Error())
	w := fmt.Errorf("ctx: %w", j)
	fmt.Println(errors.Is(w, e2))
}

// Output:
// first
// second
// true true
// true
// "first\nsecond"
// true
