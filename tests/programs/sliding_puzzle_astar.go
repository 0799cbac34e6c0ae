package main

import (
	"fmt"
	"strings"
)

type State [9]int8

func (s State) blank() int {
	for i, v := range s {
		if v == 0 {
			return i
		}
	}
	return -1
}

func (s State) manhattan() int {
	d := 0
	for i, v := range s {
		if v == 0 {
			continue
		}
		goal := int(v) - 1
		dr, dc := i/3-goal/3, i%3-goal%3
		if dr < 0 {
			dr = -dr
		}
		if dc < 0 {
			dc = -dc
		}
		d += dr + dc
	}
	return d
}

func (s State) String() string {
	var b strings.Builder
	for i, v := range s {
		if v == 0 {
			b.WriteByte('_')
		} else {
			b.WriteByte(byte('0' + v))
		}
		if i%3 == 2 && i < 8 {
			b.WriteByte('/')
		}
	}
	return b.String()
}

var goal = State{1, 2, 3, 4, 5, 6, 7, 8, 0}

type node struct {
	s    State
	g, f int
	seq  int
}

// pq is a binary min-heap ordered by f, then g (deeper first), then insertion order.
type pq []node

func (h pq) less(i, j int) bool {
	if h[i].f != h[j].f {
		return h[i].f < h[j].f
	}
	if h[i].g != h[j].g {
		return h[i].g > h[j].g
	}
	return h[i].seq < h[j].seq
}

func (h *pq) push(n node) {
	*h = append(*h, n)
	for i := len(*h) - 1; i > 0; {
		p := (i - 1) / 2
		if !h.less(i, p) {
			break
		}
		(*h)[i], (*h)[p] = (*h)[p], (*h)[i]
		i = p
	}
}

func (h *pq) pop() node {
	old := *h
	top := old[0]
	old[0] = old[len(old)-1]
	*h = old[:len(old)-1]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(*h) && h.less(l, m) {
			m = l
		}
		if r < len(*h) && h.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
		i = m
	}
	return top
}

func solvable(s State) bool {
	inv := 0
	for i := 0; i < 9; i++ {
		for j := i + 1; j < 9; j++ {
			if s[i] != 0 && s[j] != 0 && s[i] > s[j] {
				inv++
			}
		}
	}
	return inv%2 == 0
}

func solve(start State) ([]State, int, error) {
	if !solvable(start) {
		return nil, 0, fmt.Errorf("%v is not solvable", start)
	}
	prev := map[State]State{start: start}
	cost := map[State]int{start: 0}
	open := &pq{}
	seq := 0
	open.push(node{start, 0, start.manhattan(), seq})
	expanded := 0
	for len(*open) > 0 {
		cur := open.pop()
		if cur.g > cost[cur.s] {
			continue
		}
		expanded++
		if cur.s == goal {
			var path []State
			for s := goal; ; s = prev[s] {
				path = append([]State{s}, path...)
				if s == start {
					break
				}
			}
			return path, expanded, nil
		}
		b := cur.s.blank()
		for _, d := range []int{-3, 3, -1, 1} {
			n := b + d
			if n < 0 || n >= 9 || (d == -1 && b%3 == 0) || (d == 1 && b%3 == 2) {
				continue
			}
			next := cur.s
			next[b], next[n] = next[n], next[b]
			g := cur.g + 1
			if old, ok := cost[next]; ok && old <= g {
				continue
			}
			cost[next] = g
			prev[next] = cur.s
			seq++
			open.push(node{next, g, g + next.manhattan(), seq})
		}
	}
	return nil, expanded, fmt.Errorf("no solution")
}

func main() {
	puzzles := []State{
		{1, 2, 3, 4, 5, 6, 7, 0, 8},
		{1, 2, 3, 4, 0, 6, 7, 5, 8},
		{4, 1, 3, 7, 2, 6, 0, 5, 8},
		{2, 8, 3, 1, 6, 4, 7, 0, 5},
		{1, 2, 3, 4, 5, 6, 8, 7, 0},
		{0, 1, 3, 4, 2, 5, 7, 8, 6},
	}
	for _, p := range puzzles {
		path, expanded, err := solve(p)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		steps := make([]string, len(path))
		for i, s := range path {
			steps[i] = s.String()
		}
		fmt.Printf("%v h=%d: %d moves, %d expanded\n", p, p.manhattan(), len(path)-1, expanded)
		if len(path) <= 6 {
			fmt.Println("  ", strings.Join(steps, " -> "))
		}
	}
}

// Output:
// 123/456/7_8 h=1: 1 moves, 2 expanded
//    123/456/7_8 -> 123/456/78_
// 123/4_6/758 h=2: 2 moves, 3 expanded
//    123/4_6/758 -> 123/456/7_8 -> 123/456/78_
// 413/726/_58 h=6: 6 moves, 7 expanded
// error: 283/164/7_5 is not solvable
// error: 123/456/87_ is not solvable
// _13/425/786 h=4: 4 moves, 5 expanded
//    _13/425/786 -> 1_3/425/786 -> 123/4_5/786 -> 123/45_/786 -> 123/456/78_
