package main

import (
	"errors"
	"fmt"
	"strings"
)

type Board [9][9]int8

var ErrInvalid = errors.New("invalid puzzle")

func ParseBoard(s string) (Board, error) {
	var b Board
	s = strings.Join(strings.Fields(s), "")
	if len(s) != 81 {
		return b, fmt.Errorf("%w: need 81 cells, got %d", ErrInvalid, len(s))
	}
	for i, c := range s {
		switch {
		case c == '.' || c == '0':
		case c >= '1' && c <= '9':
			b[i/9][i%9] = int8(c - '0')
		default:
			return b, fmt.Errorf("%w: bad cell %q at %d", ErrInvalid, c, i)
		}
	}
	return b, nil
}

func (b *Board) canPlace(r, c int, v int8) bool {
	for i := 0; i < 9; i++ {
		if b[r][i] == v || b[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if b[i][j] == v {
				return false
			}
		}
	}
	return true
}

// Solve picks the empty cell with the fewest candidates first.
func (b *Board) Solve(steps *int) bool {
	bestR, bestC, bestN := -1, -1, 10
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if b[r][c] != 0 {
				continue
			}
			n := 0
			for v := int8(1); v <= 9; v++ {
				if b.canPlace(r, c, v) {
					n++
				}
			}
			if n < bestN {
				bestR, bestC, bestN = r, c, n
			}
		}
	}
	if bestR < 0 {
		return true
	}
	for v := int8(1); v <= 9; v++ {
		if b.canPlace(bestR, bestC, v) {
			b[bestR][bestC] = v
			*steps++
			if b.Solve(steps) {
				return true
			}
			b[bestR][bestC] = 0
		}
	}
	return false
}

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 9; r++ {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c := 0; c < 9; c++ {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			if b[r][c] == 0 {
				sb.WriteString(".")
			} else {
				fmt.Fprint(&sb, b[r][c])
			}
			if c < 8 {
				sb.WriteString(" ")
			}
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

// Consistent reports whether the givens break no rule.
func (b *Board) Consistent() bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			v := b[r][c]
			if v == 0 {
				continue
			}
			b[r][c] = 0
			ok := b.canPlace(r, c, v)
			b[r][c] = v
			if !ok {
				return false
			}
		}
	}
	return true
}

func (b *Board) Valid() bool {
	for i := 0; i < 9; i++ {
		var row, col, box [10]bool
		for j := 0; j < 9; j++ {
			rv, cv := b[i][j], b[j][i]
			bv := b[i/3*3+j/3][i%3*3+j%3]
			if row[rv] || col[cv] || box[bv] || rv == 0 {
				return false
			}
			row[rv], col[cv], box[bv] = true, true, true
		}
	}
	return true
}

func main() {
	puzzles := []string{
		`53..7.... 6..195... .98....6. 8...6...3 4..8.3..1 7...2...6 .6....28. ...419..5 ....8..79`,
		`..9748... 7........ .2.1.9... ..7...24. .64.1.59. .98...3.. ...8.3.2. ........6 ...2759..`,
		`123`,
		`11....... ......... ......... ......... ......... ......... ......... ......... .........`,
		`x........ ......... ......... ......... ......... ......... ......... ......... .........`,
	}
	for i, p := range puzzles {
		b, err := ParseBoard(p)
		if err != nil {
			fmt.Printf("puzzle %d: %v (invalid=%t)\n", i+1, err, errors.Is(err, ErrInvalid))
			continue
		}
		if !b.Consistent() {
			fmt.Printf("puzzle %d: givens conflict\n", i+1)
			continue
		}
		steps := 0
		orig := b
		if !b.Solve(&steps) {
			fmt.Printf("puzzle %d: no solution after %d placements\n", i+1, steps)
			continue
		}
		filled := 0
		for r := range orig {
			for c := range orig[r] {
				if orig[r][c] == 0 {
					filled++
				}
			}
		}
		fmt.Printf("puzzle %d: solved, filled %d cells in %d placements, valid=%t\n%v", i+1, filled, steps, b.Valid(), b)
	}
}

// Output:
// puzzle 1: solved, filled 51 cells in 51 placements, valid=true
// 5 3 4 | 6 7 8 | 9 1 2
// 6 7 2 | 1 9 5 | 3 4 8
// 1 9 8 | 3 4 2 | 5 6 7
// ------+-------+------
// 8 5 9 | 7 6 1 | 4 2 3
// 4 2 6 | 8 5 3 | 7 9 1
// 7 1 3 | 9 2 4 | 8 5 6
// ------+-------+------
// 9 6 1 | 5 3 7 | 2 8 4
// 2 8 7 | 4 1 9 | 6 3 5
// 3 4 5 | 2 8 6 | 1 7 9
// puzzle 2: solved, filled 54 cells in 103 placements, valid=true
// 5 1 9 | 7 4 8 | 6 3 2
// 7 8 3 | 6 5 2 | 4 1 9
// 4 2 6 | 1 3 9 | 8 7 5
// ------+-------+------
// 3 5 7 | 9 8 6 | 2 4 1
// 2 6 4 | 3 1 7 | 5 9 8
// 1 9 8 | 5 2 4 | 3 6 7
// ------+-------+------
// 9 7 5 | 8 6 3 | 1 2 4
// 8 3 2 | 4 9 1 | 7 5 6
// 6 4 1 | 2 7 5 | 9 8 3
// puzzle 3: invalid puzzle: need 81 cells, got 3 (invalid=true)
// puzzle 4: givens conflict
// puzzle 5: invalid puzzle: bad cell 'x' at 0 (invalid=true)
