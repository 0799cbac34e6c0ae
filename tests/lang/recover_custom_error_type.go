package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
}

func (e ValidationError) Error() string { return "invalid " + e.Field }

func validate() (err error) {
	defer func() {
		if r := recover(); r != nil {
			if ve, ok := r.(ValidationError); ok {
				err = ve
				return
			}
			panic(r)
		}
	}()
	panic(ValidationError{"name"})
}

func main() {
	err := validate()
	fmt.Println(err)
	var ve ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field)
}

// Output:
// invalid name
// true name
