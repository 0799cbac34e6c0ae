package main

func main() {
	var x int64 = 1 << 63
	_ = x
}

// Error:
// 4:16: cannot use 1 << 63 (untyped int constant 9223372036854775808) as int64 value in variable declaration (overflows)
