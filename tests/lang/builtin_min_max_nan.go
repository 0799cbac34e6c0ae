package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	fmt.Println(min(1, nan), max(nan, 1))
	negz := math.Copysign(0, -1)
	fmt.Println(min(0, negz), max(negz, 0))
	fmt.Println(min(math.Inf(-1), 0), max(math.Inf(1), 1e308))
}

// Output:
// NaN NaN
// -0 0
// -Inf +Inf
