package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%#x\n", math.Float64bits(1.0))
	fmt.Println(math.Float64frombits(0x4000000000000000))
	fmt.Printf("%#x\n", math.Float32bits(-2.5))
	ip, frac := math.Modf(3.75)
	fmt.Println(ip, frac)
	ip, frac = math.Modf(-3.75)
	fmt.Println(ip, frac)
	fr, exp := math.Frexp(8)
	fmt.Println(fr, exp, math.Ldexp(0.5, 4))
	fmt.Println(math.Nextafter(1, 2), math.Dim(5, 3), math.Dim(3, 5))
	fmt.Println(math.IsInf(math.Float64frombits(0x7ff0000000000000), 1))
}

// Output:
// 0x3ff0000000000000
// 2
// 0xc0200000
// 3 0.75
// -3 -0.75
// 0.5 4 8
// 1.0000000000000002 2 0
// true
