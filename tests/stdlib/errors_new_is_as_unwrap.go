package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type PathError struct {
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

func find(p string) error {
	return &PathError{p, ErrNotFound}
}

func main() {
	err := find("/x")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, errors.New("not found")))
	var pe *PathError
	if errors.As(err, &pe) {
		fmt.Println("path:", pe.Path)
	}
	fmt.Println(errors.Unwrap(err) == ErrNotFound, errors.Unwrap(ErrNotFound))
	wrapped := fmt.Errorf("op failed: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound), errors.As(wrapped, &pe))
}

// Output:
// /x: not found
// true false
// path: /x
// true <nil>
// op failed: /x: not found true true
