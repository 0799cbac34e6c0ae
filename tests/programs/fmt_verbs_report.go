package main

import (
	"errors"
	"fmt"
	"math"
)

type Point struct {
	X, Y int
}

type Named struct {
	Name  string
	Tags  []string
	Inner *Point
	Attrs map[string]int
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprint(f, "[redacted:", len(s), "]")
			return
		}
		fmt.Fprint(f, "[redacted]")
	default:
		fmt.Fprintf(f, "%%!%c(Secret)", verb)
	}
}

func main() {
	p := Point{3, -4}
	n := Named{"widget", []string{"a", "b"}, nil, map[string]int{"z": 26, "a": 1}}
	fmt.Printf("%v | %+v | %#v\n", p, p, p)
	fmt.Printf("%v\n%+v\n", n, n)
	fmt.Printf("%T %T %T %T\n", p, &p, n.Tags, n.Attrs)
	fmt.Printf("[%d] [%5d] [%-5d] [%05d] [%+d] [%x] [%X] [%o] [%O] [%b]\n", 42, 42, 42, 42, 42, 255, 255, 8, 8, 5)
	fmt.Printf("[%f] [%.2f] [%8.3f] [%-8.1f] [%e] [%E] [%g] [%G]\n", math.Pi, math.Pi, math.Pi, math.Pi, 123456.789, 0.000123, 1e21, 1e-7)
	fmt.Printf("[%s] [%q] [%10s] [%-10s] [%.3s] [%x] [% x] [%X]\n", "go", "go\n", "right", "left", "truncate", "hi", "hi", "hi")
	fmt.Printf("[%c] [%U] [%#U] [%q] [%d]\n", 'G', 'é', '☺', 'x', 'A')
	fmt.Printf("[%t] [%v] [%p]\n", true, nil, nil)
	fmt.Printf("[%v] [%d] [%s] [%x]\n", []int{1, 2}, []int{1, 2}, []string{"a", "b"}, []byte("AB"))
	fmt.Printf("[%v] [%v] [%.2v]\n", Celsius(21.5), []Celsius{1, 2}, 3.14159)
	fmt.Printf("[%6.2f%%] [%*d] [%-*d] [%.*f]\n", 99.5, 6, 7, 4, 8, 2, 2.71828)
	var s Secret = "hunter2"
	fmt.Printf("%v %+v %s %#v %d\n", s, s, s, s, s)
	fmt.Printf("%d %s\n", "str", 42)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%!\n")
	var nilPtr *Point
	var nilErr error
	fmt.Printf("%v %+v %v\n", nilPtr, nilErr, errors.New("boom"))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil), fmt.Sprintln("x", 1))
	fmt.Printf("%v %v %v %v\n", math.Inf(1), math.Inf(-1), math.NaN(), -0.0)
	fmt.Printf("%08.3f|%+.1e|%x|%X\n", -3.14159, 12345.678, 3.5, -1.0)
	fmt.Printf("%v %v\n", int8(-128), uint64(math.MaxUint64))
	fmt.Printf("%#x %#o %#b %#q\n", 255, 8, 5, "back`tick")
	fmt.Printf("%5t|%-7t|%v\n", false, true, [2]bool{true, false})
	fmt.Printf("%3c|%-3c|%5q\n", 'x', 'y', 'z')
	fmt.Printf("%v %v\n", struct{}{}, struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%x %X\n", "hello world", []byte{1, 171})
	fmt.Printf("%10.4v|%-10v|\n", "abcdefgh", 1.5)
}

// Output:
// {3 -4} | {X:3 Y:-4} | main.Point{X:3, Y:-4}
// {widget [a b] <nil> map[a:1 z:26]}
// {Name:widget Tags:[a b] Inner:<nil> Attrs:map[a:1 z:26]}
// main.Point *main.Point []string map[string]int
// [42] [   42] [42   ] [00042] [+42] [ff] [FF] [10] [0o10] [101]
// [3.141593] [3.14] [   3.142] [3.1     ] [1.234568e+05] [1.230000E-04] [1e+21] [1E-07]
// [go] ["go\n"] [     right] [left      ] [tru] [6869] [68 69] [6869]
// [G] [U+00E9] [U+263A '☺'] ['x'] [65]
// [true] [<nil>] [%!p(<nil>)]
// [[1 2]] [[1 2]] [[a b]] [4142]
// [21.5°C] [[1.0°C 2.0°C]] [3.1]
// [ 99.50%] [     7] [8   ] [2.72]
// [redacted] [redacted:7] [redacted] [redacted] %!d(Secret)
// %!d(string=str) %!s(int=42)
// 1
// %!(EXTRA int=2)1 %!d(MISSING)
// %!!(MISSING)
// <nil> <nil> boom
// a1 2bc3.5 <nil> x 1
//
// +Inf -Inf NaN 0
// -003.142|+1.2e+04|0x1.cp+01|-0X1P+00
// -128 18446744073709551615
// 0xff 010 0b101 "back`tick"
// false|true   |[true false]
//   x|y  |  'z'
// {} {1 x}
// 68656c6c6f20776f726c64 01AB
//       abcd|1.5       |
