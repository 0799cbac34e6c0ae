package main

import "errors"

func main() {
	panic(errors.New("an error value"))
}

// Error:
// panic: an error value
