// Generates strconv.txt: test vectors for ../strconv.rs. Run: go run gen_strconv.go > strconv.txt
// Each line is tab-separated: a tag, then fields; byte strings are hex-encoded ("-" when empty).
package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func h(s string) string {
	if s == "" {
		return "-"
	}
	return fmt.Sprintf("%x", s)
}

func errText(err error) string {
	if err == nil {
		return "-"
	}
	return h(err.Error())
}

var floats = []float64{
	0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e21, 1e20, 1e-4, 1e-5, 123456789,
	1.5, 2.5, 0.5, -2.5, 1e100, 5e-324, math.MaxFloat64, 2.2250738585072014e-308, 3.4028234663852886e38,
	1e23, 100, 12345.678, 0.000123, math.NaN(), math.Inf(1), math.Inf(-1), 16777216, 9007199254740993,
	0.125, 1.0000001, 999999.5, 9.5, 99.99, 1e6, 1e-7, 123456, 1234567, 0.1 + 0.2, 1.401298464324817e-45,
	1e-320, 255, 0.0625, 3.0, 1e15, 1e16, 1e17, 31.4159, -0.000001234, 6.02214076e23,
}

func main() {
	// FormatInt / FormatUint.
	ints := []int64{0, 1, -1, 7, 10, 35, 36, -36, 255, -255, 1000000, math.MaxInt64, math.MinInt64, 123456789}
	for _, v := range ints {
		for _, b := range []int{2, 8, 10, 16, 36} {
			fmt.Printf("fi\t%d\t%d\t%s\n", v, b, h(strconv.FormatInt(v, b)))
			fmt.Printf("fu\t%d\t%d\t%s\n", uint64(v), b, h(strconv.FormatUint(uint64(v), b)))
		}
	}
	// ParseInt / ParseUint / Atoi.
	inputs := []string{"", "0", "1", "-1", "+1", "12345", "-12345", "0x1F", "0X1f", "0b101", "0o17", "017", "0_17",
		"1_000", "1__000", "_1000", "1000_", "0x_1F", "0x", "0b", "0o", "0x1g", "9223372036854775807",
		"9223372036854775808", "-9223372036854775808", "-9223372036854775809", "18446744073709551615",
		"18446744073709551616", "99999999999999999999x", "127", "128", "-128", "-129", "255", "256", "zz", "ZZ",
		"-", "+", "--1", " 1", "1 ", "0x-1", "-0x10", "1e3", "1.0", "\xff", "08", "0b12", "abc", "7fffffff",
		"-80000000", "0X_FF", "0__1", "0_x1"}
	for _, s := range inputs {
		for _, base := range []int{0, 2, 10, 16, 36, 1} {
			for _, bits := range []int{0, 8, 64, 65} {
				v, err := strconv.ParseInt(s, base, bits)
				fmt.Printf("pi\t%s\t%d\t%d\t%d\t%s\n", h(s), base, bits, v, errText(err))
				u, err := strconv.ParseUint(s, base, bits)
				fmt.Printf("pu\t%s\t%d\t%d\t%d\t%s\n", h(s), base, bits, u, errText(err))
			}
		}
		v, err := strconv.Atoi(s)
		fmt.Printf("atoi\t%s\t%d\t%s\n", h(s), v, errText(err))
	}
	// ParseBool.
	for _, s := range []string{"1", "t", "T", "true", "TRUE", "True", "0", "f", "F", "false", "FALSE", "False", "tRUE", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("pb\t%s\t%v\t%s\n", h(s), b, errText(err))
	}
	// ParseFloat.
	fin := []string{"", "0", "-0", "+0", "1", "1.5", "-1.5", ".5", "5.", ".", "1e10", "1E10", "1e+10", "1e-10", "1e",
		"1e+", "inf", "+Inf", "-inf", "infinity", "-Infinity", "INF", "nan", "NaN", "-nan", "+NaN", "nanx", "infx",
		"1e308", "1e309", "-1e309", "1e-400", "4.9e-324", "2.4e-324", "2.5e-324", "0x1p0", "0x1.8p1", "0X1P-2",
		"0x1", "0x.8p1", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1p1024", "0x1p-1074",
		"0x1p-1075", "0x1.8p-1074", "0x1.0000000000001p0", "0x1.00000000000008p0", "0x1.00000000000018p0",
		"0x1.000000000000080000000001p0", "1_000.5", "0x1_0p0", "0x_1p0", "0x1p_1", "1_0", "3.4028235e38",
		"3.4028236e38", "3.5e38", "1e-46", "0.1", "0.3", "123456789012345678901234567890", "1.7976931348623157e308",
		"1.7976931348623159e308", "0.000000000000000000000000000000000000000001", " 1", "1 ", "1.2.3", "--1",
		"0x1.p1", "0x.p1", "0xp1", "1e1_0", "0x1p+2", "0x1P-2", "0x1.00000200p0", "0x1.000003p0", "0x1.000001p0",
		"0x1.000001000001p0", "0xffffffffffffffffffffp0", "0x1p-149", "0x1p-150", "0x1.8p-150", "0x1.8p-1075", "0x1.0000001p-1075", "0x1p-1076", "0x1.000000000000000001p-1075", "0x1.0000001p-150", "0x1p-151", "-0x1.8p-1075", "0x1p128",
		"0x1.ffffffp127", "0x1.fffffep127", "0x0p0", "-0x0p0", "0x0.0000000000000000001p0", "1_000", "0x1.8p1_0",
		"007", "1e0001", "+.5e-1", "-.e1", "e1", "0e0", "1e-2147483650", "1e2147483650"}
	hr := rand.New(rand.NewSource(3))
	for i := 0; i < 300; i++ {
		digits := make([]byte, 1+hr.Intn(20))
		for j := range digits {
			digits[j] = "0123456789abcdef"[hr.Intn(16)]
		}
		if hr.Intn(3) == 0 {
			// Put a tie-like pattern at the end: ...8000 or ...7fff.
			tail := []string{"8", "80", "800000", "7fff", "8001"}[hr.Intn(5)]
			digits = append(digits, tail...)
		}
		point := hr.Intn(len(digits) + 1)
		mant := string(digits[:point]) + "." + string(digits[point:])
		centers := []int{-1074, -1022, -149, -126, 0, 127, 1023}
		exp := centers[hr.Intn(len(centers))] + hr.Intn(90) - 45
		fin = append(fin, fmt.Sprintf("0x%sp%d", mant, exp))
	}
	for _, s := range fin {
		for _, bits := range []int{32, 64} {
			v, err := strconv.ParseFloat(s, bits)
			fmt.Printf("pf\t%s\t%d\t%016x\t%s\n", h(s), bits, math.Float64bits(v), errText(err))
		}
	}
	// FormatFloat.
	r := rand.New(rand.NewSource(1))
	var random []float64
	for i := 0; i < 40; i++ {
		random = append(random, math.Float64frombits(r.Uint64()))
		random = append(random, r.NormFloat64()*math.Pow(10, float64(r.Intn(40)-20)))
	}
	for i, f := range append(floats, random...) {
		precs := []int{-1, 0, 1, 3, 6, 17, 25}
		if i >= len(floats) {
			precs = []int{-1, 4}
		}
		for _, bits := range []int{32, 64} {
			for _, c := range "beEfgGxXz" {
				for _, prec := range precs {
					if c == 'b' && prec != -1 {
						continue
					}
					fmt.Printf("ff\t%016x\t%c\t%d\t%d\t%s\n", math.Float64bits(f), c, prec, bits,
						h(strconv.FormatFloat(f, byte(c), prec, bits)))
				}
			}
		}
	}
	// Quoting.
	strs := []string{"", "hello", "héllo\n", "tab\there", "quote\"s'", "back\\slash", "\x00\x01\x7f\x80\xff",
		"\a\b\f\n\r\t\v", "日本語", "😀", "\u00a0nbsp", "\u2000\u3000", "\ufeffbom", "\ufffd", "a`b", "\u200b",
		"\U0010ffff", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\u0378", "\u00ad", "x\u0301", "\U000E0001"}
	for _, s := range strs {
		fmt.Printf("q\tQuote\t%s\t%s\n", h(s), h(strconv.Quote(s)))
		fmt.Printf("q\tQuoteToASCII\t%s\t%s\n", h(s), h(strconv.QuoteToASCII(s)))
		fmt.Printf("q\tQuoteToGraphic\t%s\t%s\n", h(s), h(strconv.QuoteToGraphic(s)))
		fmt.Printf("q\tCanBackquote\t%s\t%s\n", h(s), h(fmt.Sprint(strconv.CanBackquote(s))))
	}
	runes := []rune{0, 'a', '\'', '"', '\\', '\n', 0x7f, 0x80, 0xa0, 0xe9, 0x2028, 0xd800, 0xfffd, 0xfeff, 0x1f600,
		0x10ffff, 0x110000, -1, 0xe0001, 0x378}
	for _, c := range runes {
		fmt.Printf("qr\tQuoteRune\t%d\t%s\n", c, h(strconv.QuoteRune(c)))
		fmt.Printf("qr\tQuoteRuneToASCII\t%d\t%s\n", c, h(strconv.QuoteRuneToASCII(c)))
		fmt.Printf("qr\tQuoteRuneToGraphic\t%d\t%s\n", c, h(strconv.QuoteRuneToGraphic(c)))
	}
	// Unquote.
	uq := []string{``, `"`, `""`, `"abc"`, `'a'`, `''`, `'ab'`, "`raw\\n`", "`a\rb`", "`a`b`", `"\n"`, `"\x41\101\u00e9\U0001F600"`,
		`"\xff"`, "\"\xff\"", "'\xff'", `'\xff'`, `'\u00e9'`, `'\400'`, `"\400"`, `"\377"`, `"\08"`, `"\q"`, `"\'"`,
		`'\"'`, `'\''`, `"\""`, `"a"b"`, `'''`, "\"a\nb\"", `"\ud800"`, `"\U00110000"`, `"\x4"`, `"\u12"`, `"abc`,
		`abc"`, `"\a\b\f\n\r\t\v\\"`, "'é'", "'日本'", "\"日本\"", `"\`, `'\`, "\"\xe2\x82\"", "'\t'", "\"\t\""}
	for _, s := range uq {
		v, err := strconv.Unquote(s)
		out := h(v)
		if err != nil {
			out = "ERR"
		}
		fmt.Printf("uq\t%s\t%s\n", h(s), out)
	}
	uc := []string{"a", "\\n", "\\x41rest", "\\u00e9", "\\U0001F600", "é", "\xff", "\\", "\"", "'", "\\'", "\\\"", "\\400", "\\101", "\\z", ""}
	for _, s := range uc {
		for _, q := range []byte{'"', '\'', 0} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			if err != nil {
				fmt.Printf("uc\t%s\t%d\tERR\n", h(s), q)
			} else {
				fmt.Printf("uc\t%s\t%d\t%d\t%v\t%d\n", h(s), q, v, mb, len(s)-len(tail))
			}
		}
	}
	qp := []string{"", "x", `"abc"rest`, `"a\"b"c`, "`raw`x", "`raw", `'a'b`, `'ab'`, `''`, `'\''x`, "\"a\nb\"", `"abc`,
		"\"\xff\"z", "'\xff'", `"\q"`, `'\u00e9'.`, "\"日本\"語", `"\x41\101"`, "`a\rb`c"}
	for _, s := range qp {
		v, err := strconv.QuotedPrefix(s)
		out := h(v)
		if err != nil {
			out = "ERR"
		}
		fmt.Printf("qp\t%s\t%s\n", h(s), out)
	}
	cs := []complex128{complex(1, 2), complex(-1.5, -0.25), complex(0, math.Inf(1)), complex(math.NaN(), math.NaN()), complex(0.1, math.Copysign(0, -1))}
	for _, c := range cs {
		for _, bits := range []int{64, 128} {
			for _, f := range "gef" {
				for _, prec := range []int{-1, 2} {
					fmt.Printf("fc\t%016x\t%016x\t%c\t%d\t%d\t%s\n", math.Float64bits(real(c)), math.Float64bits(imag(c)), f, prec, bits,
						h(strconv.FormatComplex(c, byte(f), prec, bits)))
				}
			}
		}
	}
	_ = errors.New
}
