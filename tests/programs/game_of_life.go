package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells [][]bool
}

func NewGrid(w, h int) *Grid {
	cells := make([][]bool, h)
	for i := range cells {
		cells[i] = make([]bool, w)
	}
	return &Grid{w, h, cells}
}

func Parse(pattern string) *Grid {
	lines := strings.Split(strings.Trim(pattern, "\n"), "\n")
	w := 0
	for _, l := range lines {
		if len(l) > w {
			w = len(l)
		}
	}
	g := NewGrid(w, len(lines))
	for y, l := range lines {
		for x, c := range l {
			g.cells[y][x] = c == '#'
		}
	}
	return g
}

// Alive wraps around the edges (a torus).
func (g *Grid) Alive(x, y int) bool {
	x = (x + g.w) % g.w
	y = (y + g.h) % g.h
	return g.cells[y][x]
}

func (g *Grid) Neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g.Alive(x+dx, y+dy) {
				n++
			}
		}
	}
	return n
}

func (g *Grid) Step() *Grid {
	next := NewGrid(g.w, g.h)
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			n := g.Neighbors(x, y)
			alive := g.cells[y][x]
			next.cells[y][x] = n == 3 || (alive && n == 2)
		}
	}
	return next
}

func (g *Grid) Population() int {
	p := 0
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				p++
			}
		}
	}
	return p
}

func (g *Grid) String() string {
	var b strings.Builder
	for _, row := range g.cells {
		for _, c := range row {
			if c {
				b.WriteByte('#')
			} else {
				b.WriteByte('.')
			}
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func (g *Grid) Key() string { return strings.ReplaceAll(g.String(), "\n", "") }

func main() {
	glider := Parse(`
.#......
..#.....
###.....
........
........
........`)
	g := glider
	for gen := 0; gen <= 4; gen += 2 {
		fmt.Printf("generation %d (pop %d):\n%v", gen, g.Population(), g)
		g = g.Step().Step()
	}

	// detect the period of a few oscillators
	patterns := map[string]string{
		"blinker": "\n.....\n..#..\n..#..\n..#..\n.....",
		"toad":    "\n......\n......\n..###.\n.###..\n......\n......",
		"block":   "\n....\n.##.\n.##.\n....",
		"glider":  glider.String(),
	}
	for _, name := range []string{"blinker", "block", "glider", "toad"} {
		g := Parse(patterns[name])
		seen := map[string]int{g.Key(): 0}
		for i := 1; i <= 40; i++ {
			g = g.Step()
			if first, ok := seen[g.Key()]; ok {
				fmt.Printf("%-8s repeats state of gen %d at gen %d (period %d)\n", name, first, i, i-first)
				break
			}
			seen[g.Key()] = i
		}
	}
	r := Parse(`
..........
..........
....##....
...##.....
....#.....
..........
..........
..........`)
	pops := []int{}
	for i := 0; i < 12; i++ {
		pops = append(pops, r.Population())
		r = r.Step()
	}
	fmt.Println("r-pentomino populations:", pops)
	fmt.Print(r)
}

// Output:
// generation 0 (pop 5):
// .#......
// ..#.....
// ###.....
// ........
// ........
// ........
// generation 2 (pop 5):
// ........
// ..#.....
// #.#.....
// .##.....
// ........
// ........
// generation 4 (pop 5):
// ........
// ..#.....
// ...#....
// .###....
// ........
// ........
// blinker  repeats state of gen 0 at gen 2 (period 2)
// block    repeats state of gen 0 at gen 1 (period 1)
// toad     repeats state of gen 0 at gen 2 (period 2)
// r-pentomino populations: [5 6 7 9 8 9 12 11 18 11 12 11]
// .#........
// ##........
// #........#
// #.........
// .###......
// .##.##....
// ..........
// ..........
