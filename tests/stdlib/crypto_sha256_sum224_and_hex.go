package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

func main() {
	s := sha256.Sum224([]byte("abc"))
	fmt.Println(hex.EncodeToString(s[:]), len(s))
	a := sha256.Sum256([]byte("a"))
	b := sha256.Sum256([]byte("a"))
	fmt.Println(a == b, a[0], a[31])
	h := sha256.New()
	fmt.Println(h.Size(), h.BlockSize())
	h.Write([]byte("The quick brown fox jumps over the lazy dog"))
	sum := h.Sum([]byte("prefix"))
	fmt.Println(len(sum), string(sum[:6]))
	h.Reset()
	fmt.Printf("%x\n", h.Sum(nil)[:8])
}

// Output:
// 23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7 28
// true 202 187
// 32 64
// 38 prefix
// e3b0c44298fc1c14
