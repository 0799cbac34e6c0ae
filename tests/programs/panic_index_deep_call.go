package main

import (
	"fmt"
	"strings"
)

type Table struct {
	headers []string
	rows    [][]string
}

func parseTable(src string) *Table {
	lines := strings.Split(strings.TrimSpace(src), "\n")
	t := &Table{headers: strings.Split(lines[0], ",")}
	for _, l := range lines[1:] {
		t.rows = append(t.rows, strings.Split(l, ","))
	}
	return t
}

func (t *Table) column(name string) int {
	for i, h := range t.headers {
		if h == name {
			return i
		}
	}
	return -1
}

func (t *Table) cell(row int, col string) string {
	return t.rows[row][t.column(col)]
}

func (t *Table) summarize(col string) map[string]int {
	counts := map[string]int{}
	for i := range t.rows {
		counts[t.cell(i, col)]++
	}
	return counts
}

func report(t *Table, cols ...string) {
	for _, c := range cols {
		fmt.Println(c, t.summarize(c))
	}
}

func main() {
	t := parseTable(`
name,city,role
ann,Paris,dev
bob,Lyon,ops
cid,Paris,dev
dee,Nice
eve,Lyon,dev
`)
	fmt.Println(len(t.rows), "rows,", len(t.headers), "columns")
	report(t, "city", "name", "role")
	fmt.Println("unreachable")
}

// Output:
// 5 rows, 3 columns
// city map[Lyon:2 Nice:1 Paris:2]
// name map[ann:1 bob:1 cid:1 dee:1 eve:1]
// Error:
// panic: runtime error: index out of range [2] with length 2
