package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pow(2, -2), math.Pow(-2, 3), math.Pow(-2, 0.5), math.Pow(1, math.NaN()))
	fmt.Println(math.Pow(0, 0), math.Pow(math.Inf(1), -1), math.Pow(10, 15), math.Pow(10, -3))
	fmt.Println(math.Sqrt(0), math.Sqrt(math.Copysign(0, -1)), math.Sqrt(1e-300))
	fmt.Println(math.Pow10(3), math.Pow10(-2), math.Pow10(400))
	fmt.Println(math.Abs(math.Inf(-1)), math.Abs(math.Copysign(0, -1)))
}

// Output:
// 0.25 -8 NaN 1
// 1 0 1e+15 0.001
// 0 -0 1e-150
// 1000 0.01 +Inf
// +Inf 0
