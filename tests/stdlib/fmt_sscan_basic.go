package main

import "fmt"

type Celsius float64
type Name string
type Small int8
type Flag bool
type Raw []byte

func main() {
	var i, j int
	var s string
	var f float64
	n, err := fmt.Sscan("12 34", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscan("", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("7", &i, &j)
	fmt.Println(n, err, i)
	n, err = fmt.Sscan("abc", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1.5 x", &i, &s)
	fmt.Println(n, err, i, s)
	n, err = fmt.Sscan("  hello\n\n world 3.25", &s, &s, &f)
	fmt.Println(n, err, s, f)
	var c Celsius
	var nm Name
	var sm Small
	var fl Flag
	var raw Raw
	n, err = fmt.Sscan("36.6 bob 12 true cafe", &c, &nm, &sm, &fl, &raw)
	fmt.Println(n, err, c, nm, sm, fl, string(raw))
	n, err = fmt.Sscan("300", &sm)
	fmt.Println(n, err, sm)
	var u8 uint8
	n, err = fmt.Sscan("256", &u8)
	fmt.Println(n, err, u8)
	n, err = fmt.Sscan("-1", &u8)
	fmt.Println(n, err, u8)
	n, err = fmt.Sscan("0x1F 0b101 0o17 017 1_000", &i, &j, &i, &j, &i)
	fmt.Println(n, err, i, j)
	var b bool
	n, err = fmt.Sscan("T", &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscan("tru", &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscan("yes", &b)
	fmt.Println(n, err, b)
	n, err = fmt.Sscan("5", i)
	fmt.Println(n, err)
	type T struct{ A int }
	var t T
	n, err = fmt.Sscan("5", &t)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1e", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("x", &f)
	fmt.Println(n, err, f)
	var f32 float32
	var c64 complex64
	var c128 complex128
	n, err = fmt.Sscan("0.1 (1.5+2i) -3-4.5i 1.5p3", &f32, &c64, &c128, &f)
	fmt.Println(n, err, f32, c64, c128, f)
	n, err = fmt.Sscan("1+x", &c128)
	fmt.Println(n, err)
	var i16 int16
	var u uint
	var p = new(int64)
	nums := []int{0, 0}
	n, err = fmt.Sscan("-32768 18446744073709551615 -9 4 5", &i16, &u, p, &nums[0], &nums[1])
	fmt.Println(n, err, i16, u, *p, nums)
	n, err = fmt.Sscanln("1 2\n3", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanln("1\n2", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanln("1 2 3", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanln("4 5   \n", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanln("", &i)
	fmt.Println(n, err)
}

// Output:
// 2 <nil> 12 34
// 0 EOF
// 1 EOF 7
// 0 expected integer
// 2 <nil> 1 .5
// 3 <nil> world 3.25
// 5 <nil> 36.6 bob 12 true cafe
// 0 integer overflow on token 300 12
// 0 unsigned integer overflow on token 256 0
// 0 expected integer 0
// 5 <nil> 1000 15
// 1 <nil> true
// 0 syntax error scanning boolean true
// 1 <nil> false
// 0 type not a pointer: int
// 0 can't scan type: *main.T
// 0 strconv.ParseInt: parsing "99999999999999999999": value out of range
// 0 strconv.ParseFloat: parsing "1e": invalid syntax 3.25
// 0 strconv.ParseFloat: parsing "": invalid syntax 3.25
// 4 <nil> 0.1 (1.5+2i) (-3-4.5i) 12
// 0 syntax error scanning complex number
// 5 <nil> -32768 18446744073709551615 -9 [4 5]
// 2 <nil> 1 2
// 1 unexpected newline 1 2
// 2 expected newline 1 2
// 2 <nil> 4 5
// 0 EOF
