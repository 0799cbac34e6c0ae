package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Value any // float64, string (symbol), []Value (list), *Lambda, Builtin

type Lambda struct {
	params []string
	body   Value
	env    *Env
}

type Builtin func(args []Value) (Value, error)

type Env struct {
	vars  map[string]Value
	outer *Env
}

func (e *Env) Find(name string) (Value, error) {
	for cur := e; cur != nil; cur = cur.outer {
		if v, ok := cur.vars[name]; ok {
			return v, nil
		}
	}
	return nil, fmt.Errorf("unbound symbol %q", name)
}

func tokenize(s string) []string {
	s = strings.ReplaceAll(s, "(", " ( ")
	s = strings.ReplaceAll(s, ")", " ) ")
	return strings.Fields(s)
}

var ErrSyntax = errors.New("syntax error")

func parse(toks *[]string) (Value, error) {
	if len(*toks) == 0 {
		return nil, fmt.Errorf("%w: unexpected EOF", ErrSyntax)
	}
	t := (*toks)[0]
	*toks = (*toks)[1:]
	switch t {
	case "(":
		var list []Value
		for len(*toks) > 0 && (*toks)[0] != ")" {
			v, err := parse(toks)
			if err != nil {
				return nil, err
			}
			list = append(list, v)
		}
		if len(*toks) == 0 {
			return nil, fmt.Errorf("%w: missing )", ErrSyntax)
		}
		*toks = (*toks)[1:]
		return list, nil
	case ")":
		return nil, fmt.Errorf("%w: unexpected )", ErrSyntax)
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil {
		return f, nil
	}
	return t, nil
}

func eval(x Value, env *Env, depth int) (Value, error) {
	if depth > 200 {
		return nil, errors.New("recursion too deep")
	}
	switch v := x.(type) {
	case float64:
		return v, nil
	case string:
		return env.Find(v)
	case []Value:
		if len(v) == 0 {
			return v, nil
		}
		if head, ok := v[0].(string); ok {
			switch head {
			case "quote":
				return v[1], nil
			case "if":
				c, err := eval(v[1], env, depth+1)
				if err != nil {
					return nil, err
				}
				if b, ok := c.(bool); ok && !b {
					return eval(v[3], env, depth+1)
				}
				return eval(v[2], env, depth+1)
			case "define":
				val, err := eval(v[2], env, depth+1)
				if err != nil {
					return nil, err
				}
				env.vars[v[1].(string)] = val
				return val, nil
			case "lambda":
				var params []string
				for _, p := range v[1].([]Value) {
					params = append(params, p.(string))
				}
				return &Lambda{params, v[2], env}, nil
			}
		}
		f, err := eval(v[0], env, depth+1)
		if err != nil {
			return nil, err
		}
		args := make([]Value, 0, len(v)-1)
		for _, a := range v[1:] {
			av, err := eval(a, env, depth+1)
			if err != nil {
				return nil, err
			}
			args = append(args, av)
		}
		switch fn := f.(type) {
		case Builtin:
			return fn(args)
		case *Lambda:
			if len(args) != len(fn.params) {
				return nil, fmt.Errorf("arity mismatch: want %d, got %d", len(fn.params), len(args))
			}
			local := &Env{map[string]Value{}, fn.env}
			for i, p := range fn.params {
				local.vars[p] = args[i]
			}
			return eval(fn.body, local, depth+1)
		}
		return nil, fmt.Errorf("not a function: %v", show(f))
	}
	return x, nil
}

func numeric(op func(a, b float64) Value) Builtin {
	return func(args []Value) (Value, error) {
		if len(args) != 2 {
			return nil, fmt.Errorf("want 2 args, got %d", len(args))
		}
		a, ok1 := args[0].(float64)
		b, ok2 := args[1].(float64)
		if !ok1 || !ok2 {
			return nil, errors.New("numeric argument expected")
		}
		return op(a, b), nil
	}
}

func show(v Value) string {
	switch x := v.(type) {
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		if x {
			return "#t"
		}
		return "#f"
	case []Value:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = show(e)
		}
		return "(" + strings.Join(parts, " ") + ")"
	case *Lambda:
		return "<lambda/" + strconv.Itoa(len(x.params)) + ">"
	case Builtin:
		return "<builtin>"
	}
	return fmt.Sprint(v)
}

func globalEnv() *Env {
	return &Env{vars: map[string]Value{
		"+":    numeric(func(a, b float64) Value { return a + b }),
		"-":    numeric(func(a, b float64) Value { return a - b }),
		"*":    numeric(func(a, b float64) Value { return a * b }),
		"/":    numeric(func(a, b float64) Value { return a / b }),
		"<":    numeric(func(a, b float64) Value { return a < b }),
		"=":    numeric(func(a, b float64) Value { return a == b }),
		"list": Builtin(func(args []Value) (Value, error) { return args, nil }),
		"car": Builtin(func(args []Value) (Value, error) {
			l, ok := args[0].([]Value)
			if !ok || len(l) == 0 {
				return nil, errors.New("car of empty or non-list")
			}
			return l[0], nil
		}),
		"cdr": Builtin(func(args []Value) (Value, error) {
			l, ok := args[0].([]Value)
			if !ok || len(l) == 0 {
				return nil, errors.New("cdr of empty or non-list")
			}
			return l[1:], nil
		}),
		"null?": Builtin(func(args []Value) (Value, error) {
			l, ok := args[0].([]Value)
			return ok && len(l) == 0, nil
		}),
	}}
}

func main() {
	env := globalEnv()
	program := []string{
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 10)",
		"(fact 20)",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
		"(fib 15)",
		"(define make-adder (lambda (k) (lambda (x) (+ x k))))",
		"(define add5 (make-adder 5))",
		"(add5 37)",
		"(define len (lambda (l) (if (null? l) 0 (+ 1 (len (cdr l))))))",
		"(len (list 1 2 3 4 5))",
		"(car (cdr (quote (a b c))))",
		"(list 1 (list 2 3) (quote x))",
		"(/ 1 0)",
		"(undefined 1)",
		"(fact 1 2)",
		"(car (quote ()))",
		"(1 2)",
		"(+ 1",
		")",
		"(define loop (lambda (n) (loop n)))",
		"(loop 1)",
		"fact",
		"(= (fact 5) 120)",
	}
	for _, line := range program {
		toks := tokenize(line)
		expr, err := parse(&toks)
		if err == nil {
			var v Value
			v, err = eval(expr, env, 0)
			if err == nil {
				fmt.Printf("%-62s => %s\n", line, show(v))
				continue
			}
		}
		fmt.Printf("%-62s !! %v (syntax=%t)\n", line, err, errors.Is(err, ErrSyntax))
	}
}

// Output:
// (define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1)))))) => <lambda/1>
// (fact 10)                                                      => 3.6288e+06
// (fact 20)                                                      => 2.43290200817664e+18
// (define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))) => <lambda/1>
// (fib 15)                                                       => 610
// (define make-adder (lambda (k) (lambda (x) (+ x k))))          => <lambda/1>
// (define add5 (make-adder 5))                                   => <lambda/1>
// (add5 37)                                                      => 42
// (define len (lambda (l) (if (null? l) 0 (+ 1 (len (cdr l)))))) => <lambda/1>
// (len (list 1 2 3 4 5))                                         => 5
// (car (cdr (quote (a b c))))                                    => b
// (list 1 (list 2 3) (quote x))                                  => (1 (2 3) x)
// (/ 1 0)                                                        => +Inf
// (undefined 1)                                                  !! unbound symbol "undefined" (syntax=false)
// (fact 1 2)                                                     !! arity mismatch: want 1, got 2 (syntax=false)
// (car (quote ()))                                               !! car of empty or non-list (syntax=false)
// (1 2)                                                          !! not a function: 1 (syntax=false)
// (+ 1                                                           !! syntax error: missing ) (syntax=true)
// )                                                              !! syntax error: unexpected ) (syntax=true)
// (define loop (lambda (n) (loop n)))                            => <lambda/1>
// (loop 1)                                                       !! recursion too deep (syntax=false)
// fact                                                           => <lambda/1>
// (= (fact 5) 120)                                               => #t
