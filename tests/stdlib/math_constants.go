package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt8, math.MaxUint8, math.MaxUint16)
	fmt.Println(uint64(math.MaxUint64), uint32(math.MaxUint32))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32)
	fmt.Println(math.Pi, math.E, math.Sqrt2)
	fmt.Printf("%.20f\n", math.Pi)
	fmt.Println(math.MaxInt, math.MaxUint16+1)
}

// Output:
// 9223372036854775807 -9223372036854775808
// 2147483647 -2147483648 127 255 65535
// 18446744073709551615 4294967295
// 1.7976931348623157e+308 5e-324
// 3.4028234663852886e+38
// 3.141592653589793 2.718281828459045 1.4142135623730951
// 3.14159265358979311600
// 9223372036854775807 65536
