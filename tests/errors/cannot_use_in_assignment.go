package main

func main() {
	var x int
	x = "hello"
	_ = x
}

// Error:
// 5:6: cannot use "hello" (untyped string constant) as int value in assignment
