package main

import "fmt"

func main() {
	var x int32 = 1
	var s uint = 31
	fmt.Println(x << s)
	s = 32
	fmt.Println(x<<s, x>>s)
	var y int8 = -128
	fmt.Println(y>>1, y>>7, y>>100)
	var u uint8 = 0x80
	fmt.Println(u>>7, u<<1, u>>200)
	var z int64 = -1
	fmt.Println(z>>63, z<<63, uint64(z)>>63)
	n := 3
	fmt.Println(1<<n, -16>>n)
}

// Output:
// -2147483648
// 0 0
// -64 -1 -1
// 1 0 0
// -1 -9223372036854775808 1
// 8 -2
