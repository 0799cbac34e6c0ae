package main

import (
	"fmt"
	"strings"
)

type Rule uint8

func (r Rule) Next(left, center, right bool) bool {
	idx := 0
	if left {
		idx |= 4
	}
	if center {
		idx |= 2
	}
	if right {
		idx |= 1
	}
	return r&(1<<idx) != 0
}

type Row []bool

func (row Row) String() string {
	var b strings.Builder
	for _, c := range row {
		if c {
			b.WriteRune('█')
		} else {
			b.WriteRune('·')
		}
	}
	return b.String()
}

func (row Row) Step(r Rule, wrap bool) Row {
	n := len(row)
	next := make(Row, n)
	for i := range row {
		var l, rr bool
		if i > 0 {
			l = row[i-1]
		} else if wrap {
			l = row[n-1]
		}
		if i < n-1 {
			rr = row[i+1]
		} else if wrap {
			rr = row[0]
		}
		next[i] = r.Next(l, row[i], rr)
	}
	return next
}

func (row Row) Count() int {
	n := 0
	for _, c := range row {
		if c {
			n++
		}
	}
	return n
}

func single(width int) Row {
	r := make(Row, width)
	r[width/2] = true
	return r
}

// Rule 30's center column is a classic pseudo-random bit source.
func centerBits(steps int) uint64 {
	row := single(2*steps + 3)
	var bits uint64
	for i := 0; i < steps; i++ {
		bits = bits<<1 | map[bool]uint64{false: 0, true: 1}[row[len(row)/2]]
		row = row.Step(30, false)
	}
	return bits
}

func main() {
	for _, rule := range []Rule{90, 30} {
		fmt.Printf("rule %d (%08b)\n", rule, uint8(rule))
		row := single(31)
		for i := 0; i < 12; i++ {
			fmt.Println(row)
			row = row.Step(rule, false)
		}
	}
	row := single(40)
	var counts []int
	for i := 0; i < 20; i++ {
		counts = append(counts, row.Count())
		row = row.Step(110, true)
	}
	fmt.Println("rule 110 live counts:", counts)
	fmt.Printf("rule 30 center bits: %#016x\n", centerBits(64))
	classes := map[string][]Rule{}
	for r := 0; r < 256; r++ {
		row := single(21)
		for i := 0; i < 10; i++ {
			row = row.Step(Rule(r), true)
		}
		var kind string
		switch c := row.Count(); {
		case c == 0:
			kind = "dies"
		case c == len(row):
			kind = "fills"
		case c == 1:
			kind = "single"
		default:
			kind = "mixed"
		}
		classes[kind] = append(classes[kind], Rule(r))
	}
	for _, k := range []string{"dies", "fills", "single", "mixed"} {
		fmt.Printf("%-6s %3d rules, first few %v\n", k, len(classes[k]), classes[k][:5])
	}
}

// Output:
// rule 90 (01011010)
// ···············█···············
// ··············█·█··············
// ·············█···█·············
// ············█·█·█·█············
// ···········█·······█···········
// ··········█·█·····█·█··········
// ·········█···█···█···█·········
// ········█·█·█·█·█·█·█·█········
// ·······█···············█·······
// ······█·█·············█·█······
// ·····█···█···········█···█·····
// ····█·█·█·█·········█·█·█·█····
// rule 30 (00011110)
// ···············█···············
// ··············███··············
// ·············██··█·············
// ············██·████············
// ···········██··█···█···········
// ··········██·████·███··········
// ·········██··█····█··█·········
// ········██·████··██████········
// ·······██··█···███·····█·······
// ······██·████·██··█···███······
// ·····██··█····█·████·██··█·····
// ····██·████··██·█····█·████····
// rule 110 live counts: [1 2 3 3 5 3 5 6 8 5 6 8 8 8 11 11 13 9 11 11]
// rule 30 center bits: 0xdcc593ae756195ab
// dies    27 rules, first few [0 7 8 19 21]
// fills   17 rules, first few [151 159 183 191 215]
// single  72 rules, first few [1 2 3 4 5]
// mixed  140 rules, first few [9 11 13 14 18]
