package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

type Game struct {
	W, H    int
	body    []Point // head is body[0]
	dir     Point
	food    []Point
	score   int
	over    string
	grow    int
	visited map[Point]int
}

var turns = map[byte]Point{'U': {0, -1}, 'D': {0, 1}, 'L': {-1, 0}, 'R': {1, 0}}

func NewGame(w, h int, food []Point) *Game {
	g := &Game{W: w, H: h, dir: Point{1, 0}, food: food, visited: map[Point]int{}}
	g.body = []Point{{2, h / 2}, {1, h / 2}, {0, h / 2}}
	return g
}

func (g *Game) Turn(c byte) {
	d, ok := turns[c]
	if !ok {
		return
	}
	if d.X == -g.dir.X && d.Y == -g.dir.Y {
		return // cannot reverse into itself
	}
	g.dir = d
}

func (g *Game) Step() {
	if g.over != "" {
		return
	}
	head := Point{g.body[0].X + g.dir.X, g.body[0].Y + g.dir.Y}
	if head.X < 0 || head.X >= g.W || head.Y < 0 || head.Y >= g.H {
		g.over = fmt.Sprintf("hit wall at %v", head)
		return
	}
	for _, b := range g.body[:len(g.body)-1] {
		if b == head {
			g.over = fmt.Sprintf("bit itself at %v", head)
			return
		}
	}
	g.body = append([]Point{head}, g.body...)
	g.visited[head]++
	if len(g.food) > 0 && head == g.food[0] {
		g.food = g.food[1:]
		g.score += 10 * len(g.body)
		g.grow += 2
	}
	if g.grow > 0 {
		g.grow--
	} else {
		g.body = g.body[:len(g.body)-1]
	}
}

func (g *Game) Render() string {
	grid := make([][]byte, g.H)
	for y := range grid {
		grid[y] = []byte(strings.Repeat(".", g.W))
	}
	for _, f := range g.food[:min(1, len(g.food))] {
		grid[f.Y][f.X] = '*'
	}
	for i, b := range g.body {
		if i == 0 {
			grid[b.Y][b.X] = '@'
		} else {
			grid[b.Y][b.X] = 'o'
		}
	}
	lines := make([]string, g.H)
	for i, r := range grid {
		lines[i] = string(r)
	}
	return strings.Join(lines, "\n")
}

func main() {
	g := NewGame(10, 6, []Point{{6, 3}, {6, 0}, {1, 1}, {8, 5}})
	script := "RRRRUUURRRLLLLLLDDDRRRRDDLLL"
	for i := 0; i < len(script) && g.over == ""; i++ {
		g.Turn(script[i])
		g.Step()
		if i == 3 || i == 9 || i == 18 {
			fmt.Printf("after %d steps (len %d, score %d):\n%s\n", i+1, len(g.body), g.score, g.Render())
		}
	}
	fmt.Printf("final: len=%d score=%d over=%q food left=%d\n", len(g.body), g.score, g.over, len(g.food))
	fmt.Println(g.Render())
	most, cell := 0, Point{}
	for y := 0; y < g.H; y++ {
		for x := 0; x < g.W; x++ {
			if n := g.visited[Point{x, y}]; n > most {
				most, cell = n, Point{x, y}
			}
		}
	}
	fmt.Println("most visited:", cell, most, "distinct cells:", len(g.visited))
	g2 := NewGame(5, 5, nil)
	for i := 0; i < 5; i++ {
		g2.Step()
	}
	fmt.Println("g2:", g2.over)
	g3 := NewGame(6, 6, []Point{{3, 3}, {4, 3}, {5, 3}})
	for _, c := range "RRRDLU" {
		g3.Turn(byte(c))
		g3.Step()
	}
	fmt.Println("g3:", g3.over, len(g3.body))
}

// Output:
// after 4 steps (len 4, score 40):
// ......*...
// ..........
// ..........
// ...ooo@...
// ..........
// ..........
// after 10 steps (len 7, score 100):
// ......ooo@
// .*....o...
// ......o...
// ......o...
// ..........
// ..........
// final: len=7 score=100 over="hit wall at {10 0}" food left=2
// ......ooo@
// .*....o...
// ......o...
// ......o...
// ..........
// ..........
// most visited: {6 0} 1 distinct cells: 10
// g2: hit wall at {5 2}
// g3: bit itself at {4 3} 8
