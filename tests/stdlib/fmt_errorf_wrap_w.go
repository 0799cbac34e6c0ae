package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	e1 := fmt.Errorf("layer1: %w", ErrBase)
	e2 := fmt.Errorf("layer2: %w", e1)
	fmt.Println(e2)
	fmt.Println(errors.Is(e2, ErrBase), errors.Unwrap(e2) == e1)
	e3 := fmt.Errorf("no wrap: %v", ErrBase)
	fmt.Println(e3, errors.Is(e3, ErrBase), errors.Unwrap(e3) == nil)
	e4 := fmt.Errorf("two: %w and %w", ErrBase, errors.New("other"))
	fmt.Println(e4, errors.Is(e4, ErrBase), errors.Unwrap(e4) == nil)
}

// Output:
// layer2: layer1: base failure
// true true
// no wrap: base failure false true
// two: base failure and other true true
