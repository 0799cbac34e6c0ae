package main

import "fmt"

type T struct{ a, b int }

func two() (int, int) { return 1, 2 }

func r1() int {
	return 1, 2
}

func r2() (int, string) {
	return 1
}

func r3() {
	return 1
}

func main() {
	_ = T{1}
	_ = T{a: 1, c: 2}
	_ = T{1, 2, 3}
	_ = []int{0: 1, 0: 2}
	_ = map[string]int{"a": 1, "a": 2}
	x := 5
	x := 6
	for i := 0; i < 3; i++ {
		continue
	}
	break
	var s []int
	s.foo()
	fmt.Println(two())
	a, b := two(), 1
	_, _ = a, b
	var p *T
	p.a = 1
	var i interface{ M() }
	i.N()
	if x {
	}
	switch x {
	case 1, 1:
	case "a":
	}
	var f float64 = "s"
	_ = f
}
