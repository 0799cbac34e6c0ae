package main

import (
	"errors"
	"fmt"
)

type Temporary interface{ Temporary() bool }

type netErr struct{ msg string }

func (e *netErr) Error() string   { return e.msg }
func (e *netErr) Temporary() bool { return true }

func main() {
	err := fmt.Errorf("dial: %w", &netErr{"timeout"})
	var t Temporary
	if errors.As(err, &t) {
		fmt.Println("temporary:", t.Temporary())
	}
	var ne *netErr
	fmt.Println(errors.As(err, &ne), ne.msg)
	fmt.Println(errors.Is(nil, nil), errors.Is(err, nil), errors.Unwrap(nil))
	var target error
	fmt.Println(errors.As(err, &target), target)
}

// Output:
// temporary: true
// true timeout
// true false <nil>
// true dial: timeout
