package main

import (
	"fmt"
	"sort"
	"strings"
)

type TrieNode struct {
	children map[rune]*TrieNode
	terminal bool
	count    int // how many words pass through this node
	freq     int
}

func newNode() *TrieNode { return &TrieNode{children: map[rune]*TrieNode{}} }

type Trie struct {
	root  *TrieNode
	words int
}

func NewTrie() *Trie { return &Trie{root: newNode()} }

func (t *Trie) Insert(word string, freq int) {
	n := t.root
	for _, r := range word {
		child, ok := n.children[r]
		if !ok {
			child = newNode()
			n.children[r] = child
		}
		child.count++
		n = child
	}
	if !n.terminal {
		t.words++
	}
	n.terminal = true
	n.freq += freq
}

func (t *Trie) find(prefix string) *TrieNode {
	n := t.root
	for _, r := range prefix {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Contains(w string) bool {
	n := t.find(w)
	return n != nil && n.terminal
}

func (t *Trie) CountPrefix(p string) int {
	if p == "" {
		return t.words
	}
	if n := t.find(p); n != nil {
		return n.count
	}
	return 0
}

type suggestion struct {
	word string
	freq int
}

func (t *Trie) Complete(prefix string, limit int) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var all []suggestion
	var walk func(n *TrieNode, path []rune)
	walk = func(n *TrieNode, path []rune) {
		if n.terminal {
			all = append(all, suggestion{string(path), n.freq})
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(path, r))
		}
	}
	walk(n, []rune(prefix))
	sort.SliceStable(all, func(i, j int) bool { return all[i].freq > all[j].freq })
	var out []string
	for i, s := range all {
		if i == limit {
			break
		}
		out = append(out, fmt.Sprintf("%s(%d)", s.word, s.freq))
	}
	return out
}

func (t *Trie) LongestCommonPrefix() string {
	var b strings.Builder
	n := t.root
	for len(n.children) == 1 && !n.terminal {
		for r, c := range n.children {
			b.WriteRune(r)
			n = c
		}
	}
	return b.String()
}

func main() {
	corpus := `go gopher golang good goose gold golf google gone going go go golang
	gopher gopher gone gate gateway game gamer gamma garden zebra zoo zoom zoom café cafés`
	t := NewTrie()
	for _, w := range strings.Fields(corpus) {
		t.Insert(w, 1)
	}
	fmt.Println("distinct words:", t.words)
	for _, p := range []string{"go", "gol", "ga", "z", "caf", "x", ""} {
		fmt.Printf("%-4q count=%-2d top3=%v\n", p, t.CountPrefix(p), t.Complete(p, 3))
	}
	for _, w := range []string{"go", "gop", "café", "zoom", "zooms"} {
		fmt.Printf("contains %q: %v\n", w, t.Contains(w))
	}
	t2 := NewTrie()
	for _, w := range []string{"interview", "internet", "interval", "internal"} {
		t2.Insert(w, 0)
	}
	fmt.Printf("lcp: %q\n", t2.LongestCommonPrefix())
	t2.Insert("in", 0)
	fmt.Printf("lcp after 'in': %q\n", t2.LongestCommonPrefix())
	fmt.Println(t2.Complete("inter", 10))
}

// Output:
// distinct words: 21
// "go" count=16 top3=[go(3) gopher(3) golang(2)]
// "gol" count=4  top3=[golang(2) gold(1) golf(1)]
// "ga" count=6  top3=[game(1) gamer(1) gamma(1)]
// "z"  count=4  top3=[zoom(2) zebra(1) zoo(1)]
// "caf" count=2  top3=[café(1) cafés(1)]
// "x"  count=0  top3=[]
// ""   count=21 top3=[go(3) gopher(3) golang(2)]
// contains "go": true
// contains "gop": false
// contains "café": true
// contains "zoom": true
// contains "zooms": false
// lcp: "inter"
// lcp after 'in': "in"
// [internal(0) internet(0) interval(0) interview(0)]
