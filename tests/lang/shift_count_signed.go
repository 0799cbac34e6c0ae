package main

import "fmt"

func main() {
	var n int = 4
	var x uint16 = 0xFFFF
	fmt.Println(x>>n, x<<n)
	var m int8 = 7
	fmt.Println(1<<m, int8(1)<<m)
}

// Output:
// 4095 65520
// 128 -128
