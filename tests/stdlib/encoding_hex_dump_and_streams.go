package main

import (
	"encoding/hex"
	"fmt"
	"io"
	"strings"
)

func main() {
	for _, n := range []int{0, 1, 7, 8, 9, 15, 16, 17, 33} {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i*37 + 20)
		}
		fmt.Printf("%q\n", hex.Dump(b))
	}
	var sb strings.Builder
	d := hex.Dumper(&sb)
	d.Write([]byte("hello "))
	d.Write([]byte("world, this is a dumper test"))
	fmt.Printf("%q\n", sb.String())
	fmt.Println(d.Close())
	fmt.Println(d.Close())
	n, err := d.Write([]byte("x"))
	fmt.Println(n, err)
	fmt.Print(sb.String())
	for _, in := range []string{"48656c6c6f", "4865f", "48zz", "486", "4x", ""} {
		out, err := io.ReadAll(hex.NewDecoder(strings.NewReader(in)))
		fmt.Printf("%q %v\n", out, err)
	}
	dec := hex.NewDecoder(strings.NewReader("0102030405"))
	p := make([]byte, 2)
	for {
		n, err := dec.Read(p)
		fmt.Println(n, err, p[:n])
		if err != nil {
			break
		}
	}
	var sb2 strings.Builder
	e := hex.NewEncoder(&sb2)
	wn, werr := e.Write([]byte("Hi!"))
	fmt.Println(wn, werr)
	fmt.Println(sb2.String())
	fmt.Println(hex.Dump(nil) == "")
}

// Output:
// ""
// "00000000  14                                                |.|\n"
// "00000000  14 39 5e 83 a8 cd f2                              |.9^....|\n"
// "00000000  14 39 5e 83 a8 cd f2 17                           |.9^.....|\n"
// "00000000  14 39 5e 83 a8 cd f2 17  3c                       |.9^.....<|\n"
// "00000000  14 39 5e 83 a8 cd f2 17  3c 61 86 ab d0 f5 1a     |.9^.....<a.....|\n"
// "00000000  14 39 5e 83 a8 cd f2 17  3c 61 86 ab d0 f5 1a 3f  |.9^.....<a.....?|\n"
// "00000000  14 39 5e 83 a8 cd f2 17  3c 61 86 ab d0 f5 1a 3f  |.9^.....<a.....?|\n00000010  64                                                |d|\n"
// "00000000  14 39 5e 83 a8 cd f2 17  3c 61 86 ab d0 f5 1a 3f  |.9^.....<a.....?|\n00000010  64 89 ae d3 f8 1d 42 67  8c b1 d6 fb 20 45 6a 8f  |d.....Bg.... Ej.|\n00000020  b4                                                |.|\n"
// "00000000  68 65 6c 6c 6f 20 77 6f  72 6c 64 2c 20 74 68 69  |hello world, thi|\n00000010  73 20 69 73 20 61 20 64  75 6d 70 65 72 20 74 65  |s is a dumper te|\n00000020  73 74 "
// <nil>
// <nil>
// 0 encoding/hex: dumper closed
// 00000000  68 65 6c 6c 6f 20 77 6f  72 6c 64 2c 20 74 68 69  |hello world, thi|
// 00000010  73 20 69 73 20 61 20 64  75 6d 70 65 72 20 74 65  |s is a dumper te|
// 00000020  73 74                                             |st|
// "Hello" <nil>
// "He" unexpected EOF
// "H" encoding/hex: invalid byte: U+007A 'z'
// "H" unexpected EOF
// "" encoding/hex: invalid byte: U+0078 'x'
// "" <nil>
// 2 <nil> [1 2]
// 2 <nil> [3 4]
// 1 <nil> [5]
// 0 EOF []
// 3 <nil>
// 486921
// true
