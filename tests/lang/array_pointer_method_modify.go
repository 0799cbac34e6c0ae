package main

import "fmt"

type Board [3][3]byte

func (b *Board) Set(r, c int, v byte) { b[r][c] = v }
func (b Board) Row(r int) string      { return string(b[r][:]) }

func main() {
	var b Board
	for i := range b {
		for j := range b[i] {
			b[i][j] = '.'
		}
	}
	b.Set(1, 1, 'X')
	b.Set(0, 2, 'O')
	for r := 0; r < 3; r++ {
		fmt.Println(b.Row(r))
	}
	c := b
	c.Set(2, 0, 'Z')
	fmt.Println(b.Row(2), c.Row(2))
}

// Output:
// ..O
// .X.
// ...
// ... Z..
