package main

import (
	"errors"
	"fmt"
)

type E struct{ Op string }

func (e E) Error() string { return e.Op + " failed" }

func main() {
	errs := []error{errors.New("one"), E{"two"}, nil}
	fmt.Println(errs)
	fmt.Printf("%v\n%+v\n", errs[1], errs[1])
	m := map[string]error{"x": E{"x"}}
	fmt.Println(m)
	type R struct {
		Err error
		N   int
	}
	fmt.Printf("%+v\n", R{E{"r"}, 1})
	fmt.Printf("%+v\n", R{})
}

// Output:
// [one two failed <nil>]
// two failed
// two failed
// map[x:x failed]
// {Err:r failed N:1}
// {Err:<nil> N:0}
