package main

import (
	"fmt"
	"sort"
	"strings"
)

type P struct{ X, Y int }

func (a P) Sub(b P) P     { return P{a.X - b.X, a.Y - b.Y} }
func cross(o, a, b P) int { return (a.X-o.X)*(b.Y-o.Y) - (a.Y-o.Y)*(b.X-o.X) }

// hull uses Andrew's monotone chain; collinear boundary points are dropped.
func hull(pts []P) []P {
	ps := append([]P(nil), pts...)
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].X != ps[j].X {
			return ps[i].X < ps[j].X
		}
		return ps[i].Y < ps[j].Y
	})
	if len(ps) < 3 {
		return ps
	}
	var h []P
	for _, p := range ps {
		for len(h) >= 2 && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p)
	}
	lower := len(h) + 1
	for i := len(ps) - 2; i >= 0; i-- {
		p := ps[i]
		for len(h) >= lower && cross(h[len(h)-2], h[len(h)-1], p) <= 0 {
			h = h[:len(h)-1]
		}
		h = append(h, p)
	}
	return h[:len(h)-1]
}

// area2 is twice the signed polygon area (shoelace formula).
func area2(poly []P) int {
	s := 0
	for i := range poly {
		j := (i + 1) % len(poly)
		s += poly[i].X*poly[j].Y - poly[j].X*poly[i].Y
	}
	return s
}

func perimeterSq(poly []P) []int {
	var out []int
	for i := range poly {
		d := poly[(i+1)%len(poly)].Sub(poly[i])
		out = append(out, d.X*d.X+d.Y*d.Y)
	}
	return out
}

// inside uses ray casting; points on the boundary count as inside.
func inside(poly []P, q P) bool {
	in := false
	for i := range poly {
		a, b := poly[i], poly[(i+1)%len(poly)]
		if cross(a, b, q) == 0 && min(a.X, b.X) <= q.X && q.X <= max(a.X, b.X) && min(a.Y, b.Y) <= q.Y && q.Y <= max(a.Y, b.Y) {
			return true
		}
		if (a.Y > q.Y) != (b.Y > q.Y) {
			// x coordinate of the crossing, compared without division
			lhs := (q.X - a.X) * (b.Y - a.Y)
			rhs := (b.X - a.X) * (q.Y - a.Y)
			if (b.Y > a.Y && lhs < rhs) || (b.Y < a.Y && lhs > rhs) {
				in = !in
			}
		}
	}
	return in
}

func segmentsIntersect(p1, p2, q1, q2 P) bool {
	d1, d2 := cross(q1, q2, p1), cross(q1, q2, p2)
	d3, d4 := cross(p1, p2, q1), cross(p1, p2, q2)
	if ((d1 > 0) != (d2 > 0)) && d1 != 0 && d2 != 0 && ((d3 > 0) != (d4 > 0)) && d3 != 0 && d4 != 0 {
		return true
	}
	onSeg := func(a, b, c P) bool {
		return cross(a, b, c) == 0 && min(a.X, b.X) <= c.X && c.X <= max(a.X, b.X) && min(a.Y, b.Y) <= c.Y && c.Y <= max(a.Y, b.Y)
	}
	return onSeg(q1, q2, p1) || onSeg(q1, q2, p2) || onSeg(p1, p2, q1) || onSeg(p1, p2, q2)
}

func plot(pts, h []P, w, ht int) string {
	grid := make([][]byte, ht)
	for i := range grid {
		grid[i] = []byte(strings.Repeat(".", w))
	}
	for _, p := range pts {
		grid[ht-1-p.Y][p.X] = 'o'
	}
	for _, p := range h {
		grid[ht-1-p.Y][p.X] = '#'
	}
	lines := make([]string, ht)
	for i, r := range grid {
		lines[i] = string(r)
	}
	return strings.Join(lines, "\n")
}

func main() {
	pts := []P{{1, 1}, {2, 5}, {3, 3}, {5, 3}, {3, 2}, {2, 2}, {7, 1}, {6, 6}, {4, 7}, {9, 4}, {5, 5}, {1, 4}, {8, 2}, {4, 1}}
	h := hull(pts)
	fmt.Println("hull:", h)
	a := area2(h)
	fmt.Printf("area: %d/2 = %.1f, edges^2: %v\n", a, float64(a)/2, perimeterSq(h))
	fmt.Println(plot(pts, h, 10, 8))
	for _, q := range []P{{5, 4}, {0, 0}, {4, 1}, {9, 4}, {8, 6}, {2, 3}} {
		fmt.Printf("%v inside=%t\n", q, inside(h, q))
	}
	fmt.Println(segmentsIntersect(P{0, 0}, P{4, 4}, P{0, 4}, P{4, 0}), segmentsIntersect(P{0, 0}, P{1, 1}, P{2, 2}, P{3, 3}),
		segmentsIntersect(P{0, 0}, P{2, 2}, P{2, 2}, P{3, 0}), segmentsIntersect(P{0, 0}, P{4, 0}, P{1, 1}, P{3, 1}))
	fmt.Println(hull([]P{{0, 0}, {1, 1}, {2, 2}, {3, 3}}), hull([]P{{5, 5}}), area2([]P{{0, 0}, {4, 0}, {4, 3}}))
}

// Output:
// hull: [{1 1} {7 1} {8 2} {9 4} {6 6} {4 7} {1 4}]
// area: 68/2 = 34.0, edges^2: [36 2 5 13 5 18 9]
// ....#.....
// ......#...
// ..o..o....
// .#.......#
// ...o.o....
// ..oo....#.
// .#..o..#..
// ..........
// {5 4} inside=true
// {0 0} inside=false
// {4 1} inside=true
// {9 4} inside=true
// {8 6} inside=false
// {2 3} inside=true
// true false true false
// [{0 0} {3 3}] [{5 5}] 12
