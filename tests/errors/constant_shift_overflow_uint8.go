package main

func main() {
	var b uint8 = 1 << 8
	_ = b
}

// Error:
// 4:16: cannot use 1 << 8 (untyped int constant 256) as uint8 value in variable declaration (overflows)
