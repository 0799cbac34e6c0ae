package main

import (
	"fmt"
	"strconv"
)

func main() {
	f := 0.1
	fmt.Println(strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(float64(float32(f)), 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(1.0/3, 'e', 5, 64), strconv.FormatFloat(1e-10, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(123.456, 'f', -1, 32), strconv.FormatFloat(16777217, 'f', -1, 32))
	fmt.Println(strconv.FormatFloat(0.000012345, 'g', 3, 64), strconv.FormatFloat(1e6, 'G', -1, 64))
	fmt.Println(strconv.FormatFloat(0.5, 'f', 0, 64), strconv.FormatFloat(1.5, 'f', 0, 64), strconv.FormatFloat(1.005, 'f', 2, 64))
}

// Output:
// 0.1 0.1
// 0.10000000149011612
// 3.33333e-01 0.0000000001
// 123.456 16777216
// 1.23e-05 1E+06
// 0 2 1.00
