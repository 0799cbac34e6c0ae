package main

import (
	"fmt"
	"sort"
	"strings"
)

type Square struct{ R, C int }

var jumps = []Square{{2, 1}, {1, 2}, {-1, 2}, {-2, 1}, {-2, -1}, {-1, -2}, {1, -2}, {2, -1}}

type Board struct {
	n     int
	cells [][]int
}

func NewBoard(n int) *Board {
	b := &Board{n: n, cells: make([][]int, n)}
	for i := range b.cells {
		b.cells[i] = make([]int, n)
	}
	return b
}

func (b *Board) free(s Square) bool {
	return s.R >= 0 && s.R < b.n && s.C >= 0 && s.C < b.n && b.cells[s.R][s.C] == 0
}

func (b *Board) degree(s Square) int {
	d := 0
	for _, j := range jumps {
		if b.free(Square{s.R + j.R, s.C + j.C}) {
			d++
		}
	}
	return d
}

// Tour uses Warnsdorff's rule with backtracking as a safety net.
func (b *Board) Tour(s Square, step int, tries *int) bool {
	*tries++
	b.cells[s.R][s.C] = step
	if step == b.n*b.n {
		return true
	}
	var next []Square
	for _, j := range jumps {
		t := Square{s.R + j.R, s.C + j.C}
		if b.free(t) {
			next = append(next, t)
		}
	}
	sort.SliceStable(next, func(i, j int) bool { return b.degree(next[i]) < b.degree(next[j]) })
	for _, t := range next {
		if b.Tour(t, step+1, tries) {
			return true
		}
	}
	b.cells[s.R][s.C] = 0
	return false
}

func (b *Board) String() string {
	var sb strings.Builder
	for _, row := range b.cells {
		for i, v := range row {
			if i > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%2d", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (b *Board) Valid() bool {
	pos := make(map[int]Square)
	for r, row := range b.cells {
		for c, v := range row {
			pos[v] = Square{r, c}
		}
	}
	for k := 1; k < b.n*b.n; k++ {
		a, z := pos[k], pos[k+1]
		dr, dc := a.R-z.R, a.C-z.C
		if dr*dr+dc*dc != 5 {
			return false
		}
	}
	return len(pos) == b.n*b.n
}

func main() {
	for _, n := range []int{5, 6, 8} {
		b := NewBoard(n)
		tries := 0
		ok := b.Tour(Square{0, 0}, 1, &tries)
		fmt.Printf("n=%d found=%t valid=%t tries=%d\n", n, ok, ok && b.Valid(), tries)
		if n <= 6 {
			fmt.Print(b)
		}
	}
	b := NewBoard(4)
	tries := 0
	fmt.Println("4x4 possible:", b.Tour(Square{0, 0}, 1, &tries), "tries:", tries)
	center := NewBoard(8)
	fmt.Println("degrees from corner/edge/center:", center.degree(Square{0, 0}), center.degree(Square{0, 3}), center.degree(Square{3, 3}))
}

// Output:
// n=5 found=true valid=true tries=25
//  1 22 11 16  7
// 12 17  8 21 10
// 25  2 23  6 15
// 18 13  4  9 20
//  3 24 19 14  5
// n=6 found=true valid=true tries=36
//  1 10 19 26  7 12
// 20 27  8 11 18 25
//  9  2 31 24 13  6
// 36 21 28 15 32 17
//  3 30 23 34  5 14
// 22 35  4 29 16 33
// n=8 found=true valid=true tries=64
// 4x4 possible: false tries: 2223
// degrees from corner/edge/center: 2 4 8
