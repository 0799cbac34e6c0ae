package main

import (
	"fmt"
	"strconv"
)

func main() {
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
	_, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(1<<63, 10), strconv.FormatUint(255, 8))
	b := []byte("n=")
	b = strconv.AppendInt(b, -42, 10)
	b = append(b, ' ')
	b = strconv.AppendBool(b, true)
	b = strconv.AppendQuote(b, "q")
	fmt.Println(string(b))
}

// Output:
// 18446744073709551615 <nil>
// strconv.ParseUint: parsing "-1": invalid syntax
// strconv.ParseUint: parsing "256": value out of range
// -ff 11111111 z
// 9223372036854775808 377
// n=-42 true"q"
