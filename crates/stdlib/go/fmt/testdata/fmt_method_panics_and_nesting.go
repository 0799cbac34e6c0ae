package main

import "fmt"

type Bad struct{}

func (Bad) String() string { panic("boom") }

type NP struct{ X int }

func (n *NP) String() string { return fmt.Sprint("np", n.X) }

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

type Pn struct{}

func (Pn) String() string { panic(&E{"inner"}) }

type Deep struct {
	A []fmt.Stringer
	M map[string]error
}

func main() {
	fmt.Printf("%v|%s|%d\n", Bad{}, Bad{}, Bad{})
	var np *NP
	fmt.Printf("%v|%s|%5v|\n", np, np, np)
	fmt.Println(&NP{3}, []*NP{{4}, nil})
	fmt.Println(Pn{})
	var e error = &E{"x"}
	fmt.Println(e, []error{e, nil})
	d := Deep{A: []fmt.Stringer{&NP{1}, Bad{}}, M: map[string]error{"k": e}}
	fmt.Printf("%v\n%+v\n", d, d)
	err := fmt.Errorf("ctx: %w", e)
	fmt.Println(err)
	fmt.Println(fmt.Sprintf("%v %v", np, Bad{}))
}

// Output:
// %!v(PANIC=String method: boom)|%!s(PANIC=String method: boom)|{}
// <nil>|<nil>|<nil>|
// np3 [np4 <nil>]
// %!v(PANIC=String method: E:inner)
// E:x [E:x <nil>]
// {[np1 %!v(PANIC=String method: boom)] map[k:E:x]}
// {A:[np1 %!v(PANIC=String method: boom)] M:map[k:E:x]}
// ctx: E:x
// <nil> %!v(PANIC=String method: boom)
