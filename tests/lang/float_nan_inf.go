package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	pinf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Println(pinf, ninf, nan)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(pinf > math.MaxFloat64, ninf < -math.MaxFloat64)
	fmt.Println(pinf-pinf, pinf*0, math.IsNaN(pinf-pinf))
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m))
}

// Output:
// +Inf -Inf NaN
// false true false false
// true true
// NaN NaN true
// 2
