// Generates leaf.txt: test vectors for ../leaf.rs. Run: go run gen_leaf.go > leaf.txt
// Each line: format TAB value TAB output. Value is kind:payload (floats as hex bits, strings
// and bytes as hex). Format and output escape backslash, tab, newline and invalid UTF-8.
package main

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"
)

func esc(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && w == 1:
			fmt.Fprintf(&b, "\\x%02x", s[i])
		case r == '\\':
			b.WriteString("\\\\")
		case r == '\t':
			b.WriteString("\\t")
		case r == '\n':
			b.WriteString("\\n")
		default:
			b.WriteString(s[i : i+w])
		}
		i += w
	}
	return b.String()
}

type value struct {
	enc string
	v   any
}

func ints() []value {
	var vs []value
	for _, v := range []int64{0, 1, -1, 42, -42, 255, 0x1F600, math.MaxInt64, math.MinInt64, 0xD800} {
		vs = append(vs, value{fmt.Sprintf("int:%d", v), int(v)})
	}
	vs = append(vs, value{"int8:-128", int8(-128)})
	for _, v := range []uint64{0x110000, math.MaxUint64} {
		vs = append(vs, value{fmt.Sprintf("uint:%d", v), uint(v)})
	}
	vs = append(vs, value{"uintptr:4096", uintptr(4096)})
	return vs
}

func floats() []value {
	var vs []value
	for _, v := range []float64{0, math.Copysign(0, -1), 1, -2.25, 0.1, 1e6, 1e21, 123456.789,
		1e-5, math.Inf(1), math.Inf(-1), math.NaN(), 5e-324, 100} {
		vs = append(vs, value{fmt.Sprintf("float64:%016x", math.Float64bits(v)), v})
	}
	for _, v := range []float32{0.1, 3.4e38} {
		vs = append(vs, value{fmt.Sprintf("float32:%016x", math.Float64bits(float64(v))), v})
	}
	return vs
}

func complexes() []value {
	var vs []value
	for _, v := range []complex128{complex(1, 2), complex(-1.5, -0.25), complex(0, math.Inf(1)), complex(math.NaN(), 0)} {
		vs = append(vs, value{fmt.Sprintf("complex128:%016x,%016x", math.Float64bits(real(v)), math.Float64bits(imag(v))), v})
	}
	c := complex64(complex(0.1, 3))
	vs = append(vs, value{fmt.Sprintf("complex64:%016x,%016x", math.Float64bits(float64(real(c))), math.Float64bits(float64(imag(c)))), c})
	return vs
}

func strs() []value {
	var vs []value
	for _, s := range []string{"", "hello", "héllo wörld", "tab\there\n", "\xff\xfeok", "日本語テキスト", "a`b", "😀!", "\"q\""} {
		vs = append(vs, value{fmt.Sprintf("string:%x", s), s})
	}
	return vs
}

func bytess() []value {
	var vs []value
	for _, s := range []string{"", "hi", "\x00\x01\xff", "héllo"} {
		vs = append(vs, value{fmt.Sprintf("bytes:%x", s), []byte(s)})
	}
	vs = append(vs, value{"nilbytes:", []byte(nil)})
	return vs
}

func main() {
	flags := []string{"", "+", "-", "#", "0", " ", "+#", "# ", "08", "-8", ".3", "8.3", "08.3", "-08.3",
		"+.0", "#.0", "+08", " 08", "#08", "-#12.4", "+ ", "0-5"}
	groups := []struct {
		verbs  string
		values []value
	}{
		{"vdbBoOxXcqUsft", ints()},
		{"vbeEfFgGxXdsq", floats()},
		{"vfegxdt", complexes()},
		{"vsqxXdcp", strs()},
		{"vsqxXdoct", bytess()},
		{"vtsd", []value{{"bool:true", true}, {"bool:false", false}}},
	}
	for _, g := range groups {
		for _, v := range g.values {
			for _, verb := range g.verbs {
				for _, fl := range flags {
					format := "%" + fl + string(verb)
					fmt.Printf("%s\t%s\t%s\n", esc(format), v.enc, esc(fmt.Sprintf(format, v.v)))
				}
			}
		}
	}
	// A few specials: %v and %d of nil, %é (a non-ASCII verb).
	for _, format := range []string{"%v", "%d", "%10v", "%-10v|", "%é", "%s"} {
		fmt.Printf("%s\tnil:\t%s\n", esc(format), esc(fmt.Sprintf(format, nil)))
		fmt.Printf("%s\tint:3\t%s\n", esc(format), esc(fmt.Sprintf(format, 3)))
	}
	var p *int
	fmt.Printf("%s\tnilptr:\t%s\n", "%#v", esc(fmt.Sprintf("%#v", p)))
	fmt.Printf("%s\tnilptr:\t%s\n", "%v", esc(fmt.Sprintf("%v", p)))
	fmt.Printf("%s\tnilptr:\t%s\n", "%p", esc(fmt.Sprintf("%p", p)))
	fmt.Printf("%s\tnilptr:\t%s\n", "%d", esc(fmt.Sprintf("%d", p)))
	fmt.Printf("%s\tnilptr:\t%s\n", "%s", esc(fmt.Sprintf("%s", p)))
}
