package main

import (
	"errors"
	"fmt"
	"strings"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// mustAtoi panics with a *ParseError; parseAll converts panics back into errors.
func mustAtoi(s string, line int) int {
	n := 0
	if s == "" {
		panic(&ParseError{line, "empty field"})
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			panic(&ParseError{line, fmt.Sprintf("bad digit %q", c)})
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func parseAll(input string) (sum int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*ParseError); ok {
				err = pe
				return
			}
			panic(r)
		}
	}()
	for i, line := range strings.Split(input, "\n") {
		for _, f := range strings.Split(line, ",") {
			sum += mustAtoi(strings.TrimSpace(f), i+1)
		}
	}
	return sum, nil
}

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func safeIndex(xs []string, i int) (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(interface{ RuntimeError() }); ok {
				_ = re
				err = fmt.Errorf("runtime: %v", r)
			}
		}
	}()
	return xs[i], nil
}

type Resource struct {
	name string
	log  *[]string
}

func Open(name string, log *[]string) *Resource {
	*log = append(*log, "open "+name)
	return &Resource{name, log}
}

func (r *Resource) Close() { *r.log = append(*r.log, "close "+r.name) }

func work(fail bool) (log []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			log = append(log, fmt.Sprint("recovered: ", r))
			err = errors.New("work failed")
		}
	}()
	a := Open("db", &log)
	defer a.Close()
	b := Open("cache", &log)
	defer b.Close()
	for i := 0; i < 3; i++ {
		defer func() { log = append(log, fmt.Sprint("deferred ", i)) }()
	}
	if fail {
		panic("disk full")
	}
	log = append(log, "working")
	return log, nil
}

func deferOrder() (result int) {
	defer func() { result *= 2 }()
	defer func() { result += 10 }()
	x := 1
	defer fmt.Println("deferred print sees x =", x)
	x = 100
	return x
}

func nestedPanic() (msg string) {
	defer func() {
		msg = fmt.Sprint("outer got: ", recover())
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprintf("re-panic(%v)", r))
		}()
		panic("inner")
	}()
	return "unreachable"
}

func main() {
	inputs := []string{"1,2,3\n4,5", "10, 20\n30,x0", "7,,8", "42"}
	for _, in := range inputs {
		sum, err := parseAll(in)
		var pe *ParseError
		fmt.Printf("%q => sum=%d err=%v isParse=%t\n", in, sum, err, errors.As(err, &pe))
	}
	fmt.Println(safeDivide(10, 3))
	fmt.Println(safeDivide(1, 0))
	fmt.Println(safeIndex([]string{"a"}, 0))
	fmt.Println(safeIndex([]string{"a"}, 5))
	for _, fail := range []bool{false, true} {
		log, err := work(fail)
		fmt.Printf("fail=%t err=%v\n  %s\n", fail, err, strings.Join(log, "\n  "))
	}
	fmt.Println("deferOrder:", deferOrder())
	fmt.Println(nestedPanic())
	func() {
		defer func() { fmt.Println("recover returns nil outside panic:", recover()) }()
	}()
	var e error
	func() {
		defer func() {
			r := recover()
			e, _ = r.(error)
		}()
		var m map[string]int
		m["x"] = 1
	}()
	fmt.Println("map panic as error:", e)
}

// Output:
// "1,2,3\n4,5" => sum=15 err=<nil> isParse=false
// "10, 20\n30,x0" => sum=60 err=line 2: bad digit 'x' isParse=true
// "7,,8" => sum=7 err=line 1: empty field isParse=true
// "42" => sum=42 err=<nil> isParse=false
// 3 <nil>
// 0 recovered: runtime error: integer divide by zero
// a <nil>
//  runtime: runtime error: index out of range [5] with length 1
// fail=false err=<nil>
//   open db
//   open cache
//   working
//   deferred 2
//   deferred 1
//   deferred 0
//   close cache
//   close db
// fail=true err=work failed
//   open db
//   open cache
//   deferred 2
//   deferred 1
//   deferred 0
//   close cache
//   close db
//   recovered: disk full
// deferred print sees x = 1
// deferOrder: 220
// outer got: re-panic(inner)
// recover returns nil outside panic: <nil>
// map panic as error: assignment to entry in nil map
