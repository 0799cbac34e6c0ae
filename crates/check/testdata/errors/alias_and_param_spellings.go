package main

type B = byte
type S = []byte
type F func(x int, y string) (n int, err error)

func f(b byte, r rune, a any) {}
func g(x int, ys ...string) string { return "" }
func h(int, string) {}

func main() {
	var b byte
	var s string = b
	var bs []byte
	var i int = bs
	var bb B
	var i2 int = bb
	var ss S
	var i3 int = ss
	var c byte = "x"
	f("a", 1, 2)
	var i4 int = g
	var i5 int = f
	var i6 int = h
	var ff F
	var i7 int = ff
	var i8 int = func(a, b int) {}
	var r rune
	var s2 string = r
	x := b
	var s3 string = x
	var m map[string]rune
	var s4 string = m["a"]
	var s5 string = bs[0]
	var p *byte
	var s6 string = p
	var s7 string = *p
	var s8 string = byte(1)
	_ = []byte{} + 1
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = s, i, i2, i3, c, i4, i5, i6, i7, i8, s2, s3, s4, s5, s6, s7
	_ = s8
}
