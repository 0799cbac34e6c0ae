package main

import (
	"errors"
	"fmt"
	"strings"
)

const rows, cols = 6, 7

type Disc byte

const (
	None   Disc = '.'
	Red    Disc = 'R'
	Yellow Disc = 'Y'
)

type Board struct {
	cells [rows][cols]Disc
	moves int
}

var (
	ErrColumnFull = errors.New("column is full")
	ErrBadColumn  = errors.New("no such column")
)

func NewBoard() *Board {
	b := &Board{}
	for r := range b.cells {
		for c := range b.cells[r] {
			b.cells[r][c] = None
		}
	}
	return b
}

func (b *Board) Drop(col int, d Disc) (int, error) {
	if col < 0 || col >= cols {
		return -1, fmt.Errorf("column %d: %w", col, ErrBadColumn)
	}
	for r := rows - 1; r >= 0; r-- {
		if b.cells[r][col] == None {
			b.cells[r][col] = d
			b.moves++
			return r, nil
		}
	}
	return -1, fmt.Errorf("column %d: %w", col, ErrColumnFull)
}

// Wins checks the four line directions through (r, c).
func (b *Board) Wins(r, c int) bool {
	d := b.cells[r][c]
	for _, dir := range [][2]int{{0, 1}, {1, 0}, {1, 1}, {1, -1}} {
		count := 1
		for _, sign := range []int{1, -1} {
			for k := 1; k < 4; k++ {
				rr, cc := r+sign*k*dir[0], c+sign*k*dir[1]
				if rr < 0 || rr >= rows || cc < 0 || cc >= cols || b.cells[rr][cc] != d {
					break
				}
				count++
			}
		}
		if count >= 4 {
			return true
		}
	}
	return false
}

func (b *Board) String() string {
	var sb strings.Builder
	for _, row := range b.cells {
		sb.WriteString(string(row[:]))
		sb.WriteByte('\n')
	}
	sb.WriteString("0123456\n")
	return sb.String()
}

func play(moves []int) {
	b := NewBoard()
	turn := Red
	for _, col := range moves {
		r, err := b.Drop(col, turn)
		if err != nil {
			fmt.Printf("%c invalid move: %v\n", turn, err)
			continue
		}
		if b.Wins(r, col) {
			fmt.Print(b)
			fmt.Printf("%c wins after %d moves\n", turn, b.moves)
			return
		}
		if b.moves == rows*cols {
			fmt.Print(b)
			fmt.Println("draw")
			return
		}
		if turn == Red {
			turn = Yellow
		} else {
			turn = Red
		}
	}
	fmt.Print(b)
	fmt.Println("game unfinished after", b.moves, "moves")
}

func main() {
	play([]int{3, 3, 4, 4, 5, 5, 6})
	play([]int{0, 1, 0, 1, 0, 1, 0})
	play([]int{0, 1, 1, 2, 2, 3, 2, 3, 3, 6, 3})
	play([]int{3, 3, 3, 3, 3, 3, 3, 9, 2})
	var full []int
	for c := 0; c < cols; c++ {
		for k := 0; k < rows; k++ {
			full = append(full, []int{0, 1, 2, 3, 4, 5, 6}[(c*2+k/2)%cols])
		}
	}
	play(full[:20])
}

// Output:
// .......
// .......
// .......
// .......
// ...YYY.
// ...RRRR
// 0123456
// R wins after 7 moves
// .......
// .......
// R......
// RY.....
// RY.....
// RY.....
// 0123456
// R wins after 7 moves
// .......
// .......
// ...R...
// ..RR...
// .RRY...
// RYYY..Y
// 0123456
// R wins after 11 moves
// R invalid move: column 3: column is full
// R invalid move: column 9: no such column
// ...Y...
// ...R...
// ...Y...
// ...R...
// ...Y...
// ..RR...
// 0123456
// game unfinished after 7 moves
// .......
// .......
// ..Y....
// ..R....
// YYY....
// RRRR...
// 0123456
// R wins after 9 moves
