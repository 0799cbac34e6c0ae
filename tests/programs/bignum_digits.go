package main

import (
	"fmt"
	"strings"
)

// BigNat is a non-negative integer stored as base-10^4 limbs, least significant first.
type BigNat []int

const base = 10000

func FromInt(n int) BigNat {
	if n == 0 {
		return BigNat{0}
	}
	var b BigNat
	for n > 0 {
		b = append(b, n%base)
		n /= base
	}
	return b
}

func Parse(s string) (BigNat, error) {
	s = strings.TrimLeft(s, "0")
	if s == "" {
		return BigNat{0}, nil
	}
	var b BigNat
	for end := len(s); end > 0; end -= 4 {
		start := end - 4
		if start < 0 {
			start = 0
		}
		limb := 0
		for _, c := range s[start:end] {
			if c < '0' || c > '9' {
				return nil, fmt.Errorf("invalid digit %q in %q", c, s)
			}
			limb = limb*10 + int(c-'0')
		}
		b = append(b, limb)
	}
	return b, nil
}

func (a BigNat) trim() BigNat {
	for len(a) > 1 && a[len(a)-1] == 0 {
		a = a[:len(a)-1]
	}
	return a
}

func (a BigNat) Add(b BigNat) BigNat {
	if len(a) < len(b) {
		a, b = b, a
	}
	res := make(BigNat, 0, len(a)+1)
	carry := 0
	for i := range a {
		s := a[i] + carry
		if i < len(b) {
			s += b[i]
		}
		res = append(res, s%base)
		carry = s / base
	}
	if carry > 0 {
		res = append(res, carry)
	}
	return res
}

func (a BigNat) Mul(b BigNat) BigNat {
	res := make(BigNat, len(a)+len(b))
	for i, x := range a {
		carry := 0
		for j, y := range b {
			cur := res[i+j] + x*y + carry
			res[i+j] = cur % base
			carry = cur / base
		}
		for k := i + len(b); carry > 0; k++ {
			cur := res[k] + carry
			res[k] = cur % base
			carry = cur / base
		}
	}
	return res.trim()
}

func (a BigNat) MulSmall(m int) BigNat { return a.Mul(FromInt(m)) }

// DivSmall returns a/d and a%d for a small divisor.
func (a BigNat) DivSmall(d int) (BigNat, int) {
	q := make(BigNat, len(a))
	rem := 0
	for i := len(a) - 1; i >= 0; i-- {
		cur := rem*base + a[i]
		q[i] = cur / d
		rem = cur % d
	}
	return q.trim(), rem
}

func (a BigNat) Cmp(b BigNat) int {
	if len(a) != len(b) {
		if len(a) < len(b) {
			return -1
		}
		return 1
	}
	for i := len(a) - 1; i >= 0; i-- {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func (a BigNat) String() string {
	var sb strings.Builder
	sb.WriteString(fmt.Sprint(a[len(a)-1]))
	for i := len(a) - 2; i >= 0; i-- {
		fmt.Fprintf(&sb, "%04d", a[i])
	}
	return sb.String()
}

func (a BigNat) DigitSum() int {
	s := 0
	for _, c := range a.String() {
		s += int(c - '0')
	}
	return s
}

func factorial(n int) BigNat {
	r := FromInt(1)
	for i := 2; i <= n; i++ {
		r = r.MulSmall(i)
	}
	return r
}

func fib(n int) BigNat {
	a, b := FromInt(0), FromInt(1)
	for i := 0; i < n; i++ {
		a, b = b, a.Add(b)
	}
	return a
}

func pow(b BigNat, e int) BigNat {
	result := FromInt(1)
	for e > 0 {
		if e&1 == 1 {
			result = result.Mul(b)
		}
		b = b.Mul(b)
		e >>= 1
	}
	return result
}

func main() {
	f50 := factorial(50)
	fmt.Println("50! =", f50)
	fmt.Println("digit sum of 100!:", factorial(100).DigitSum(), "digits:", len(factorial(100).String()))
	fmt.Println("fib(150) =", fib(150))
	p := pow(FromInt(2), 200)
	fmt.Println("2^200 =", p)
	q, r := p.DivSmall(7)
	fmt.Println("2^200 / 7 =", q, "rem", r)
	back := q.MulSmall(7).Add(FromInt(r))
	fmt.Println("roundtrip equal:", back.Cmp(p) == 0)
	x, err := Parse("000123456789012345678901234567890")
	fmt.Println(x, err, x.Mul(x))
	_, err = Parse("12a4")
	fmt.Println("error:", err)
	z, _ := Parse("0000")
	fmt.Println("zero:", z, z.Mul(x), z.Add(z))
	// first Fibonacci number with 50 digits
	a, b := FromInt(1), FromInt(1)
	idx := 2
	for len(b.String()) < 50 {
		a, b = b, a.Add(b)
		idx++
	}
	fmt.Println("first 50-digit fib is F", idx, "=", b)
	fmt.Println(FromInt(9999).Cmp(FromInt(10000)), FromInt(10000).Cmp(FromInt(9999)), fib(10).Cmp(FromInt(55)))
}

// Output:
// 50! = 30414093201713378043612608166064768844377641568960512000000000000
// digit sum of 100!: 648 digits: 158
// fib(150) = 9969216677189303386214405760200
// 2^200 = 1606938044258990275541962092341162602522202993782792835301376
// 2^200 / 7 = 229562577751284325077423156048737514646028999111827547900196 rem 4
// roundtrip equal: true
// 123456789012345678901234567890 <nil> 15241578753238836750495351562536198787501905199875019052100
// error: invalid digit 'a' in "12a4"
// zero: 0 0 0
// first 50-digit fib is F 237 = 15156039800290547036315704478931467953361427680642
// -1 1 0
