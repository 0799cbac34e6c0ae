package main

import "fmt"

type Board [3][3]rune

func (b *Board) Place(r, c int, p rune) {
	b[r][c] = p
}

func (b *Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "\n"
	}
	return s
}

func main() {
	var b Board
	moves := [][2]int{{1, 1}, {0, 0}, {2, 2}, {0, 2}, {3, 1}}
	player := 'X'
	for _, m := range moves {
		b.Place(m[0], m[1], player)
		fmt.Print(b.String(), "--\n")
		if player == 'X' {
			player = 'O'
		} else {
			player = 'X'
		}
	}
}

// Output:
// ...
// .X.
// ...
// --
// O..
// .X.
// ...
// --
// O..
// .X.
// ..X
// --
// O.O
// .X.
// ..X
// --
// Error:
// panic: runtime error: index out of range [3] with length 3
