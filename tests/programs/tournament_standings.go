package main

import (
	"fmt"
	"sort"
	"strings"
)

type Record struct {
	Team                     string
	Played, Won, Drawn, Lost int
	GoalsFor, GoalsAgainst   int
	Form                     []byte
}

func (r *Record) Points() int   { return 3*r.Won + r.Drawn }
func (r *Record) GoalDiff() int { return r.GoalsFor - r.GoalsAgainst }

// roundRobin uses the circle method; a "BYE" pads odd team counts.
func roundRobin(teams []string) [][][2]string {
	ts := append([]string(nil), teams...)
	if len(ts)%2 == 1 {
		ts = append(ts, "BYE")
	}
	n := len(ts)
	var rounds [][][2]string
	for r := 0; r < n-1; r++ {
		var matches [][2]string
		for i := 0; i < n/2; i++ {
			home, away := ts[i], ts[n-1-i]
			if r%2 == 1 {
				home, away = away, home
			}
			if home != "BYE" && away != "BYE" {
				matches = append(matches, [2]string{home, away})
			}
		}
		rounds = append(rounds, matches)
		// rotate all but the first
		last := ts[n-1]
		copy(ts[2:], ts[1:n-1])
		ts[1] = last
	}
	return rounds
}

type lcg uint64

func (l *lcg) goals() int {
	*l = *l*6364136223846793005 + 1442695040888963407
	v := int(*l >> 60) // 0..15
	switch {
	case v < 4:
		return 0
	case v < 9:
		return 1
	case v < 13:
		return 2
	case v < 15:
		return 3
	}
	return 4
}

func main() {
	teams := []string{"Ajax", "Benfica", "Celtic", "Dortmund", "Everton"}
	table := map[string]*Record{}
	for _, t := range teams {
		table[t] = &Record{Team: t}
	}
	rng := lcg(12345)
	for i, round := range roundRobin(teams) {
		var results []string
		for _, m := range round {
			hg, ag := rng.goals(), rng.goals()
			results = append(results, fmt.Sprintf("%s %d-%d %s", m[0], hg, ag, m[1]))
			h, a := table[m[0]], table[m[1]]
			h.Played++
			a.Played++
			h.GoalsFor += hg
			h.GoalsAgainst += ag
			a.GoalsFor += ag
			a.GoalsAgainst += hg
			switch {
			case hg > ag:
				h.Won++
				a.Lost++
				h.Form = append(h.Form, 'W')
				a.Form = append(a.Form, 'L')
			case hg < ag:
				a.Won++
				h.Lost++
				h.Form = append(h.Form, 'L')
				a.Form = append(a.Form, 'W')
			default:
				h.Drawn++
				a.Drawn++
				h.Form = append(h.Form, 'D')
				a.Form = append(a.Form, 'D')
			}
		}
		fmt.Printf("round %d: %s\n", i+1, strings.Join(results, ", "))
	}
	recs := make([]*Record, 0, len(table))
	for _, r := range table {
		recs = append(recs, r)
	}
	sort.Slice(recs, func(i, j int) bool {
		a, b := recs[i], recs[j]
		if a.Points() != b.Points() {
			return a.Points() > b.Points()
		}
		if a.GoalDiff() != b.GoalDiff() {
			return a.GoalDiff() > b.GoalDiff()
		}
		if a.GoalsFor != b.GoalsFor {
			return a.GoalsFor > b.GoalsFor
		}
		return a.Team < b.Team
	})
	fmt.Printf("%-3s %-9s %2s %2s %2s %2s %5s %4s %3s  %s\n", "#", "team", "P", "W", "D", "L", "goals", "diff", "pts", "form")
	for i, r := range recs {
		fmt.Printf("%-3d %-9s %2d %2d %2d %2d %2d:%-2d %+4d %3d  %s\n", i+1, r.Team, r.Played, r.Won, r.Drawn, r.Lost,
			r.GoalsFor, r.GoalsAgainst, r.GoalDiff(), r.Points(), r.Form)
	}
	fmt.Println(len(roundRobin([]string{"a", "b", "c", "d"})), roundRobin([]string{"a", "b", "c", "d"}))
}

// Output:
// round 1: Benfica 0-1 Everton, Celtic 3-3 Dortmund
// round 2: Everton 1-1 Ajax, Celtic 2-1 Benfica
// round 3: Ajax 3-0 Dortmund, Everton 4-4 Celtic
// round 4: Celtic 0-3 Ajax, Benfica 1-1 Dortmund
// round 5: Ajax 2-1 Benfica, Dortmund 1-1 Everton
// #   team       P  W  D  L goals diff pts  form
// 1   Ajax       4  3  1  0  9:2    +7  10  DWWW
// 2   Everton    4  1  3  0  7:6    +1   6  WDDD
// 3   Celtic     4  1  2  1  9:11   -2   5  DWDL
// 4   Dortmund   4  0  3  1  5:8    -3   3  DLDD
// 5   Benfica    4  0  1  3  3:6    -3   1  LLDL
// 3 [[[a d] [b c]] [[c a] [b d]] [[a b] [c d]]]
