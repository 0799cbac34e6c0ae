package main

import (
	"fmt"
)

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T\n", r)
		fmt.Println(r)
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	panic(nil)
}

// Output:
// *runtime.PanicNilError
// runtime error: panic called with nil argument
// true runtime error: panic called with nil argument
