package main

import (
	"fmt"
	"math"
)

func main() {
	pinf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	fmt.Println(pinf, ninf, nan)
	fmt.Println(math.IsInf(pinf, 1), math.IsInf(ninf, 1), math.IsInf(ninf, 0), math.IsNaN(nan))
	fmt.Println(math.Sqrt(pinf), math.Log(0), math.Log(-1), math.Exp(1000))
	fmt.Println(pinf+ninf, pinf*-1, math.Floor(nan))
	fmt.Println(math.Signbit(ninf), math.Signbit(math.Copysign(0, -1)))
}

// Output:
// +Inf -Inf NaN
// true false true true
// +Inf -Inf NaN +Inf
// NaN -Inf NaN
// true true
