package main

import (
	"fmt"
	"strconv"
)

func main() {
	v := 1234.5678
	for _, f := range []byte{'f', 'e', 'E', 'g', 'G', 'b', 'x'} {
		fmt.Println(string(f), strconv.FormatFloat(v, f, -1, 64), strconv.FormatFloat(v, f, 2, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', 20, 64))
	fmt.Println(strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(123456, 'g', 3, 64))
	fmt.Println(strconv.FormatFloat(-0.0, 'f', 1, 64), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64))
}

// Output:
// f 1234.5678 1234.57
// e 1.2345678e+03 1.23e+03
// E 1.2345678E+03 1.23E+03
// g 1234.5678 1.2e+03
// G 1234.5678 1.2E+03
// b 5429686605511341p-42 5429686605511341p-42
// x 0x1.34a456d5cfaadp+10 0x1.35p+10
// 0.1 0.10000000000000000555
// 1e+21 1.23e+05
// 0.0 2 4
