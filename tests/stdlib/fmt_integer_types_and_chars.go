package main

import "fmt"

func main() {
	var b byte = 'A'
	var r rune = 'é'
	fmt.Println(b, r)
	fmt.Printf("%c %c %v %q\n", b, r, []byte("A"), r)
	fmt.Printf("%d %x %X %o %b\n", int8(-1), uint8(200), int16(-300), uint16(8), int32(-5))
	fmt.Printf("%x %x\n", int64(-1), uint64(1<<63))
	fmt.Printf("%#b %#o %O\n", 5, 8, -8)
	fmt.Printf("%08.3d|%+05d|%x\n", 42, 42, -0x1F)
	fmt.Printf("%c|%c\n", -1, 0x10FFFF+1)
}

// Output:
// 65 233
// A é [65] 'é'
// -1 c8 -12C 10 -101
// -1 8000000000000000
// 0b101 010 -0o10
//      042|+0042|-1f
// �|�
