package main

import (
	"fmt"
	"strings"
)

var dictionary = strings.Fields(`cold cord card ward warm word worm wore core care dare date gate
gave have hive five fire fore more mare male mole hole hold bold bolt boat coat cost cast case cave
love live line fine mine mind wind wine wise rise rose nose note vote vole pole pale sale sole`)

type Ladder struct {
	words     map[string]bool
	neighbors map[string][]string
}

func NewLadder(words []string) *Ladder {
	l := &Ladder{words: map[string]bool{}, neighbors: map[string][]string{}}
	for _, w := range words {
		l.words[w] = true
	}
	// bucket by wildcard pattern: c*ld, co*d, ...
	buckets := map[string][]string{}
	var patterns []string
	for _, w := range words {
		for i := range w {
			p := w[:i] + "*" + w[i+1:]
			if _, ok := buckets[p]; !ok {
				patterns = append(patterns, p)
			}
			buckets[p] = append(buckets[p], w)
		}
	}
	for _, p := range patterns {
		group := buckets[p]
		for _, a := range group {
			for _, b := range group {
				if a != b {
					l.neighbors[a] = append(l.neighbors[a], b)
				}
			}
		}
	}
	return l
}

func (l *Ladder) Shortest(from, to string) ([]string, error) {
	if !l.words[from] || !l.words[to] {
		return nil, fmt.Errorf("%q or %q not in dictionary", from, to)
	}
	prev := map[string]string{from: ""}
	queue := []string{from}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == to {
			var path []string
			for w := to; w != ""; w = prev[w] {
				path = append([]string{w}, path...)
			}
			return path, nil
		}
		for _, n := range l.neighbors[cur] {
			if _, seen := prev[n]; !seen {
				prev[n] = cur
				queue = append(queue, n)
			}
		}
	}
	return nil, fmt.Errorf("no ladder from %q to %q", from, to)
}

func (l *Ladder) Component(start string) int {
	seen := map[string]bool{start: true}
	stack := []string{start}
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, n := range l.neighbors[cur] {
			if !seen[n] {
				seen[n] = true
				stack = append(stack, n)
			}
		}
	}
	return len(seen)
}

func main() {
	l := NewLadder(dictionary)
	fmt.Println(len(l.words), "words")
	pairs := [][2]string{{"cold", "warm"}, {"love", "hate"}, {"five", "bolt"}, {"boat", "cave"}, {"wise", "pole"}, {"mind", "line"}, {"cold", "cold"}}
	for _, p := range pairs {
		path, err := l.Shortest(p[0], p[1])
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%s -> %s (%d steps): %s\n", p[0], p[1], len(path)-1, strings.Join(path, " > "))
	}
	fmt.Println("reachable from cold:", l.Component("cold"))
	most, word := 0, ""
	for _, w := range dictionary {
		if n := len(l.neighbors[w]); n > most {
			most, word = n, w
		}
	}
	fmt.Println("most connected:", word, most, l.neighbors[word])
}

// Output:
// 52 words
// cold -> warm (4 steps): cold > cord > word > ward > warm
// error: "love" or "hate" not in dictionary
// five -> bolt (7 steps): five > fire > fore > core > cord > cold > bold > bolt
// boat -> cave (5 steps): boat > coat > cost > cast > case > cave
// wise -> pole (7 steps): wise > wine > fine > fire > fore > more > mole > pole
// mind -> line (2 steps): mind > mine > line
// cold -> cold (0 steps): cold
// reachable from cold: 52
// most connected: care 6 [card core dare mare case cave]
