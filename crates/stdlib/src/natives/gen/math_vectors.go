// Generates ../math/vectors.txt: results of Go 1.27's math functions on chosen and pseudo-random inputs,
// as "Name arg... -> result..." lines of float64 bits in hex (ints in decimal).
// Run: go run math_vectors.go > ../math/vectors.txt
package main

import (
	"fmt"
	"math"
)

var special = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, 10, 0.1, 1e-300, -1e-300,
	1e300, -1e300, math.Inf(1), math.Inf(-1), math.NaN(), math.Pi, -math.Pi, math.Pi / 2, 1e-8, 5e-324,
	709.7, -745.1, 1e22, 4.5, 2.5, -2.5, 0.49999999999999994, 1 << 53, 100, 1e-310}

type rng uint64

func (r *rng) next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

// sample gives a mix of magnitudes: uniform in [-s, s] for several scales.
func (r *rng) sample() float64 {
	scales := []float64{1, 4, 100, 1e6, 1e-5, 700, 1e15}
	s := scales[r.next()%uint64(len(scales))]
	u := float64(r.next()>>11) / (1 << 53)
	return (2*u - 1) * s
}

func b(x float64) string { return fmt.Sprintf("%016x", math.Float64bits(x)) }

func main() {
	unary := []struct {
		name string
		f    func(float64) float64
	}{
		{"Sqrt", math.Sqrt}, {"Exp", math.Exp}, {"Exp2", math.Exp2}, {"Expm1", math.Expm1},
		{"Log", math.Log}, {"Log2", math.Log2}, {"Log10", math.Log10}, {"Log1p", math.Log1p},
		{"Sin", math.Sin}, {"Cos", math.Cos}, {"Tan", math.Tan}, {"Asin", math.Asin},
		{"Acos", math.Acos}, {"Atan", math.Atan}, {"Sinh", math.Sinh}, {"Cosh", math.Cosh},
		{"Tanh", math.Tanh}, {"Asinh", math.Asinh}, {"Acosh", math.Acosh}, {"Atanh", math.Atanh},
		{"Floor", math.Floor}, {"Ceil", math.Ceil}, {"Trunc", math.Trunc}, {"Round", math.Round},
		{"RoundToEven", math.RoundToEven}, {"Cbrt", math.Cbrt}, {"Erf", math.Erf}, {"Erfc", math.Erfc},
		{"Gamma", math.Gamma}, {"J0", math.J0}, {"J1", math.J1}, {"Y0", math.Y0}, {"Y1", math.Y1},
	}
	binary := []struct {
		name string
		f    func(float64, float64) float64
	}{
		{"Pow", math.Pow}, {"Atan2", math.Atan2}, {"Mod", math.Mod}, {"Hypot", math.Hypot},
		{"Remainder", math.Remainder}, {"Nextafter", math.Nextafter},
	}
	r := rng(88172645463325252)
	var xs []float64
	xs = append(xs, special...)
	for i := 0; i < 120; i++ {
		xs = append(xs, r.sample())
	}
	for _, u := range unary {
		for _, x := range xs {
			fmt.Printf("%s %s -> %s\n", u.name, b(x), b(u.f(x)))
		}
	}
	for _, f := range binary {
		for _, x := range special[:18] {
			for _, y := range special[:18] {
				fmt.Printf("%s %s %s -> %s\n", f.name, b(x), b(y), b(f.f(x, y)))
			}
		}
		for i := 0; i < 150; i++ {
			x, y := r.sample(), r.sample()
			if f.name == "Pow" {
				x = math.Abs(x)
				if x > 1e3 {
					x = math.Mod(x, 1e3)
				}
				y = math.Mod(y, 50)
			}
			fmt.Printf("%s %s %s -> %s\n", f.name, b(x), b(y), b(f.f(x, y)))
		}
	}
	for _, x := range xs {
		fr, e := math.Frexp(x)
		fmt.Printf("Frexp %s -> %s %d\n", b(x), b(fr), e)
		i, f := math.Modf(x)
		fmt.Printf("Modf %s -> %s %s\n", b(x), b(i), b(f))
		l, s := math.Lgamma(x)
		fmt.Printf("Lgamma %s -> %s %d\n", b(x), b(l), s)
		fmt.Printf("Ldexp %s 7 -> %s\n", b(x), b(math.Ldexp(x, 7)))
		fmt.Printf("Ldexp %s -1080 -> %s\n", b(x), b(math.Ldexp(x, -1080)))
	}
}
