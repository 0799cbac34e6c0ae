package main

import (
	"fmt"
	"math"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph struct {
	adj   map[string][]Edge
	nodes []string
}

func NewGraph() *Graph { return &Graph{adj: map[string][]Edge{}} }

func (g *Graph) addNode(n string) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.nodes = append(g.nodes, n)
	}
}

func (g *Graph) AddEdge(a, b string, w int) {
	g.addNode(a)
	g.addNode(b)
	g.adj[a] = append(g.adj[a], Edge{b, w})
	g.adj[b] = append(g.adj[b], Edge{a, w})
}

// item and minHeap form a hand-written binary heap keyed on dist, then name for full determinism.
type item struct {
	node string
	dist int
}

type minHeap []item

func (h minHeap) less(i, j int) bool {
	if h[i].dist != h[j].dist {
		return h[i].dist < h[j].dist
	}
	return h[i].node < h[j].node
}

func (h *minHeap) push(it item) {
	*h = append(*h, it)
	i := len(*h) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if !h.less(i, parent) {
			break
		}
		(*h)[i], (*h)[parent] = (*h)[parent], (*h)[i]
		i = parent
	}
}

func (h *minHeap) pop() item {
	old := *h
	top := old[0]
	last := len(old) - 1
	old[0] = old[last]
	*h = old[:last]
	i := 0
	for {
		l, r := 2*i+1, 2*i+2
		small := i
		if l < len(*h) && h.less(l, small) {
			small = l
		}
		if r < len(*h) && h.less(r, small) {
			small = r
		}
		if small == i {
			break
		}
		(*h)[i], (*h)[small] = (*h)[small], (*h)[i]
		i = small
	}
	return top
}

func (g *Graph) Dijkstra(src string) (map[string]int, map[string]string) {
	dist := map[string]int{}
	prev := map[string]string{}
	for _, n := range g.nodes {
		dist[n] = math.MaxInt
	}
	dist[src] = 0
	h := &minHeap{}
	h.push(item{src, 0})
	visited := map[string]bool{}
	pops := 0
	for len(*h) > 0 {
		cur := h.pop()
		pops++
		if visited[cur.node] {
			continue
		}
		visited[cur.node] = true
		for _, e := range g.adj[cur.node] {
			nd := cur.dist + e.Weight
			if nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.node
				h.push(item{e.To, nd})
			}
		}
	}
	fmt.Println("heap pops:", pops)
	return dist, prev
}

func path(prev map[string]string, src, dst string) []string {
	var p []string
	for at := dst; ; at = prev[at] {
		p = append([]string{at}, p...)
		if at == src {
			return p
		}
		if _, ok := prev[at]; !ok {
			return nil
		}
	}
}

func main() {
	g := NewGraph()
	roads := []struct {
		a, b string
		w    int
	}{
		{"Amsterdam", "Utrecht", 45}, {"Amsterdam", "Haarlem", 20}, {"Haarlem", "Leiden", 30},
		{"Leiden", "DenHaag", 20}, {"DenHaag", "Rotterdam", 25}, {"Utrecht", "Rotterdam", 60},
		{"Utrecht", "Arnhem", 65}, {"Rotterdam", "Breda", 50}, {"Breda", "Eindhoven", 60},
		{"Arnhem", "Nijmegen", 20}, {"Nijmegen", "Eindhoven", 70}, {"Utrecht", "Eindhoven", 90},
		{"Amsterdam", "Leiden", 45},
	}
	for _, r := range roads {
		g.AddEdge(r.a, r.b, r.w)
	}
	g.addNode("Texel")
	dist, prev := g.Dijkstra("Amsterdam")
	for _, n := range g.nodes {
		d := dist[n]
		if d == math.MaxInt {
			fmt.Printf("%-10s unreachable\n", n)
			continue
		}
		fmt.Printf("%-10s %4d  %s\n", n, d, strings.Join(path(prev, "Amsterdam", n), " -> "))
	}

	// heap sort sanity check using the same heap
	h := &minHeap{}
	for i, w := range []int{9, 3, 7, 3, 1, 8, 2} {
		h.push(item{fmt.Sprint("n", i), w})
	}
	var order []string
	for len(*h) > 0 {
		it := h.pop()
		order = append(order, fmt.Sprintf("%s:%d", it.node, it.dist))
	}
	fmt.Println(order)
}

// Output:
// heap pops: 11
// Amsterdam     0  Amsterdam
// Utrecht      45  Amsterdam -> Utrecht
// Haarlem      20  Amsterdam -> Haarlem
// Leiden       45  Amsterdam -> Leiden
// DenHaag      65  Amsterdam -> Leiden -> DenHaag
// Rotterdam    90  Amsterdam -> Leiden -> DenHaag -> Rotterdam
// Arnhem      110  Amsterdam -> Utrecht -> Arnhem
// Breda       140  Amsterdam -> Leiden -> DenHaag -> Rotterdam -> Breda
// Eindhoven   135  Amsterdam -> Utrecht -> Eindhoven
// Nijmegen    130  Amsterdam -> Utrecht -> Arnhem -> Nijmegen
// Texel      unreachable
// [n4:1 n6:2 n1:3 n3:3 n2:7 n5:8 n0:9]
