package main

import (
	"fmt"
	"strings"
)

var small = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
var scales = []struct {
	value int64
	name  string
}{{1_000_000_000_000, "trillion"}, {1_000_000_000, "billion"}, {1_000_000, "million"}, {1000, "thousand"}}

func under1000(n int64) string {
	var parts []string
	if n >= 100 {
		parts = append(parts, small[n/100]+" hundred")
		n %= 100
	}
	if n >= 20 {
		t := tens[n/10]
		if n%10 != 0 {
			t += "-" + small[n%10]
		}
		parts = append(parts, t)
	} else if n > 0 || len(parts) == 0 {
		parts = append(parts, small[n])
	}
	return strings.Join(parts, " and ")
}

func Words(n int64) string {
	if n == 0 {
		return "zero"
	}
	if n < 0 {
		return "minus " + Words(-n)
	}
	var parts []string
	for _, s := range scales {
		if n >= s.value {
			parts = append(parts, Words(n/s.value)+" "+s.name)
			n %= s.value
		}
	}
	if n > 0 {
		w := under1000(n)
		if len(parts) > 0 && n < 100 {
			w = "and " + w
		}
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}

func Ordinal(n int) string {
	suffix := "th"
	switch n % 100 {
	case 11, 12, 13:
	default:
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return fmt.Sprintf("%d%s", n, suffix)
}

func Commas(n int64) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func main() {
	for _, n := range []int64{0, 7, 13, 20, 42, 100, 101, 999, 1000, 1001, 12345, 100000, 1000000, 1234567890, -85, 9_007_199_254_740_993} {
		fmt.Printf("%s: %s\n", Commas(n), Words(n))
	}
	var ords []string
	for _, n := range []int{1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1003} {
		ords = append(ords, Ordinal(n))
	}
	fmt.Println(strings.Join(ords, " "))
	letters := 0
	for i := int64(1); i <= 1000; i++ {
		w := Words(i)
		w = strings.ReplaceAll(w, " ", "")
		w = strings.ReplaceAll(w, "-", "")
		letters += len(w)
	}
	fmt.Println("letters used writing 1..1000:", letters)
	fmt.Println(Commas(-1234567), Commas(999), Commas(1000))
}

// Output:
// 0: zero
// 7: seven
// 13: thirteen
// 20: twenty
// 42: forty-two
// 100: one hundred
// 101: one hundred and one
// 999: nine hundred and ninety-nine
// 1,000: one thousand
// 1,001: one thousand and one
// 12,345: twelve thousand three hundred and forty-five
// 100,000: one hundred thousand
// 1,000,000: one million
// 1,234,567,890: one billion two hundred and thirty-four million five hundred and sixty-seven thousand eight hundred and ninety
// -85: minus eighty-five
// 9,007,199,254,740,993: nine thousand and seven trillion one hundred and ninety-nine billion two hundred and fifty-four million seven hundred and forty thousand nine hundred and ninety-three
// 1st 2nd 3rd 4th 11th 12th 13th 21st 22nd 23rd 101st 111th 112th 1003rd
// letters used writing 1..1000: 21124
// -1,234,567 999 1,000
