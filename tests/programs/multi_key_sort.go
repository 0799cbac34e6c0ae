package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type lessFunc func(a, b *Employee) int

// OrderedBy builds a comparator from a list of keys, compared in turn.
func OrderedBy(keys ...lessFunc) func(a, b *Employee) bool {
	return func(a, b *Employee) bool {
		for _, k := range keys {
			if c := k(a, b); c != 0 {
				return c < 0
			}
		}
		return false
	}
}

func cmpStr(a, b string) int { return strings.Compare(a, b) }
func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

var (
	byDept   = func(a, b *Employee) int { return cmpStr(a.Dept, b.Dept) }
	bySalary = func(a, b *Employee) int { return -cmpInt(a.Salary, b.Salary) } // descending
	byName   = func(a, b *Employee) int { return cmpStr(a.Name, b.Name) }
	byAge    = func(a, b *Employee) int { return cmpInt(a.Age, b.Age) }
)

type Stats struct {
	Count, Total, Min, Max int
}

func (s Stats) Avg() float64 { return float64(s.Total) / float64(s.Count) }

func main() {
	staff := []Employee{
		{"Alice", "Eng", 120, 34}, {"Bob", "Eng", 95, 45}, {"Carol", "Sales", 70, 29},
		{"Dan", "Eng", 120, 28}, {"Eve", "Ops", 80, 51}, {"Frank", "Sales", 70, 38},
		{"Grace", "Ops", 80, 33}, {"Heidi", "Eng", 95, 31}, {"Ivan", "Sales", 105, 42},
		{"Judy", "Ops", 60, 26},
	}
	sorts := []struct {
		name string
		less func(a, b *Employee) bool
	}{
		{"dept, salary desc, name", OrderedBy(byDept, bySalary, byName)},
		{"salary desc, age", OrderedBy(bySalary, byAge)},
		{"age", OrderedBy(byAge)},
	}
	for _, s := range sorts {
		sort.Slice(staff, func(i, j int) bool { return s.less(&staff[i], &staff[j]) })
		fmt.Println("==", s.name)
		for _, e := range staff {
			fmt.Printf("  %-6s %-5s %4d %3d\n", e.Name, e.Dept, e.Salary, e.Age)
		}
	}

	// stable sort keeps previous (age) order among equal departments
	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Dept < staff[j].Dept })
	var names []string
	for _, e := range staff {
		names = append(names, e.Dept+":"+e.Name)
	}
	fmt.Println(strings.Join(names, " "))

	stats := map[string]*Stats{}
	for _, e := range staff {
		s, ok := stats[e.Dept]
		if !ok {
			s = &Stats{Min: e.Salary, Max: e.Salary}
			stats[e.Dept] = s
		}
		s.Count++
		s.Total += e.Salary
		s.Min = min(s.Min, e.Salary)
		s.Max = max(s.Max, e.Salary)
	}
	depts := make([]string, 0, len(stats))
	for d := range stats {
		depts = append(depts, d)
	}
	sort.Slice(depts, func(i, j int) bool {
		ai, aj := stats[depts[i]].Avg(), stats[depts[j]].Avg()
		if ai != aj {
			return ai > aj
		}
		return depts[i] < depts[j]
	})
	for _, d := range depts {
		s := stats[d]
		fmt.Printf("%-5s n=%d avg=%.2f range=[%d,%d]\n", d, s.Count, s.Avg(), s.Min, s.Max)
	}

	ages := make([]int, len(staff))
	for i, e := range staff {
		ages[i] = e.Age
	}
	sort.Ints(ages)
	idx := sort.SearchInts(ages, 40)
	fmt.Println(ages, "first >= 40 at", idx, sort.IntsAreSorted(ages))
	i := sort.Search(len(ages), func(i int) bool { return ages[i] > 100 })
	fmt.Println("search beyond:", i)
	words := strings.Fields("banana Apple cherry apple Banana date")
	sort.Strings(words)
	fmt.Println(words)
	sort.Slice(words, func(i, j int) bool {
		li, lj := strings.ToLower(words[i]), strings.ToLower(words[j])
		if li != lj {
			return li < lj
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Float64s(fl)
	fmt.Println(fl, sort.SearchFloat64s(fl, 2.5))
}

// Output:
// == dept, salary desc, name
//   Alice  Eng    120  34
//   Dan    Eng    120  28
//   Bob    Eng     95  45
//   Heidi  Eng     95  31
//   Eve    Ops     80  51
//   Grace  Ops     80  33
//   Judy   Ops     60  26
//   Ivan   Sales  105  42
//   Carol  Sales   70  29
//   Frank  Sales   70  38
// == salary desc, age
//   Dan    Eng    120  28
//   Alice  Eng    120  34
//   Ivan   Sales  105  42
//   Heidi  Eng     95  31
//   Bob    Eng     95  45
//   Grace  Ops     80  33
//   Eve    Ops     80  51
//   Carol  Sales   70  29
//   Frank  Sales   70  38
//   Judy   Ops     60  26
// == age
//   Judy   Ops     60  26
//   Dan    Eng    120  28
//   Carol  Sales   70  29
//   Heidi  Eng     95  31
//   Grace  Ops     80  33
//   Alice  Eng    120  34
//   Frank  Sales   70  38
//   Ivan   Sales  105  42
//   Bob    Eng     95  45
//   Eve    Ops     80  51
// Eng:Dan Eng:Heidi Eng:Alice Eng:Bob Ops:Judy Ops:Grace Ops:Eve Sales:Carol Sales:Frank Sales:Ivan
// Eng   n=4 avg=107.50 range=[95,120]
// Sales n=3 avg=81.67 range=[70,105]
// Ops   n=3 avg=73.33 range=[60,80]
// [26 28 29 31 33 34 38 42 45 51] first >= 40 at 7 true
// search beyond: 10
// [Apple Banana apple banana cherry date]
// [Apple apple Banana banana cherry date]
// [-1 0 2.5 3.25] 2
