package main

import (
	"errors"
	"fmt"
)

type CodeErr struct{ Code int }

func (e CodeErr) Error() string { return fmt.Sprintf("code %d", e.Code) }
func (e CodeErr) Is(target error) bool {
	t, ok := target.(CodeErr)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

func main() {
	err := fmt.Errorf("wrap: %w", CodeErr{404})
	fmt.Println(errors.Is(err, CodeErr{404}), errors.Is(err, CodeErr{0}), errors.Is(err, CodeErr{500}))
	var ce CodeErr
	fmt.Println(errors.As(err, &ce), ce.Code)
	var e1, e2 error = CodeErr{1}, CodeErr{1}
	fmt.Println(e1 == e2)
	fmt.Println(errors.New("a") == errors.New("a"))
}

// Output:
// true true false
// true 404
// true
// false
