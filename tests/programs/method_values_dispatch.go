package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Stack struct {
	data []float64
}

func (s *Stack) Push(v float64) { s.data = append(s.data, v) }
func (s *Stack) Pop() (float64, error) {
	if len(s.data) == 0 {
		return 0, errors.New("stack empty")
	}
	v := s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	return v, nil
}

type Calculator struct {
	stack Stack
	ops   map[string]func() error
	trace []string
}

func (c *Calculator) binary(f func(a, b float64) (float64, error)) func() error {
	return func() error {
		b, err := c.stack.Pop()
		if err != nil {
			return err
		}
		a, err := c.stack.Pop()
		if err != nil {
			return err
		}
		r, err := f(a, b)
		if err != nil {
			return err
		}
		c.stack.Push(r)
		return nil
	}
}

func (c *Calculator) dup() error {
	v, err := c.stack.Pop()
	if err != nil {
		return err
	}
	c.stack.Push(v)
	c.stack.Push(v)
	return nil
}

func (c *Calculator) clear() error { c.stack.data = c.stack.data[:0]; return nil }

func NewCalculator() *Calculator {
	c := &Calculator{}
	c.ops = map[string]func() error{
		"+": c.binary(func(a, b float64) (float64, error) { return a + b, nil }),
		"-": c.binary(func(a, b float64) (float64, error) { return a - b, nil }),
		"*": c.binary(func(a, b float64) (float64, error) { return a * b, nil }),
		"/": c.binary(func(a, b float64) (float64, error) {
			if b == 0 {
				return 0, errors.New("divide by zero")
			}
			return a / b, nil
		}),
		"dup": c.dup,
		"clr": c.clear,
	}
	return c
}

func (c *Calculator) Eval(expr string) (result float64, err error) {
	for _, tok := range strings.Fields(expr) {
		if op, ok := c.ops[tok]; ok {
			if err := op(); err != nil {
				return 0, fmt.Errorf("at %q: %w", tok, err)
			}
		} else {
			v, err := strconv.ParseFloat(tok, 64)
			if err != nil {
				return 0, fmt.Errorf("bad token %q", tok)
			}
			c.stack.Push(v)
		}
		c.trace = append(c.trace, fmt.Sprint(c.stack.data))
	}
	return c.stack.Pop()
}

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string) string { return g.greeting + ", " + name }

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

func main() {
	calc := NewCalculator()
	for _, e := range []string{"3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 dup *", "1 0 /", "+", "1 2 x", "clr 7"} {
		calc.stack.data = nil
		calc.trace = nil
		v, err := calc.Eval(e)
		fmt.Printf("%-20q = %-6g err=%v\n", e, v, err)
	}
	calc.stack.data = nil
	calc.trace = nil
	calc.Eval("1 2 3 * +")
	fmt.Println(strings.Join(calc.trace, " "))

	hello := Greeter{"Hello"}.Greet
	hola := Greeter{"Hola"}.Greet
	byLang := map[string]func(string) string{"en": hello, "es": hola, "fr": Greeter{"Bonjour"}.Greet}
	langs := make([]string, 0, len(byLang))
	for l := range byLang {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		fmt.Println(l, byLang[l]("Gopher"))
	}

	var c Counter
	inc := c.Inc
	inc()
	inc()
	fmt.Println("counter via method value:", c.n)
	g := Greeter{"Hi"}
	bound := g.Greet
	g.greeting = "Bye"
	fmt.Println(bound("x"), g.Greet("x"))
	expr := Greeter.Greet
	fmt.Println(expr(Greeter{"Yo"}, "y"))
	ptrExpr := (*Counter).Inc
	got := ptrExpr(&c)
	fmt.Println(got, c.n)
	handlers := []func() int{c.Inc, c.Inc, (&Counter{10}).Inc}
	var results []int
	for _, h := range handlers {
		results = append(results, h())
	}
	fmt.Println(results, c.n)
}

// Output:
// "3 4 + 2 *"          = 14     err=<nil>
// "5 1 2 + 4 * + 3 -"  = 14     err=<nil>
// "2 dup *"            = 4      err=<nil>
// "1 0 /"              = 0      err=at "/": divide by zero
// "+"                  = 0      err=at "+": stack empty
// "1 2 x"              = 0      err=bad token "x"
// "clr 7"              = 7      err=<nil>
// [1] [1 2] [1 2 3] [1 6] [7]
// en Hello, Gopher
// es Hola, Gopher
// fr Bonjour, Gopher
// counter via method value: 2
// Hi, x Bye, x
// Yo, y
// 3 3
// [4 5 11] 5
