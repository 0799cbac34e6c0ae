package main

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"
)

type Sale struct {
	Region  string
	Product string
	Units   int
	Price   float64
}

func table(w io.Writer, headers []string, rows [][]string) {
	widths := make([]int, len(headers))
	for i, h := range headers {
		widths[i] = len(h)
	}
	for _, r := range rows {
		for i, c := range r {
			widths[i] = max(widths[i], len(c))
		}
	}
	sep := func() {
		for _, width := range widths {
			fmt.Fprint(w, "+", strings.Repeat("-", width+2))
		}
		fmt.Fprintln(w, "+")
	}
	sep()
	line := func(cells []string) {
		for i, c := range cells {
			if isNumeric(c) {
				fmt.Fprintf(w, "| %*s ", widths[i], c)
			} else {
				fmt.Fprintf(w, "| %-*s ", widths[i], c)
			}
		}
		fmt.Fprintln(w, "|")
	}
	line(headers)
	sep()
	for _, r := range rows {
		line(r)
	}
	sep()
}

func isNumeric(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) && r != '.' && r != '-' && r != ',' {
			return false
		}
	}
	return true
}

func main() {
	sales := []Sale{
		{"north", "widget", 120, 2.5}, {"south", "widget", 80, 2.5}, {"north", "gadget", 15, 19.99},
		{"east", "gizmo", 42, 7.25}, {"south", "gadget", 22, 19.99}, {"east", "widget", 200, 2.4},
		{"west", "gizmo", 5, 7.25}, {"north", "gizmo", 31, 7.0},
	}
	byRegion := map[string]float64{}
	var rows [][]string
	for _, s := range sales {
		rev := float64(s.Units) * s.Price
		byRegion[s.Region] += rev
		rows = append(rows, []string{s.Region, s.Product, fmt.Sprint(s.Units), fmt.Sprintf("%.2f", s.Price), fmt.Sprintf("%.2f", rev)})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i][0] != rows[j][0] {
			return rows[i][0] < rows[j][0]
		}
		return rows[i][1] < rows[j][1]
	})
	var buf bytes.Buffer
	table(&buf, []string{"region", "product", "units", "price", "revenue"}, rows)
	fmt.Print(buf.String())
	fmt.Println("report bytes:", buf.Len(), "lines:", bytes.Count(buf.Bytes(), []byte("\n")))

	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Slice(regions, func(i, j int) bool { return byRegion[regions[i]] > byRegion[regions[j]] })
	var summary bytes.Buffer
	for i, r := range regions {
		if i > 0 {
			summary.WriteString(", ")
		}
		fmt.Fprintf(&summary, "%s=%.2f", strings.ToUpper(r[:1])+r[1:], byRegion[r])
	}
	fmt.Println(summary.String())

	// read the report back line by line
	lines := 0
	widest := 0
	for {
		line, err := buf.ReadString('\n')
		if len(line) > 0 {
			lines++
			widest = max(widest, len(strings.TrimRight(line, "\n")))
		}
		if err == io.EOF {
			break
		}
	}
	fmt.Println("read back", lines, "lines, widest", widest, "remaining", buf.Len())
	var b bytes.Buffer
	b.WriteString("Hello")
	b.WriteByte(',')
	b.WriteRune('→')
	b.Write([]byte(" world"))
	fmt.Println(b.String(), b.Len(), bytes.ToUpper(b.Bytes())[:5], string(bytes.TrimPrefix(b.Bytes(), []byte("Hello"))))
	b.Truncate(5)
	next := b.Next(2)
	fmt.Printf("%s|%s|%d\n", next, b.String(), b.Len())
	fields := bytes.Fields([]byte("  a bb  ccc "))
	fmt.Printf("%q %v %v\n", fields, bytes.Contains([]byte("amber"), []byte("mb")), bytes.Index([]byte("amber"), []byte("er")))
}

// Output:
// +--------+---------+-------+-------+---------+
// | region | product | units | price | revenue |
// +--------+---------+-------+-------+---------+
// | east   | gizmo   |    42 |  7.25 |  304.50 |
// | east   | widget  |   200 |  2.40 |  480.00 |
// | north  | gadget  |    15 | 19.99 |  299.85 |
// | north  | gizmo   |    31 |  7.00 |  217.00 |
// | north  | widget  |   120 |  2.50 |  300.00 |
// | south  | gadget  |    22 | 19.99 |  439.78 |
// | south  | widget  |    80 |  2.50 |  200.00 |
// | west   | gizmo   |     5 |  7.25 |   36.25 |
// +--------+---------+-------+-------+---------+
// report bytes: 564 lines: 12
// North=816.85, East=784.50, South=639.78, West=36.25
// read back 12 lines, widest 46 remaining 0
// Hello,→ world 15 [72 69 76 76 79] ,→ world
// He|llo|3
// ["a" "bb" "ccc"] true 3
