package main

import "fmt"

func main() {
	fmt.Println(1.0, 2.5, 0.1+0.2, 1e21, 1e20, 1e-5, 123456789.0)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32))
	fmt.Println(3.0/2, 1/3.0, 100.0)
	x := 1e6
	fmt.Println(x, x*10, x*100)
	fmt.Println(float32(16777216.0)+1, 2.0/3)
}

// Output:
// 1 2.5 0.3 1e+21 1e+20 1e-05 1.23456789e+08
// 0.1 0.10000000149011612
// 1.5 0.3333333333333333 100
// 1e+06 1e+07 1e+08
// 1.6777216e+07 0.6666666666666666
