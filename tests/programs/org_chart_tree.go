package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	ID        int
	Name      string
	Title     string
	Salary    int
	ManagerID int
	Reports   []*Employee
}

type Org struct {
	byID map[int]*Employee
	root *Employee
}

func Build(rows []Employee) (*Org, error) {
	o := &Org{byID: map[int]*Employee{}}
	for i := range rows {
		e := rows[i]
		o.byID[e.ID] = &e
	}
	ids := make([]int, 0, len(o.byID))
	for id := range o.byID {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		e := o.byID[id]
		if e.ManagerID == 0 {
			if o.root != nil {
				return nil, fmt.Errorf("two roots: %s and %s", o.root.Name, e.Name)
			}
			o.root = e
			continue
		}
		m, ok := o.byID[e.ManagerID]
		if !ok {
			return nil, fmt.Errorf("%s has unknown manager %d", e.Name, e.ManagerID)
		}
		m.Reports = append(m.Reports, e)
	}
	return o, nil
}

func (o *Org) Print(e *Employee, prefix string, last bool, b *strings.Builder) {
	connector := "├── "
	if last {
		connector = "└── "
	}
	if e == o.root {
		connector = ""
	}
	fmt.Fprintf(b, "%s%s%s (%s)\n", prefix, connector, e.Name, e.Title)
	childPrefix := prefix
	if e != o.root {
		if last {
			childPrefix += "    "
		} else {
			childPrefix += "│   "
		}
	}
	for i, r := range e.Reports {
		o.Print(r, childPrefix, i == len(e.Reports)-1, b)
	}
}

// Cost returns the total salary of e's subtree and its headcount.
func Cost(e *Employee) (int, int) {
	total, n := e.Salary, 1
	for _, r := range e.Reports {
		t, c := Cost(r)
		total += t
		n += c
	}
	return total, n
}

func (o *Org) ChainOfCommand(id int) []string {
	var chain []string
	for e := o.byID[id]; e != nil; e = o.byID[e.ManagerID] {
		chain = append(chain, e.Name)
	}
	return chain
}

func (o *Org) LowestCommonManager(a, b int) string {
	seen := map[string]bool{}
	for _, n := range o.ChainOfCommand(a) {
		seen[n] = true
	}
	for _, n := range o.ChainOfCommand(b) {
		if seen[n] {
			return n
		}
	}
	return ""
}

func depthStats(e *Employee, depth int, levels map[int][]string) {
	levels[depth] = append(levels[depth], e.Name)
	for _, r := range e.Reports {
		depthStats(r, depth+1, levels)
	}
}

func main() {
	rows := []Employee{
		{ID: 1, Name: "Grace", Title: "CEO", Salary: 300},
		{ID: 2, Name: "Alan", Title: "CTO", Salary: 250, ManagerID: 1},
		{ID: 3, Name: "Ada", Title: "CFO", Salary: 240, ManagerID: 1},
		{ID: 4, Name: "Linus", Title: "Eng Manager", Salary: 180, ManagerID: 2},
		{ID: 5, Name: "Ken", Title: "Engineer", Salary: 150, ManagerID: 4},
		{ID: 6, Name: "Rob", Title: "Engineer", Salary: 155, ManagerID: 4},
		{ID: 7, Name: "Barbara", Title: "Architect", Salary: 200, ManagerID: 2},
		{ID: 8, Name: "Edsger", Title: "Accountant", Salary: 120, ManagerID: 3},
		{ID: 9, Name: "Donald", Title: "Intern", Salary: 50, ManagerID: 5},
	}
	org, err := Build(rows)
	if err != nil {
		fmt.Println(err)
		return
	}
	var b strings.Builder
	org.Print(org.root, "", true, &b)
	fmt.Print(b.String())
	for _, id := range []int{1, 2, 4, 3} {
		total, n := Cost(org.byID[id])
		fmt.Printf("%-6s team of %d costs %d (avg %.1f)\n", org.byID[id].Name, n, total, float64(total)/float64(n))
	}
	fmt.Println("chain for Donald:", strings.Join(org.ChainOfCommand(9), " -> "))
	fmt.Println("LCM(Donald, Rob):", org.LowestCommonManager(9, 6))
	fmt.Println("LCM(Donald, Edsger):", org.LowestCommonManager(9, 8))
	levels := map[int][]string{}
	depthStats(org.root, 0, levels)
	fmt.Println("levels:", levels)
	_, err = Build(append(rows, Employee{ID: 10, Name: "Ghost", ManagerID: 42}))
	fmt.Println("error:", err)
	_, err = Build(append(rows, Employee{ID: 11, Name: "Rival"}))
	fmt.Println("error:", err)
}

// Output:
// Grace (CEO)
// ├── Alan (CTO)
// │   ├── Linus (Eng Manager)
// │   │   ├── Ken (Engineer)
// │   │   │   └── Donald (Intern)
// │   │   └── Rob (Engineer)
// │   └── Barbara (Architect)
// └── Ada (CFO)
//     └── Edsger (Accountant)
// Grace  team of 9 costs 1645 (avg 182.8)
// Alan   team of 6 costs 985 (avg 164.2)
// Linus  team of 4 costs 535 (avg 133.8)
// Ada    team of 2 costs 360 (avg 180.0)
// chain for Donald: Donald -> Ken -> Linus -> Alan -> Grace
// LCM(Donald, Rob): Linus
// LCM(Donald, Edsger): Grace
// levels: map[0:[Grace] 1:[Alan Ada] 2:[Linus Barbara Edsger] 3:[Ken Rob] 4:[Donald]]
// error: Ghost has unknown manager 42
// error: two roots: Grace and Rival
