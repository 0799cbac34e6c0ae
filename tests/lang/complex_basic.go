package main

import "fmt"

func main() {
	c := complex(1, 2)
	d := 3 + 4i
	fmt.Println(c, d, c+d, c*d, d/c)
	fmt.Println(real(d), imag(d))
	fmt.Printf("%T %T\n", c, complex64(c))
	var e complex64 = 1.5 - 2i
	fmt.Println(e, real(e))
	fmt.Println(c == complex(1, 2), c != d)
	fmt.Printf("%.2f\n", d)
}

// Output:
// (1+2i) (3+4i) (4+6i) (-5+10i) (2.2-0.4i)
// 3 4
// complex128 complex64
// (1.5-2i) 1.5
// true true
// (3.00+4.00i)
