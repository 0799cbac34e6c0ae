package main

import (
	"fmt"
	"sort"
	"strings"
)

type Move struct {
	Disk     int
	From, To byte
}

func hanoi(n int, from, to, via byte, moves *[]Move) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, Move{n, from, to})
	hanoi(n-1, via, to, from, moves)
}

// simulate replays moves on three pegs and verifies every move is legal.
func simulate(n int, moves []Move) (map[byte][]int, error) {
	pegs := map[byte][]int{'A': {}, 'B': {}, 'C': {}}
	for d := n; d >= 1; d-- {
		pegs['A'] = append(pegs['A'], d)
	}
	for i, m := range moves {
		src := pegs[m.From]
		if len(src) == 0 || src[len(src)-1] != m.Disk {
			return pegs, fmt.Errorf("move %d: disk %d not on top of %c", i, m.Disk, m.From)
		}
		dst := pegs[m.To]
		if len(dst) > 0 && dst[len(dst)-1] < m.Disk {
			return pegs, fmt.Errorf("move %d: disk %d onto smaller disk", i, m.Disk)
		}
		pegs[m.From] = src[:len(src)-1]
		pegs[m.To] = append(dst, m.Disk)
	}
	return pegs, nil
}

func permutations(xs []string) [][]string {
	if len(xs) <= 1 {
		return [][]string{append([]string(nil), xs...)}
	}
	var out [][]string
	for i := range xs {
		rest := make([]string, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, append([]string{xs[i]}, p...))
		}
	}
	return out
}

// nextPermutation rearranges into the next lexicographic order; false when it was the last.
func nextPermutation(a []int) bool {
	i := len(a) - 2
	for i >= 0 && a[i] >= a[i+1] {
		i--
	}
	if i < 0 {
		return false
	}
	j := len(a) - 1
	for a[j] <= a[i] {
		j--
	}
	a[i], a[j] = a[j], a[i]
	for l, r := i+1, len(a)-1; l < r; l, r = l+1, r-1 {
		a[l], a[r] = a[r], a[l]
	}
	return true
}

func combinations(n, k int) [][]int {
	var out [][]int
	cur := []int{}
	var rec func(start int)
	rec = func(start int) {
		if len(cur) == k {
			out = append(out, append([]int(nil), cur...))
			return
		}
		for i := start; i <= n-(k-len(cur)); i++ {
			cur = append(cur, i)
			rec(i + 1)
			cur = cur[:len(cur)-1]
		}
	}
	rec(0)
	return out
}

func powerSet(items []string) []string {
	var out []string
	for mask := 0; mask < 1<<len(items); mask++ {
		var sub []string
		for i, it := range items {
			if mask&(1<<i) != 0 {
				sub = append(sub, it)
			}
		}
		out = append(out, "{"+strings.Join(sub, ",")+"}")
	}
	return out
}

func main() {
	var moves []Move
	hanoi(3, 'A', 'C', 'B', &moves)
	for i, m := range moves {
		fmt.Printf("%d: disk %d %c->%c\n", i+1, m.Disk, m.From, m.To)
	}
	for n := 1; n <= 10; n++ {
		moves = moves[:0]
		hanoi(n, 'A', 'C', 'B', &moves)
		pegs, err := simulate(n, moves)
		if n >= 8 {
			fmt.Printf("n=%d moves=%d C=%v err=%v\n", n, len(moves), pegs['C'], err)
		}
	}
	bad := []Move{{1, 'A', 'B'}, {2, 'A', 'B'}}
	_, err := simulate(2, bad)
	fmt.Println("bad sequence:", err)

	perms := permutations([]string{"x", "y", "z"})
	fmt.Println(len(perms), perms)
	a := []int{1, 2, 2, 3}
	count := 1
	var seq []string
	seq = append(seq, fmt.Sprint(a))
	for nextPermutation(a) {
		count++
		seq = append(seq, fmt.Sprint(a))
	}
	fmt.Println(count, "distinct permutations of 1223:", strings.Join(seq, " "))
	combos := combinations(5, 3)
	fmt.Println(len(combos), combos)
	ps := powerSet([]string{"a", "b", "c"})
	sort.Slice(ps, func(i, j int) bool {
		if len(ps[i]) != len(ps[j]) {
			return len(ps[i]) < len(ps[j])
		}
		return ps[i] < ps[j]
	})
	fmt.Println(ps)
	words := permutations(strings.Split("tea", ""))
	var joined []string
	for _, w := range words {
		joined = append(joined, strings.Join(w, ""))
	}
	sort.Strings(joined)
	fmt.Println(joined)
}

// Output:
// 1: disk 1 A->C
// 2: disk 2 A->B
// 3: disk 1 C->B
// 4: disk 3 A->C
// 5: disk 1 B->A
// 6: disk 2 B->C
// 7: disk 1 A->C
// n=8 moves=255 C=[8 7 6 5 4 3 2 1] err=<nil>
// n=9 moves=511 C=[9 8 7 6 5 4 3 2 1] err=<nil>
// n=10 moves=1023 C=[10 9 8 7 6 5 4 3 2 1] err=<nil>
// bad sequence: move 1: disk 2 onto smaller disk
// 6 [[x y z] [x z y] [y x z] [y z x] [z x y] [z y x]]
// 12 distinct permutations of 1223: [1 2 2 3] [1 2 3 2] [1 3 2 2] [2 1 2 3] [2 1 3 2] [2 2 1 3] [2 2 3 1] [2 3 1 2] [2 3 2 1] [3 1 2 2] [3 2 1 2] [3 2 2 1]
// 10 [[0 1 2] [0 1 3] [0 1 4] [0 2 3] [0 2 4] [0 3 4] [1 2 3] [1 2 4] [1 3 4] [2 3 4]]
// [{} {a} {b} {c} {a,b} {a,c} {b,c} {a,b,c}]
// [aet ate eat eta tae tea]
