package main

type T struct{ a T }
type A B
type B A

const c = d
const d = c

var x = y
var y = x

func main() {
	x := 1
	x++
	z := 2
	z = 3
	var w int
	w += 1
	_ = iota
	_ = fmt
	var p *T
	_ = p
	_ = T
	L:
	for {
		break M
	}
	_ = len(1)
	_ = int("a")
	_ = string(1.5)
	var e struct{ s []int }
	_ = e == e
}
