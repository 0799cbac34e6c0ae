package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Square struct{ Rect }
type Triangle struct{ A, B, C float64 }
type Polygon struct {
	Sides int
	Len   float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle(r=%g)", c.R) }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return fmt.Sprintf("Rect(%gx%g)", r.W, r.H) }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }
func (s Square) String() string  { return fmt.Sprintf("Square(%g)", s.W) }
func (s Square) Name() string    { return "square" }

func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}

func (p *Polygon) Area() float64 {
	return float64(p.Sides) * p.Len * p.Len / (4 * math.Tan(math.Pi/float64(p.Sides)))
}
func (p *Polygon) Perimeter() float64 { return float64(p.Sides) * p.Len }
func (p *Polygon) Name() string       { return fmt.Sprintf("%d-gon", p.Sides) }

func describe(s Shape) string {
	name := fmt.Sprintf("%T", s)
	if n, ok := s.(Named); ok {
		name = n.Name()
	}
	str := "-"
	if st, ok := s.(fmt.Stringer); ok {
		str = st.String()
	}
	return fmt.Sprintf("%-16s %-14s area=%8.3f perim=%7.3f", name, str, s.Area(), s.Perimeter())
}

type ByArea []Shape

func (a ByArea) Len() int           { return len(a) }
func (a ByArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a ByArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func classify(s Shape) string {
	switch v := s.(type) {
	case Circle:
		if v.R > 2 {
			return "big circle"
		}
		return "small circle"
	case Square:
		return "square with side " + fmt.Sprint(v.W)
	case Rect:
		if v.W == v.H {
			return "rect that is square"
		}
		return "rect"
	case *Polygon:
		return fmt.Sprintf("polygon with %d sides", v.Sides)
	default:
		return fmt.Sprintf("unknown %T", v)
	}
}

func main() {
	shapes := []Shape{
		Circle{1}, Rect{3, 4}, NewSquare(2.5), Triangle{3, 4, 5},
		&Polygon{6, 2}, Circle{2.5}, Rect{2, 2}, &Polygon{3, 3},
	}
	sort.Sort(ByArea(shapes))
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	total := 0.0
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total area: %.4f\n", total)
	for _, s := range shapes {
		fmt.Printf("%v => %s\n", s, classify(s))
	}
	var sq Shape = NewSquare(1)
	_, isRect := sq.(Rect)
	r, isSquare := sq.(Square)
	fmt.Println(isRect, isSquare, r.Rect, r.Area())
	fmt.Println(Circle{1} == Circle{1}, Shape(Rect{1, 2}) == Shape(Rect{1, 2}), Shape(Circle{1}) == Shape(Rect{1, 1}))
	largest := shapes[len(shapes)-1]
	fmt.Printf("largest: %v (%T)\n", largest, largest)
	fmt.Printf("%+v %v\n", Triangle{3, 4, 5}, &Polygon{5, 1})
}

// Output:
// main.Circle      Circle(r=1)    area=   3.142 perim=  6.283
// 3-gon            -              area=   3.897 perim=  9.000
// main.Rect        Rect(2x2)      area=   4.000 perim=  8.000
// main.Triangle    -              area=   6.000 perim= 12.000
// square           Square(2.5)    area=   6.250 perim= 10.000
// 6-gon            -              area=  10.392 perim= 12.000
// main.Rect        Rect(3x4)      area=  12.000 perim= 14.000
// main.Circle      Circle(r=2.5)  area=  19.635 perim= 15.708
// total area: 65.3160
// Circle(r=1) => small circle
// &{3 3} => polygon with 3 sides
// Rect(2x2) => rect that is square
// {3 4 5} => unknown main.Triangle
// Square(2.5) => square with side 2.5
// &{6 2} => polygon with 6 sides
// Rect(3x4) => rect
// Circle(r=2.5) => big circle
// false true Rect(1x1) 1
// true true false
// largest: Circle(r=2.5) (main.Circle)
// {A:3 B:4 C:5} &{5 1}
