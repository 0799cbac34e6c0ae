// Compares package unicode/utf8 with Go's, exhaustively on short inputs.
package main

import (
	"amberstd/compare/check"
	"fmt"
	"math/rand"
	goutf8 "real/unicode/utf8"
	"unicode/utf8"
)

func compareBytes(p []byte) {
	check.Pass()
	r1, n1 := utf8.DecodeRune(p)
	r2, n2 := goutf8.DecodeRune(p)
	s := string(p)
	if r1 != r2 || n1 != n2 {
		check.Eq(fmt.Sprintf("DecodeRune(%x)", p), [2]int{int(r1), n1}, [2]int{int(r2), n2})
	}
	r1, n1 = utf8.DecodeRuneInString(s)
	if r1 != r2 || n1 != n2 {
		check.Eq(fmt.Sprintf("DecodeRuneInString(%x)", p), [2]int{int(r1), n1}, [2]int{int(r2), n2})
	}
	r1, n1 = utf8.DecodeLastRune(p)
	r2, n2 = goutf8.DecodeLastRune(p)
	if r1 != r2 || n1 != n2 {
		check.Eq(fmt.Sprintf("DecodeLastRune(%x)", p), [2]int{int(r1), n1}, [2]int{int(r2), n2})
	}
	r1, n1 = utf8.DecodeLastRuneInString(s)
	if r1 != r2 || n1 != n2 {
		check.Eq(fmt.Sprintf("DecodeLastRuneInString(%x)", p), [2]int{int(r1), n1}, [2]int{int(r2), n2})
	}
	if utf8.FullRune(p) != goutf8.FullRune(p) || utf8.FullRuneInString(s) != goutf8.FullRune(p) {
		check.Eq(fmt.Sprintf("FullRune(%x)", p), utf8.FullRune(p), goutf8.FullRune(p))
	}
	if utf8.Valid(p) != goutf8.Valid(p) || utf8.ValidString(s) != goutf8.Valid(p) {
		check.Eq(fmt.Sprintf("Valid(%x)", p), utf8.Valid(p), goutf8.Valid(p))
	}
	if utf8.RuneCount(p) != goutf8.RuneCount(p) || utf8.RuneCountInString(s) != goutf8.RuneCount(p) {
		check.Eq(fmt.Sprintf("RuneCount(%x)", p), utf8.RuneCount(p), goutf8.RuneCount(p))
	}
}

func main() {
	compareBytes(nil)
	p := make([]byte, 3)
	for a := 0; a < 256; a++ {
		compareBytes([]byte{byte(a)})
		for b := 0; b < 256; b++ {
			compareBytes([]byte{byte(a), byte(b)})
			if a >= 0xC0 {
				for c := 0; c < 256; c++ {
					p[0], p[1], p[2] = byte(a), byte(b), byte(c)
					compareBytes(p)
				}
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 2000000; i++ {
		q := make([]byte, 1+rng.Intn(9))
		for j := range q {
			switch rng.Intn(3) {
			case 0:
				q[j] = byte(0x80 + rng.Intn(64))
			case 1:
				q[j] = byte(0xE0 + rng.Intn(32))
			default:
				q[j] = byte(rng.Intn(256))
			}
		}
		compareBytes(q)
	}
	for _, r := range []rune{-1, -100, 0x110000, 0x7fffffff, -0x80000000, 0xD800, 0xDFFF} {
		check.Eq("RuneLen", utf8.RuneLen(r), goutf8.RuneLen(r))
		check.Eq("ValidRune", utf8.ValidRune(r), goutf8.ValidRune(r))
		check.Eq("AppendRune", utf8.AppendRune([]byte("x"), r), goutf8.AppendRune([]byte("x"), r))
	}
	buf1, buf2 := make([]byte, 4), make([]byte, 4)
	for r := rune(0); r <= 0x10FFFF+5; r++ {
		n1, n2 := utf8.EncodeRune(buf1, r), goutf8.EncodeRune(buf2, r)
		if n1 != n2 || string(buf1[:n1]) != string(buf2[:n2]) || utf8.RuneLen(r) != goutf8.RuneLen(r) || utf8.ValidRune(r) != goutf8.ValidRune(r) ||
			string(utf8.AppendRune(nil, r)) != string(goutf8.AppendRune(nil, r)) {
			check.Eq(fmt.Sprintf("EncodeRune(%x)", r), buf1[:n1], buf2[:n2])
		}
	}
	for b := 0; b < 256; b++ {
		check.Eq("RuneStart", utf8.RuneStart(byte(b)), goutf8.RuneStart(byte(b)))
	}
	check.Eq("EncodeRune short", check.Panics(func() { utf8.EncodeRune(make([]byte, 1), 'é') }), check.Panics(func() { goutf8.EncodeRune(make([]byte, 1), 'é') }))
	check.Eq("consts", []int{utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax}, []int{goutf8.RuneError, goutf8.RuneSelf, goutf8.MaxRune, goutf8.UTFMax})
	check.Done("utf8")
}
