package main

import "fmt"

func main() {
	var a int16 = 32767
	a += 2
	fmt.Println(a)
	var b int32 = 2147483647
	b++
	fmt.Println(b)
	var c int32 = -2147483648
	fmt.Println(c*-1, c-1)
	var d int16 = 300
	d *= 300
	fmt.Println(d)
}

// Output:
// -32767
// -2147483648
// -2147483648 2147483647
// 24464
