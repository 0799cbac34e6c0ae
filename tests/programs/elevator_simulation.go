package main

import (
	"fmt"
	"sort"
	"strings"
)

type Direction int

const (
	Idle Direction = iota
	Up
	Down
)

func (d Direction) String() string { return [...]string{"idle", "up", "down"}[d] }

type Elevator struct {
	floor     int
	dir       Direction
	stops     map[int]bool
	doorsOpen bool
	moved     int
	log       []string
}

func NewElevator() *Elevator { return &Elevator{stops: map[int]bool{}} }

func (e *Elevator) Request(floor int) { e.stops[floor] = true }

func (e *Elevator) pending(pred func(int) bool) bool {
	for f := range e.stops {
		if pred(f) {
			return true
		}
	}
	return false
}

// Step advances one tick using the SCAN (elevator) algorithm.
func (e *Elevator) Step(tick int) {
	if e.doorsOpen {
		e.doorsOpen = false
		return
	}
	if e.stops[e.floor] {
		delete(e.stops, e.floor)
		e.doorsOpen = true
		e.log = append(e.log, fmt.Sprintf("t%02d open@%d", tick, e.floor))
		return
	}
	above := e.pending(func(f int) bool { return f > e.floor })
	below := e.pending(func(f int) bool { return f < e.floor })
	switch e.dir {
	case Idle:
		if above {
			e.dir = Up
		} else if below {
			e.dir = Down
		}
	case Up:
		if !above {
			if below {
				e.dir = Down
			} else {
				e.dir = Idle
			}
		}
	case Down:
		if !below {
			if above {
				e.dir = Up
			} else {
				e.dir = Idle
			}
		}
	}
	switch e.dir {
	case Up:
		e.floor++
		e.moved++
	case Down:
		e.floor--
		e.moved++
	}
}

func (e *Elevator) Status() string {
	fs := make([]int, 0, len(e.stops))
	for f := range e.stops {
		fs = append(fs, f)
	}
	sort.Ints(fs)
	door := "closed"
	if e.doorsOpen {
		door = "OPEN"
	}
	return fmt.Sprintf("floor=%d dir=%-4v door=%-6s pending=%v", e.floor, e.dir, door, fs)
}

func classify(floor int) string {
	var parts []string
	switch {
	case floor < 0:
		parts = append(parts, "basement")
		fallthrough
	case floor == 0:
		parts = append(parts, "ground-access")
	case floor > 10:
		parts = append(parts, "high")
	default:
		parts = append(parts, "regular")
	}
	return strings.Join(parts, "+")
}

func main() {
	e := NewElevator()
	requests := map[int][]int{0: {5, 2}, 3: {1}, 6: {8}, 9: {0, -1}, 20: {3}}
	for tick := 0; tick < 36; tick++ {
		for _, f := range requests[tick] {
			e.Request(f)
			fmt.Printf("t%02d request %d (%s)\n", tick, f, classify(f))
		}
		e.Step(tick)
		if tick%4 == 3 {
			fmt.Printf("t%02d %s\n", tick, e.Status())
		}
	}
	fmt.Println(strings.Join(e.log, ", "))
	fmt.Println("floors travelled:", e.moved)
	for _, f := range []int{-2, 0, 4, 12} {
		fmt.Print(classify(f), ";")
	}
	fmt.Println()
}

// Output:
// t00 request 5 (regular)
// t00 request 2 (regular)
// t03 request 1 (regular)
// t03 floor=2 dir=up   door=closed pending=[1 5]
// t06 request 8 (regular)
// t07 floor=5 dir=up   door=OPEN   pending=[1 8]
// t09 request 0 (ground-access)
// t09 request -1 (basement+ground-access)
// t11 floor=8 dir=up   door=closed pending=[-1 0 1 8]
// t15 floor=6 dir=down door=closed pending=[-1 0 1]
// t19 floor=2 dir=down door=closed pending=[-1 0 1]
// t20 request 3 (regular)
// t23 floor=0 dir=down door=closed pending=[-1 0 3]
// t27 floor=-1 dir=down door=OPEN   pending=[3]
// t31 floor=2 dir=up   door=closed pending=[3]
// t35 floor=3 dir=idle door=closed pending=[]
// t02 open@2, t07 open@5, t12 open@8, t21 open@1, t24 open@0, t27 open@-1, t33 open@3
// floors travelled: 21
// basement+ground-access;ground-access;regular;high;
