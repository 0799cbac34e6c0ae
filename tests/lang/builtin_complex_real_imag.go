package main

import "fmt"

func main() {
	c := complex(3.0, -4.0)
	fmt.Println(real(c), imag(c))
	var f32 float32 = 1.5
	c64 := complex(f32, f32)
	fmt.Printf("%T %v\n", c64, c64)
	fmt.Printf("%T\n", real(c64))
	const k = complex(1, 0)
	var x float64 = real(k)
	fmt.Println(x)
	mag := real(c)*real(c) + imag(c)*imag(c)
	fmt.Println(mag)
}

// Output:
// 3 -4
// complex64 (1.5+1.5i)
// float32
// 1
// 25
