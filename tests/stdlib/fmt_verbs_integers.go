package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d\n", n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%#X|%o|%#o|%O|%b\n", n, n, n, n, n, n, n, n)
	fmt.Printf("%08b|%-8x|%+.3d|% d|% d\n", 5, 255, 7, 42, -42)
	fmt.Printf("%d %x %o\n", -255, -255, -8)
	fmt.Printf("%c|%q|%U|%#U\n", 65, 0x4E16, 0x1F600, 'x')
	fmt.Printf("%v %d\n", int8(-5), uint64(18446744073709551615))
}

// Output:
// 255|  255|255  |00255|+255
// ff|FF|0xff|0XFF|377|0377|0o377|11111111
// 00000101|ff      |+007| 42|-42
// -255 -ff -10
// A|'世'|U+1F600|U+0078 'x'
// -5 18446744073709551615
