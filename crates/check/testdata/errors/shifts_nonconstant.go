package main

func main() {
	n := uint(3)
	var f float64 = 1 << n
	var g = 1.0 << n
	var h float32 = 1.5 << n
	var s string = 1 << n
	var i any = 1 << n
	var k int64 = 1 << n
	println(f, g, h, s, i, k)
	println(1 << n)
	var u uint32 = 0xffffffff
	println(u & (1 << (n + 30)))
	println(1.0<<n + 2.5)
	var c complex128 = 1 << n
	_ = c
}
