package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Times are offsets from a Monday 00:00 epoch, so everything is deterministic.
const day = 24 * time.Hour
const week = 7 * day

var dayNames = []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}

func stamp(t time.Duration) string {
	d := int(t / day)
	rem := t % day
	return fmt.Sprintf("%s(w%d) %02d:%02d", dayNames[d%7], d/7+1, int(rem/time.Hour), int(rem%time.Hour/time.Minute))
}

type Rule interface {
	Next(after time.Duration) time.Duration
	Describe() string
}

type Every struct {
	Start, Interval time.Duration
}

func (e Every) Next(after time.Duration) time.Duration {
	if after < e.Start {
		return e.Start
	}
	n := (after-e.Start)/e.Interval + 1
	return e.Start + n*e.Interval
}
func (e Every) Describe() string { return "every " + e.Interval.String() }

type Weekly struct {
	Days []int // 0 = Monday
	At   time.Duration
}

func (w Weekly) Next(after time.Duration) time.Duration {
	best := time.Duration(-1)
	base := after / week * week
	for _, wk := range []time.Duration{0, week} {
		for _, d := range w.Days {
			t := base + wk + time.Duration(d)*day + w.At
			if t > after && (best < 0 || t < best) {
				best = t
			}
		}
	}
	return best
}
func (w Weekly) Describe() string {
	var names []string
	for _, d := range w.Days {
		names = append(names, dayNames[d])
	}
	return fmt.Sprintf("weekly %s at %v", strings.Join(names, "/"), w.At)
}

type Event struct {
	Name     string
	Rule     Rule
	Duration time.Duration
}

type Occurrence struct {
	At   time.Duration
	Name string
	End  time.Duration
}

func expand(events []Event, from, to time.Duration) []Occurrence {
	var out []Occurrence
	for _, e := range events {
		for t := e.Rule.Next(from - 1); t >= 0 && t < to; t = e.Rule.Next(t) {
			out = append(out, Occurrence{t, e.Name, t + e.Duration})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].At != out[j].At {
			return out[i].At < out[j].At
		}
		return out[i].Name < out[j].Name
	})
	return out
}

func main() {
	events := []Event{
		{"standup", Weekly{[]int{0, 1, 2, 3, 4}, 9*time.Hour + 30*time.Minute}, 15 * time.Minute},
		{"gym", Weekly{[]int{1, 3, 5}, 18 * time.Hour}, 90 * time.Minute},
		{"backup", Every{2 * time.Hour, 36 * time.Hour}, 20 * time.Minute},
		{"retro", Weekly{[]int{4}, 9*time.Hour + 40*time.Minute}, time.Hour},
	}
	for _, e := range events {
		fmt.Printf("%-8s %s\n", e.Name, e.Rule.Describe())
	}
	occ := expand(events, 0, week+2*day)
	perName := map[string]int{}
	var busy time.Duration
	for i, o := range occ {
		perName[o.Name]++
		busy += o.End - o.At
		conflict := ""
		if i > 0 && occ[i-1].End > o.At {
			conflict = " CONFLICT with " + occ[i-1].Name
		}
		fmt.Printf("%-16s %-8s until %s%s\n", stamp(o.At), o.Name, stamp(o.End)[len(stamp(o.End))-5:], conflict)
	}
	fmt.Println(perName, "busy:", busy)
	fmt.Println(stamp(Every{0, 5 * time.Hour}.Next(11*time.Hour)), stamp(Weekly{[]int{6}, 0}.Next(week-1)))
}

// Output:
// standup  weekly Mon/Tue/Wed/Thu/Fri at 9h30m0s
// gym      weekly Tue/Thu/Sat at 18h0m0s
// backup   every 36h0m0s
// retro    weekly Fri at 9h40m0s
// Mon(w1) 02:00    backup   until 02:20
// Mon(w1) 09:30    standup  until 09:45
// Tue(w1) 09:30    standup  until 09:45
// Tue(w1) 14:00    backup   until 14:20
// Tue(w1) 18:00    gym      until 19:30
// Wed(w1) 09:30    standup  until 09:45
// Thu(w1) 02:00    backup   until 02:20
// Thu(w1) 09:30    standup  until 09:45
// Thu(w1) 18:00    gym      until 19:30
// Fri(w1) 09:30    standup  until 09:45
// Fri(w1) 09:40    retro    until 10:40 CONFLICT with standup
// Fri(w1) 14:00    backup   until 14:20
// Sat(w1) 18:00    gym      until 19:30
// Sun(w1) 02:00    backup   until 02:20
// Mon(w2) 09:30    standup  until 09:45
// Mon(w2) 14:00    backup   until 14:20
// Tue(w2) 09:30    standup  until 09:45
// Tue(w2) 18:00    gym      until 19:30
// map[backup:6 gym:4 retro:1 standup:7] busy: 10h45m0s
// Mon(w1) 15:00 Sun(w2) 00:00
