package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	inputs := [][]byte{
		{0x61}, {0xc3, 0xa9}, {0xc3}, {0xe2, 0x82, 0xac}, {0xed, 0xa0, 0x80}, {0xf0, 0x9f, 0x98, 0x80}, {0xf8}, {0xc0, 0x80}, {},
	}
	for _, b := range inputs {
		r, n := utf8.DecodeRune(b)
		fmt.Printf("% x -> %U %d %v\n", b, r, n, utf8.Valid(b))
	}
	r, n := utf8.DecodeLastRune([]byte("a€"))
	fmt.Println(string(r), n)
	fmt.Println(utf8.RuneStart(0x82), utf8.RuneStart('a'), utf8.RuneCountInString("\xff\xfe€"))
}

// Output:
// 61 -> U+0061 1 true
// c3 a9 -> U+00E9 2 true
// c3 -> U+FFFD 1 false
// e2 82 ac -> U+20AC 3 true
// ed a0 80 -> U+FFFD 1 false
// f0 9f 98 80 -> U+1F600 4 true
// f8 -> U+FFFD 1 false
// c0 80 -> U+FFFD 1 false
//  -> U+FFFD 0 true
// € 3
// false true 3
