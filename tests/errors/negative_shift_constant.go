package main

func main() {
	x := 1
	_ = x << -1
}

// Error:
// 5:11: invalid operation: negative shift count -1 (untyped int constant)
