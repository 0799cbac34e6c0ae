package main

import (
	"fmt"
	"math"
)

func main() {
	z := 0.0
	nz := -z
	fmt.Println(nz, z == nz, 1/nz, math.Signbit(nz))
	fmt.Println(math.Copysign(0, -1))
	fmt.Printf("%v %g %f\n", nz, nz, nz)
	const c = -0.0
	fmt.Println(math.Signbit(c))
}

// Output:
// -0 true -Inf true
// -0
// -0 -0 -0.000000
// false
