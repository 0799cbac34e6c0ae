package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Inf", "NaN", "0x1p-2", "1_0.5", "abc", "1e400", ".5", "5."} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
}

// Output:
// 3.14 <nil>
// 1e+10 <nil>
// -0 <nil>
// +Inf <nil>
// -Inf <nil>
// NaN <nil>
// 0.25 <nil>
// 10.5 <nil>
// 0 strconv.ParseFloat: parsing "abc": invalid syntax
// +Inf strconv.ParseFloat: parsing "1e400": value out of range
// 0.5 <nil>
// 5 <nil>
// 0.10000000149011612 <nil>
