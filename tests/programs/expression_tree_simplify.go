package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Expr interface {
	Eval(env map[string]float64) (float64, error)
	String() string
}

type Num float64
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Call struct {
	Fn  string
	Arg Expr
}

func (n Num) Eval(map[string]float64) (float64, error) { return float64(n), nil }
func (n Num) String() string                           { return fmt.Sprint(float64(n)) }

func (v Var) Eval(env map[string]float64) (float64, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("undefined variable %s", string(v))
	}
	return x, nil
}
func (v Var) String() string { return string(v) }

func (b Bin) Eval(env map[string]float64) (float64, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, fmt.Errorf("division by zero in %v", b)
		}
		return l / r, nil
	case '^':
		return math.Pow(l, r), nil
	}
	return 0, fmt.Errorf("unknown operator %q", b.Op)
}
func (b Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func (c Call) Eval(env map[string]float64) (float64, error) {
	x, err := c.Arg.Eval(env)
	if err != nil {
		return 0, err
	}
	switch c.Fn {
	case "sin":
		return math.Sin(x), nil
	case "cos":
		return math.Cos(x), nil
	case "exp":
		return math.Exp(x), nil
	case "ln":
		return math.Log(x), nil
	}
	return 0, fmt.Errorf("unknown function %s", c.Fn)
}
func (c Call) String() string { return c.Fn + "(" + c.Arg.String() + ")" }

func isNum(e Expr, v float64) bool { n, ok := e.(Num); return ok && float64(n) == v }

// Simplify folds constants and applies algebraic identities bottom-up.
func Simplify(e Expr) Expr {
	switch x := e.(type) {
	case Bin:
		l, r := Simplify(x.L), Simplify(x.R)
		ln, lok := l.(Num)
		rn, rok := r.(Num)
		if lok && rok {
			if v, err := (Bin{x.Op, ln, rn}).Eval(nil); err == nil {
				return Num(v)
			}
		}
		switch x.Op {
		case '+':
			if isNum(l, 0) {
				return r
			}
			if isNum(r, 0) {
				return l
			}
		case '-':
			if isNum(r, 0) {
				return l
			}
			if l.String() == r.String() {
				return Num(0)
			}
		case '*':
			if isNum(l, 0) || isNum(r, 0) {
				return Num(0)
			}
			if isNum(l, 1) {
				return r
			}
			if isNum(r, 1) {
				return l
			}
		case '/':
			if isNum(r, 1) {
				return l
			}
		case '^':
			if isNum(r, 0) {
				return Num(1)
			}
			if isNum(r, 1) {
				return l
			}
		}
		return Bin{x.Op, l, r}
	case Call:
		return Call{x.Fn, Simplify(x.Arg)}
	}
	return e
}

// Deriv differentiates with respect to v.
func Deriv(e Expr, v string) Expr {
	switch x := e.(type) {
	case Num:
		return Num(0)
	case Var:
		if string(x) == v {
			return Num(1)
		}
		return Num(0)
	case Bin:
		dl, dr := Deriv(x.L, v), Deriv(x.R, v)
		switch x.Op {
		case '+', '-':
			return Bin{x.Op, dl, dr}
		case '*':
			return Bin{'+', Bin{'*', dl, x.R}, Bin{'*', x.L, dr}}
		case '/':
			return Bin{'/', Bin{'-', Bin{'*', dl, x.R}, Bin{'*', x.L, dr}}, Bin{'^', x.R, Num(2)}}
		case '^':
			if n, ok := x.R.(Num); ok {
				return Bin{'*', Bin{'*', n, Bin{'^', x.L, Num(float64(n) - 1)}}, dl}
			}
		}
	case Call:
		d := Deriv(x.Arg, v)
		switch x.Fn {
		case "sin":
			return Bin{'*', Call{"cos", x.Arg}, d}
		case "cos":
			return Bin{'*', Bin{'-', Num(0), Call{"sin", x.Arg}}, d}
		case "exp":
			return Bin{'*', x, d}
		case "ln":
			return Bin{'/', d, x.Arg}
		}
	}
	return Var("d?")
}

func vars(e Expr, set map[string]bool) {
	switch x := e.(type) {
	case Var:
		set[string(x)] = true
	case Bin:
		vars(x.L, set)
		vars(x.R, set)
	case Call:
		vars(x.Arg, set)
	}
}

func main() {
	x, y := Var("x"), Var("y")
	exprs := []Expr{
		Bin{'+', Bin{'*', Num(3), Bin{'^', x, Num(2)}}, Bin{'*', Num(2), x}},
		Bin{'*', Call{"sin", x}, Call{"exp", Bin{'*', Num(2), x}}},
		Bin{'/', Num(1), x},
		Bin{'-', Bin{'*', x, y}, Bin{'*', x, y}},
		Bin{'+', Bin{'*', Num(0), y}, Bin{'^', Bin{'+', x, Num(0)}, Num(1)}},
		Call{"ln", Bin{'*', x, x}},
		Bin{'/', y, Bin{'-', x, x}},
	}
	env := map[string]float64{"x": 2, "y": 0.5}
	for _, e := range exprs {
		s := Simplify(e)
		d := Simplify(Deriv(e, "x"))
		set := map[string]bool{}
		vars(e, set)
		names := make([]string, 0, len(set))
		for n := range set {
			names = append(names, n)
		}
		sort.Strings(names)
		v, err := e.Eval(env)
		dv, derr := d.Eval(env)
		fmt.Printf("e    = %v\n  simp = %v  vars=%v\n  d/dx = %v\n", e, s, names, d)
		if err != nil {
			fmt.Printf("  eval error: %v\n", err)
		} else {
			fmt.Printf("  e(2)=%.6g e'(2)=%.6g err=%v\n", v, dv, derr)
		}
	}
	_, err := Bin{'+', x, Var("z")}.Eval(env)
	fmt.Println(err, strings.Repeat("=", 10))
}

// Output:
// e    = ((3 * (x ^ 2)) + (2 * x))
//   simp = ((3 * (x ^ 2)) + (2 * x))  vars=[x]
//   d/dx = ((3 * (2 * x)) + 2)
//   e(2)=16 e'(2)=14 err=<nil>
// e    = (sin(x) * exp((2 * x)))
//   simp = (sin(x) * exp((2 * x)))  vars=[x]
//   d/dx = ((cos(x) * exp((2 * x))) + (sin(x) * (exp((2 * x)) * 2)))
//   e(2)=49.646 e'(2)=76.5711 err=<nil>
// e    = (1 / x)
//   simp = (1 / x)  vars=[x]
//   d/dx = (-1 / (x ^ 2))
//   e(2)=0.5 e'(2)=-0.25 err=<nil>
// e    = ((x * y) - (x * y))
//   simp = 0  vars=[x y]
//   d/dx = 0
//   e(2)=0 e'(2)=0 err=<nil>
// e    = ((0 * y) + ((x + 0) ^ 1))
//   simp = x  vars=[x y]
//   d/dx = 1
//   e(2)=2 e'(2)=1 err=<nil>
// e    = ln((x * x))
//   simp = ln((x * x))  vars=[x]
//   d/dx = ((x + x) / (x * x))
//   e(2)=1.38629 e'(2)=1 err=<nil>
// e    = (y / (x - x))
//   simp = (y / 0)  vars=[x y]
//   d/dx = (0 / 0)
//   eval error: division by zero in (y / (x - x))
// undefined variable z ==========
