package main

func f() {}
func f() {}

func main() {}

// Error:
// 4:6: f redeclared in this block
// 	./redeclared_function.go:3:6: other declaration of f
