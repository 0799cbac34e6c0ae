package main

import "fmt"

func main() {
	x := 0x12345678
	fmt.Println(int8(x), uint8(x), int16(x), uint16(x))
	y := -1
	fmt.Println(uint8(y), uint16(y), uint32(y), uint64(y))
	var z int8 = -5
	fmt.Println(uint8(z), int64(z), uint64(z))
	var w uint8 = 200
	fmt.Println(int8(w), int(w))
}

// Output:
// 120 120 22136 22136
// 255 65535 4294967295 18446744073709551615
// 251 -5 18446744073709551611
// -56 200
