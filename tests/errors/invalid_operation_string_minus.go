package main

func main() {
	s := "a" - "b"
	_ = s
}

// Error:
// 4:7: invalid operation: operator - not defined on "a" (untyped string constant)
