package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(16), math.Sqrt(-1))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(0, -1), math.Pow(-8, 1.0/3))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7), math.Round(-2.5), math.Round(2.5))
	fmt.Println(math.Abs(-3.2), math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Remainder(7, 3))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.RoundToEven(2.5))
}

// Output:
// 1.4142135623730951 4 NaN
// 1024 1.4142135623730951 +Inf NaN
// -3 -2 -2 -3 3
// 3.2 7 3 NaN
// 1 -1 1 1
// 5 3 2
