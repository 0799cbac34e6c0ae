package main

import "fmt"

func tryRecover() {
	if r := recover(); r != nil {
		fmt.Println("recovered?", r)
	}
}

func main() {
	defer func() {
		tryRecover()
	}()
	panic("not recovered by nested call")
}

// Error:
// panic: not recovered by nested call
