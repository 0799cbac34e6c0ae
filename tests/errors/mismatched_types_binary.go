package main

func main() {
	a := 1
	b := "s"
	_ = a + b
}

// Error:
// 6:6: invalid operation: a + b (mismatched types int and string)
