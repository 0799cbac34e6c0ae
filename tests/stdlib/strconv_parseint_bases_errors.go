package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	tests := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"0xff", 0, 64}, {"0o17", 0, 64}, {"0b101", 0, 8}, {"1_000", 0, 64},
		{"777", 8, 64}, {"-128", 10, 8}, {"128", 10, 8}, {"z", 36, 64}, {"12", 2, 64}, {"1", 1, 64},
	}
	for _, t := range tests {
		n, err := strconv.ParseInt(t.s, t.base, t.bits)
		fmt.Println(n, err)
	}
	_, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(errors.Is(err, strconv.ErrRange))
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err)
}

// Output:
// 255 <nil>
// 255 <nil>
// 15 <nil>
// 5 <nil>
// 1000 <nil>
// 511 <nil>
// -128 <nil>
// 127 strconv.ParseInt: parsing "128": value out of range
// 35 <nil>
// 0 strconv.ParseInt: parsing "12": invalid syntax
// 0 strconv.ParseInt: parsing "1": invalid base 1
// true
// true ParseInt 300 value out of range
