package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Rat struct {
	num, den int64
}

var ErrZeroDen = errors.New("zero denominator")

func gcd(a, b int64) int64 {
	if a < 0 {
		a = -a
	}
	if b < 0 {
		b = -b
	}
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func New(n, d int64) (Rat, error) {
	if d == 0 {
		return Rat{}, ErrZeroDen
	}
	if d < 0 {
		n, d = -n, -d
	}
	g := gcd(n, d)
	if g == 0 {
		g = 1
	}
	return Rat{n / g, d / g}, nil
}

func MustNew(n, d int64) Rat {
	r, err := New(n, d)
	if err != nil {
		panic(err)
	}
	return r
}

func Parse(s string) (Rat, error) {
	if n, d, ok := strings.Cut(s, "/"); ok {
		a, err1 := strconv.ParseInt(strings.TrimSpace(n), 10, 64)
		b, err2 := strconv.ParseInt(strings.TrimSpace(d), 10, 64)
		if err := errors.Join(err1, err2); err != nil {
			return Rat{}, fmt.Errorf("parse %q: %w", s, err)
		}
		return New(a, b)
	}
	if i := strings.IndexByte(s, '.'); i >= 0 {
		digits := len(s) - i - 1
		v, err := strconv.ParseInt(s[:i]+s[i+1:], 10, 64)
		if err != nil {
			return Rat{}, fmt.Errorf("parse %q: %w", s, err)
		}
		den := int64(1)
		for ; digits > 0; digits-- {
			den *= 10
		}
		return New(v, den)
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return Rat{}, fmt.Errorf("parse %q: %w", s, err)
	}
	return Rat{v, 1}, nil
}

func (a Rat) Add(b Rat) Rat { return MustNew(a.num*b.den+b.num*a.den, a.den*b.den) }
func (a Rat) Sub(b Rat) Rat { return MustNew(a.num*b.den-b.num*a.den, a.den*b.den) }
func (a Rat) Mul(b Rat) Rat { return MustNew(a.num*b.num, a.den*b.den) }
func (a Rat) Div(b Rat) (Rat, error) {
	if b.num == 0 {
		return Rat{}, fmt.Errorf("divide %v by zero: %w", a, ErrZeroDen)
	}
	return New(a.num*b.den, a.den*b.num)
}
func (a Rat) Less(b Rat) bool { return a.num*b.den < b.num*a.den }
func (a Rat) Float() float64  { return float64(a.num) / float64(a.den) }
func (a Rat) String() string {
	if a.den == 1 {
		return strconv.FormatInt(a.num, 10)
	}
	return fmt.Sprintf("%d/%d", a.num, a.den)
}

// Mixed renders an improper fraction as a mixed number.
func (a Rat) Mixed() string {
	if a.den == 1 || (a.num > -a.den && a.num < a.den) {
		return a.String()
	}
	whole := a.num / a.den
	rest := a.num % a.den
	if rest < 0 {
		rest = -rest
	}
	return fmt.Sprintf("%d %d/%d", whole, rest, a.den)
}

func harmonic(n int) Rat {
	sum := Rat{0, 1}
	for i := int64(1); i <= int64(n); i++ {
		sum = sum.Add(Rat{1, i})
	}
	return sum
}

// egyptian decomposes 0 < r < 1 greedily into distinct unit fractions.
func egyptian(r Rat) []Rat {
	var out []Rat
	for r.num != 0 {
		d := (r.den + r.num - 1) / r.num
		unit := Rat{1, d}
		out = append(out, unit)
		r = r.Sub(unit)
	}
	return out
}

func main() {
	inputs := []string{"3/4", "-6/8", "0.125", "5", "2/-4", "1/0", "x/2", "0/7"}
	var rats []Rat
	for _, s := range inputs {
		r, err := Parse(s)
		if err != nil {
			fmt.Printf("%-6s error: %v (zero den: %t)\n", s, err, errors.Is(err, ErrZeroDen))
			continue
		}
		rats = append(rats, r)
		fmt.Printf("%-6s = %-5v ≈ %.4f\n", s, r, r.Float())
	}
	sort.Slice(rats, func(i, j int) bool { return rats[i].Less(rats[j]) })
	fmt.Println("sorted:", rats)
	a, b := MustNew(1, 3), MustNew(1, 6)
	q, _ := a.Div(b)
	fmt.Println(a.Add(b), a.Sub(b), a.Mul(b), q)
	_, err := a.Div(Rat{0, 1})
	fmt.Println(err)
	for _, n := range []int{1, 2, 5, 10, 20} {
		h := harmonic(n)
		fmt.Printf("H(%d) = %v = %s ≈ %.6f\n", n, h, h.Mixed(), h.Float())
	}
	for _, r := range []Rat{MustNew(4, 13), MustNew(5, 6), MustNew(7, 15)} {
		fmt.Println(r, "=", egyptian(r))
	}
	fmt.Println(MustNew(-7, 2).Mixed(), MustNew(7, 2).Mixed(), MustNew(1, 2).Mixed())
	defer func() { fmt.Println("recovered:", recover()) }()
	MustNew(1, 0)
}

// Output:
// 3/4    = 3/4   ≈ 0.7500
// -6/8   = -3/4  ≈ -0.7500
// 0.125  = 1/8   ≈ 0.1250
// 5      = 5     ≈ 5.0000
// 2/-4   = -1/2  ≈ -0.5000
// 1/0    error: zero denominator (zero den: true)
// x/2    error: parse "x/2": strconv.ParseInt: parsing "x": invalid syntax (zero den: false)
// 0/7    = 0     ≈ 0.0000
// sorted: [-3/4 -1/2 0 1/8 3/4 5]
// 1/2 1/6 1/18 2
// divide 1/3 by zero: zero denominator
// H(1) = 1 = 1 ≈ 1.000000
// H(2) = 3/2 = 1 1/2 ≈ 1.500000
// H(5) = 137/60 = 2 17/60 ≈ 2.283333
// H(10) = 7381/2520 = 2 2341/2520 ≈ 2.928968
// H(20) = 55835135/15519504 = 3 9276623/15519504 ≈ 3.597740
// 4/13 = [1/4 1/18 1/468]
// 5/6 = [1/2 1/3]
// 7/15 = [1/3 1/8 1/120]
// -3 1/2 3 1/2 1/2
// recovered: zero denominator
