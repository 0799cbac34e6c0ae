// Compares container/list with Go's by running the same random operation
// sequence on both and comparing their contents after each step.
package main

import (
	"amberstd/compare/check"
	"container/list"
	"fmt"
	"math/rand"
	golist "real/container/list"
)

func contents(l *list.List) string {
	var fwd, back []any
	for e := l.Front(); e != nil; e = e.Next() {
		fwd = append(fwd, e.Value)
	}
	for e := l.Back(); e != nil; e = e.Prev() {
		back = append(back, e.Value)
	}
	return fmt.Sprint(l.Len(), fwd, back)
}

func gocontents(l *golist.List) string {
	var fwd, back []any
	for e := l.Front(); e != nil; e = e.Next() {
		fwd = append(fwd, e.Value)
	}
	for e := l.Back(); e != nil; e = e.Prev() {
		back = append(back, e.Value)
	}
	return fmt.Sprint(l.Len(), fwd, back)
}

func main() {
	rng := rand.New(rand.NewSource(11))
	for round := 0; round < 200; round++ {
		var a, a2 list.List // zero values must work
		b, b2 := golist.New(), golist.New()
		var ours []*list.Element
		var theirs []*golist.Element
		other, gother := list.New(), golist.New()
		other.PushBack("o1")
		gother.PushBack("o1")
		oe, goe := other.PushBack("o2"), gother.PushBack("o2")
		for step := 0; step < 60; step++ {
			v := step
			pick := func() (*list.Element, *golist.Element) {
				switch {
				case len(ours) == 0 || rng.Intn(8) == 0:
					return oe, goe // an element of another list
				}
				i := rng.Intn(len(ours))
				return ours[i], theirs[i]
			}
			var r1, r2 any
			switch rng.Intn(13) {
			case 0:
				ours, theirs = append(ours, a.PushBack(v)), append(theirs, b.PushBack(v))
			case 1:
				ours, theirs = append(ours, a.PushFront(v)), append(theirs, b.PushFront(v))
			case 2:
				e, g := pick()
				x, y := a.InsertBefore(v, e), b.InsertBefore(v, g)
				r1, r2 = x == nil, y == nil
				if x != nil {
					ours, theirs = append(ours, x), append(theirs, y)
				}
			case 3:
				e, g := pick()
				x, y := a.InsertAfter(v, e), b.InsertAfter(v, g)
				r1, r2 = x == nil, y == nil
				if x != nil {
					ours, theirs = append(ours, x), append(theirs, y)
				}
			case 4:
				e, g := pick()
				r1, r2 = a.Remove(e), b.Remove(g)
			case 5:
				e, g := pick()
				a.MoveToFront(e)
				b.MoveToFront(g)
			case 6:
				e, g := pick()
				a.MoveToBack(e)
				b.MoveToBack(g)
			case 7:
				e, g := pick()
				m, h := pick()
				a.MoveBefore(e, m)
				b.MoveBefore(g, h)
			case 8:
				e, g := pick()
				m, h := pick()
				a.MoveAfter(e, m)
				b.MoveAfter(g, h)
			case 9:
				a.PushBackList(other)
				b.PushBackList(gother)
			case 10:
				a.PushFrontList(&a)
				b.PushFrontList(b)
			case 11:
				e, g := pick()
				r1, r2 = fmt.Sprint(e.Next() == nil, e.Prev() == nil), fmt.Sprint(g.Next() == nil, g.Prev() == nil)
			case 12:
				if rng.Intn(5) == 0 {
					a.Init()
					b.Init()
					ours, theirs = nil, nil
				}
			}
			check.Eq(fmt.Sprintf("round %d step %d result", round, step), r1, r2)
			check.Eq(fmt.Sprintf("round %d step %d", round, step), contents(&a), gocontents(b))
		}
		check.Eq("zero list", contents(&a2), gocontents(b2.Init()))
		check.Eq("zero Front", a2.Front() == nil && a2.Back() == nil, true)
	}
	check.Done("list")
}
