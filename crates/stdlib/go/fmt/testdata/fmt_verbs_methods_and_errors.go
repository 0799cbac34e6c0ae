package main

import "fmt"

type G struct{ A int }

func (G) GoString() string { return "GGG" }

type S struct{ X int }

func (s S) String() string { return "S!" }

type K int

func (k K) String() string { return fmt.Sprintf("K%d", int(k)) }

func main() {
	fmt.Printf("%#v|%v|%#v|%+v\n", G{1}, G{1}, []G{{}}, G{2})
	fmt.Printf("%#v %#v\n", S{1}, K(3))
	fmt.Printf("%v %d %x %08v %-5s|\n", K(3), K(3), K(10), K(4), K(5))
	fmt.Println(map[K]S{2: {1}, 1: {2}})
	fmt.Printf("%q\n", []K{1, 2})
	fmt.Printf("%x %X % x\n", []string{"ab", "c"}, "hi", []byte("hi"))

	fmt.Printf("%5.1f|%-8.3e|%+d|% d\n", 3.14159, 1234.5678, 5, 7)
	fmt.Printf("%[1]d %[1]x %#[1]o %#[1]b\n", 64)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%U %#U %c\n", 0x1F600, 'A', 0x4E16)
	fmt.Printf("%t %v\n", true, false)
	fmt.Printf("%s %v\n", error(nil), error(nil))
	type pair struct {
		a, b any
	}
	fmt.Printf("%v %+v\n", pair{1, "x"}, pair{nil, 2.5})
	fmt.Printf("%v\n", [][2]int{{1, 2}, {3, 4}})
	fmt.Printf("%6.2f%%\n", 12.345)
	fmt.Printf("%!\n")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%z\n", 1)
}

// Output:
// GGG|{1}|[]main.G{GGG}|{A:2}
// main.S{X:1} 3
// K3 3 4b3130 000000K4 K5   |
// map[K1:S! K2:S!]
// ["K1" "K2"]
// [6162 63] 6869 68 69
//   3.1|1.235e+03|+5| 7
// 64 40 0100 0b1000000
//     1|2   |3.14
// U+1F600 U+0041 'A' 世
// true false
// %!s(<nil>) <nil>
// {1 x} {a:<nil> b:2.5}
// [[1 2] [3 4]]
//  12.35%
// %!!(MISSING)
// 1 %!d(MISSING)
// %!z(int=1)
