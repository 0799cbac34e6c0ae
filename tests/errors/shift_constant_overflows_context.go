package main

func main() {
	n := uint(3)
	var b byte = 256 << n
	_ = b
}

// Error:
// 5:15: 256 (untyped int constant) overflows byte
