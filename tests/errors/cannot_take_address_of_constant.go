package main

const C = 5

func main() {
	p := &C
	_ = p
}

// Error:
// 6:8: invalid operation: cannot take address of C (untyped int constant 5)
