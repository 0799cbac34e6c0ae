package main

import "fmt"

func main() {
	var a uint8 = 255
	a++
	fmt.Println(a)
	var b uint8 = 0
	b--
	fmt.Println(b)
	var c uint16 = 0
	c -= 1
	fmt.Println(c)
	var d uint32 = 1 << 31
	d *= 2
	fmt.Println(d)
	var e uint64 = 0
	e--
	fmt.Println(e)
	var u uint = 3
	fmt.Println(u - 5)
	var p uintptr = 0
	p--
	fmt.Println(p)
}

// Output:
// 0
// 255
// 65535
// 0
// 18446744073709551615
// 18446744073709551614
// 18446744073709551615
