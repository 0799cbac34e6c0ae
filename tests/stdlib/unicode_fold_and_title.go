package main

import (
	"fmt"
	"unicode"
)

func main() {
	fmt.Println(string(unicode.SimpleFold('A')), string(unicode.SimpleFold('a')), string(unicode.SimpleFold('K')), string(unicode.SimpleFold('k')))
	fmt.Println(unicode.IsTitle('ǅ'), unicode.IsUpper('ǅ'), string(unicode.ToTitle('ǆ')))
	fmt.Println(unicode.IsLetter('_'), unicode.IsDigit('٣'), unicode.IsNumber('½'), unicode.IsDigit('½'))
	fmt.Println(unicode.IsGraphic(' '), unicode.IsMark('\u0301'), unicode.IsSymbol('+'), unicode.IsPunct('+'))
	fmt.Println(unicode.ToUpper('ß') == 'ß', unicode.ToLower('İ'), unicode.ReplacementChar)
}

// Output:
// a A k K
// true false ǅ
// false true true false
// true true true false
// true 105 65533
