package main

import (
	"fmt"
	"math"
	"strings"
)

// Poly holds coefficients, lowest degree first.
type Poly []float64

func (p Poly) trim() Poly {
	for len(p) > 1 && p[len(p)-1] == 0 {
		p = p[:len(p)-1]
	}
	return p
}

func (p Poly) Degree() int { return len(p.trim()) - 1 }

func (p Poly) Add(q Poly) Poly {
	r := make(Poly, max(len(p), len(q)))
	for i := range r {
		if i < len(p) {
			r[i] += p[i]
		}
		if i < len(q) {
			r[i] += q[i]
		}
	}
	return r.trim()
}

func (p Poly) Mul(q Poly) Poly {
	r := make(Poly, len(p)+len(q)-1)
	for i, a := range p {
		for j, b := range q {
			r[i+j] += a * b
		}
	}
	return r.trim()
}

func (p Poly) Scale(k float64) Poly {
	r := make(Poly, len(p))
	for i, c := range p {
		r[i] = c * k
	}
	return r.trim()
}

// DivMod does polynomial long division.
func (p Poly) DivMod(d Poly) (Poly, Poly) {
	d = d.trim()
	rem := append(Poly(nil), p...)
	if len(rem) < len(d) {
		return Poly{0}, rem.trim()
	}
	quot := make(Poly, len(rem)-len(d)+1)
	for i := len(quot) - 1; i >= 0; i-- {
		coef := rem[i+len(d)-1] / d[len(d)-1]
		quot[i] = coef
		for j, c := range d {
			rem[i+j] -= coef * c
		}
	}
	return quot.trim(), rem[:len(d)-1].trim()
}

func (p Poly) Eval(x float64) float64 {
	r := 0.0
	for i := len(p) - 1; i >= 0; i-- {
		r = r*x + p[i]
	}
	return r
}

func (p Poly) Derivative() Poly {
	if len(p) <= 1 {
		return Poly{0}
	}
	r := make(Poly, len(p)-1)
	for i := 1; i < len(p); i++ {
		r[i-1] = p[i] * float64(i)
	}
	return r
}

func (p Poly) String() string {
	p = p.trim()
	var terms []string
	for i := len(p) - 1; i >= 0; i-- {
		c := p[i]
		if c == 0 && len(p) > 1 {
			continue
		}
		sign := "+"
		if c < 0 {
			sign = "-"
			c = -c
		}
		var t string
		switch {
		case i == 0:
			t = fmt.Sprint(c)
		case c == 1:
			t = ""
		default:
			t = fmt.Sprint(c)
		}
		switch i {
		case 0:
		case 1:
			t += "x"
		default:
			t += fmt.Sprintf("x^%d", i)
		}
		if len(terms) == 0 {
			if sign == "-" {
				t = "-" + t
			}
			terms = append(terms, t)
		} else {
			terms = append(terms, sign, t)
		}
	}
	return strings.Join(terms, " ")
}

// Newton finds a root starting from x0.
func (p Poly) Newton(x0 float64) (float64, int) {
	dp := p.Derivative()
	x := x0
	for i := 1; i <= 50; i++ {
		fx := p.Eval(x)
		if math.Abs(fx) < 1e-12 {
			return x, i
		}
		x -= fx / dp.Eval(x)
	}
	return x, 50
}

func main() {
	p := Poly{-6, 11, -6, 1} // (x-1)(x-2)(x-3)
	q := Poly{1, 1}          // x+1
	fmt.Println("p =", p, "degree", p.Degree())
	fmt.Println("q =", q)
	fmt.Println("p+q =", p.Add(q))
	fmt.Println("p*q =", p.Mul(q))
	fmt.Println("p' =", p.Derivative(), " p'' =", p.Derivative().Derivative())
	quot, rem := p.DivMod(Poly{-1, 1})
	fmt.Println("p / (x-1) =", quot, "rem", rem)
	quot, rem = p.DivMod(q)
	fmt.Println("p / (x+1) =", quot, "rem", rem)
	for _, x := range []float64{0, 1, 2.5, 4, -1} {
		fmt.Printf("p(%g) = %g\n", x, p.Eval(x))
	}
	for _, x0 := range []float64{0, 1.6, 2.4, 10} {
		root, iters := p.Newton(x0)
		fmt.Printf("newton from %g -> %.9f in %d iterations\n", x0, root, iters)
	}
	sqrt2, _ := Poly{-2, 0, 1}.Newton(1)
	fmt.Printf("sqrt(2) ~ %.15f (math: %.15f)\n", sqrt2, math.Sqrt2)
	binom := Poly{1}
	for i := 0; i < 6; i++ {
		binom = binom.Mul(Poly{1, 1})
	}
	fmt.Println("(1+x)^6 =", binom)
	fmt.Println(Poly{0, 0, 0}, Poly{0, -1}, Poly{2.5, 0, -0.5}.Scale(2), Poly{1, 2}.Add(Poly{-1, -2}))
}

// Output:
// p = x^3 - 6x^2 + 11x - 6 degree 3
// q = x + 1
// p+q = x^3 - 6x^2 + 12x - 5
// p*q = x^4 - 5x^3 + 5x^2 + 5x - 6
// p' = 3x^2 - 12x + 11  p'' = 6x - 12
// p / (x-1) = x^2 - 5x + 6 rem 0
// p / (x+1) = x^2 - 7x + 18 rem -24
// p(0) = -6
// p(1) = 0
// p(2.5) = -0.375
// p(4) = 6
// p(-1) = -24
// newton from 0 -> 1.000000000 in 8 iterations
// newton from 1.6 -> 2.000000000 in 6 iterations
// newton from 2.4 -> 2.000000000 in 6 iterations
// newton from 10 -> 3.000000000 in 11 iterations
// sqrt(2) ~ 1.414213562373095 (math: 1.414213562373095)
// (1+x)^6 = x^6 + 6x^5 + 15x^4 + 20x^3 + 15x^2 + 6x + 1
// 0 -x -x^2 + 5 0
