package main

import "fmt"

var trace []string

func init() {
	trace = append(trace, "init1")
}

var x = record("x")

func record(s string) int {
	trace = append(trace, "var "+s)
	return len(trace)
}

func init() {
	trace = append(trace, "init2")
}

func main() {
	trace = append(trace, "main")
	fmt.Println(trace, x)
}

// Output:
// [var x init1 init2 main] 1
