// Compares package math/bits with Go's on edge and random values.
package main

import (
	"amberstd/compare/check"
	"fmt"
	"math/bits"
	"math/rand"
	gobits "real/math/bits"
)

func eq(what string, x any, got, want any) {
	if got != want {
		check.Eq(fmt.Sprintf("%s(%v)", what, x), got, want)
	} else {
		check.Pass()
	}
}

func main() {
	rng := rand.New(rand.NewSource(7))
	vals := []uint64{0, 1, 2, 3, 0x7F, 0x80, 0xFF, 0x100, 0xFFFF, 0x10000, 1<<31 - 1, 1 << 31, 1<<32 - 1, 1 << 32, 1<<63 - 1, 1 << 63, 1<<64 - 1}
	for i := 0; i < 64; i++ {
		vals = append(vals, 1<<i, 1<<i-1, ^uint64(0)<<i)
	}
	for i := 0; i < 3000; i++ {
		vals = append(vals, rng.Uint64(), rng.Uint64()>>uint(rng.Intn(64)))
	}
	for _, x := range vals {
		eq("LeadingZeros", x, bits.LeadingZeros(uint(x)), gobits.LeadingZeros(uint(x)))
		eq("LeadingZeros8", x, bits.LeadingZeros8(uint8(x)), gobits.LeadingZeros8(uint8(x)))
		eq("LeadingZeros16", x, bits.LeadingZeros16(uint16(x)), gobits.LeadingZeros16(uint16(x)))
		eq("LeadingZeros32", x, bits.LeadingZeros32(uint32(x)), gobits.LeadingZeros32(uint32(x)))
		eq("LeadingZeros64", x, bits.LeadingZeros64(x), gobits.LeadingZeros64(x))
		eq("TrailingZeros", x, bits.TrailingZeros(uint(x)), gobits.TrailingZeros(uint(x)))
		eq("TrailingZeros8", x, bits.TrailingZeros8(uint8(x)), gobits.TrailingZeros8(uint8(x)))
		eq("TrailingZeros16", x, bits.TrailingZeros16(uint16(x)), gobits.TrailingZeros16(uint16(x)))
		eq("TrailingZeros32", x, bits.TrailingZeros32(uint32(x)), gobits.TrailingZeros32(uint32(x)))
		eq("TrailingZeros64", x, bits.TrailingZeros64(x), gobits.TrailingZeros64(x))
		eq("OnesCount", x, bits.OnesCount(uint(x)), gobits.OnesCount(uint(x)))
		eq("OnesCount8", x, bits.OnesCount8(uint8(x)), gobits.OnesCount8(uint8(x)))
		eq("OnesCount16", x, bits.OnesCount16(uint16(x)), gobits.OnesCount16(uint16(x)))
		eq("OnesCount32", x, bits.OnesCount32(uint32(x)), gobits.OnesCount32(uint32(x)))
		eq("OnesCount64", x, bits.OnesCount64(x), gobits.OnesCount64(x))
		eq("Reverse", x, bits.Reverse(uint(x)), gobits.Reverse(uint(x)))
		eq("Reverse8", x, bits.Reverse8(uint8(x)), gobits.Reverse8(uint8(x)))
		eq("Reverse16", x, bits.Reverse16(uint16(x)), gobits.Reverse16(uint16(x)))
		eq("Reverse32", x, bits.Reverse32(uint32(x)), gobits.Reverse32(uint32(x)))
		eq("Reverse64", x, bits.Reverse64(x), gobits.Reverse64(x))
		eq("ReverseBytes", x, bits.ReverseBytes(uint(x)), gobits.ReverseBytes(uint(x)))
		eq("ReverseBytes16", x, bits.ReverseBytes16(uint16(x)), gobits.ReverseBytes16(uint16(x)))
		eq("ReverseBytes32", x, bits.ReverseBytes32(uint32(x)), gobits.ReverseBytes32(uint32(x)))
		eq("ReverseBytes64", x, bits.ReverseBytes64(x), gobits.ReverseBytes64(x))
		eq("Len", x, bits.Len(uint(x)), gobits.Len(uint(x)))
		eq("Len8", x, bits.Len8(uint8(x)), gobits.Len8(uint8(x)))
		eq("Len16", x, bits.Len16(uint16(x)), gobits.Len16(uint16(x)))
		eq("Len32", x, bits.Len32(uint32(x)), gobits.Len32(uint32(x)))
		eq("Len64", x, bits.Len64(x), gobits.Len64(x))
		for _, k := range []int{-130, -65, -64, -33, -9, -1, 0, 1, 7, 8, 9, 31, 32, 63, 64, 65, 1000} {
			eq("RotateLeft", x, bits.RotateLeft(uint(x), k), gobits.RotateLeft(uint(x), k))
			eq("RotateLeft8", x, bits.RotateLeft8(uint8(x), k), gobits.RotateLeft8(uint8(x), k))
			eq("RotateLeft16", x, bits.RotateLeft16(uint16(x), k), gobits.RotateLeft16(uint16(x), k))
			eq("RotateLeft32", x, bits.RotateLeft32(uint32(x), k), gobits.RotateLeft32(uint32(x), k))
			eq("RotateLeft64", x, bits.RotateLeft64(x, k), gobits.RotateLeft64(x, k))
		}
	}
	pick := func() uint64 { return vals[rng.Intn(len(vals))] }
	for i := 0; i < 300000; i++ {
		x, y, z := pick(), pick(), pick()
		c := uint64(rng.Intn(2))
		args := [3]uint64{x, y, c}
		a1, b1 := bits.Add64(x, y, c)
		a2, b2 := gobits.Add64(x, y, c)
		eq("Add64", args, [2]uint64{a1, b1}, [2]uint64{a2, b2})
		a1, b1 = bits.Sub64(x, y, c)
		a2, b2 = gobits.Sub64(x, y, c)
		eq("Sub64", args, [2]uint64{a1, b1}, [2]uint64{a2, b2})
		a1, b1 = bits.Mul64(x, y)
		a2, b2 = gobits.Mul64(x, y)
		eq("Mul64", args, [2]uint64{a1, b1}, [2]uint64{a2, b2})
		s1, t1 := bits.Add32(uint32(x), uint32(y), uint32(c))
		s2, t2 := gobits.Add32(uint32(x), uint32(y), uint32(c))
		eq("Add32", args, [2]uint32{s1, t1}, [2]uint32{s2, t2})
		s1, t1 = bits.Sub32(uint32(x), uint32(y), uint32(c))
		s2, t2 = gobits.Sub32(uint32(x), uint32(y), uint32(c))
		eq("Sub32", args, [2]uint32{s1, t1}, [2]uint32{s2, t2})
		s1, t1 = bits.Mul32(uint32(x), uint32(y))
		s2, t2 = gobits.Mul32(uint32(x), uint32(y))
		eq("Mul32", args, [2]uint32{s1, t1}, [2]uint32{s2, t2})
		u1, v1 := bits.Add(uint(x), uint(y), uint(c))
		u2, v2 := gobits.Add(uint(x), uint(y), uint(c))
		eq("Add", args, [2]uint{u1, v1}, [2]uint{u2, v2})
		u1, v1 = bits.Sub(uint(x), uint(y), uint(c))
		u2, v2 = gobits.Sub(uint(x), uint(y), uint(c))
		eq("Sub", args, [2]uint{u1, v1}, [2]uint{u2, v2})
		u1, v1 = bits.Mul(uint(x), uint(y))
		u2, v2 = gobits.Mul(uint(x), uint(y))
		eq("Mul", args, [2]uint{u1, v1}, [2]uint{u2, v2})
		// Division: keep hi < y so that the quotient fits, and also try the
		// panicking cases now and then.
		hi := x
		if z != 0 && i%10 != 0 {
			hi = x % z
		}
		dargs := [3]uint64{hi, y, z}
		var q1, r1, q2, r2 uint64
		p1 := check.Panics(func() { q1, r1 = bits.Div64(hi, y, z) })
		p2 := check.Panics(func() { q2, r2 = gobits.Div64(hi, y, z) })
		eq("Div64", dargs, fmt.Sprint(q1, r1, p1), fmt.Sprint(q2, r2, p2))
		p1 = check.Panics(func() { r1 = bits.Rem64(x, y, z) })
		p2 = check.Panics(func() { r2 = gobits.Rem64(x, y, z) })
		eq("Rem64", dargs, fmt.Sprint(r1, p1), fmt.Sprint(r2, p2))
		var w1, w2, w3, w4 uint32
		p1 = check.Panics(func() { w1, w2 = bits.Div32(uint32(hi), uint32(y), uint32(z)) })
		p2 = check.Panics(func() { w3, w4 = gobits.Div32(uint32(hi), uint32(y), uint32(z)) })
		eq("Div32", dargs, fmt.Sprint(w1, w2, p1), fmt.Sprint(w3, w4, p2))
		p1 = check.Panics(func() { w1 = bits.Rem32(uint32(x), uint32(y), uint32(z)) })
		p2 = check.Panics(func() { w3 = gobits.Rem32(uint32(x), uint32(y), uint32(z)) })
		eq("Rem32", dargs, fmt.Sprint(w1, p1), fmt.Sprint(w3, p2))
		var k1, k2, k3, k4 uint
		p1 = check.Panics(func() { k1, k2 = bits.Div(uint(hi), uint(y), uint(z)) })
		p2 = check.Panics(func() { k3, k4 = gobits.Div(uint(hi), uint(y), uint(z)) })
		eq("Div", dargs, fmt.Sprint(k1, k2, p1), fmt.Sprint(k3, k4, p2))
		p1 = check.Panics(func() { k1 = bits.Rem(uint(x), uint(y), uint(z)) })
		p2 = check.Panics(func() { k3 = gobits.Rem(uint(x), uint(y), uint(z)) })
		eq("Rem", dargs, fmt.Sprint(k1, p1), fmt.Sprint(k3, p2))
	}
	check.Eq("UintSize", bits.UintSize, gobits.UintSize)
	check.Done("bits")
}
