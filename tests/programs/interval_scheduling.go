package main

import (
	"fmt"
	"sort"
	"strings"
)

type Interval struct {
	Start, End int
	Label      string
}

func (iv Interval) String() string { return fmt.Sprintf("[%s %s)", clock(iv.Start), clock(iv.End)) }

func clock(min int) string { return fmt.Sprintf("%02d:%02d", min/60, min%60) }

func parse(s string) Interval {
	var h1, m1, h2, m2 int
	var label string
	fmt.Sscanf(s, "%d:%d-%d:%d %s", &h1, &m1, &h2, &m2, &label)
	return Interval{h1*60 + m1, h2*60 + m2, label}
}

func merge(ivs []Interval) []Interval {
	if len(ivs) == 0 {
		return nil
	}
	s := append([]Interval(nil), ivs...)
	sort.Slice(s, func(i, j int) bool {
		if s[i].Start != s[j].Start {
			return s[i].Start < s[j].Start
		}
		return s[i].End < s[j].End
	})
	out := []Interval{s[0]}
	for _, iv := range s[1:] {
		last := &out[len(out)-1]
		if iv.Start <= last.End {
			last.End = max(last.End, iv.End)
			last.Label += "+" + iv.Label
		} else {
			out = append(out, iv)
		}
	}
	return out
}

func freeSlots(busy []Interval, dayStart, dayEnd, minLen int) []Interval {
	var free []Interval
	cur := dayStart
	for _, b := range merge(busy) {
		if b.Start-cur >= minLen {
			free = append(free, Interval{cur, b.Start, "free"})
		}
		cur = max(cur, b.End)
	}
	if dayEnd-cur >= minLen {
		free = append(free, Interval{cur, dayEnd, "free"})
	}
	return free
}

// minRooms sweeps start/end events to find the peak overlap.
func minRooms(ivs []Interval) (int, int) {
	type ev struct{ t, d int }
	var evs []ev
	for _, iv := range ivs {
		evs = append(evs, ev{iv.Start, 1}, ev{iv.End, -1})
	}
	sort.Slice(evs, func(i, j int) bool {
		if evs[i].t != evs[j].t {
			return evs[i].t < evs[j].t
		}
		return evs[i].d < evs[j].d
	})
	cur, best, at := 0, 0, 0
	for _, e := range evs {
		cur += e.d
		if cur > best {
			best, at = cur, e.t
		}
	}
	return best, at
}

// maxNonOverlapping picks greedily by earliest end.
func maxNonOverlapping(ivs []Interval) []Interval {
	s := append([]Interval(nil), ivs...)
	sort.Slice(s, func(i, j int) bool {
		if s[i].End != s[j].End {
			return s[i].End < s[j].End
		}
		return s[i].Label < s[j].Label
	})
	var out []Interval
	end := -1
	for _, iv := range s {
		if iv.Start >= end {
			out = append(out, iv)
			end = iv.End
		}
	}
	return out
}

func main() {
	raw := []string{
		"09:00-10:00 standup", "09:30-11:00 design", "13:00-14:00 lunch", "10:45-11:30 review",
		"15:00-15:30 1on1", "15:15-16:45 planning", "16:45-17:00 wrapup", "08:00-08:30 gym",
	}
	var ivs []Interval
	for _, r := range raw {
		ivs = append(ivs, parse(r))
	}
	fmt.Println("merged busy blocks:")
	for _, m := range merge(ivs) {
		fmt.Printf("  %v %s\n", m, m.Label)
	}
	var slots []string
	for _, f := range freeSlots(ivs, 8*60, 18*60, 30) {
		slots = append(slots, f.String())
	}
	fmt.Println("free (>=30m):", strings.Join(slots, " "))
	rooms, at := minRooms(ivs)
	fmt.Printf("rooms needed: %d (first peak at %s)\n", rooms, clock(at))
	var picked []string
	for _, iv := range maxNonOverlapping(ivs) {
		picked = append(picked, iv.Label)
	}
	fmt.Println("max attendable:", len(picked), picked)
	fmt.Println(merge(nil) == nil, merge([]Interval{{1, 2, "a"}, {2, 3, "b"}, {5, 6, "c"}}))
}

// Output:
// merged busy blocks:
//   [08:00 08:30) gym
//   [09:00 11:30) standup+design+review
//   [13:00 14:00) lunch
//   [15:00 17:00) 1on1+planning+wrapup
// free (>=30m): [08:30 09:00) [11:30 13:00) [14:00 15:00) [17:00 18:00)
// rooms needed: 2 (first peak at 09:30)
// max attendable: 6 [gym standup review lunch 1on1 wrapup]
// true [[00:01 00:03) [00:05 00:06)]
