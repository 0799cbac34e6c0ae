package main

import "fmt"

type Namer interface{ Name() string }

type V struct{ n string }

func (v V) Name() string { return "V:" + v.n }

type P struct{ n string }

func (p *P) Name() string { return "P:" + p.n }

func main() {
	var a Namer = V{"a"}
	var b Namer = &V{"b"}
	var c Namer = &P{"c"}
	fmt.Println(a.Name(), b.Name(), c.Name())
	_, isV := b.(V)
	_, isPV := b.(*V)
	fmt.Println(isV, isPV)
}

// Output:
// V:a V:b P:c
// false true
