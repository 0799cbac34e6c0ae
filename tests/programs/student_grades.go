package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Student struct {
	Name   string
	Scores map[string]float64
}

type Grade rune

func letter(avg float64) Grade {
	switch {
	case avg >= 90:
		return 'A'
	case avg >= 80:
		return 'B'
	case avg >= 70:
		return 'C'
	case avg >= 60:
		return 'D'
	}
	return 'F'
}

func (g Grade) String() string { return string(g) }

var weights = map[string]float64{"homework": 0.2, "midterm": 0.3, "final": 0.5}

func (s Student) Weighted() (float64, []string) {
	var total float64
	var missing []string
	for _, part := range []string{"homework", "midterm", "final"} {
		v, ok := s.Scores[part]
		if !ok {
			missing = append(missing, part)
			continue
		}
		total += v * weights[part]
	}
	return total, missing
}

func mean(xs []float64) float64 {
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func stddev(xs []float64) float64 {
	m := mean(xs)
	s := 0.0
	for _, x := range xs {
		s += (x - m) * (x - m)
	}
	return math.Sqrt(s / float64(len(xs)))
}

func median(xs []float64) float64 {
	c := append([]float64(nil), xs...)
	sort.Float64s(c)
	n := len(c)
	if n%2 == 1 {
		return c[n/2]
	}
	return (c[n/2-1] + c[n/2]) / 2
}

func main() {
	class := []Student{
		{"Ana", map[string]float64{"homework": 95, "midterm": 88, "final": 92}},
		{"Ben", map[string]float64{"homework": 70, "midterm": 65, "final": 58}},
		{"Cleo", map[string]float64{"homework": 100, "midterm": 79, "final": 85}},
		{"Dev", map[string]float64{"homework": 82, "final": 90}},
		{"Eli", map[string]float64{"homework": 55, "midterm": 61, "final": 49}},
		{"Fay", map[string]float64{"homework": 88, "midterm": 91, "final": 79.5}},
		{"Gus", map[string]float64{"homework": 90, "midterm": 90, "final": 90}},
	}
	type row struct {
		name    string
		score   float64
		grade   Grade
		missing []string
	}
	var rows []row
	var finals []float64
	dist := map[Grade]int{}
	for _, s := range class {
		w, miss := s.Weighted()
		g := letter(w)
		rows = append(rows, row{s.Name, w, g, miss})
		dist[g]++
		if f, ok := s.Scores["final"]; ok {
			finals = append(finals, f)
		}
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].score != rows[j].score {
			return rows[i].score > rows[j].score
		}
		return rows[i].name < rows[j].name
	})
	fmt.Printf("%-4s %-5s %6s %s\n", "rank", "name", "score", "grade")
	for i, r := range rows {
		note := ""
		if len(r.missing) > 0 {
			note = " (missing: " + strings.Join(r.missing, ", ") + ")"
		}
		fmt.Printf("%-4d %-5s %6.2f %v%s\n", i+1, r.name, r.score, r.grade, note)
	}
	fmt.Printf("finals: mean=%.3f median=%.2f stddev=%.3f\n", mean(finals), median(finals), stddev(finals))
	var line []string
	for _, g := range "ABCDF" {
		line = append(line, fmt.Sprintf("%c:%s", g, strings.Repeat("*", dist[Grade(g)])))
	}
	fmt.Println(strings.Join(line, " "))
	fmt.Println(dist)

	// curve: scale so the top score becomes 100
	top := rows[0].score
	for _, r := range rows {
		curved := r.score * 100 / top
		fmt.Printf("%s %.1f->%.1f %v->%v\n", r.name, r.score, curved, r.grade, letter(curved))
	}
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Floor(-2.5), math.Ceil(2.1), math.Trunc(-2.7))
}

// Output:
// rank name   score grade
// 1    Ana    91.40 A
// 2    Gus    90.00 A
// 3    Cleo   86.20 B
// 4    Fay    84.65 B
// 5    Ben    62.50 D
// 6    Dev    61.40 D (missing: midterm)
// 7    Eli    53.80 F
// finals: mean=77.643 median=85.00 stddev=15.926
// A:** B:** C: D:** F:*
// map[A:2 B:2 D:2 F:1]
// Ana 91.4->100.0 A->A
// Gus 90.0->98.5 A->A
// Cleo 86.2->94.3 B->A
// Fay 84.7->92.6 B->A
// Ben 62.5->68.4 D->D
// Dev 61.4->67.2 D->D
// Eli 53.8->58.9 F->F
// 3 -3 -3 3 -2
