package main

import (
	"fmt"
	"sort"
	"strings"
)

type UnionFind struct {
	parent, rank, size []int
	sets               int
}

func NewUnionFind(n int) *UnionFind {
	uf := &UnionFind{make([]int, n), make([]int, n), make([]int, n), n}
	for i := range uf.parent {
		uf.parent[i] = i
		uf.size[i] = 1
	}
	return uf
}

func (u *UnionFind) Find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]] // path halving
		x = u.parent[x]
	}
	return x
}

func (u *UnionFind) Union(a, b int) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	if u.rank[ra] < u.rank[rb] {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	u.size[ra] += u.size[rb]
	if u.rank[ra] == u.rank[rb] {
		u.rank[ra]++
	}
	u.sets--
	return true
}

type Edge struct {
	U, V, W int
}

func kruskal(n int, edges []Edge) ([]Edge, int) {
	sorted := append([]Edge(nil), edges...)
	sort.Slice(sorted, func(i, j int) bool {
		a, b := sorted[i], sorted[j]
		if a.W != b.W {
			return a.W < b.W
		}
		if a.U != b.U {
			return a.U < b.U
		}
		return a.V < b.V
	})
	uf := NewUnionFind(n)
	var tree []Edge
	total := 0
	for _, e := range sorted {
		if uf.Union(e.U, e.V) {
			tree = append(tree, e)
			total += e.W
		}
	}
	return tree, total
}

func main() {
	names := []string{"A", "B", "C", "D", "E", "F", "G"}
	edges := []Edge{
		{0, 1, 7}, {0, 3, 5}, {1, 2, 8}, {1, 3, 9}, {1, 4, 7}, {2, 4, 5},
		{3, 4, 15}, {3, 5, 6}, {4, 5, 8}, {4, 6, 9}, {5, 6, 11},
	}
	tree, total := kruskal(len(names), edges)
	var parts []string
	for _, e := range tree {
		parts = append(parts, fmt.Sprintf("%s-%s(%d)", names[e.U], names[e.V], e.W))
	}
	fmt.Println("MST:", strings.Join(parts, " "), "total", total)

	// connected components of a friendship network
	people := []string{"ann", "bob", "cat", "dan", "eve", "fox", "gil", "hal", "ian"}
	idx := map[string]int{}
	for i, p := range people {
		idx[p] = i
	}
	friendships := [][2]string{{"ann", "bob"}, {"cat", "dan"}, {"bob", "eve"}, {"fox", "gil"}, {"eve", "ann"}, {"dan", "hal"}}
	uf := NewUnionFind(len(people))
	for _, f := range friendships {
		merged := uf.Union(idx[f[0]], idx[f[1]])
		fmt.Printf("%s+%s merged=%-5t sets=%d\n", f[0], f[1], merged, uf.sets)
	}
	groups := map[int][]string{}
	for i, p := range people {
		r := uf.Find(i)
		groups[r] = append(groups[r], p)
	}
	var list [][]string
	for _, g := range groups {
		list = append(list, g)
	}
	sort.Slice(list, func(i, j int) bool {
		if len(list[i]) != len(list[j]) {
			return len(list[i]) > len(list[j])
		}
		return list[i][0] < list[j][0]
	})
	fmt.Println("groups:", list)
	fmt.Println("ann~eve:", uf.Find(idx["ann"]) == uf.Find(idx["eve"]), "ann~cat:", uf.Find(idx["ann"]) == uf.Find(idx["cat"]))
	fmt.Println("size of ann's group:", uf.size[uf.Find(idx["ann"])])

	// percolation on a small grid: which cell opening connects top and bottom first?
	const n = 5
	open := [n * n]bool{}
	top, bottom := n*n, n*n+1
	perc := NewUnionFind(n*n + 2)
	order := []int{2, 7, 12, 11, 16, 21, 0, 5, 17, 22, 13, 18, 23}
	for step, cell := range order {
		open[cell] = true
		r, c := cell/n, cell%n
		if r == 0 {
			perc.Union(cell, top)
		}
		if r == n-1 {
			perc.Union(cell, bottom)
		}
		for _, d := range [][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
			nr, nc := r+d[0], c+d[1]
			if nr >= 0 && nr < n && nc >= 0 && nc < n && open[nr*n+nc] {
				perc.Union(cell, nr*n+nc)
			}
		}
		if perc.Find(top) == perc.Find(bottom) {
			fmt.Printf("percolates after %d openings (cell %d)\n", step+1, cell)
			break
		}
	}
	for r := 0; r < n; r++ {
		var row strings.Builder
		for c := 0; c < n; c++ {
			switch {
			case !open[r*n+c]:
				row.WriteByte('#')
			case perc.Find(r*n+c) == perc.Find(top):
				row.WriteByte('~')
			default:
				row.WriteByte('.')
			}
		}
		fmt.Println(row.String())
	}
}

// Output:
// MST: A-D(5) C-E(5) D-F(6) A-B(7) B-E(7) E-G(9) total 39
// ann+bob merged=true  sets=8
// cat+dan merged=true  sets=7
// bob+eve merged=true  sets=6
// fox+gil merged=true  sets=5
// eve+ann merged=false sets=5
// dan+hal merged=true  sets=4
// groups: [[ann bob eve] [cat dan hal] [fox gil] [ian]]
// ann~eve: true ann~cat: false
// size of ann's group: 3
// percolates after 6 openings (cell 21)
// ##~##
// ##~##
// #~~##
// #~###
// #~###
