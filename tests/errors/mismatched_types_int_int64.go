package main

func main() {
	var a int = 1
	var b int64 = 2
	_ = a + b
}

// Error:
// 6:6: invalid operation: a + b (mismatched types int and int64)
