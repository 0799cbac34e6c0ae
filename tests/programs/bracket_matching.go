package main

import (
	"fmt"
	"strings"
)

type Mismatch struct {
	Pos      int
	Found    rune
	Expected rune
}

func (m *Mismatch) Error() string {
	if m.Expected == 0 {
		return fmt.Sprintf("unexpected %q at %d", m.Found, m.Pos)
	}
	if m.Found == 0 {
		return fmt.Sprintf("missing %q at end (opened at %d)", m.Expected, m.Pos)
	}
	return fmt.Sprintf("expected %q but found %q at %d", m.Expected, m.Found, m.Pos)
}

var pairs = map[rune]rune{'(': ')', '[': ']', '{': '}', '<': '>'}
var closers = map[rune]bool{')': true, ']': true, '}': true, '>': true}

type frame struct {
	open rune
	pos  int
}

func check(s string) error {
	var stack []frame
	inString := false
	for i, r := range s {
		if r == '"' {
			inString = !inString
			continue
		}
		if inString {
			continue
		}
		if _, ok := pairs[r]; ok {
			stack = append(stack, frame{r, i})
			continue
		}
		if closers[r] {
			if len(stack) == 0 {
				return &Mismatch{Pos: i, Found: r}
			}
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if want := pairs[top.open]; want != r {
				return &Mismatch{Pos: i, Found: r, Expected: want}
			}
		}
	}
	if len(stack) > 0 {
		top := stack[len(stack)-1]
		return &Mismatch{Pos: top.pos, Expected: pairs[top.open]}
	}
	return nil
}

func maxDepth(s string) int {
	d, best := 0, 0
	for _, r := range s {
		if _, ok := pairs[r]; ok {
			d++
			best = max(best, d)
		} else if closers[r] {
			d--
		}
	}
	return best
}

// generate lists all balanced strings of n pairs of parentheses.
func generate(n int) []string {
	var out []string
	buf := make([]byte, 0, 2*n)
	var rec func(open, closed int)
	rec = func(open, closed int) {
		if len(buf) == 2*n {
			out = append(out, string(buf))
			return
		}
		if open < n {
			buf = append(buf, '(')
			rec(open+1, closed)
			buf = buf[:len(buf)-1]
		}
		if closed < open {
			buf = append(buf, ')')
			rec(open, closed+1)
			buf = buf[:len(buf)-1]
		}
	}
	rec(0, 0)
	return out
}

func main() {
	inputs := []string{
		"func main() { fmt.Println(a[i]) }",
		"([{}])<>",
		"(]",
		"(((",
		"}",
		`map[string]int{"}": 1}`,
		"if (a < b) { x = y[0] }",
		"",
		"{[()()]}(",
	}
	for _, in := range inputs {
		err := check(in)
		status := "balanced"
		if err != nil {
			status = err.Error()
		}
		fmt.Printf("%-36q depth=%d %s\n", in, maxDepth(in), status)
	}
	for n := 1; n <= 4; n++ {
		g := generate(n)
		fmt.Printf("n=%d: %d combos", n, len(g))
		if n <= 3 {
			fmt.Printf(" %s", strings.Join(g, " "))
		}
		fmt.Println()
	}
	all := generate(5)
	bad := 0
	for _, s := range all {
		if check(s) != nil {
			bad++
		}
	}
	fmt.Println(len(all), "generated for n=5, invalid:", bad)
}

// Output:
// "func main() { fmt.Println(a[i]) }"  depth=3 balanced
// "([{}])<>"                           depth=3 balanced
// "(]"                                 depth=1 expected ')' but found ']' at 1
// "((("                                depth=3 missing ')' at end (opened at 2)
// "}"                                  depth=0 unexpected '}' at 0
// "map[string]int{\"}\": 1}"           depth=1 balanced
// "if (a < b) { x = y[0] }"            depth=3 expected '>' but found ')' at 9
// ""                                   depth=0 balanced
// "{[()()]}("                          depth=3 missing ')' at end (opened at 8)
// n=1: 1 combos ()
// n=2: 2 combos (()) ()()
// n=3: 5 combos ((())) (()()) (())() ()(()) ()()()
// n=4: 14 combos
// 42 generated for n=5, invalid: 0
