package main

func check(name string, ok bool) {
	if !ok {
		panic(name)
	}
}

func main() {
	n := uint(40)
	var k int64 = 1 << n
	check("k", k == 1099511627776)
	var u uint32 = 0xffffffff
	m := uint(31)
	check("u", u&(1<<m) == 2147483648)
	var b byte = 1 << (n - 33)
	check("b", b == 128)
	x := 1 << n
	check("x", x == 1099511627776)
	var f uint64 = 1<<63 | 1<<n
	check("f", f == 9223373136366403584)
	var g uint16 = 0xff << (n - 32)
	check("g", g == 65280)
	check("conv", int64(1<<n) == 1099511627776)
	s := make([]int, 1<<(n-38))
	check("make", len(s) == 4)
	var y int32 = 1 << 30 >> (n - 40)
	check("y", y == 1073741824)
	const c = 3
	var z uint8 = c << (n - 39)
	check("z", z == 6)
	var w uint8 = 1 << (n - 32)
	check("w", w == 0)
	var i interface{} = 1 << (n - 8)
	check("iface", i.(int) == 4294967296)
	r := 'a' << (n - 40)
	var rr interface{} = r
	_, isRune := rr.(rune)
	check("rune", isRune)
	panic("ok")
}
