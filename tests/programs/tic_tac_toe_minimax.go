package main

import (
	"fmt"
	"strings"
)

type Player byte

const (
	Empty Player = '.'
	X     Player = 'X'
	O     Player = 'O'
)

func (p Player) Other() Player {
	if p == X {
		return O
	}
	return X
}

type Board [9]Player

var lines = [8][3]int{
	{0, 1, 2}, {3, 4, 5}, {6, 7, 8},
	{0, 3, 6}, {1, 4, 7}, {2, 5, 8},
	{0, 4, 8}, {2, 4, 6},
}

func NewBoard(s string) Board {
	var b Board
	for i := range b {
		b[i] = Player(s[i])
	}
	return b
}

func (b Board) Winner() Player {
	for _, l := range lines {
		if b[l[0]] != Empty && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return Empty
}

func (b Board) Full() bool {
	for _, c := range b {
		if c == Empty {
			return false
		}
	}
	return true
}

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		sb.WriteString(string([]byte{byte(b[r*3]), ' ', byte(b[r*3+1]), ' ', byte(b[r*3+2])}))
		sb.WriteByte('\n')
	}
	return sb.String()
}

var nodes int

// minimax returns the score from X's perspective: +10-depth for an X win, -(10-depth) for an O win.
func minimax(b Board, turn Player, depth int, alpha, beta int, memo map[Board]int) int {
	nodes++
	if w := b.Winner(); w == X {
		return 10 - depth
	} else if w == O {
		return depth - 10
	}
	if b.Full() {
		return 0
	}
	if v, ok := memo[b]; ok {
		return v
	}
	best := -100
	if turn == O {
		best = 100
	}
	for i := range b {
		if b[i] != Empty {
			continue
		}
		b[i] = turn
		score := minimax(b, turn.Other(), depth+1, alpha, beta, memo)
		b[i] = Empty
		if turn == X {
			best = max(best, score)
			alpha = max(alpha, score)
		} else {
			best = min(best, score)
			beta = min(beta, score)
		}
		if beta <= alpha {
			return best
		}
	}
	memo[b] = best
	return best
}

func bestMove(b Board, turn Player) (int, int) {
	move, bestScore := -1, 0
	for i := range b {
		if b[i] != Empty {
			continue
		}
		b[i] = turn
		s := minimax(b, turn.Other(), 1, -100, 100, map[Board]int{})
		b[i] = Empty
		if turn == O {
			s = -s
		}
		if move < 0 || s > bestScore {
			move, bestScore = i, s
		}
	}
	return move, bestScore
}

func main() {
	puzzles := []struct {
		board string
		turn  Player
	}{
		{"XX.OO....", X},
		{"XX.OO....", O},
		{"X.O.X....", O},
		{"XOXOXO...", X},
		{".........", X},
	}
	for _, p := range puzzles {
		b := NewBoard(p.board)
		nodes = 0
		m, s := bestMove(b, p.turn)
		fmt.Printf("%s to move on %s: best cell %d (score %d, %d nodes)\n", string(p.turn), p.board, m, s, nodes)
	}
	// self-play from an empty board: perfect play is a draw
	b := NewBoard(".........")
	turn := X
	var history []int
	for b.Winner() == Empty && !b.Full() {
		m, _ := bestMove(b, turn)
		b[m] = turn
		history = append(history, m)
		turn = turn.Other()
	}
	fmt.Print(b)
	fmt.Printf("moves %v winner %q\n", history, string(b.Winner()))
	fmt.Println(NewBoard("XXXOO....").Winner() == X, NewBoard("OX.XO.X.O").Winner() == O, NewBoard("XOXXOOOXX").Full())
}

// Output:
// X to move on XX.OO....: best cell 2 (score 9, 64 nodes)
// O to move on XX.OO....: best cell 5 (score 9, 64 nodes)
// O to move on X.O.X....: best cell 8 (score 0, 372 nodes)
// X to move on XOXOXO...: best cell 6 (score 9, 7 nodes)
// X to move on .........: best cell 0 (score 0, 18448 nodes)
// X X O
// O O X
// X O X
// moves [0 4 1 2 6 3 5 7 8] winner "."
// true true true
