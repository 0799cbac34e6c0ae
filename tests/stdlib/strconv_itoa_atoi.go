package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0))
	for _, s := range []string{"123", "-7", "+8", "12a", "", " 1", "99999999999999999999"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
}

// Output:
// -45 0
// 123 <nil>
// -7 <nil>
// 8 <nil>
// 0 strconv.Atoi: parsing "12a": invalid syntax
// 0 strconv.Atoi: parsing "": invalid syntax
// 0 strconv.Atoi: parsing " 1": invalid syntax
// 9223372036854775807 strconv.Atoi: parsing "99999999999999999999": value out of range
