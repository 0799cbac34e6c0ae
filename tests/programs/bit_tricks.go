package main

import (
	"fmt"
	"math/bits"
	"strings"
)

func grayCode(n uint) []uint {
	out := make([]uint, 1<<n)
	for i := range out {
		out[i] = uint(i) ^ uint(i)>>1
	}
	return out
}

func fromGray(g uint) uint {
	b := g
	for shift := uint(1); shift < 64; shift <<= 1 {
		b ^= b >> shift
	}
	return b
}

func isPowerOfTwo(x uint64) bool { return x != 0 && x&(x-1) == 0 }

func nextPowerOfTwo(x uint64) uint64 {
	if x <= 1 {
		return 1
	}
	return 1 << bits.Len64(x-1)
}

// subsetsOfMask iterates all submasks of m in decreasing order.
func subsetsOfMask(m uint8) []uint8 {
	var out []uint8
	for s := m; ; s = (s - 1) & m {
		out = append(out, s)
		if s == 0 {
			break
		}
	}
	return out
}

// nextSameOnes returns the next larger integer with the same popcount (Gosper's hack).
func nextSameOnes(x uint32) uint32 {
	c := x & -x
	r := x + c
	return (((r ^ x) >> 2) / c) | r
}

func singleNumber(xs []int) int {
	r := 0
	for _, x := range xs {
		r ^= x
	}
	return r
}

func swapXor(a, b int) (int, int) {
	a ^= b
	b ^= a
	a ^= b
	return a, b
}

type Perm uint16

const (
	Read Perm = 1 << iota
	Write
	Exec
	Admin
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var names []string
	for i, n := range []string{"read", "write", "exec", "admin"} {
		if p&(1<<i) != 0 {
			names = append(names, n)
		}
	}
	if rest := p &^ (Read | Write | Exec | Admin); rest != 0 {
		names = append(names, fmt.Sprintf("0x%x", uint16(rest)))
	}
	return strings.Join(names, "|")
}

func main() {
	g := grayCode(4)
	var gs []string
	for _, v := range g {
		gs = append(gs, fmt.Sprintf("%04b", v))
	}
	fmt.Println(strings.Join(gs, " "))
	ok := true
	for i := 1; i < len(g); i++ {
		if bits.OnesCount(g[i]^g[i-1]) != 1 || fromGray(g[i]) != uint(i) {
			ok = false
		}
	}
	fmt.Println("gray property holds:", ok)
	for _, x := range []uint64{0, 1, 6, 64, 100, 1 << 40} {
		fmt.Printf("%d pow2=%t next=%d tz=%d lz=%d len=%d\n", x, isPowerOfTwo(x), nextPowerOfTwo(x), bits.TrailingZeros64(x), bits.LeadingZeros64(x), bits.Len64(x))
	}
	fmt.Println(subsetsOfMask(0b1011))
	x := uint32(0b0111)
	var seq []string
	for i := 0; i < 6; i++ {
		seq = append(seq, fmt.Sprintf("%b", x))
		x = nextSameOnes(x)
	}
	fmt.Println(strings.Join(seq, " "))
	fmt.Println(singleNumber([]int{4, 1, 2, 1, 2, 9, 4}), fmt.Sprint(swapXor(3, 8)))
	p := Read | Exec
	fmt.Println(p, p|Write, p&^Read, Perm(0), Perm(0x30|1), p&Write != 0)
	diff, borrow := bits.Sub32(0, 1, 0)
	fmt.Println(bits.RotateLeft8(0b10010110, 3), bits.Reverse16(1), diff, borrow)
	fmt.Println(-7>>1, -7/2, uint8(200)>>2, int8(-128)>>7, 1<<3|1<<1, 0xF0&^0x30)
	q, r := bits.Div64(1, 0, 3)
	fmt.Println(q, r)
}

// Output:
// 0000 0001 0011 0010 0110 0111 0101 0100 1100 1101 1111 1110 1010 1011 1001 1000
// gray property holds: true
// 0 pow2=false next=1 tz=64 lz=64 len=0
// 1 pow2=true next=1 tz=0 lz=63 len=1
// 6 pow2=false next=8 tz=1 lz=61 len=3
// 64 pow2=true next=64 tz=6 lz=57 len=7
// 100 pow2=false next=128 tz=2 lz=57 len=7
// 1099511627776 pow2=true next=1099511627776 tz=40 lz=23 len=41
// [11 10 9 8 3 2 1 0]
// 111 1011 1101 1110 10011 10101
// 9 8 3
// read|exec read|write|exec exec none read|0x30 false
// 180 32768 4294967295 1
// -4 -3 50 -1 10 192
// 6148914691236517205 1
