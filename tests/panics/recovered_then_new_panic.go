package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("converted: ", r))
	}()
	panic("original")
}

// Error:
// panic: original [recovered]
// 	panic: converted: original
