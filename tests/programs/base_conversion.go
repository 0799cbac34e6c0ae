package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const digits = "0123456789abcdefghijklmnopqrstuvwxyz"

var ErrBase = errors.New("base must be between 2 and 36")

func ToBase(n int64, base int) (string, error) {
	if base < 2 || base > 36 {
		return "", ErrBase
	}
	if n == 0 {
		return "0", nil
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n) // works for MinInt64 too thanks to wraparound
	}
	var buf []byte
	for u > 0 {
		buf = append(buf, digits[u%uint64(base)])
		u /= uint64(base)
	}
	if neg {
		buf = append(buf, '-')
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return string(buf), nil
}

func FromBase(s string, base int) (int64, error) {
	if base < 2 || base > 36 {
		return 0, ErrBase
	}
	s = strings.ToLower(strings.TrimSpace(s))
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	if s == "" {
		return 0, fmt.Errorf("empty number")
	}
	var n uint64
	for i, c := range s {
		d := strings.IndexRune(digits[:base], c)
		if d < 0 {
			return 0, fmt.Errorf("invalid digit %q at %d for base %d", c, i, base)
		}
		if n > (1<<63)/uint64(base) {
			return 0, fmt.Errorf("%q overflows int64", s)
		}
		n = n*uint64(base) + uint64(d)
	}
	if neg {
		if n > 1<<63 {
			return 0, fmt.Errorf("%q overflows int64", s)
		}
		return -int64(n), nil
	}
	if n > 1<<63-1 {
		return 0, fmt.Errorf("%q overflows int64", s)
	}
	return int64(n), nil
}

// balancedTernary writes n with digits -, 0, +.
func balancedTernary(n int) string {
	if n == 0 {
		return "0"
	}
	var out []byte
	for n != 0 {
		switch r := ((n % 3) + 3) % 3; r {
		case 0:
			out = append(out, '0')
		case 1:
			out = append(out, '+')
			n--
		case 2:
			out = append(out, '-')
			n++
		}
		n /= 3
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

func main() {
	values := []int64{0, 255, -255, 1 << 40, 1<<63 - 1, -1 << 63, 123456789}
	for _, v := range values {
		var parts []string
		for _, b := range []int{2, 8, 16, 36} {
			s, _ := ToBase(v, b)
			if len(s) > 24 {
				s = s[:21] + "..."
			}
			parts = append(parts, fmt.Sprintf("b%d=%s", b, s))
			back, err := FromBase(s, b)
			if err == nil && back != v {
				parts = append(parts, "MISMATCH")
			}
		}
		std := strconv.FormatInt(v, 36)
		fmt.Printf("%d: %s (strconv b36=%s)\n", v, strings.Join(parts, " "), std)
	}
	for _, c := range []struct {
		s    string
		base int
	}{{"ff", 16}, {"FF", 16}, {"-zz", 36}, {"102", 2}, {"777", 8}, {"", 10}, {"10", 1}, {"7fffffffffffffff", 16}, {"8000000000000000", 16}, {"-8000000000000000", 16}} {
		n, err := FromBase(c.s, c.base)
		fmt.Printf("FromBase(%q, %d) = %d, %v\n", c.s, c.base, n, err)
	}
	var bt []string
	for _, n := range []int{0, 1, 2, 3, 8, -8, 100, -100} {
		bt = append(bt, fmt.Sprintf("%d=%s", n, balancedTernary(n)))
	}
	fmt.Println(strings.Join(bt, " "))
	_, err := ToBase(5, 40)
	fmt.Println(err, errors.Is(err, ErrBase))
	fmt.Printf("%b %o %x %X %#x\n", 2024, 2024, 2024, 2024, 2024)
}

// Output:
// 0: b2=0 b8=0 b16=0 b36=0 (strconv b36=0)
// 255: b2=11111111 b8=377 b16=ff b36=73 (strconv b36=73)
// -255: b2=-11111111 b8=-377 b16=-ff b36=-73 (strconv b36=-73)
// 1099511627776: b2=100000000000000000000... b8=20000000000000 b16=10000000000 b36=e13wu1og (strconv b36=e13wu1og)
// 9223372036854775807: b2=111111111111111111111... b8=777777777777777777777 b16=7fffffffffffffff b36=1y2p0ij32e8e7 (strconv b36=1y2p0ij32e8e7)
// -9223372036854775808: b2=-10000000000000000000... b8=-1000000000000000000000 b16=-8000000000000000 b36=-1y2p0ij32e8e8 (strconv b36=-1y2p0ij32e8e8)
// 123456789: b2=111010110111100110100... b8=726746425 b16=75bcd15 b36=21i3v9 (strconv b36=21i3v9)
// FromBase("ff", 16) = 255, <nil>
// FromBase("FF", 16) = 255, <nil>
// FromBase("-zz", 36) = -1295, <nil>
// FromBase("102", 2) = 0, invalid digit '2' at 2 for base 2
// FromBase("777", 8) = 511, <nil>
// FromBase("", 10) = 0, empty number
// FromBase("10", 1) = 0, base must be between 2 and 36
// FromBase("7fffffffffffffff", 16) = 9223372036854775807, <nil>
// FromBase("8000000000000000", 16) = 0, "8000000000000000" overflows int64
// FromBase("-8000000000000000", 16) = -9223372036854775808, <nil>
// 0=0 1=+ 2=+- 3=+0 8=+0- -8=-0+ 100=++-0+ -100=--+0-
// base must be between 2 and 36 true
// 11111101000 3750 7e8 7E8 0x7e8
