package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'), utf8.RuneLen(-1))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	r, size = utf8.DecodeLastRuneInString(s)
	fmt.Println(string(r), size)
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xc3"), utf8.Valid([]byte{0xed, 0xa0, 0x80}))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	fmt.Println(utf8.AppendRune(nil, 'x'), utf8.FullRune([]byte{0xe4, 0xb8}), utf8.ValidRune(0xD800), utf8.UTFMax)
}

// Output:
// 14 9 9
// 1 2 3 4 -1
// 世 3
// true 1
// 65533 0
// 界 3
// true false false
// [226 130 172] 3
// [120] false false 4
