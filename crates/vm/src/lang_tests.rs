//! End-to-end tests of the language features added in round 2 (print/println, complex numbers, string ranges,
//! rune conversions, clear, interface assertions, method values, goto...). Expected outputs are real Go's.

use crate::testkit;
use crate::Limits;

fn run(src: &str) -> (String, Option<String>) {
    testkit::run_go(src, Limits::default(), false)
}

fn ok(src: &str) -> String {
    let (out, e) = run(src);
    assert!(
        e.is_none(),
        "unexpected error: {}\noutput so far:\n{out}",
        e.unwrap_or_default()
    );
    out
}

#[test]
fn print_and_println_formats() {
    let out = ok(r#"package main

func main() {
	var f32 float32 = 0.1
	var p *int
	var e error
	s := []int{1, 2}
	println(1.5, 1e21, 1e-5, f32, complex(1, 2), true, "str", -7, uint64(1<<63), 'a')
	println(p, e, len(s))
	print("a", 1, "b\n")
	println()
}
"#);
    assert_eq!(
        out,
        "1.5 1e+21 1e-05 0.1 (1+2i) true str -7 9223372036854775808 97\n0x0 (0x0,0x0) 2\na1b\n\n"
    );
}

#[test]
fn complex_arithmetic() {
    let out = ok(r#"package main

func main() {
	a, b := complex(1, 2), complex(3, 4)
	println(a/b, a*b, a-b, -a, real(a*b), imag(a), a == b, a != b)
	var z complex128
	println(a/z, z/z)
	c64 := complex64(a)
	c64++
	println(c64/complex64(b), c64)
}
"#);
    assert_eq!(
        out,
        "(0.44+0.08i) (-5+10i) (-2-2i) (-1-2i) -5 2 false true\n(+Inf+Infi) (NaN+NaNi)\n(0.56-0.08i) (2+2i)\n"
    );
}

#[test]
fn strings_runes_and_clear() {
    let out = ok(r#"package main

func main() {
	for i, r := range "hé\xff!" {
		println(i, r)
	}
	rs := []rune("héllo")
	println(len(rs), string(rs), string(rs[1]), len([]rune("")))
	s := []int{1, 2}
	clear(s)
	m := map[string]int{"a": 1}
	clear(m)
	println(s[0], s[1], len(m))
}
"#);
    assert_eq!(out, "0 104\n1 233\n3 65533\n4 33\n5 héllo é 0\n0 0 0\n");
}

#[test]
fn assertions_to_interfaces() {
    let (out, e) = run(r#"package main

type S interface{ String() string }
type T int

func (t T) String() string { return "T" }

type U struct{ x int }

func main() {
	var x any = T(3)
	if st, ok := x.(S); ok {
		println("S", st.String())
	}
	switch v := x.(type) {
	case error:
		println("error")
	case S:
		println("is S", v.String())
	}
	var y any = U{}
	_, ok := y.(S)
	println(ok)
	_ = y.(S)
}
"#);
    assert_eq!(out, "S T\nis S T\nfalse\n");
    assert!(e
        .unwrap_or_default()
        .starts_with("panic: interface conversion: main.U is not main.S: missing method String\n"));
}
