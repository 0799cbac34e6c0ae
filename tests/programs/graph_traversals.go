package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Graph struct {
	edges map[string][]string
}

func NewGraph(spec string) *Graph {
	g := &Graph{edges: map[string][]string{}}
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		from, tos, _ := strings.Cut(line, ":")
		from = strings.TrimSpace(from)
		if _, ok := g.edges[from]; !ok {
			g.edges[from] = nil
		}
		for _, to := range strings.Fields(tos) {
			g.edges[from] = append(g.edges[from], to)
			if _, ok := g.edges[to]; !ok {
				g.edges[to] = nil
			}
		}
	}
	return g
}

func (g *Graph) Nodes() []string {
	var ns []string
	for n := range g.edges {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (g *Graph) BFS(start string) ([]string, map[string]int) {
	dist := map[string]int{start: 0}
	order := []string{start}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, nb := range g.edges[cur] {
			if _, seen := dist[nb]; !seen {
				dist[nb] = dist[cur] + 1
				order = append(order, nb)
				queue = append(queue, nb)
			}
		}
	}
	return order, dist
}

func (g *Graph) DFS(start string) []string {
	var order []string
	seen := map[string]bool{}
	var visit func(string)
	visit = func(n string) {
		if seen[n] {
			return
		}
		seen[n] = true
		order = append(order, n)
		for _, nb := range g.edges[n] {
			visit(nb)
		}
	}
	visit(start)
	return order
}

type CycleError struct{ Path []string }

func (e *CycleError) Error() string { return "cycle: " + strings.Join(e.Path, " -> ") }

// TopoSort uses DFS with three colours and reports a cycle with its path.
func (g *Graph) TopoSort() ([]string, error) {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var stack, result []string
	var visit func(string) error
	visit = func(n string) error {
		switch color[n] {
		case grey:
			i := len(stack) - 1
			for stack[i] != n {
				i--
			}
			return &CycleError{append(append([]string{}, stack[i:]...), n)}
		case black:
			return nil
		}
		color[n] = grey
		stack = append(stack, n)
		for _, nb := range g.edges[n] {
			if err := visit(nb); err != nil {
				return err
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		result = append(result, n)
		return nil
	}
	for _, n := range g.Nodes() {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	for i, j := 0, len(result)-1; i < j; i, j = i+1, j-1 {
		result[i], result[j] = result[j], result[i]
	}
	return result, nil
}

// Kahn's algorithm with a sorted ready set gives the lexicographically smallest order.
func (g *Graph) Kahn() []string {
	indeg := map[string]int{}
	for _, n := range g.Nodes() {
		for _, nb := range g.edges[n] {
			indeg[nb]++
		}
	}
	var ready, out []string
	for _, n := range g.Nodes() {
		if indeg[n] == 0 {
			ready = append(ready, n)
		}
	}
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		out = append(out, n)
		for _, nb := range g.edges[n] {
			if indeg[nb]--; indeg[nb] == 0 {
				ready = append(ready, nb)
			}
		}
	}
	return out
}

func main() {
	build := NewGraph(`
app: web db log
web: http log tmpl
db: log driver
http: net
tmpl: strings
driver: net
net:
log: strings
`)
	order, err := build.TopoSort()
	fmt.Println("topo:", order, err)
	fmt.Println("kahn:", build.Kahn())
	bfs, dist := build.BFS("app")
	fmt.Println("bfs:", bfs)
	fmt.Println("dist:", dist)
	fmt.Println("dfs:", build.DFS("app"))

	cyclic := NewGraph(`
a: b
b: c
c: d e
d: b
e:
`)
	_, err = cyclic.TopoSort()
	var ce *CycleError
	fmt.Println(err, errors.As(err, &ce), len(ce.Path))
	fmt.Println("kahn on cyclic (partial):", cyclic.Kahn())

	// grid BFS shortest path
	maze := []string{
		"S.#.......",
		".##.####.#",
		"....#....#",
		"#.#.#.##..",
		"..#...#.#E",
	}
	type pt struct{ r, c int }
	var start, end pt
	for r, row := range maze {
		for c, ch := range row {
			switch ch {
			case 'S':
				start = pt{r, c}
			case 'E':
				end = pt{r, c}
			}
		}
	}
	prev := map[pt]pt{}
	seen := map[pt]bool{start: true}
	q := []pt{start}
	for len(q) > 0 && !seen[end] {
		cur := q[0]
		q = q[1:]
		for _, d := range []pt{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pt{cur.r + d.r, cur.c + d.c}
			if n.r < 0 || n.r >= len(maze) || n.c < 0 || n.c >= len(maze[0]) || maze[n.r][n.c] == '#' || seen[n] {
				continue
			}
			seen[n] = true
			prev[n] = cur
			q = append(q, n)
		}
	}
	grid := make([][]byte, len(maze))
	for i := range maze {
		grid[i] = []byte(maze[i])
	}
	steps := 0
	for p := prev[end]; p != start; p = prev[p] {
		grid[p.r][p.c] = '*'
		steps++
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fmt.Println("path length:", steps+1)
}

// Output:
// topo: [app db driver web tmpl log strings http net] <nil>
// kahn: [app db driver web http log net tmpl strings]
// bfs: [app web db log http tmpl driver strings net]
// dist: map[app:0 db:1 driver:2 http:2 log:1 net:3 strings:2 tmpl:2 web:1]
// dfs: [app web http net log strings tmpl db driver]
// cycle: b -> c -> d -> b true 4
// kahn on cyclic (partial): [a]
// S.#.......
// *##.####.#
// ****#****#
// #.#*#*##**
// ..#***#.#E
// path length: 17
