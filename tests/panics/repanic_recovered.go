package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(r)
	}()
	panic("boom")
}

// Output:
// recovered boom
// Error:
// panic: boom [recovered, repanicked]
