package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Sheet struct {
	raw   map[string]string
	cache map[string]float64
	state map[string]int // 0 unvisited, 1 in progress, 2 done
}

var ErrCycle = errors.New("circular reference")

type CellError struct {
	Cell string
	Err  error
}

func (e *CellError) Error() string { return e.Cell + ": " + e.Err.Error() }
func (e *CellError) Unwrap() error { return e.Err }

func NewSheet(cells map[string]string) *Sheet {
	return &Sheet{raw: cells, cache: map[string]float64{}, state: map[string]int{}}
}

func (s *Sheet) Eval(cell string) (float64, error) {
	switch s.state[cell] {
	case 1:
		return 0, &CellError{cell, ErrCycle}
	case 2:
		return s.cache[cell], nil
	}
	src, ok := s.raw[cell]
	if !ok {
		return 0, nil // empty cells are zero
	}
	s.state[cell] = 1
	v, err := s.evalExpr(strings.TrimSpace(src))
	if err != nil {
		s.state[cell] = 0
		var ce *CellError
		if errors.As(err, &ce) {
			return 0, err
		}
		return 0, &CellError{cell, err}
	}
	s.state[cell] = 2
	s.cache[cell] = v
	return v, nil
}

func (s *Sheet) evalExpr(src string) (float64, error) {
	if !strings.HasPrefix(src, "=") {
		return strconv.ParseFloat(src, 64)
	}
	expr := src[1:]
	if strings.HasPrefix(expr, "SUM(") && strings.HasSuffix(expr, ")") {
		cells, err := expandRange(expr[4 : len(expr)-1])
		if err != nil {
			return 0, err
		}
		total := 0.0
		for _, c := range cells {
			v, err := s.Eval(c)
			if err != nil {
				return 0, err
			}
			total += v
		}
		return total, nil
	}
	// sum of terms separated by + and -, each term a product of factors
	total := 0.0
	sign := 1.0
	for _, tok := range tokenize(expr) {
		switch tok {
		case "+":
			sign = 1
		case "-":
			sign = -1
		default:
			prod := 1.0
			for _, f := range strings.Split(tok, "*") {
				v, err := s.factor(f)
				if err != nil {
					return 0, err
				}
				prod *= v
			}
			total += sign * prod
		}
	}
	return total, nil
}

func (s *Sheet) factor(f string) (float64, error) {
	if v, err := strconv.ParseFloat(f, 64); err == nil {
		return v, nil
	}
	if len(f) >= 2 && f[0] >= 'A' && f[0] <= 'Z' {
		return s.Eval(f)
	}
	return 0, fmt.Errorf("bad operand %q", f)
}

func tokenize(expr string) []string {
	var toks []string
	cur := ""
	for _, r := range expr {
		if r == '+' || r == '-' {
			if cur != "" {
				toks = append(toks, cur)
			}
			toks = append(toks, string(r))
			cur = ""
		} else if r != ' ' {
			cur += string(r)
		}
	}
	if cur != "" {
		toks = append(toks, cur)
	}
	return toks
}

func expandRange(r string) ([]string, error) {
	from, to, ok := strings.Cut(r, ":")
	if !ok || len(from) < 2 || len(to) < 2 {
		return nil, fmt.Errorf("bad range %q", r)
	}
	r1, err1 := strconv.Atoi(from[1:])
	r2, err2 := strconv.Atoi(to[1:])
	if err1 != nil || err2 != nil {
		return nil, fmt.Errorf("bad range %q", r)
	}
	var cells []string
	for c := from[0]; c <= to[0]; c++ {
		for row := r1; row <= r2; row++ {
			cells = append(cells, fmt.Sprintf("%c%d", c, row))
		}
	}
	return cells, nil
}

func main() {
	sheet := NewSheet(map[string]string{
		"A1": "10", "A2": "20", "A3": "30.5",
		"B1": "=A1*2", "B2": "=A2*2+1", "B3": "=A3*2-B1",
		"C1": "=SUM(A1:B3)",
		"C2": "=C1-A1*A2+0.5",
		"D1": "=D2+1", "D2": "=D3*2", "D3": "=D1",
		"E1": "hello", "E2": "=E1+1", "E3": "=A1+Z9",
		"F1": "=SUM(A1:A)", "F2": "=2*x",
	})
	cells := make([]string, 0, len(sheet.raw))
	for c := range sheet.raw {
		cells = append(cells, c)
	}
	sort.Strings(cells)
	for _, c := range cells {
		v, err := sheet.Eval(c)
		if err != nil {
			fmt.Printf("%s %-14s #ERR %v (cycle=%t)\n", c, sheet.raw[c], err, errors.Is(err, ErrCycle))
			continue
		}
		fmt.Printf("%s %-14s %g\n", c, sheet.raw[c], v)
	}
	fmt.Println("cached:", len(sheet.cache))
}

// Output:
// A1 10             10
// A2 20             20
// A3 30.5           30.5
// B1 =A1*2          20
// B2 =A2*2+1        41
// B3 =A3*2-B1       41
// C1 =SUM(A1:B3)    162.5
// C2 =C1-A1*A2+0.5  -37
// D1 =D2+1          #ERR D1: circular reference (cycle=true)
// D2 =D3*2          #ERR D2: circular reference (cycle=true)
// D3 =D1            #ERR D3: circular reference (cycle=true)
// E1 hello          #ERR E1: strconv.ParseFloat: parsing "hello": invalid syntax (cycle=false)
// E2 =E1+1          #ERR E1: strconv.ParseFloat: parsing "hello": invalid syntax (cycle=false)
// E3 =A1+Z9         10
// F1 =SUM(A1:A)     #ERR F1: bad range "A1:A" (cycle=false)
// F2 =2*x           #ERR F2: bad operand "x" (cycle=false)
// cached: 9
