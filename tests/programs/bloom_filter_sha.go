package main

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
)

type Bloom struct {
	bits []uint64
	m    uint64
	k    int
	n    int
}

func NewBloom(expected int, fpRate float64) *Bloom {
	m := uint64(math.Ceil(-float64(expected) * math.Log(fpRate) / (math.Ln2 * math.Ln2)))
	k := int(math.Round(float64(m) / float64(expected) * math.Ln2))
	return &Bloom{bits: make([]uint64, (m+63)/64), m: m, k: max(k, 1)}
}

// positions derives k indexes from one SHA-256 digest (double hashing).
func (b *Bloom) positions(item string) []uint64 {
	sum := sha256.Sum256([]byte(item))
	h1 := binary.LittleEndian.Uint64(sum[0:8])
	h2 := binary.LittleEndian.Uint64(sum[8:16]) | 1
	out := make([]uint64, b.k)
	for i := range out {
		out[i] = (h1 + uint64(i)*h2) % b.m
	}
	return out
}

func (b *Bloom) Add(item string) {
	for _, p := range b.positions(item) {
		b.bits[p/64] |= 1 << (p % 64)
	}
	b.n++
}

func (b *Bloom) MayContain(item string) bool {
	for _, p := range b.positions(item) {
		if b.bits[p/64]&(1<<(p%64)) == 0 {
			return false
		}
	}
	return true
}

func (b *Bloom) FillRatio() float64 {
	set := 0
	for _, w := range b.bits {
		for ; w != 0; w &= w - 1 {
			set++
		}
	}
	return float64(set) / float64(b.m)
}

func (b *Bloom) EstimatedFP() float64 {
	return math.Pow(1-math.Exp(-float64(b.k)*float64(b.n)/float64(b.m)), float64(b.k))
}

func main() {
	b := NewBloom(200, 0.01)
	fmt.Printf("m=%d bits (%d words), k=%d\n", b.m, len(b.bits), b.k)
	for i := 0; i < 200; i++ {
		b.Add(fmt.Sprintf("user-%d@example.com", i))
	}
	missing := 0
	for i := 0; i < 200; i++ {
		if !b.MayContain(fmt.Sprintf("user-%d@example.com", i)) {
			missing++
		}
	}
	fp := 0
	for i := 1000; i < 3000; i++ {
		if b.MayContain(fmt.Sprintf("user-%d@example.com", i)) {
			fp++
		}
	}
	fmt.Println("false negatives:", missing)
	fmt.Printf("false positives: %d / 2000 (%.2f%%), estimated %.3f%%\n", fp, float64(fp)/20, b.EstimatedFP()*100)
	fmt.Printf("fill ratio: %.3f\n", b.FillRatio())
	fmt.Println(b.positions("hello")[:3], b.MayContain("hello"))
	small := NewBloom(3, 0.1)
	for _, w := range []string{"apple", "banana", "cherry"} {
		small.Add(w)
	}
	for _, w := range []string{"apple", "banana", "cherry", "durian", "elderberry", "fig"} {
		fmt.Printf("%s:%t ", w, small.MayContain(w))
	}
	fmt.Printf("| m=%d k=%d\n", small.m, small.k)
}

// Output:
// m=1918 bits (30 words), k=7
// false negatives: 0
// false positives: 24 / 2000 (1.20%), estimated 1.001%
// fill ratio: 0.521
// [1330 749 656] false
// apple:true banana:true cherry:true durian:false elderberry:false fig:false | m=15 k=3
