package main

import "fmt"

type Base struct{ name string }

func (b Base) Hello() string    { return "base hello from " + b.name }
func (b Base) Greet() string    { return b.Hello() + "!" }
func (b *Base) Rename(n string) { b.name = n }

type Derived struct {
	Base
	extra int
}

func (d Derived) Hello() string { return "derived hello, " + d.Base.Hello() }

func main() {
	d := Derived{Base{"x"}, 1}
	fmt.Println(d.Hello())
	fmt.Println(d.Greet())
	d.Rename("y")
	fmt.Println(d.name, d.Base.name)
	type Greeter interface{ Greet() string }
	var g Greeter = d
	fmt.Println(g.Greet())
	var g2 Greeter = &d
	fmt.Println(g2.Greet())
}

// Output:
// derived hello, base hello from x
// base hello from x!
// y y
// base hello from y!
// base hello from y!
