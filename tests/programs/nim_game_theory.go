package main

import (
	"fmt"
	"sort"
	"strings"
)

// Subtraction game: from a pile of n you may remove any amount listed in moves.
func grundyTable(limit int, moves []int) []int {
	g := make([]int, limit+1)
	for n := 1; n <= limit; n++ {
		seen := map[int]bool{}
		for _, m := range moves {
			if m <= n {
				seen[g[n-m]] = true
			}
		}
		mex := 0
		for seen[mex] {
			mex++
		}
		g[n] = mex
	}
	return g
}

func nimSum(piles []int) int {
	x := 0
	for _, p := range piles {
		x ^= p
	}
	return x
}

// bestNimMove finds a move to a zero nim-sum, or reports the position is lost.
func bestNimMove(piles []int) (pile, take int, ok bool) {
	x := nimSum(piles)
	if x == 0 {
		return 0, 0, false
	}
	for i, p := range piles {
		if target := p ^ x; target < p {
			return i, p - target, true
		}
	}
	return 0, 0, false
}

func playNim(piles []int) []string {
	var log []string
	player := 0
	names := []string{"Alice", "Bob"}
	for {
		total := 0
		for _, p := range piles {
			total += p
		}
		if total == 0 {
			log = append(log, names[1-player]+" took the last object and wins")
			return log
		}
		i, take, ok := bestNimMove(piles)
		if !ok {
			// losing position: take one from the largest pile and hope
			for j := range piles {
				if piles[j] > piles[i] {
					i = j
				}
			}
			take = 1
		}
		piles[i] -= take
		log = append(log, fmt.Sprintf("%s takes %d from pile %d -> %v (nim-sum %d)", names[player], take, i, piles, nimSum(piles)))
		player = 1 - player
	}
}

type state struct {
	a, b, c int
}

// canWin memoizes a three-pile game where a move removes 1 or 2 from one pile.
func canWin(s state, memo map[state]bool) bool {
	if v, ok := memo[s]; ok {
		return v
	}
	piles := []int{s.a, s.b, s.c}
	win := false
	for i := range piles {
		for take := 1; take <= 2 && take <= piles[i] && !win; take++ {
			next := append([]int(nil), piles...)
			next[i] -= take
			sort.Ints(next)
			if !canWin(state{next[0], next[1], next[2]}, memo) {
				win = true
			}
		}
	}
	memo[s] = win
	return win
}

func main() {
	g := grundyTable(20, []int{1, 3, 4})
	fmt.Println("grundy {1,3,4}:", g)
	var losing []string
	for n, v := range g {
		if v == 0 {
			losing = append(losing, fmt.Sprint(n))
		}
	}
	fmt.Println("losing pile sizes:", strings.Join(losing, ","))
	for _, piles := range [][]int{{3, 4, 5}, {1, 2, 3}, {7}, {4, 4}} {
		i, take, ok := bestNimMove(piles)
		fmt.Printf("piles %v nim-sum %d: winning=%t move pile %d take %d\n", piles, nimSum(piles), ok, i, take)
	}
	for _, line := range playNim([]int{3, 4, 5}) {
		fmt.Println(line)
	}
	memo := map[state]bool{}
	var wins, losses int
	for a := 0; a <= 4; a++ {
		for b := a; b <= 4; b++ {
			for c := b; c <= 4; c++ {
				if canWin(state{a, b, c}, memo) {
					wins++
				} else {
					losses++
				}
			}
		}
	}
	fmt.Println("1-or-2 game:", wins, "winning,", losses, "losing positions; memo", len(memo))
	fmt.Println(canWin(state{0, 0, 3}, memo), canWin(state{1, 2, 3}, memo), canWin(state{0, 3, 3}, memo))
}

// Output:
// grundy {1,3,4}: [0 1 0 1 2 3 2 0 1 0 1 2 3 2 0 1 0 1 2 3 2]
// losing pile sizes: 0,2,7,9,14,16
// piles [3 4 5] nim-sum 2: winning=true move pile 0 take 2
// piles [1 2 3] nim-sum 0: winning=false move pile 0 take 0
// piles [7] nim-sum 7: winning=true move pile 0 take 7
// piles [4 4] nim-sum 0: winning=false move pile 0 take 0
// Alice takes 2 from pile 0 -> [1 4 5] (nim-sum 0)
// Bob takes 1 from pile 2 -> [1 4 4] (nim-sum 1)
// Alice takes 1 from pile 0 -> [0 4 4] (nim-sum 0)
// Bob takes 1 from pile 1 -> [0 3 4] (nim-sum 7)
// Alice takes 1 from pile 2 -> [0 3 3] (nim-sum 0)
// Bob takes 1 from pile 1 -> [0 2 3] (nim-sum 1)
// Alice takes 1 from pile 2 -> [0 2 2] (nim-sum 0)
// Bob takes 1 from pile 1 -> [0 1 2] (nim-sum 3)
// Alice takes 1 from pile 2 -> [0 1 1] (nim-sum 0)
// Bob takes 1 from pile 1 -> [0 0 1] (nim-sum 1)
// Alice takes 1 from pile 2 -> [0 0 0] (nim-sum 0)
// Alice took the last object and wins
// 1-or-2 game: 23 winning, 12 losing positions; memo 35
// false true false
