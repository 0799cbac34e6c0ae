package main

import "errors"

func main() {
	panic(errors.Join(errors.New("first"), errors.New("second")))
}

// Error:
// panic: first
// 	second
