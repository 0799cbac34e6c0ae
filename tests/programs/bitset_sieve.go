package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type BitSet struct {
	words []uint64
	size  int
}

func NewBitSet(n int) *BitSet {
	return &BitSet{words: make([]uint64, (n+63)/64), size: n}
}

func (b *BitSet) Set(i int)      { b.words[i/64] |= 1 << uint(i%64) }
func (b *BitSet) Clear(i int)    { b.words[i/64] &^= 1 << uint(i%64) }
func (b *BitSet) Has(i int) bool { return b.words[i/64]&(1<<uint(i%64)) != 0 }
func (b *BitSet) Toggle(i int)   { b.words[i/64] ^= 1 << uint(i%64) }
func (b *BitSet) Len() int       { return b.size }
func (b *BitSet) SetAll() *BitSet {
	for i := range b.words {
		b.words[i] = ^uint64(0)
	}
	if r := b.size % 64; r != 0 {
		b.words[len(b.words)-1] = (1 << uint(r)) - 1
	}
	return b
}

func (b *BitSet) Count() int {
	n := 0
	for _, w := range b.words {
		n += bits.OnesCount64(w)
	}
	return n
}

// Each calls f for every set bit in increasing order, using TrailingZeros to skip gaps.
func (b *BitSet) Each(f func(int) bool) {
	for wi, w := range b.words {
		for w != 0 {
			tz := bits.TrailingZeros64(w)
			if !f(wi*64 + tz) {
				return
			}
			w &= w - 1
		}
	}
}

func (b *BitSet) And(o *BitSet) *BitSet {
	r := NewBitSet(b.size)
	for i := range r.words {
		r.words[i] = b.words[i] & o.words[i]
	}
	return r
}

func (b *BitSet) Or(o *BitSet) *BitSet {
	r := NewBitSet(b.size)
	for i := range r.words {
		r.words[i] = b.words[i] | o.words[i]
	}
	return r
}

func (b *BitSet) String() string {
	var parts []string
	b.Each(func(i int) bool {
		parts = append(parts, fmt.Sprint(i))
		return true
	})
	return "{" + strings.Join(parts, ",") + "}"
}

func sieve(n int) *BitSet {
	primes := NewBitSet(n + 1).SetAll()
	primes.Clear(0)
	primes.Clear(1)
	for i := 2; i*i <= n; i++ {
		if primes.Has(i) {
			for j := i * i; j <= n; j += i {
				primes.Clear(j)
			}
		}
	}
	return primes
}

func main() {
	const N = 1000
	p := sieve(N)
	fmt.Println("primes below", N, ":", p.Count())
	var first []int
	p.Each(func(i int) bool {
		first = append(first, i)
		return len(first) < 20
	})
	fmt.Println("first 20:", first)

	var twins []string
	prev := -10
	p.Each(func(i int) bool {
		if i-prev == 2 && i > 800 {
			twins = append(twins, fmt.Sprintf("(%d,%d)", prev, i))
		}
		prev = i
		return true
	})
	fmt.Println("twin primes above 800:", strings.Join(twins, " "))

	gaps := map[int]int{}
	maxGap, at := 0, 0
	prev = 2
	p.Each(func(i int) bool {
		g := i - prev
		gaps[g]++
		if g > maxGap {
			maxGap, at = g, prev
		}
		prev = i
		return true
	})
	fmt.Println("gap histogram:", gaps)
	fmt.Printf("largest gap %d after %d\n", maxGap, at)

	evens := NewBitSet(100)
	squares := NewBitSet(100)
	for i := 0; i < 100; i++ {
		if i%2 == 0 {
			evens.Set(i)
		}
		if r := isqrt(i); r*r == i {
			squares.Set(i)
		}
	}
	fmt.Println("even squares:", evens.And(squares))
	small := sieve(99)
	fmt.Println("primes or squares < 40 count:", countBelow(small.Or(squares), 40))
	squares.Toggle(0)
	squares.Toggle(2)
	fmt.Println("toggled squares:", squares, squares.Count())
	fmt.Printf("word0 of evens: %#x, leading zeros of word1: %d\n", evens.words[0], bits.LeadingZeros64(evens.words[1]))
	fmt.Println(bits.Reverse8(0b00010110), bits.RotateLeft32(1, -1), bits.Len(255))
}

func isqrt(n int) int {
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r
}

func countBelow(b *BitSet, limit int) int {
	n := 0
	b.Each(func(i int) bool {
		if i >= limit {
			return false
		}
		n++
		return true
	})
	return n
}

// Output:
// primes below 1000 : 168
// first 20: [2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71]
// twin primes above 800: (809,811) (821,823) (827,829) (857,859) (881,883)
// gap histogram: map[0:1 1:1 2:35 4:40 6:44 8:15 10:16 12:7 14:7 18:1 20:1]
// largest gap 20 after 887
// even squares: {0,4,16,36,64}
// primes or squares < 40 count: 19
// toggled squares: {1,2,4,9,16,25,36,49,64,81} 10
// word0 of evens: 0x5555555555555555, leading zeros of word1: 29
// 104 2147483648 8
