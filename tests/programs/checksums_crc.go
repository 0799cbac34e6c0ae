package main

import (
	"fmt"
	"math/bits"
)

var crcTable [256]uint32

func init() {
	for i := range crcTable {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 == 1 {
				c = 0xEDB88320 ^ (c >> 1)
			} else {
				c >>= 1
			}
		}
		crcTable[i] = c
	}
}

func crc32(data []byte) uint32 {
	c := ^uint32(0)
	for _, b := range data {
		c = crcTable[byte(c)^b] ^ (c >> 8)
	}
	return ^c
}

func adler32(data []byte) uint32 {
	const mod = 65521
	a, b := uint32(1), uint32(0)
	for _, x := range data {
		a = (a + uint32(x)) % mod
		b = (b + a) % mod
	}
	return b<<16 | a
}

func fletcher16(data []byte) uint16 {
	var s1, s2 uint16
	for _, x := range data {
		s1 = (s1 + uint16(x)) % 255
		s2 = (s2 + s1) % 255
	}
	return s2<<8 | s1
}

func fnv32a(data []byte) uint32 {
	h := uint32(2166136261)
	for _, b := range data {
		h ^= uint32(b)
		h *= 16777619
	}
	return h
}

// djb2 deliberately relies on uint32 wraparound.
func djb2(s string) uint32 {
	h := uint32(5381)
	for i := 0; i < len(s); i++ {
		h = h<<5 + h + uint32(s[i])
	}
	return h
}

func parity(x uint64) int { return bits.OnesCount64(x) & 1 }

func main() {
	inputs := []string{"", "a", "abc", "The quick brown fox jumps over the lazy dog", "123456789", "\x00\xff\x00\xff"}
	fmt.Printf("%-46s %-8s %-8s %-4s %-8s %s\n", "input", "crc32", "adler32", "fl16", "fnv32a", "djb2")
	for _, s := range inputs {
		d := []byte(s)
		fmt.Printf("%-46q %08x %08x %04x %08x %d\n", s, crc32(d), adler32(d), fletcher16(d), fnv32a(d), djb2(s))
	}
	msg := []byte("amber deterministic vm")
	orig := crc32(msg)
	detected := 0
	for i := range msg {
		for bit := 0; bit < 8; bit++ {
			msg[i] ^= 1 << bit
			if crc32(msg) != orig {
				detected++
			}
			msg[i] ^= 1 << bit
		}
	}
	fmt.Printf("single-bit flips detected: %d/%d\n", detected, len(msg)*8)
	var x uint8 = 250
	x += 10
	var y int8 = 127
	y++
	var z uint32 = 0
	z--
	big := 70000
	neg := -129
	fmt.Println(x, y, z, uint16(big), int8(neg), uint8(neg), parity(0b1011), parity(0xFF))
	hi, lo := bits.Mul64(0xFFFFFFFFFFFFFFFF, 3)
	sum, carry := bits.Add64(1<<63, 1<<63, 0)
	fmt.Println(hi, lo, sum, carry, bits.Len32(crc32([]byte("x"))), bits.ReverseBytes32(0x12345678) == 0x78563412)
}

// Output:
// input                                          crc32    adler32  fl16 fnv32a   djb2
// ""                                             00000000 00000001 0000 811c9dc5 5381
// "a"                                            e8b7be43 00620062 6161 e40c292c 177670
// "abc"                                          352441c2 024d0127 4c27 1a47e90b 193485963
// "The quick brown fox jumps over the lazy dog"  414fa339 5bdc0fda fee8 048fff90 885799134
// "123456789"                                    cbf43926 091e01de 1ede bb86b11c 902675330
// "\x00\xff\x00\xff"                             b2de047c 040001ff 0000 f681f0cd 2086751555
// single-bit flips detected: 176/176
// 4 -128 4294967295 4464 127 127 1 0
// 2 18446744073709551613 0 1 32 true
