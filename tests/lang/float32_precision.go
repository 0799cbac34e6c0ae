package main

import "fmt"

func main() {
	var a float32 = 1.1
	var b float32 = 2.2
	fmt.Println(a+b, a*b, a/b)
	var s float32
	for i := 0; i < 10; i++ {
		s += 0.1
	}
	fmt.Println(s)
	var d float64
	for i := 0; i < 10; i++ {
		d += 0.1
	}
	fmt.Println(d, d == 1)
	fmt.Println(float32(1)/3, float64(float32(1)/3))
}

// Output:
// 3.3000002 2.42 0.5
// 1.0000001
// 0.9999999999999999 false
// 0.33333334 0.3333333432674408
