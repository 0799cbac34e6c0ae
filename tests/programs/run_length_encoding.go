package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Encode turns "aaabcc" into "3ab2c" (counts of 1 are omitted). Works on runes.
func Encode(s string) string {
	var b strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		if n := j - i; n > 1 {
			b.WriteString(strconv.Itoa(n))
		}
		b.WriteRune(runes[i])
		i = j
	}
	return b.String()
}

var ErrDangling = errors.New("count without character")

func Decode(s string) (string, error) {
	var b strings.Builder
	count := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			count = count*10 + int(r-'0')
			continue
		}
		if count == 0 {
			count = 1
		}
		b.WriteString(strings.Repeat(string(r), count))
		count = 0
	}
	if count != 0 {
		return "", fmt.Errorf("decode %q: %w", s, ErrDangling)
	}
	return b.String(), nil
}

// EncodeBytes produces (count, byte) pairs with count <= 255, binary-safe.
func EncodeBytes(data []byte) []byte {
	var out bytes.Buffer
	for i := 0; i < len(data); {
		j := i
		for j < len(data) && data[j] == data[i] && j-i < 255 {
			j++
		}
		out.WriteByte(byte(j - i))
		out.WriteByte(data[i])
		i = j
	}
	return out.Bytes()
}

func DecodeBytes(enc []byte) ([]byte, error) {
	if len(enc)%2 != 0 {
		return nil, errors.New("odd length")
	}
	var out []byte
	for i := 0; i < len(enc); i += 2 {
		out = append(out, bytes.Repeat(enc[i+1:i+2], int(enc[i]))...)
	}
	return out, nil
}

// LookAndSay applies one step of the look-and-say sequence.
func LookAndSay(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		b.WriteString(strconv.Itoa(j - i))
		b.WriteByte(s[i])
		i = j
	}
	return b.String()
}

func main() {
	samples := []string{
		"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
		"abc",
		"",
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
		"ééééüüx日日日本",
		"  hello  ",
	}
	for _, s := range samples {
		enc := Encode(s)
		dec, err := Decode(enc)
		ratio := 0.0
		if len(s) > 0 {
			ratio = float64(len(enc)) / float64(len(s))
		}
		fmt.Printf("%q -> %q (%.2f) roundtrip=%t err=%v runes=%d\n", s, enc, ratio, dec == s, err, utf8.RuneCountInString(s))
	}
	for _, bad := range []string{"3a4", "12"} {
		_, err := Decode(bad)
		fmt.Println(err, errors.Is(err, ErrDangling))
	}
	data := append(bytes.Repeat([]byte{0}, 300), 1, 1, 2, 255, 255, 255)
	enc := EncodeBytes(data)
	fmt.Printf("% x\n", enc)
	dec, err := DecodeBytes(enc)
	fmt.Println(len(data), len(enc), bytes.Equal(dec, data), err)
	_, err = DecodeBytes([]byte{1})
	fmt.Println(err)
	s := "1"
	for i := 0; i < 10; i++ {
		fmt.Printf("%2d %s\n", i+1, s)
		s = LookAndSay(s)
	}
	lengths := []int{}
	for i := 0; i < 15; i++ {
		s = LookAndSay(s)
		lengths = append(lengths, len(s))
	}
	fmt.Println(lengths)
}

// Output:
// "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW" -> "12WB12W3B24WB14W" (0.24) roundtrip=true err=<nil> runes=67
// "abc" -> "abc" (1.00) roundtrip=true err=<nil> runes=3
// "" -> "" (0.00) roundtrip=true err=<nil> runes=0
// "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" -> "62a" (0.05) roundtrip=true err=<nil> runes=62
// "ééééüüx日日日本" -> "4é2üx3日本" (0.56) roundtrip=true err=<nil> runes=11
// "  hello  " -> "2 he2lo2 " (1.00) roundtrip=true err=<nil> runes=9
// decode "3a4": count without character true
// decode "12": count without character true
// ff 00 2d 00 02 01 01 02 03 ff
// 306 10 true <nil>
// odd length
//  1 1
//  2 11
//  3 21
//  4 1211
//  5 111221
//  6 312211
//  7 13112221
//  8 1113213211
//  9 31131211131221
// 10 13211311123113112211
// [34 46 62 78 102 134 176 226 302 408 528 678 904 1182 1540]
