package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Log(math.E), math.Log(1), math.Log2(8), math.Log10(1000), math.Log1p(0))
	fmt.Println(math.Exp(0), math.Exp(1), math.Exp2(10), math.Expm1(0))
	fmt.Printf("%.6f %.6f %.6f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4))
	fmt.Printf("%.6f %.6f %.6f\n", math.Asin(1), math.Acos(0), math.Atan(1))
	fmt.Printf("%.6f %.6f\n", math.Atan2(1, -1), math.Atan2(-1, -1))
	fmt.Println(math.Sin(0), math.Cos(0))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sinh(1), math.Cosh(1), math.Tanh(1))
}

// Output:
// 1 0 3 3 0
// 1 2.718281828459045 1024 0
// 0.500000 0.500000 1.000000
// 1.570796 1.570796 0.785398
// 2.356194 -2.356194
// 0 1
// 1.1752 1.5431 0.7616
