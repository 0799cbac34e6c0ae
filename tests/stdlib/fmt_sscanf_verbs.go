package main

import "fmt"

type Name string
type Raw []byte

func main() {
	var i, j int
	var s string
	var f float64
	var nm Name
	var raw Raw
	n, err := fmt.Sscanf("x=5 y=hello", "x=%d y=%s", &i, &s)
	fmt.Println(n, err, i, s)
	n, err = fmt.Sscanf("x=5", "y=%d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d %d", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 6", "%d", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 6", "%d %d %d", &i, &j)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("12345", "%2d%3d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("ff 0x10 777", "%x %v %o", &i, &j, &f)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("\"hi there\" `raw` 414243", "%q %q %x", &s, &nm, &raw)
	fmt.Println(n, err, s, nm, string(raw))
	var r rune
	var by byte
	n, err = fmt.Sscanf("a b", "%c%c", &r, &by)
	fmt.Println(n, err, r, by)
	n, err = fmt.Sscanf("1.5e3 -2.25 inf", "%f %g %v", &f, &f, &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscanf("50%", "%d%%", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("5", "%s", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("1 2", "%d\n%d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("\"abc", "%q", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("abc", "%q", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("zz", "%x", &s)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("5", "%", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1011 17 U+1F600 true", "%b %o %U %t", &i, &j, &r, new(bool))
	fmt.Println(n, err, i, j, r)
	n, err = fmt.Sscanf("abcdef", "%3s%s", &s, &nm)
	fmt.Println(n, err, s, nm)
	n, err = fmt.Sscanf("3,4", "%d,%d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("3, 4", "%d,%d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("3 ,4", "%d,%d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("3 4", "%d  %d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("34", "%d %d", &i, &j)
	fmt.Println(n, err, i, j)
	n, err = fmt.Sscanf("é", "%c", &by)
	fmt.Println(n, err, by)
	var date struct{ y, m, d int }
	n, err = fmt.Sscanf("2024-03-15", "%4d-%2d-%2d", &date.y, &date.m, &date.d)
	fmt.Println(n, err, date)
}

// Output:
// 2 <nil> 5 hello
// 0 input does not match format
// 1 EOF
// 1 too many operands
// 2 too few operands for format '%d'
// 2 <nil> 12 345
// 2 bad verb '%o' for float64 255 16
// 3 <nil> hi there raw ABC
// 2 <nil> 97 32
// 3 <nil> +Inf
// 1 <nil> 50
// 0 bad verb '%s' for integer
// 0 bad verb '%d' for string
// 1 newline in input does not match format 1 16
// 2 <nil> 1 2
// 1 newline in format does not match input 1 2
// 0 unexpected EOF hi there
// 0 expected quoted string hi there
// 0 no hex data for %x string hi there
// 0 missing verb: % at end of format string
// 4 <nil> 11 15 128512
// 2 <nil> abc def
// 2 <nil> 3 4
// 2 <nil> 3 4
// 1 input does not match format 3 4
// 2 <nil> 3 4
// 1 EOF 34 4
// 0 overflow on character value é 32
// 3 <nil> {2024 3 15}
