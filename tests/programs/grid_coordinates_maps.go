package main

import (
	"fmt"
	"sort"
	"strings"
)

type Pos struct{ X, Y int }

func (p Pos) Add(q Pos) Pos       { return Pos{p.X + q.X, p.Y + q.Y} }
func (p Pos) Manhattan(q Pos) int { return abs(p.X-q.X) + abs(p.Y-q.Y) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

var dirs = map[byte]Pos{'U': {0, -1}, 'D': {0, 1}, 'L': {-1, 0}, 'R': {1, 0}}

type Rope struct {
	knots   []Pos
	visited map[Pos]int
}

func NewRope(n int) *Rope {
	r := &Rope{knots: make([]Pos, n), visited: map[Pos]int{}}
	r.visited[Pos{}] = 1
	return r
}

func sign(x int) int {
	switch {
	case x > 0:
		return 1
	case x < 0:
		return -1
	}
	return 0
}

func (r *Rope) Move(dir byte, steps int) {
	for ; steps > 0; steps-- {
		r.knots[0] = r.knots[0].Add(dirs[dir])
		for i := 1; i < len(r.knots); i++ {
			head, tail := r.knots[i-1], &r.knots[i]
			dx, dy := head.X-tail.X, head.Y-tail.Y
			if abs(dx) > 1 || abs(dy) > 1 {
				tail.X += sign(dx)
				tail.Y += sign(dy)
			}
		}
		r.visited[r.knots[len(r.knots)-1]]++
	}
}

func render(cells map[Pos]int, mark func(Pos) byte) string {
	minX, minY, maxX, maxY := 0, 0, 0, 0
	for p := range cells {
		minX, maxX = min(minX, p.X), max(maxX, p.X)
		minY, maxY = min(minY, p.Y), max(maxY, p.Y)
	}
	var b strings.Builder
	for y := minY; y <= maxY; y++ {
		for x := minX; x <= maxX; x++ {
			b.WriteByte(mark(Pos{x, y}))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func main() {
	moves := "R 4\nU 4\nL 3\nD 1\nR 4\nD 1\nL 5\nR 2\nU 6\nL 7"
	for _, n := range []int{2, 10} {
		r := NewRope(n)
		for _, line := range strings.Split(moves, "\n") {
			var d byte
			var k int
			fmt.Sscanf(line, "%c %d", &d, &k)
			r.Move(d, k)
		}
		fmt.Printf("rope of %d: tail visited %d cells, head at %v, tail at %v\n", n, len(r.visited), r.knots[0], r.knots[n-1])
		fmt.Print(render(r.visited, func(p Pos) byte {
			if p == (Pos{}) {
				return 's'
			}
			if r.visited[p] > 1 {
				return '#'
			}
			if r.visited[p] == 1 {
				return 'o'
			}
			return '.'
		}))
	}

	// arrays as keys: count 2x2 patterns in a bitmap
	bitmap := []string{
		"##..##",
		"#..#.#",
		"..##..",
		"#.#..#",
	}
	patterns := map[[4]bool]int{}
	for y := 0; y+1 < len(bitmap); y++ {
		for x := 0; x+1 < len(bitmap[y]); x++ {
			k := [4]bool{bitmap[y][x] == '#', bitmap[y][x+1] == '#', bitmap[y+1][x] == '#', bitmap[y+1][x+1] == '#'}
			patterns[k]++
		}
	}
	type kv struct {
		key string
		n   int
	}
	var list []kv
	for k, n := range patterns {
		s := ""
		for _, b := range k {
			if b {
				s += "#"
			} else {
				s += "."
			}
		}
		list = append(list, kv{s, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].key < list[j].key
	})
	fmt.Println(len(patterns), "distinct 2x2 patterns:", list)
	a, b := Pos{1, 2}, Pos{-3, 5}
	fmt.Println(a.Manhattan(b), a == Pos{1, 2}, map[Pos]string{a: "a", b: "b"})
	type Segment struct{ From, To Pos }
	seen := map[Segment]bool{{a, b}: true}
	fmt.Println(seen[Segment{Pos{1, 2}, Pos{-3, 5}}], seen[Segment{b, a}])
}

// Output:
// rope of 2: tail visited 23 cells, head at {-5 -8}, tail at {-4 -8}
// oooooo...
// ......#..
// ......o..
// ......o..
// ......#o.
// ......oo#
// .....#ooo
// ........o
// ....soo#.
// rope of 10: tail visited 3 cells, head at {-5 -8}, tail at {-1 -2}
// #.
// .#
// .s
// 10 distinct 2x2 patterns: [{#... 3} {...# 3} {###. 2} {##.# 1} {#.#. 1} {.### 1} {.##. 1} {.#.# 1} {.#.. 1} {..#. 1}]
// 7 true map[{-3 5}:b {1 2}:a]
// true false
