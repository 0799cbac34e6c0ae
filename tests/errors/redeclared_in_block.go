package main

func main() {
	var x int
	var x string
	_ = x
}

// Error:
// 5:6: x redeclared in this block
// 	./redeclared_in_block.go:4:6: other declaration of x
