package main

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

type assoc int

const (
	left assoc = iota
	right
)

type opInfo struct {
	prec  int
	assoc assoc
	apply func(a, b float64) float64
}

var ops = map[string]opInfo{
	"+": {1, left, func(a, b float64) float64 { return a + b }},
	"-": {1, left, func(a, b float64) float64 { return a - b }},
	"*": {2, left, func(a, b float64) float64 { return a * b }},
	"/": {2, left, func(a, b float64) float64 { return a / b }},
	"^": {3, right, math.Pow},
}

var funcs = map[string]func(float64) float64{
	"sqrt": math.Sqrt,
	"abs":  math.Abs,
	"neg":  func(x float64) float64 { return -x },
}

func lex(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == ' ':
			i++
		case strings.IndexByte("+-*/^(),", c) >= 0:
			toks = append(toks, string(c))
			i++
		default:
			j := i
			for j < len(s) && strings.IndexByte("+-*/^(), ", s[j]) < 0 {
				j++
			}
			toks = append(toks, s[i:j])
			i = j
		}
	}
	return toks
}

// toRPN implements Dijkstra's shunting-yard algorithm.
func toRPN(tokens []string) ([]string, error) {
	var out, stack []string
	for _, t := range tokens {
		switch {
		case t == "(":
			stack = append(stack, t)
		case t == ")":
			found := false
			for len(stack) > 0 {
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if top == "(" {
					found = true
					break
				}
				out = append(out, top)
			}
			if !found {
				return nil, fmt.Errorf("unbalanced ')'")
			}
			if len(stack) > 0 {
				if _, isFunc := funcs[stack[len(stack)-1]]; isFunc {
					out = append(out, stack[len(stack)-1])
					stack = stack[:len(stack)-1]
				}
			}
		case funcs[t] != nil:
			stack = append(stack, t)
		case ops[t].apply != nil:
			o1 := ops[t]
			for len(stack) > 0 {
				top := stack[len(stack)-1]
				o2, isOp := ops[top]
				if !isOp || !(o2.prec > o1.prec || (o2.prec == o1.prec && o1.assoc == left)) {
					break
				}
				out = append(out, top)
				stack = stack[:len(stack)-1]
			}
			stack = append(stack, t)
		default:
			if _, err := strconv.ParseFloat(t, 64); err != nil {
				return nil, fmt.Errorf("unknown token %q", t)
			}
			out = append(out, t)
		}
	}
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i] == "(" {
			return nil, fmt.Errorf("unbalanced '('")
		}
		out = append(out, stack[i])
	}
	return out, nil
}

func evalRPN(rpn []string) (float64, error) {
	var st []float64
	for _, t := range rpn {
		if op, ok := ops[t]; ok {
			if len(st) < 2 {
				return 0, fmt.Errorf("operator %s needs two operands", t)
			}
			a, b := st[len(st)-2], st[len(st)-1]
			st = append(st[:len(st)-2], op.apply(a, b))
		} else if f, ok := funcs[t]; ok {
			if len(st) < 1 {
				return 0, fmt.Errorf("function %s needs an operand", t)
			}
			st[len(st)-1] = f(st[len(st)-1])
		} else {
			v, _ := strconv.ParseFloat(t, 64)
			st = append(st, v)
		}
	}
	if len(st) != 1 {
		return 0, fmt.Errorf("malformed expression (stack %v)", st)
	}
	return st[0], nil
}

func main() {
	exprs := []string{
		"3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3",
		"2 ^ 3 ^ 2",
		"(2 ^ 3) ^ 2",
		"sqrt(16) + abs(neg(3))",
		"10 - 4 - 3",
		"1 / 0",
		"0 / 0",
		"sqrt(neg(1))",
		"(1 + 2",
		"1 + 2)",
		"1 + foo",
		"1 2",
		"* 3",
	}
	for _, e := range exprs {
		rpn, err := toRPN(lex(e))
		if err != nil {
			fmt.Printf("%-32s parse error: %v\n", e, err)
			continue
		}
		v, err := evalRPN(rpn)
		if err != nil {
			fmt.Printf("%-32s [%s] eval error: %v\n", e, strings.Join(rpn, " "), err)
			continue
		}
		fmt.Printf("%-32s [%s] = %.6g\n", e, strings.Join(rpn, " "), v)
	}
}

// Output:
// 3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3    [3 4 2 * 1 5 - 2 3 ^ ^ / +] = 3.00012
// 2 ^ 3 ^ 2                        [2 3 2 ^ ^] = 512
// (2 ^ 3) ^ 2                      [2 3 ^ 2 ^] = 64
// sqrt(16) + abs(neg(3))           [16 sqrt 3 neg abs +] = 7
// 10 - 4 - 3                       [10 4 - 3 -] = 3
// 1 / 0                            [1 0 /] = +Inf
// 0 / 0                            [0 0 /] = NaN
// sqrt(neg(1))                     [1 neg sqrt] = NaN
// (1 + 2                           parse error: unbalanced '('
// 1 + 2)                           parse error: unbalanced ')'
// 1 + foo                          parse error: unknown token "foo"
// 1 2                              [1 2] eval error: malformed expression (stack [1 2])
// * 3                              [3 *] eval error: operator * needs two operands
