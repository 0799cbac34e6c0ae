// Package lazy keeps values of every kind in its package variables; Check, Mutate and Check again run in
// later transactions, so each object they touch is loaded from the store on first use.
package lazy

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Point struct{ X, Y int }

type Inner struct {
	Tags [3]string
	P    Point
}

type Rec struct {
	Name  string
	In    Inner
	Next  *Rec
	Items []int
}

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Sq int

func (s *Sq) Area() int { return int(*s) * int(*s) }

var ErrGone = errors.New("gone")

var (
	ints    []int
	window  []int
	arr     [4]int
	arrPtr  *[4]int
	bytes   []byte
	words   []string
	pts     []Point
	recs    map[string]*Rec
	byPoint map[Point]string
	byAny   map[any]int
	shapes  []Shape
	anyv    any
	anyPt   any
	errv    error
	wrapped error
	counter func() int
	method  func() int
	cplx    complex128
	head    *Rec
	grid    [2][2]Point
	cellPtr *int
	sq      Sq
	deferFn func()
	log     []string
)

func init() {
	ints = []int{5, 3, 9, 1, 7}
	window = ints[1:3:4]
	arr = [4]int{4, 3, 2, 1}
	arrPtr = &arr
	bytes = []byte("hello")
	words = []string{"b", "a", "c"}
	pts = []Point{{1, 2}, {3, 4}}
	recs = map[string]*Rec{}
	byPoint = map[Point]string{{1, 2}: "one-two", {3, 4}: "three-four"}
	byAny = map[any]int{"s": 1, 2: 2, Point{5, 6}: 3}
	sq = 3
	shapes = []Shape{Rect{2, 3}, &sq}
	anyv = Point{7, 8}
	anyPt = &Point{9, 10}
	errv = ErrGone
	wrapped = fmt.Errorf("wrapping: %w", ErrGone)
	n := 0
	counter = func() int { n++; return n }
	method = Rect{4, 5}.Area
	cplx = complex(1.5, -2)
	head = &Rec{Name: "a", Items: []int{1}}
	head.Next = &Rec{Name: "b", Items: []int{2, 3}, In: Inner{Tags: [3]string{"x", "y", "z"}, P: Point{1, 1}}}
	recs["a"] = head
	recs["b"] = head.Next
	grid[1][0] = Point{8, 9}
	cellPtr = &ints[2]
	deferFn = func() { log = append(log, "deferred") }
}

func Check() {
	fmt.Println(len(ints), cap(ints), ints, len(window), cap(window), window)
	fmt.Println(len(arrPtr), cap(arrPtr), arrPtr[2], *arrPtr == arr, arr)
	s := arrPtr[1:3]
	fmt.Println(s, len(s), cap(s))
	fmt.Println(string(bytes), len(bytes), cap(bytes) >= 5)
	fmt.Println(strings.Join(words, ","), words)
	fmt.Println(pts, pts[1].Y, pts[0] == Point{1, 2})
	keys := make([]string, 0, len(recs))
	for k := range recs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		r := recs[k]
		fmt.Println(k, r.Name, r.In.Tags, r.In.P, r.Items, r.Next != nil)
	}
	fmt.Println(byPoint[Point{3, 4}], len(byPoint), byPoint)
	fmt.Println(byAny["s"], byAny[2], byAny[Point{5, 6}], len(byAny))
	total := 0
	for _, sh := range shapes {
		total += sh.Area()
	}
	fmt.Println(total)
	switch v := anyv.(type) {
	case Point:
		fmt.Println("point", v.X, v.Y)
	default:
		fmt.Println("other")
	}
	p, ok := anyPt.(*Point)
	fmt.Println(ok, p.X, *p)
	_, isRect := anyv.(Rect)
	fmt.Println(isRect, anyv == any(Point{7, 8}), anyv)
	fmt.Println(errv == ErrGone, errors.Is(wrapped, ErrGone), wrapped, errv)
	fmt.Println(counter(), counter(), method())
	fmt.Println(real(cplx), imag(cplx), cplx)
	fmt.Println(head.Name, head.Next.Name, head.Next.In.Tags[1], head.Next.Items)
	fmt.Println(grid, grid[1][0].Y)
	fmt.Println(*cellPtr)
	fmt.Println(sq, shapes[1].Area())
	buf := make([]byte, 8)
	binary.LittleEndian.PutUint64(buf, uint64(len(log)+1))
	fmt.Println(buf)
	fmt.Println(log)
}

func Mutate() {
	defer deferFn()
	ints = append(ints, 11)
	window = append(window, 99) // in place: overwrites ints[3]
	copy(ints[0:2], []int{50, 30})
	arrPtr[0] = 40
	bytes[0] = 'j'
	sort.Strings(words)
	pts = append(pts, Point{5, 6})
	pts[0].X = 100
	recs["c"] = &Rec{Name: "c"}
	delete(recs, "b")
	head.Next.In.Tags[0] = "X"
	head.Next.In.P = Point{2, 2}
	head.Next.Items = append(head.Next.Items, 4)
	byPoint[Point{1, 2}] = "changed"
	byAny[Point{5, 6}] = 30
	grid[1][0] = grid[0][0]
	*cellPtr = 90
	sq = 4
	cplx *= 2
	counter()
	clear(byAny)
}
