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

#[test]
fn methods_values_expressions_promotion_defer_goto() {
    let out = ok(r#"package main

type Stringer interface{ String() string }

type Base struct{ name string }

func (b Base) String() string { return "Base(" + b.name + ")" }
func (b *Base) Rename(n string) { b.name = n }

type Mid struct {
	Base
	n int
}

type Top struct {
	*Mid
}

type Celsius float64

func (c Celsius) Show() string { return "C" }
func (c *Celsius) Inc()        { *c += 1 }

type Shower interface{ Show() string }

type Wrap struct{ Stringer }

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Add(k int) { c.n += k }

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	c := Counter{n: 1}
	get := c.Get
	add := c.Add
	c.n = 10
	add(5)
	println(get(), c.n)
	f := Counter.Get
	g := (*Counter).Add
	g(&c, 1)
	println(f(c))
	h := (*Counter).Get
	println(h(&c))

	m := Mid{Base{"x"}, 1}
	var s Stringer = m
	println(s.String())
	m.Rename("y")
	println(m.String(), s.String())
	t := Top{&m}
	s = t
	t.Rename("z")
	println(s.String())
	var ps Stringer = &m
	println(ps.String())

	var cc Celsius = 3
	var sh Shower = &cc
	cc.Inc()
	println(sh.Show(), cc == 4)

	w := Wrap{Base{"w"}}
	println(w.String())
	var s2 Stringer = w
	println(s2.String())
	ms := s2.String
	println(ms())
	ie := Stringer.String
	println(ie(w))

	defer println("deferred println", 1)
	defer func() {
		r := recover()
		println("recovered", r.(string))
	}()
	defer c.Add(100)
	defer println(sum(1, 2, 3))
	defer s.String()

	i := 0
loop:
	if i < 3 {
		i++
		goto loop
	}
	println("i", i)
	defer panic("boom")
}
"#);
    assert_eq!(
        out,
        "1 15\n16\n16\nBase(x)\nBase(y) Base(x)\nBase(z)\nBase(z)\nC true\nBase(w)\nBase(w)\nBase(w)\nBase(w)\ni 3\n6\nrecovered boom\ndeferred println 1\n"
    );
}

#[test]
fn interface_cases_compare_signatures() {
    let out = ok(r#"package main

type multi struct{}

func (multi) Unwrap() []int { return []int{1, 2} }

type T struct{ p *int }

func main() {
	var x any = multi{}
	switch v := x.(type) {
	case interface{ Unwrap() int }:
		println("single", v.Unwrap())
	case interface{ Unwrap() []int }:
		println("multi", len(v.Unwrap()))
	}
	s := &[]int{1, 2}
	m := &map[string]int{"k": 1}
	println(len(*s), (*m)["k"])
	defer func() {
		r := recover()
		_, ok := r.(error)
		println(ok)
	}()
	panic(nil)
}
"#);
    assert_eq!(out, "multi 2\n2 1\ntrue\n");
}

#[test]
fn struct_elements_are_copied_by_copy_and_append() {
    let out = ok(r#"package main

type P struct{ X, Y int }

func main() {
	a := []P{{1, 2}, {3, 4}}
	b := make([]P, 2)
	copy(b, a)
	b[0].X = 99
	s := a[:]
	s = append(s, P{5, 6})
	s[0].Y = 77
	println(a[0].X, a[0].Y, b[0].X, s[0].Y)
	arr := [3]P{}
	p := &arr[2]
	t := append(arr[:2], P{8, 8})
	println(p.X, len(t))
}
"#);
    assert_eq!(out, "1 2 99 77\n8 3\n");
}

#[test]
fn deferred_builtins() {
    let out = ok(r#"package main

func main() {
	a := []int{1, 2, 3}
	b := make([]int, 3)
	m := map[string]int{"x": 1, "y": 2}
	func() {
		defer copy(b, a)
		defer clear(m)
		defer delete(m, "x")
		defer println("inner", b[0], len(m))
		a[0] = 100
	}()
	println(b[0], len(m))
	func() {
		defer func() { println("r:", recover().(string)) }()
		defer recover()
		panic("x")
	}()
}
"#);
    assert_eq!(out, "inner 0 2\n100 0\nr: x\n");
}
