package main

func main() {
	_ = byte(256)
}

// Error:
// 4:11: constant 256 overflows byte
