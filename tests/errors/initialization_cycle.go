package main

var a = b
var b = a

func main() {}

// Error:
// 3:5: initialization cycle for a
// 	./initialization_cycle.go:3:5: a refers to b
// 	./initialization_cycle.go:4:5: b refers to a
