// Compares crypto/sha256 with Go's on many lengths and write patterns.
package main

import (
	"amberstd/compare/check"
	"crypto/sha256"
	"fmt"
	"hash"
	"math/rand"
	gosha256 "real/crypto/sha256"
	gohash "real/hash"
)

func main() {
	rng := rand.New(rand.NewSource(13))
	for n := 0; n < 600; n++ {
		data := make([]byte, n)
		rng.Read(data)
		check.Eq(fmt.Sprintf("Sum256(%d)", n), sha256.Sum256(data), gosha256.Sum256(data))
		check.Eq(fmt.Sprintf("Sum224(%d)", n), sha256.Sum224(data), gosha256.Sum224(data))
		for _, name := range []string{"New", "New224"} {
			h := sha256.New()
			g := gosha256.New()
			if name == "New224" {
				h, g = sha256.New224(), gosha256.New224()
			}
			// Write in random pieces, checking Sum in between.
			rest := data
			for len(rest) > 0 {
				k := rng.Intn(len(rest) + 1)
				h.Write(rest[:k])
				g.Write(rest[:k])
				rest = rest[k:]
				if rng.Intn(4) == 0 {
					check.Eq("partial Sum", h.Sum([]byte("pre")), g.Sum([]byte("pre")))
				}
			}
			check.Eq(fmt.Sprintf("%s(%d).Sum", name, n), h.Sum(nil), g.Sum(nil))
			c, err := h.(hash.Cloner).Clone()
			c.Write([]byte("more"))
			check.Eq("Clone independent", []any{h.Sum(nil), err}, []any{g.Sum(nil), nil})
			gc, _ := g.(gohash.Cloner).Clone()
			gc.Write([]byte("more"))
			check.Eq("Clone", c.Sum(nil), gc.Sum(nil))
			check.Eq("Size", []int{h.Size(), h.BlockSize()}, []int{g.Size(), g.BlockSize()})
			h.Reset()
			g.Reset()
			h.Write([]byte("abc"))
			g.Write([]byte("abc"))
			check.Eq("after Reset", h.Sum(nil), g.Sum(nil))
		}
	}
	big := make([]byte, 1<<20)
	rng.Read(big)
	check.Eq("1MiB", sha256.Sum256(big), gosha256.Sum256(big))
	check.Eq("consts", []int{sha256.Size, sha256.Size224, sha256.BlockSize}, []int{gosha256.Size, gosha256.Size224, gosha256.BlockSize})
	check.Done("sha256")
}
