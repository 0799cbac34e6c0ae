// Compares package unicode with Go's on every code point.
package main

import (
	"amberstd/compare/check"
	"fmt"
	gounicode "real/unicode"
	"unicode"
)

func main() {
	type pred struct {
		name       string
		ours, real func(rune) bool
	}
	preds := []pred{
		{"IsControl", unicode.IsControl, gounicode.IsControl},
		{"IsLetter", unicode.IsLetter, gounicode.IsLetter},
		{"IsDigit", unicode.IsDigit, gounicode.IsDigit},
		{"IsNumber", unicode.IsNumber, gounicode.IsNumber},
		{"IsUpper", unicode.IsUpper, gounicode.IsUpper},
		{"IsLower", unicode.IsLower, gounicode.IsLower},
		{"IsTitle", unicode.IsTitle, gounicode.IsTitle},
		{"IsMark", unicode.IsMark, gounicode.IsMark},
		{"IsPunct", unicode.IsPunct, gounicode.IsPunct},
		{"IsSymbol", unicode.IsSymbol, gounicode.IsSymbol},
		{"IsGraphic", unicode.IsGraphic, gounicode.IsGraphic},
		{"IsPrint", unicode.IsPrint, gounicode.IsPrint},
		{"IsSpace", unicode.IsSpace, gounicode.IsSpace},
		{"Is(Other)", func(r rune) bool { return unicode.Is(unicode.Other, r) }, func(r rune) bool { return gounicode.Is(gounicode.Other, r) }},
		{"Is(White_Space)", func(r rune) bool { return unicode.Is(unicode.White_Space, r) }, func(r rune) bool { return gounicode.Is(gounicode.White_Space, r) }},
		{"In(Zs, Sc)", func(r rune) bool { return unicode.In(r, unicode.Zs, unicode.Sc) }, func(r rune) bool { return gounicode.In(r, gounicode.Zs, gounicode.Sc) }},
		{"Is(custom)", func(r rune) bool {
			return unicode.Is(&unicode.RangeTable{R16: []unicode.Range16{{0x41, 0x5a, 2}, {0x100, 0x200, 1}}, R32: []unicode.Range32{{0x10000, 0x10100, 3}}}, r)
		}, func(r rune) bool {
			return gounicode.Is(&gounicode.RangeTable{R16: []gounicode.Range16{{0x41, 0x5a, 2}, {0x100, 0x200, 1}}, R32: []gounicode.Range32{{0x10000, 0x10100, 3}}}, r)
		}},
	}
	type mapping struct {
		name       string
		ours, real func(rune) rune
	}
	maps := []mapping{
		{"ToUpper", unicode.ToUpper, gounicode.ToUpper},
		{"ToLower", unicode.ToLower, gounicode.ToLower},
		{"ToTitle", unicode.ToTitle, gounicode.ToTitle},
		{"SimpleFold", unicode.SimpleFold, gounicode.SimpleFold},
		{"Turkish.ToUpper", unicode.TurkishCase.ToUpper, gounicode.TurkishCase.ToUpper},
		{"Turkish.ToLower", unicode.TurkishCase.ToLower, gounicode.TurkishCase.ToLower},
		{"Turkish.ToTitle", unicode.TurkishCase.ToTitle, gounicode.TurkishCase.ToTitle},
		{"To(5)", func(r rune) rune { return unicode.To(5, r) }, func(r rune) rune { return gounicode.To(5, r) }},
		{"To(-1)", func(r rune) rune { return unicode.To(-1, r) }, func(r rune) rune { return gounicode.To(-1, r) }},
	}
	runes := []rune{-1, -0x80000000, 0x7fffffff, 0x110000}
	for r := rune(0); r <= 0x10FFFF; r++ {
		runes = append(runes, r)
	}
	for _, r := range runes {
		for _, p := range preds {
			if a, b := p.ours(r), p.real(r); a != b {
				check.Eq(fmt.Sprintf("%s(%U)", p.name, r), a, b)
			} else {
				check.Pass()
			}
		}
		for _, m := range maps {
			if a, b := m.ours(r), m.real(r); a != b {
				check.Eq(fmt.Sprintf("%s(%U)", m.name, r), a, b)
			} else {
				check.Pass()
			}
		}
	}
	check.Eq("consts", []any{unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, unicode.UpperLower, unicode.Version},
		[]any{gounicode.MaxRune, gounicode.ReplacementChar, gounicode.MaxASCII, gounicode.MaxLatin1, gounicode.UpperCase, gounicode.LowerCase, gounicode.TitleCase, gounicode.MaxCase, gounicode.UpperLower, gounicode.Version})
	check.Eq("Categories keys", len(unicode.Categories), len(gounicode.Categories))
	check.Eq("CategoryAliases", unicode.CategoryAliases, gounicode.CategoryAliases)
	for name, t := range unicode.Categories {
		gt := gounicode.Categories[name]
		for _, r := range []rune{-1, 0, 'A', 'a', '1', ' ', 0x378, 0x1C5, 0x300, 0x2028, 0xD800, 0xE000, 0x10FFFF, 0x110000, 0x1F600, 0x0488, 0x16EE} {
			check.Eq(fmt.Sprintf("Is(%s, %U)", name, r), unicode.Is(t, r), gounicode.Is(gt, r))
		}
	}
	check.Done("unicode")
}
