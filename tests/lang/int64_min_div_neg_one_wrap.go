package main

import (
	"fmt"
	"math"
)

func main() {
	x := int64(math.MinInt64)
	y := int64(-1)
	fmt.Println(x/y, x%y)
	var a int32 = math.MinInt32
	var b int32 = -1
	fmt.Println(a/b, a%b, -a)
	var c int = math.MinInt
	fmt.Println(c*-1 == c)
}

// Output:
// -9223372036854775808 0
// -2147483648 0 -2147483648
// true
