package main

import (
	"errors"
	"fmt"
	"strings"
)

type numeral struct {
	value  int
	symbol string
}

var table = []numeral{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("out of range")

func ToRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("ToRoman(%d): %w", n, ErrRange)
	}
	var b strings.Builder
	for _, e := range table {
		for n >= e.value {
			b.WriteString(e.symbol)
			n -= e.value
		}
	}
	return b.String(), nil
}

var values = map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}

func FromRoman(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty numeral")
	}
	s = strings.ToUpper(s)
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := values[s[i]]
		if !ok {
			return 0, fmt.Errorf("invalid symbol %q at %d", s[i], i)
		}
		if i+1 < len(s) && values[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	// reject non-canonical forms like IIII or VX by round-tripping
	if canon, err := ToRoman(total); err != nil || canon != s {
		return 0, fmt.Errorf("non-canonical numeral %q (did you mean %q?)", s, canon)
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000, -5} {
		r, err := ToRoman(n)
		if err != nil {
			fmt.Println(err, errors.Is(err, ErrRange))
			continue
		}
		back, _ := FromRoman(r)
		fmt.Printf("%4d = %-12s -> %d\n", n, r, back)
	}
	for _, s := range []string{"mcmxc", "IIII", "VX", "XLII", "ABC", "", "MMMDCCCLXXXVIII"} {
		n, err := FromRoman(s)
		fmt.Printf("%q: %d %v\n", s, n, err)
	}
	longest, at := "", 0
	sum := 0
	for i := 1; i < 4000; i++ {
		r, _ := ToRoman(i)
		sum += len(r)
		if len(r) > len(longest) {
			longest, at = r, i
		}
	}
	fmt.Printf("longest below 4000: %d = %s (%d chars); total chars %d\n", at, longest, len(longest), sum)
	year := 2000
	var row []string
	for y := year; y < year+8; y++ {
		r, _ := ToRoman(y)
		row = append(row, r)
	}
	fmt.Println(strings.Join(row, " "))
}

// Output:
//    1 = I            -> 1
//    4 = IV           -> 4
//    9 = IX           -> 9
//   14 = XIV          -> 14
//   40 = XL           -> 40
//   90 = XC           -> 90
//  400 = CD           -> 400
// 1994 = MCMXCIV      -> 1994
// 2024 = MMXXIV       -> 2024
// 3999 = MMMCMXCIX    -> 3999
// ToRoman(0): out of range true
// ToRoman(4000): out of range true
// ToRoman(-5): out of range true
// "mcmxc": 1990 <nil>
// "IIII": 0 non-canonical numeral "IIII" (did you mean "IV"?)
// "VX": 0 non-canonical numeral "VX" (did you mean "V"?)
// "XLII": 42 <nil>
// "ABC": 0 invalid symbol 'A' at 0
// "": 0 empty numeral
// "MMMDCCCLXXXVIII": 3888 <nil>
// longest below 4000: 3888 = MMMDCCCLXXXVIII (15 chars); total chars 30000
// MM MMI MMII MMIII MMIV MMV MMVI MMVII
