package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u uint8 = 0b1100
	fmt.Println(^u, u&^0b0100)
	fmt.Printf("%08b\n", ^u)
	x := 5
	x &^= 1
	x |= 8
	x ^= 3
	x <<= 2
	x >>= 1
	fmt.Println(x)
}

// Output:
// 8 14 6 4 -13
// 243 8
// 11110011
// 30
