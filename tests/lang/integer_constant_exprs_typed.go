package main

import "fmt"

func main() {
	const big = 1 << 40
	var i64 int64 = big
	var u64 uint64 = 1<<64 - 1
	fmt.Println(i64, u64)
	const mask = ^uint32(0)
	fmt.Println(mask, ^0, -1<<3)
	var i8 int8 = -1 << 7
	fmt.Println(i8)
	fmt.Println(5/2*2.0, 5.0/2*2)
	const x uint8 = 255
	fmt.Println(x/2, x%7)
}

// Output:
// 1099511627776 18446744073709551615
// 4294967295 -1 -8
// -128
// 4 5
// 127 3
