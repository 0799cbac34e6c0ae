// Generates println.txt: test vectors for ../println.rs. Run: go run gen_println.go 2> println.txt
// The builtins write to standard error. Each line: kind TAB payload TAB what println printed.
// Floats are given by their bits in decimal.
package main

import (
	"math"
	"math/rand"
)

func main() {
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 1.5, 0.1, 1.0 / 3, 1e6, 1e20, 1e21, 123456, 1234567, 1e-4, 1e-5,
		5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 100, 2.5e-7, 6.02214076e23}
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 30; i++ {
		floats = append(floats, r.NormFloat64()*math.Pow(10, float64(r.Intn(60)-30)))
	}
	for _, f := range floats {
		print("float64\t", math.Float64bits(f), "\t")
		println(f)
		print("float32\t", math.Float64bits(float64(float32(f))), "\t")
		println(float32(f))
	}
	for i := 0; i+1 < len(floats); i += 2 {
		print("complex128\t", math.Float64bits(floats[i]), ",", math.Float64bits(floats[i+1]), "\t")
		println(complex(floats[i], floats[i+1]))
		c := complex64(complex(floats[i], floats[i+1]))
		print("complex64\t", math.Float64bits(float64(real(c))), ",", math.Float64bits(float64(imag(c))), "\t")
		println(c)
	}
	for _, v := range []int64{0, 1, -1, math.MaxInt64, math.MinInt64, 42} {
		print("int\t", v, "\t")
		println(v)
	}
	for _, v := range []uint64{0, 7, math.MaxUint64} {
		print("uint\t", v, "\t")
		println(v)
	}
	print("bool\ttrue\t")
	println(true)
	print("bool\tfalse\t")
	println(false)
	var p *int
	print("pointer\t0\t")
	println(p)
	var e any
	print("iface\t0,0\t")
	println(e)
	var s []int
	print("slice\t0,0,0\t")
	println(s)
	print("multi\t-\t")
	println(1, "a", true, 2.5)
}
