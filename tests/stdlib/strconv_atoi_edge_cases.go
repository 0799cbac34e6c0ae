package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"007", "-0", "+", "-", "1_000", "0x10", "9223372036854775807", "-9223372036854775808", "9223372036854775808"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	n, err := strconv.ParseInt("-9223372036854775809", 10, 64)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("7fffffff", 16, 32)
	fmt.Println(n, err)
	n, err = strconv.ParseInt("80000000", 16, 32)
	fmt.Println(n, err)
}

// Output:
// 7 <nil>
// 0 <nil>
// 0 strconv.Atoi: parsing "+": invalid syntax
// 0 strconv.Atoi: parsing "-": invalid syntax
// 0 strconv.Atoi: parsing "1_000": invalid syntax
// 0 strconv.Atoi: parsing "0x10": invalid syntax
// 9223372036854775807 <nil>
// -9223372036854775808 <nil>
// 9223372036854775807 strconv.Atoi: parsing "9223372036854775808": value out of range
// -9223372036854775808 strconv.ParseInt: parsing "-9223372036854775809": value out of range
// 2147483647 <nil>
// 2147483647 strconv.ParseInt: parsing "80000000": value out of range
