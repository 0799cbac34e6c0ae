package main

import (
	"fmt"
	"sort"
	"unicode"
)

func main() {
	var cats []string
	for k := range unicode.FoldCategory {
		cats = append(cats, k)
	}
	sort.Strings(cats)
	fmt.Println(cats)
	var scripts []string
	for k := range unicode.FoldScript {
		scripts = append(scripts, k)
	}
	sort.Strings(scripts)
	fmt.Println(scripts)
	// 'K' (Lu) folds to 'k' and the Kelvin sign: outside Lu, they fold into it.
	for _, r := range []rune{'k', 'K', 0x212A, 's', 0x17F, 0x345, 0x3C2, 0x1FBE, 'x', 0x1C5} {
		fmt.Printf("%U Lu:%v Ll:%v Lt:%v Mn:%v Greek:%v Inherited:%v\n", r,
			unicode.Is(unicode.FoldCategory["Lu"], r), unicode.Is(unicode.FoldCategory["Ll"], r),
			unicode.Is(unicode.FoldCategory["Lt"], r), unicode.Is(unicode.FoldCategory["Mn"], r),
			unicode.Is(unicode.FoldScript["Greek"], r), unicode.Is(unicode.FoldScript["Inherited"], r))
	}
	fmt.Println(len(unicode.CaseRanges), unicode.CaseRanges[0], unicode.CaseRanges[len(unicode.CaseRanges)-1])
	alternating := 0
	for _, c := range unicode.CaseRanges {
		if c.Delta[unicode.UpperCase] == unicode.UpperLower {
			alternating++
		}
	}
	fmt.Println("alternating ranges:", alternating)
	// The CaseRange covering U+01C5 (Dž) maps it to all three cases.
	for _, c := range unicode.CaseRanges {
		if c.Lo <= 0x1C5 && 0x1C5 <= c.Hi {
			fmt.Println(c, string(rune(0x1C5+c.Delta[unicode.UpperCase])), string(rune(0x1C5+c.Delta[unicode.LowerCase])))
		}
	}
	for _, r := range []rune{'A', 'k', 0x212A, 'Σ', 'ς', 'σ', 0x1E9E, 'ß', '1', -2, 0x110000} {
		fmt.Print(" ", unicode.SimpleFold(r))
	}
	fmt.Println()
}

// Output:
// [L Ll Lt Lu M Mn]
// [Common Greek Inherited]
// U+006B Lu:true Ll:false Lt:false Mn:false Greek:false Inherited:false
// U+004B Lu:false Ll:true Lt:false Mn:false Greek:false Inherited:false
// U+212A Lu:false Ll:true Lt:false Mn:false Greek:false Inherited:false
// U+0073 Lu:true Ll:false Lt:false Mn:false Greek:false Inherited:false
// U+017F Lu:true Ll:false Lt:false Mn:false Greek:false Inherited:false
// U+0345 Lu:true Ll:true Lt:false Mn:false Greek:true Inherited:false
// U+03C2 Lu:true Ll:false Lt:false Mn:false Greek:false Inherited:false
// U+1FBE Lu:true Ll:false Lt:false Mn:true Greek:false Inherited:true
// U+0078 Lu:true Ll:false Lt:false Mn:false Greek:false Inherited:false
// U+01C5 Lu:true Ll:true Lt:false Mn:false Greek:false Inherited:false
// 336 {65 90 [0 32 0]} {125218 125251 [-34 0 -34]}
// alternating ranges: 58
// {453 453 [-1 1 0]} Ǆ ǆ
//  97 8490 75 962 963 931 223 7838 49 -2 1114112
