package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node struct {
	Char        rune
	Freq        int
	Left, Right *Node
	order       int // tie-breaker so the tree is deterministic
}

func (n *Node) Leaf() bool { return n.Left == nil && n.Right == nil }

// queue is kept sorted by (freq, order); small inputs make insertion sort fine.
type queue []*Node

func (q *queue) push(n *Node) {
	*q = append(*q, n)
	sort.SliceStable(*q, func(i, j int) bool {
		a, b := (*q)[i], (*q)[j]
		if a.Freq != b.Freq {
			return a.Freq < b.Freq
		}
		return a.order < b.order
	})
}

func (q *queue) pop() *Node {
	n := (*q)[0]
	*q = (*q)[1:]
	return n
}

func BuildTree(text string) *Node {
	freq := map[rune]int{}
	for _, r := range text {
		freq[r]++
	}
	chars := make([]rune, 0, len(freq))
	for r := range freq {
		chars = append(chars, r)
	}
	sort.Slice(chars, func(i, j int) bool { return chars[i] < chars[j] })
	var q queue
	order := 0
	for _, r := range chars {
		q.push(&Node{Char: r, Freq: freq[r], order: order})
		order++
	}
	if len(q) == 1 {
		only := q.pop()
		return &Node{Freq: only.Freq, Left: only, order: order}
	}
	for len(q) > 1 {
		a, b := q.pop(), q.pop()
		q.push(&Node{Freq: a.Freq + b.Freq, Left: a, Right: b, order: order})
		order++
	}
	return q.pop()
}

func Codes(n *Node, prefix string, out map[rune]string) {
	if n == nil {
		return
	}
	if n.Leaf() {
		if prefix == "" {
			prefix = "0"
		}
		out[n.Char] = prefix
		return
	}
	Codes(n.Left, prefix+"0", out)
	Codes(n.Right, prefix+"1", out)
}

func Encode(text string, codes map[rune]string) string {
	var b strings.Builder
	for _, r := range text {
		b.WriteString(codes[r])
	}
	return b.String()
}

func Decode(bits string, root *Node) (string, error) {
	var b strings.Builder
	n := root
	for i, c := range bits {
		if c == '0' {
			n = n.Left
		} else {
			n = n.Right
		}
		if n == nil {
			return "", fmt.Errorf("invalid code at bit %d", i)
		}
		if n.Leaf() {
			b.WriteRune(n.Char)
			n = root
		}
	}
	if n != root {
		return b.String(), fmt.Errorf("trailing bits")
	}
	return b.String(), nil
}

func main() {
	for _, text := range []string{"abracadabra", "mississippi river", "aaaaaaa", "héllo wörld ☺☺"} {
		root := BuildTree(text)
		codes := map[rune]string{}
		Codes(root, "", codes)
		keys := make([]rune, 0, len(codes))
		for r := range codes {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool {
			if len(codes[keys[i]]) != len(codes[keys[j]]) {
				return len(codes[keys[i]]) < len(codes[keys[j]])
			}
			return keys[i] < keys[j]
		})
		var table []string
		for _, r := range keys {
			table = append(table, fmt.Sprintf("%q=%s", r, codes[r]))
		}
		enc := Encode(text, codes)
		dec, err := Decode(enc, root)
		fmt.Printf("%q\n  codes: %s\n  %d bits vs %d (%.1f%%), roundtrip=%t err=%v\n", text, strings.Join(table, " "),
			len(enc), 8*len(text), 100*float64(len(enc))/float64(8*len(text)), dec == text, err)
	}
	root := BuildTree("abc")
	_, err := Decode("0", root)
	fmt.Println(err)
}

// Output:
// "abracadabra"
//   codes: 'a'=0 'b'=110 'c'=100 'd'=101 'r'=111
//   23 bits vs 88 (26.1%), roundtrip=true err=<nil>
// "mississippi river"
//   codes: 'i'=11 's'=00 'p'=010 'r'=011 ' '=1000 'e'=1001 'm'=1010 'v'=1011
//   46 bits vs 136 (33.8%), roundtrip=true err=<nil>
// "aaaaaaa"
//   codes: 'a'=0
//   7 bits vs 56 (12.5%), roundtrip=true err=<nil>
// "héllo wörld ☺☺"
//   codes: 'l'=00 ' '=011 'ö'=010 '☺'=100 'd'=1010 'h'=1011 'o'=1100 'r'=1101 'w'=1110 'é'=1111
//   45 bits vs 160 (28.1%), roundtrip=true err=<nil>
// <nil>
