package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Object = map[string]any
type Array = []any

func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func write(b *strings.Builder, v any, indent string, depth int) {
	pad := strings.Repeat(indent, depth)
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case float64:
		b.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		b.WriteString(quote(x))
	case Array:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(pad + indent)
			write(b, e, indent, depth+1)
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "]")
	case Object:
		if len(x) == 0 {
			b.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(b, "%s%s%s: ", pad, indent, quote(k))
			write(b, x[k], indent, depth+1)
			if i < len(keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "}")
	case fmt.Stringer:
		b.WriteString(quote(x.String()))
	default:
		fmt.Fprintf(b, "\"<unsupported %T>\"", x)
	}
}

func Pretty(v any) string {
	var b strings.Builder
	write(&b, v, "  ", 0)
	return b.String()
}

type Version struct{ Major, Minor int }

func (v Version) String() string { return fmt.Sprintf("v%d.%d", v.Major, v.Minor) }

// stats walks the value and counts nodes by kind.
func stats(v any, counts map[string]int, depth int, maxDepth *int) {
	if depth > *maxDepth {
		*maxDepth = depth
	}
	switch x := v.(type) {
	case Object:
		counts["object"]++
		for _, e := range x {
			stats(e, counts, depth+1, maxDepth)
		}
	case Array:
		counts["array"]++
		for _, e := range x {
			stats(e, counts, depth+1, maxDepth)
		}
	case string:
		counts["string"]++
	case int, float64:
		counts["number"]++
	case bool:
		counts["bool"]++
	case nil:
		counts["null"]++
	default:
		counts["other"]++
	}
}

func main() {
	doc := Object{
		"name":    "amber",
		"version": Version{0, 3},
		"tags":    Array{"vm", "go", "deterministic"},
		"stable":  false,
		"score":   9.75,
		"owner":   nil,
		"deps":    Array{},
		"meta":    Object{},
		"quote":   "say \"hi\"\n\tbye",
		"nested": Object{
			"matrix": Array{Array{1, 2}, Array{3, 4.5}},
			"flags":  Object{"z": true, "a": false},
			"c":      complex(1, 2),
		},
	}
	fmt.Println(Pretty(doc))
	counts := map[string]int{}
	maxDepth := 0
	stats(doc, counts, 0, &maxDepth)
	fmt.Println(counts, "max depth:", maxDepth)
	fmt.Println(Pretty(Array{1, "two", 3.0, nil, Array{true}}))
	fmt.Println(Pretty(42), Pretty("\x01"), Pretty(1e21), Pretty(0.000001))
}

// Output:
// {
//   "deps": [],
//   "meta": {},
//   "name": "amber",
//   "nested": {
//     "c": "<unsupported complex128>",
//     "flags": {
//       "a": false,
//       "z": true
//     },
//     "matrix": [
//       [
//         1,
//         2
//       ],
//       [
//         3,
//         4.5
//       ]
//     ]
//   },
//   "owner": null,
//   "quote": "say \"hi\"\n\tbye",
//   "score": 9.75,
//   "stable": false,
//   "tags": [
//     "vm",
//     "go",
//     "deterministic"
//   ],
//   "version": "v0.3"
// }
// map[array:5 bool:3 null:1 number:5 object:4 other:2 string:5] max depth: 4
// [
//   1,
//   "two",
//   3,
//   null,
//   [
//     true
//   ]
// ]
// 42 "\u0001" 1e+21 1e-06
