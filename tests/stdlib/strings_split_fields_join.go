package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz\n  "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "::"))
	fmt.Println(strings.Join(nil, ",") == "")
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c33d", func(r rune) bool { return r >= '0' && r <= '9' }))
}

// Output:
// ["a" "b" "" "c"]
// ["a" "b" "c"]
// [""]
// ["a" "b,c,d"]
// ["a," "b," "c"]
// ["foo" "bar" "baz"]
// []
// x::y::z
// true
// ["a" "b" "c" "d"]
