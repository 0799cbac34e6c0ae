package main

import (
	"fmt"
	"math"
)

func main() {
	c := complex(1.5, -2)
	fmt.Printf("%v %.1f %g %e\n", c, c, c, c)
	fmt.Println(complex64(c))
	fmt.Printf("%f %v %5.1f %e\n", math.Inf(1), math.Inf(-1), math.NaN(), math.Inf(1))
	fmt.Printf("%+v %+.2f\n", math.Inf(1), 3.0)
	fmt.Printf("%08.3f|%-8.3f|% .2f\n", -1.5, 1.5, 2.0)
	fmt.Println(float32(0.1), float32(1e10), float32(1)/3)
	fmt.Println(1e100, 123456789012345678.0, 0.000001234)
}

// Output:
// (1.5-2i) (1.5-2.0i) (1.5-2i) (1.500000e+00-2.000000e+00i)
// (1.5-2i)
// +Inf -Inf   NaN +Inf
// +Inf +3.00
// -001.500|1.500   | 2.00
// 0.1 1e+10 0.33333334
// 1e+100 1.2345678901234568e+17 1.234e-06
