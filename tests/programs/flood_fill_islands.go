package main

import (
	"fmt"
	"sort"
	"strings"
)

type Point struct{ R, C int }

func (p Point) Add(q Point) Point { return Point{p.R + q.R, p.C + q.C} }

var dirs4 = []Point{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}

type Map struct {
	cells [][]byte
	h, w  int
}

func ParseMap(s string) *Map {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	m := &Map{h: len(lines), w: len(lines[0])}
	for _, l := range lines {
		m.cells = append(m.cells, []byte(l))
	}
	return m
}

func (m *Map) In(p Point) bool { return p.R >= 0 && p.R < m.h && p.C >= 0 && p.C < m.w }
func (m *Map) At(p Point) byte { return m.cells[p.R][p.C] }

// fill replaces the connected region of `from` containing p, iteratively with an explicit stack.
func (m *Map) fill(p Point, from, to byte) int {
	if !m.In(p) || m.At(p) != from || from == to {
		return 0
	}
	stack := []Point{p}
	m.cells[p.R][p.C] = to
	n := 0
	for len(stack) > 0 {
		cur := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n++
		for _, d := range dirs4 {
			q := cur.Add(d)
			if m.In(q) && m.At(q) == from {
				m.cells[q.R][q.C] = to
				stack = append(stack, q)
			}
		}
	}
	return n
}

func (m *Map) String() string {
	rows := make([]string, m.h)
	for i, r := range m.cells {
		rows[i] = string(r)
	}
	return strings.Join(rows, "\n")
}

type Island struct {
	ID        byte
	Size      int
	Perimeter int
	TopLeft   Point
}

func main() {
	world := ParseMap(`
~~~~~~~~~~~~~~~~~~~~
~###~~~~~~~~##~~~~~~
~####~~~~~~###~~~#~~
~~##~~~##~~~~~~~~#~~
~~~~~~~##~~~~~~~~~~~
~~#~~~~~~~~####~~~~~
~###~~~~~~~#~~#~~##~
~~#~~~~~~~~####~~##~
~~~~~~~~~~~~~~~~~~~~`)
	var islands []Island
	id := byte('a')
	for r := 0; r < world.h; r++ {
		for c := 0; c < world.w; c++ {
			p := Point{r, c}
			if world.At(p) != '#' {
				continue
			}
			size := world.fill(p, '#', id)
			islands = append(islands, Island{ID: id, Size: size, TopLeft: p})
			id++
		}
	}
	// perimeter: count land-water edges for each island
	for i := range islands {
		isl := &islands[i]
		for r := 0; r < world.h; r++ {
			for c := 0; c < world.w; c++ {
				p := Point{r, c}
				if world.At(p) != isl.ID {
					continue
				}
				for _, d := range dirs4 {
					q := p.Add(d)
					if !world.In(q) || world.At(q) != isl.ID {
						isl.Perimeter++
					}
				}
			}
		}
	}
	fmt.Println(world)
	sort.SliceStable(islands, func(i, j int) bool { return islands[i].Size > islands[j].Size })
	for _, isl := range islands {
		fmt.Printf("island %c: size=%2d perimeter=%2d first cell=%v\n", isl.ID, isl.Size, isl.Perimeter, isl.TopLeft)
	}
	// the ring island encloses a lake: fill the outer ocean and see what water remains
	ocean := world.fill(Point{0, 0}, '~', '.')
	lakes := 0
	for r := range world.cells {
		lakes += strings.Count(string(world.cells[r]), "~")
	}
	fmt.Printf("ocean cells=%d enclosed water=%d\n", ocean, lakes)
	fmt.Println(world)
	fmt.Println(world.fill(Point{-1, 0}, '.', 'x'), world.fill(Point{0, 0}, '.', '.'))
}

// Output:
// ~~~~~~~~~~~~~~~~~~~~
// ~aaa~~~~~~~~bb~~~~~~
// ~aaaa~~~~~~bbb~~~c~~
// ~~aa~~~dd~~~~~~~~c~~
// ~~~~~~~dd~~~~~~~~~~~
// ~~e~~~~~~~~ffff~~~~~
// ~eee~~~~~~~f~~f~~gg~
// ~~e~~~~~~~~ffff~~gg~
// ~~~~~~~~~~~~~~~~~~~~
// island f: size=10 perimeter=20 first cell={5 11}
// island a: size= 9 perimeter=14 first cell={1 1}
// island b: size= 5 perimeter=10 first cell={1 12}
// island e: size= 5 perimeter=12 first cell={5 2}
// island d: size= 4 perimeter= 8 first cell={3 7}
// island g: size= 4 perimeter= 8 first cell={6 17}
// island c: size= 2 perimeter= 6 first cell={2 17}
// ocean cells=139 enclosed water=2
// ....................
// .aaa........bb......
// .aaaa......bbb...c..
// ..aa...dd........c..
// .......dd...........
// ..e........ffff.....
// .eee.......f~~f..gg.
// ..e........ffff..gg.
// ....................
// 0 0
