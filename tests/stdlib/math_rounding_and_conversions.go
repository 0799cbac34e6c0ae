package main

import (
	"fmt"
	"math"
)

func main() {
	for _, v := range []float64{2.5, 3.5, -2.5, 0.49999999999999994, -0.0, 1e300} {
		fmt.Println(v, math.Round(v), math.RoundToEven(v), math.Floor(v), math.Ceil(v), math.Trunc(v))
	}
	fmt.Println(math.Floor(math.Inf(-1)), math.Round(math.NaN()))
	fmt.Println(int64(math.Floor(-7.5)), int(math.Round(7.5)))
}

// Output:
// 2.5 3 2 2 3 2
// 3.5 4 4 3 4 3
// -2.5 -3 -2 -3 -2 -2
// 0.49999999999999994 0 0 0 1 0
// 0 0 0 0 0 0
// 1e+300 1e+300 1e+300 1e+300 1e+300 1e+300
// -Inf NaN
// -8 8
