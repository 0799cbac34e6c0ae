package main

import (
	"fmt"
	"sort"
	"strings"
)

type prefix [2]string

type Chain struct {
	table  map[prefix][]string
	starts []prefix
}

func Build(text string) *Chain {
	c := &Chain{table: map[prefix][]string{}}
	for _, sentence := range strings.Split(text, ".") {
		words := strings.Fields(sentence)
		if len(words) < 3 {
			continue
		}
		words = append(words, ".")
		c.starts = append(c.starts, prefix{words[0], words[1]})
		for i := 0; i+2 < len(words); i++ {
			p := prefix{words[i], words[i+1]}
			c.table[p] = append(c.table[p], words[i+2])
		}
	}
	return c
}

// xorshift is a small deterministic PRNG.
type xorshift uint64

func (x *xorshift) Intn(n int) int {
	*x ^= *x << 13
	*x ^= *x >> 7
	*x ^= *x << 17
	return int(uint64(*x) % uint64(n))
}

func (c *Chain) Generate(rng *xorshift, maxWords int) string {
	p := c.starts[rng.Intn(len(c.starts))]
	out := []string{p[0], p[1]}
	for len(out) < maxWords {
		choices := c.table[p]
		if len(choices) == 0 {
			break
		}
		next := choices[rng.Intn(len(choices))]
		if next == "." {
			break
		}
		out = append(out, next)
		p = prefix{p[1], next}
	}
	return strings.Join(out, " ") + "."
}

const corpus = `the cat sat on the mat. the cat ate the fish. the dog sat on the log.
the dog chased the cat around the garden. a bird sat on the fence and sang.
the fish swam in the pond. the cat watched the fish in the pond all day.
the dog slept on the mat after the walk. a cat and a dog can be friends.`

func main() {
	c := Build(corpus)
	fmt.Println("prefixes:", len(c.table), "starts:", len(c.starts))
	type entry struct {
		p prefix
		n int
	}
	var branching []entry
	for p, next := range c.table {
		if len(next) > 1 {
			branching = append(branching, entry{p, len(next)})
		}
	}
	sort.Slice(branching, func(i, j int) bool {
		if branching[i].n != branching[j].n {
			return branching[i].n > branching[j].n
		}
		if branching[i].p[0] != branching[j].p[0] {
			return branching[i].p[0] < branching[j].p[0]
		}
		return branching[i].p[1] < branching[j].p[1]
	})
	for _, e := range branching[:5] {
		fmt.Printf("%q -> %v\n", e.p[0]+" "+e.p[1], c.table[e.p])
	}
	rng := xorshift(2024)
	for i := 0; i < 6; i++ {
		fmt.Println(c.Generate(&rng, 14))
	}
	first := map[string]int{}
	for _, s := range c.starts {
		first[s[0]]++
	}
	fmt.Println(first)
}

// Output:
// prefixes: 42 starts: 9
// "on the" -> [mat log fence mat]
// "the cat" -> [sat ate around watched]
// "sat on" -> [the the the]
// "the dog" -> [sat chased slept]
// "the fish" -> [. swam in]
// the dog slept on the mat.
// the cat watched the fish.
// the fish swam in the pond.
// the fish in the pond.
// a bird sat on the log.
// the dog slept on the mat.
// map[a:2 the:7]
