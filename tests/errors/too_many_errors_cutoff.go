package main

func main() {
	a := 1
	b := 2
	c := 3
	d := 4
	e := 5
	f := 6
	g := 7
	h := 8
	i := 9
	j := 10
	k := 11
}

// Error:
// 4:2: declared and not used: a
// 5:2: declared and not used: b
// 6:2: declared and not used: c
// 7:2: declared and not used: d
// 8:2: declared and not used: e
// 9:2: declared and not used: f
// 10:2: declared and not used: g
// 11:2: declared and not used: h
// 12:2: declared and not used: i
// 13:2: declared and not used: j
// 13:2: too many errors
