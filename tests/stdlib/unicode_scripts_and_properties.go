package main

import (
	"fmt"
	"sort"
	"unicode"
)

func script(r rune) string {
	names := []string{}
	for name := range unicode.Scripts {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if unicode.Is(unicode.Scripts[name], r) {
			return name
		}
	}
	return "?"
}

func main() {
	for _, r := range "aЖλ中ひカ한ก١שé€ 1" {
		fmt.Printf("%q %s latin=%v greek=%v cyr=%v han=%v\n", r, script(r),
			unicode.Is(unicode.Latin, r), unicode.Is(unicode.Greek, r),
			unicode.Is(unicode.Cyrillic, r), unicode.Is(unicode.Han, r))
	}
	fmt.Println(unicode.In('ひ', unicode.Han, unicode.Hiragana, unicode.Katakana))
	fmt.Println(unicode.In('A', unicode.Han, unicode.Hiragana, unicode.Katakana))
	fmt.Println(unicode.IsOneOf([]*unicode.RangeTable{unicode.Arabic, unicode.Hebrew}, 'ש'))
	for _, r := range "-–—‐\"'«»“ \t\u00a0\u2028x" {
		fmt.Printf("%U dash=%v hyphen=%v quote=%v ws=%v pws=%v\n", r,
			unicode.Is(unicode.Dash, r), unicode.Is(unicode.Hyphen, r),
			unicode.Is(unicode.Quotation_Mark, r), unicode.Is(unicode.White_Space, r),
			unicode.Is(unicode.Pattern_White_Space, r))
	}
	fmt.Println(len(unicode.Scripts), len(unicode.Properties))
	fmt.Println(unicode.STerm == unicode.Sentence_Terminal, unicode.Is(unicode.STerm, '!'))
	fmt.Println(unicode.Is(unicode.Hex_Digit, 'F'), unicode.Is(unicode.ASCII_Hex_Digit, 'Ｆ'), unicode.Is(unicode.Hex_Digit, 'Ｆ'))
	fmt.Println(unicode.Is(unicode.Ideographic, '〇'), unicode.Is(unicode.Regional_Indicator, 0x1F1E6))
	fmt.Println(unicode.Is(unicode.Latin, -1), unicode.Is(unicode.Common, 0x10FFFF+1))
	count := 0
	for r := rune(0); r < 0x3000; r++ {
		if unicode.Is(unicode.Greek, r) {
			count++
		}
	}
	fmt.Println("greek below U+3000:", count)
}

// Output:
// 'a' Latin latin=true greek=false cyr=false han=false
// 'Ж' Cyrillic latin=false greek=false cyr=true han=false
// 'λ' Greek latin=false greek=true cyr=false han=false
// '中' Han latin=false greek=false cyr=false han=true
// 'ひ' Hiragana latin=false greek=false cyr=false han=false
// 'カ' Katakana latin=false greek=false cyr=false han=false
// '한' Hangul latin=false greek=false cyr=false han=false
// 'ก' Thai latin=false greek=false cyr=false han=false
// '١' Arabic latin=false greek=false cyr=false han=false
// 'ש' Hebrew latin=false greek=false cyr=false han=false
// 'é' Latin latin=true greek=false cyr=false han=false
// '€' Common latin=false greek=false cyr=false han=false
// ' ' Common latin=false greek=false cyr=false han=false
// '1' Common latin=false greek=false cyr=false han=false
// true
// false
// true
// U+002D dash=true hyphen=true quote=false ws=false pws=false
// U+2013 dash=true hyphen=false quote=false ws=false pws=false
// U+2014 dash=true hyphen=false quote=false ws=false pws=false
// U+2010 dash=true hyphen=true quote=false ws=false pws=false
// U+0022 dash=false hyphen=false quote=true ws=false pws=false
// U+0027 dash=false hyphen=false quote=true ws=false pws=false
// U+00AB dash=false hyphen=false quote=true ws=false pws=false
// U+00BB dash=false hyphen=false quote=true ws=false pws=false
// U+201C dash=false hyphen=false quote=true ws=false pws=false
// U+0020 dash=false hyphen=false quote=false ws=true pws=true
// U+0009 dash=false hyphen=false quote=false ws=true pws=true
// U+00A0 dash=false hyphen=false quote=false ws=true pws=false
// U+2028 dash=false hyphen=false quote=false ws=true pws=true
// U+0078 dash=false hyphen=false quote=false ws=false pws=false
// 174 39
// true true
// true false true
// true true
// false false
// greek below U+3000: 367
