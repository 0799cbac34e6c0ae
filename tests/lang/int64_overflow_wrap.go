package main

import (
	"fmt"
	"math"
)

func main() {
	var a int64 = math.MaxInt64
	a++
	fmt.Println(a)
	var b int = math.MinInt64
	fmt.Println(b-1, -b)
	var c int64 = 1 << 62
	fmt.Println(c*4, c*3)
}

// Output:
// -9223372036854775808
// 9223372036854775807 -9223372036854775808
// 0 -4611686018427387904
