package main

import "fmt"

func main() {
	const i2 = 1i * 1i
	var f float64 = i2
	fmt.Println(f)
	fmt.Println(2i, -1i+1)
	x := 1i
	fmt.Println(x*x, imag(x*x))
	zero := 0.0
	fmt.Println(complex(1/zero, zero))
}

// Output:
// -1
// (0+2i) (1-1i)
// (-1+0i) 0
// (+Inf+0i)
