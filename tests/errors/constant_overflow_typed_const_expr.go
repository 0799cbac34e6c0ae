package main

func main() {
	const x int8 = 100
	_ = x * 2
}

// Error:
// 5:6: x * 2 (constant 200 of type int8) overflows int8
