package main

import (
	"fmt"
	"strings"
)

type Grid [][]int

func NewGrid(rows, cols int, fill func(r, c int) int) Grid {
	g := make(Grid, rows)
	for r := range g {
		g[r] = make([]int, cols)
		for c := range g[r] {
			g[r][c] = fill(r, c)
		}
	}
	return g
}

func (g Grid) String() string {
	var b strings.Builder
	for _, row := range g {
		for c, v := range row {
			if c > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%3d", v)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func (g Grid) Spiral() []int {
	if len(g) == 0 {
		return nil
	}
	var out []int
	top, bottom, left, right := 0, len(g)-1, 0, len(g[0])-1
	for top <= bottom && left <= right {
		for c := left; c <= right; c++ {
			out = append(out, g[top][c])
		}
		top++
		for r := top; r <= bottom; r++ {
			out = append(out, g[r][right])
		}
		right--
		if top <= bottom {
			for c := right; c >= left; c-- {
				out = append(out, g[bottom][c])
			}
			bottom--
		}
		if left <= right {
			for r := bottom; r >= top; r-- {
				out = append(out, g[r][left])
			}
			left++
		}
	}
	return out
}

func (g Grid) RotateCW() Grid {
	rows, cols := len(g), len(g[0])
	return NewGrid(cols, rows, func(r, c int) int { return g[rows-1-c][r] })
}

// RotateInPlace rotates a square grid clockwise by layers.
func (g Grid) RotateInPlace() {
	n := len(g)
	for layer := 0; layer < n/2; layer++ {
		first, last := layer, n-1-layer
		for i := first; i < last; i++ {
			off := i - first
			top := g[first][i]
			g[first][i] = g[last-off][first]
			g[last-off][first] = g[last][last-off]
			g[last][last-off] = g[i][last]
			g[i][last] = top
		}
	}
}

func SpiralFill(n int) Grid {
	g := NewGrid(n, n, func(int, int) int { return 0 })
	r, c, dr, dc := 0, 0, 0, 1
	for k := 1; k <= n*n; k++ {
		g[r][c] = k
		nr, nc := r+dr, c+dc
		if nr < 0 || nr >= n || nc < 0 || nc >= n || g[nr][nc] != 0 {
			dr, dc = dc, -dr
			nr, nc = r+dr, c+dc
		}
		r, c = nr, nc
	}
	return g
}

func (g Grid) DiagonalSums() (int, int) {
	a, b := 0, 0
	for i := range g {
		a += g[i][i]
		b += g[i][len(g)-1-i]
	}
	return a, b
}

func main() {
	g := NewGrid(3, 4, func(r, c int) int { return r*4 + c + 1 })
	fmt.Print(g)
	fmt.Println("spiral:", g.Spiral())
	fmt.Print("rotated:\n", g.RotateCW())
	sq := NewGrid(4, 4, func(r, c int) int { return r*4 + c })
	sq.RotateInPlace()
	fmt.Print("in place:\n", sq)
	same := NewGrid(4, 4, func(r, c int) int { return r*4 + c }).RotateCW()
	fmt.Println("equal:", sq.String() == same.String())
	s := SpiralFill(5)
	fmt.Print(s)
	a, b := s.DiagonalSums()
	fmt.Println("diagonals:", a, b, "spiral check:", fmt.Sprint(s.Spiral()[:10]))
	one := NewGrid(1, 1, func(int, int) int { return 7 })
	fmt.Println(one.Spiral(), Grid{}.Spiral() == nil, NewGrid(1, 3, func(r, c int) int { return c }).RotateCW().Spiral())
	orig := NewGrid(2, 3, func(r, c int) int { return r*3 + c })
	r := orig
	for i := 0; i < 4; i++ {
		r = r.RotateCW()
	}
	fmt.Println("four rotations identity:", r.String() == orig.String())
}

// Output:
//   1   2   3   4
//   5   6   7   8
//   9  10  11  12
// spiral: [1 2 3 4 8 12 11 10 9 5 6 7]
// rotated:
//   9   5   1
//  10   6   2
//  11   7   3
//  12   8   4
// in place:
//  12   8   4   0
//  13   9   5   1
//  14  10   6   2
//  15  11   7   3
// equal: true
//   1   2   3   4   5
//  16  17  18  19   6
//  15  24  25  20   7
//  14  23  22  21   8
//  13  12  11  10   9
// diagonals: 73 85 spiral check: [1 2 3 4 5 6 7 8 9 10]
// [7] true [0 1 2]
// four rotations identity: true
