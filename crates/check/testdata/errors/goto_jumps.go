package main

func main() {
	goto a
	var x int
	var y int
	_, _ = x, y
a:
	goto b
	{
	b:
	}
	if true {
		goto c
	}
	y2, z := 1, 2
	_, _ = y2, z
c:
	goto d
	for i := 0; i < 1; i++ {
	d:
	}
	goto e
	if false {
	} else if true {
	e:
	}
	goto f
	switch {
	default:
	f:
	}
	for range 3 {
		goto g
	}
	var (
		p, pp = 1, 2
		q     = 2
	)
	_, _, _ = p, q, pp
g:
	goto h
	switch {
	case true:
		{
		h:
		}
	}
	func() {
		goto i
		var w int
		_ = w
	i:
	}()
back:
	var v int
	_ = v
	goto back
}
