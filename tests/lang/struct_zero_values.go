package main

import "fmt"

type T struct {
	I  int
	F  float64
	S  string
	B  bool
	P  *int
	Sl []int
	M  map[string]int
	E  error
	Fn func()
	A  [2]uint8
}

func main() {
	var t T
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	fmt.Println(t.P == nil, t.Sl == nil, t.M == nil, t.E == nil, t.Fn == nil)
}

// Output:
// {0 0  false <nil> [] map[] <nil> <nil> [0 0]}
// {I:0 F:0 S: B:false P:<nil> Sl:[] M:map[] E:<nil> Fn:<nil> A:[0 0]}
// true true true true true
