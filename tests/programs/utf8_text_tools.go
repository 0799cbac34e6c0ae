package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Stats struct {
	Bytes, Runes, Letters, Digits, Spaces, Upper, Punct, Invalid int
	Scripts                                                      map[string]int
}

func analyze(s string) Stats {
	st := Stats{Bytes: len(s), Scripts: map[string]int{}}
	for i, w := 0, 0; i < len(s); i += w {
		r, width := utf8.DecodeRuneInString(s[i:])
		w = width
		st.Runes++
		if r == utf8.RuneError && width == 1 {
			st.Invalid++
			continue
		}
		switch {
		case unicode.IsLetter(r):
			st.Letters++
			if unicode.IsUpper(r) {
				st.Upper++
			}
			for name, table := range map[string]*unicode.RangeTable{"Latin": unicode.Latin, "Greek": unicode.Greek, "Cyrillic": unicode.Cyrillic, "Han": unicode.Han} {
				if unicode.Is(table, r) {
					st.Scripts[name]++
				}
			}
		case unicode.IsDigit(r):
			st.Digits++
		case unicode.IsSpace(r):
			st.Spaces++
		case unicode.IsPunct(r):
			st.Punct++
		}
	}
	return st
}

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func truncate(s string, maxRunes int) string {
	if utf8.RuneCountInString(s) <= maxRunes {
		return s
	}
	n := 0
	for i := range s {
		if n == maxRunes-1 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

func swapCase(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsUpper(r):
			return unicode.ToLower(r)
		case unicode.IsLower(r):
			return unicode.ToUpper(r)
		}
		return r
	}, s)
}

func main() {
	samples := []string{
		"Hello, World! 123",
		"Ελληνικά και English",
		"Привет, мир",
		"日本語のテキスト",
		"bad\xffbytes\xc3",
		"émoji 😀 ok",
	}
	for _, s := range samples {
		st := analyze(s)
		fmt.Printf("%q\n  bytes=%d runes=%d letters=%d upper=%d digits=%d spaces=%d punct=%d invalid=%d scripts=%v\n",
			s, st.Bytes, st.Runes, st.Letters, st.Upper, st.Digits, st.Spaces, st.Punct, st.Invalid, st.Scripts)
		fmt.Printf("  reversed=%q swapped=%q trunc=%q valid=%t\n", reverseRunes(s), swapCase(s), truncate(s, 8), utf8.ValidString(s))
	}
	for i, r := range "a\xffé" {
		fmt.Printf("index %d rune %U len %d\n", i, r, utf8.RuneLen(r))
	}
	buf := make([]byte, 0, 16)
	for _, r := range []rune{'A', 'é', '€', '😀', -1, 0x110000} {
		buf = utf8.AppendRune(buf, r)
	}
	fmt.Printf("% x | %d runes\n", buf, utf8.RuneCount(buf))
	r, size := utf8.DecodeLastRuneInString("naïve")
	fmt.Println(string(r), size, utf8.FullRune([]byte{0xe2, 0x82}), utf8.RuneStart(0x82))
	fmt.Println(strings.ToUpper("straße"), strings.ToLower("İSTANBUL"), strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), unicode.ToTitle('ǆ'))
	fmt.Println(string(rune(65)), string(rune(0x1F600)), []byte("é"), []rune("é"), string([]rune{72, 105}))
}

// Output:
// "Hello, World! 123"
//   bytes=17 runes=17 letters=10 upper=2 digits=3 spaces=2 punct=2 invalid=0 scripts=map[Latin:10]
//   reversed="321 !dlroW ,olleH" swapped="hELLO, wORLD! 123" trunc="Hello, …" valid=true
// "Ελληνικά και English"
//   bytes=31 runes=20 letters=18 upper=2 digits=0 spaces=2 punct=0 invalid=0 scripts=map[Greek:11 Latin:7]
//   reversed="hsilgnE ιακ άκινηλλΕ" swapped="εΛΛΗΝΙΚΆ ΚΑΙ eNGLISH" trunc="Ελληνικ…" valid=true
// "Привет, мир"
//   bytes=20 runes=11 letters=9 upper=1 digits=0 spaces=1 punct=1 invalid=0 scripts=map[Cyrillic:9]
//   reversed="рим ,тевирП" swapped="пРИВЕТ, МИР" trunc="Привет,…" valid=true
// "日本語のテキスト"
//   bytes=24 runes=8 letters=8 upper=0 digits=0 spaces=0 punct=0 invalid=0 scripts=map[Han:3]
//   reversed="トスキテの語本日" swapped="日本語のテキスト" trunc="日本語のテキスト" valid=true
// "bad\xffbytes\xc3"
//   bytes=10 runes=10 letters=8 upper=0 digits=0 spaces=0 punct=0 invalid=2 scripts=map[Latin:8]
//   reversed="�setyb�dab" swapped="BAD�BYTES�" trunc="bad\xffbyt…" valid=false
// "émoji 😀 ok"
//   bytes=14 runes=10 letters=7 upper=0 digits=0 spaces=2 punct=0 invalid=0 scripts=map[Latin:7]
//   reversed="ko 😀 ijomé" swapped="ÉMOJI 😀 OK" trunc="émoji 😀…" valid=true
// index 0 rune U+0061 len 1
// index 1 rune U+FFFD len 3
// index 2 rune U+00E9 len 2
// 41 c3 a9 e2 82 ac f0 9f 98 80 ef bf bd ef bf bd | 6 runes
// e 1 false false
// STRAßE istanbul true 453
// A 😀 [195 169] [233] Hi
