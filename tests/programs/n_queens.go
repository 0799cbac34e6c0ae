package main

import (
	"fmt"
	"strings"
)

type Solver struct {
	n                  int
	cols, diag1, diag2 []bool
	placement          []int
	solutions          [][]int
	nodes              int
}

func NewSolver(n int) *Solver {
	return &Solver{
		n:         n,
		cols:      make([]bool, n),
		diag1:     make([]bool, 2*n-1),
		diag2:     make([]bool, 2*n-1),
		placement: make([]int, 0, n),
	}
}

func (s *Solver) solve(row int) {
	s.nodes++
	if row == s.n {
		sol := make([]int, s.n)
		copy(sol, s.placement)
		s.solutions = append(s.solutions, sol)
		return
	}
	for c := 0; c < s.n; c++ {
		d1, d2 := row+c, row-c+s.n-1
		if s.cols[c] || s.diag1[d1] || s.diag2[d2] {
			continue
		}
		s.cols[c], s.diag1[d1], s.diag2[d2] = true, true, true
		s.placement = append(s.placement, c)
		s.solve(row + 1)
		s.placement = s.placement[:len(s.placement)-1]
		s.cols[c], s.diag1[d1], s.diag2[d2] = false, false, false
	}
}

func render(sol []int) string {
	var b strings.Builder
	for _, c := range sol {
		b.WriteString(strings.Repeat(". ", c))
		b.WriteString("Q")
		b.WriteString(strings.Repeat(" .", len(sol)-c-1))
		b.WriteString("\n")
	}
	return b.String()
}

// canonical returns the smallest of the 8 symmetric variants, to count distinct solutions.
func canonical(sol []int) string {
	n := len(sol)
	variants := make([][]int, 0, 8)
	cur := append([]int(nil), sol...)
	for r := 0; r < 4; r++ {
		variants = append(variants, cur)
		mirror := make([]int, n)
		for i, c := range cur {
			mirror[i] = n - 1 - c
		}
		variants = append(variants, mirror)
		rot := make([]int, n)
		for row, col := range cur {
			rot[col] = n - 1 - row
		}
		cur = rot
	}
	best := ""
	for _, v := range variants {
		k := fmt.Sprint(v)
		if best == "" || k < best {
			best = k
		}
	}
	return best
}

// countBits counts solutions using bitmasks instead of slices.
func countBits(n int, cols, d1, d2 uint) int {
	full := uint(1)<<uint(n) - 1
	if cols == full {
		return 1
	}
	total := 0
	free := ^(cols | d1 | d2) & full
	for free != 0 {
		bit := free & -free
		free ^= bit
		total += countBits(n, cols|bit, (d1|bit)<<1, (d2|bit)>>1)
	}
	return total
}

func main() {
	for n := 1; n <= 8; n++ {
		s := NewSolver(n)
		s.solve(0)
		distinct := map[string]bool{}
		for _, sol := range s.solutions {
			distinct[canonical(sol)] = true
		}
		fmt.Printf("n=%d solutions=%-3d distinct=%-2d nodes=%-5d bits=%d\n",
			n, len(s.solutions), len(distinct), s.nodes, countBits(n, 0, 0, 0))
	}
	s := NewSolver(6)
	s.solve(0)
	for i, sol := range s.solutions {
		fmt.Printf("6-queens #%d %v\n%s", i+1, sol, render(sol))
	}
	fmt.Println("n=10 by bits:", countBits(10, 0, 0, 0))
}

// Output:
// n=1 solutions=1   distinct=1  nodes=2     bits=1
// n=2 solutions=0   distinct=0  nodes=3     bits=0
// n=3 solutions=0   distinct=0  nodes=6     bits=0
// n=4 solutions=2   distinct=1  nodes=17    bits=2
// n=5 solutions=10  distinct=2  nodes=54    bits=10
// n=6 solutions=4   distinct=1  nodes=153   bits=4
// n=7 solutions=40  distinct=6  nodes=552   bits=40
// n=8 solutions=92  distinct=12 nodes=2057  bits=92
// 6-queens #1 [1 3 5 0 2 4]
// . Q . . . .
// . . . Q . .
// . . . . . Q
// Q . . . . .
// . . Q . . .
// . . . . Q .
// 6-queens #2 [2 5 1 4 0 3]
// . . Q . . .
// . . . . . Q
// . Q . . . .
// . . . . Q .
// Q . . . . .
// . . . Q . .
// 6-queens #3 [3 0 4 1 5 2]
// . . . Q . .
// Q . . . . .
// . . . . Q .
// . Q . . . .
// . . . . . Q
// . . Q . . .
// 6-queens #4 [4 2 0 5 3 1]
// . . . . Q .
// . . Q . . .
// Q . . . . .
// . . . . . Q
// . . . Q . .
// . Q . . . .
// n=10 by bits: 724
