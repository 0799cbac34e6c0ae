//! End-to-end tests: Go source parsed, checked, compiled and run; output compared with what Go prints.

use crate::testkit;
use crate::Limits;

fn run_go(src: &str) -> (String, Option<String>) {
    testkit::run_go(src, Limits::default(), false)
}

fn ok(src: &str) -> String {
    let (out, e) = run_go(src);
    assert!(
        e.is_none(),
        "unexpected error: {}\noutput so far:\n{out}",
        e.unwrap_or_default()
    );
    out
}

#[test]
fn fib() {
    let out = ok("package main\n\nimport \"fmt\"\n\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\n\nfunc main() {\n\tfmt.Println(\"fib(20) =\", fib(20))\n}\n");
    assert_eq!(out, "fib(20) = 6765\n");
}

#[test]
fn loops_and_arithmetic() {
    let out = ok(r#"package main

import "fmt"

func main() {
	const n = 300
	var acc uint64 = 1
	total := 0
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			x := i*j + (i ^ j)
			if x&1 == 0 {
				total += x >> 3
			} else {
				total -= x % 7
			}
			acc = acc*6364136223846793005 + uint64(j)
		}
	}
	var b byte = 250
	b += 10
	var i8 int8 = 127
	i8++
	fmt.Println("total =", total, "acc =", acc, b, i8, 7/2, -7/2, -7%3, 1<<10)
}
"#);
    assert_eq!(
        out,
        "total = 62758975 acc = 8141872435458331801 4 -128 3 -3 -1 1024\n"
    );
}

/// Expected outputs are real Go's, except map iteration order, which is insertion order by design.
#[test]
fn slices_maps_strings() {
    let out = ok(r#"package main

import "fmt"

func main() {
	s := []int{5, 2, 8}
	s = append(s, 1, 9)
	t := s[1:3]
	t[0] = 100
	sum := 0
	for _, v := range s {
		sum += v
	}
	m := map[string]int{"a": 1}
	m["b"] = 2
	m["a"] += 10
	v, ok := m["zz"]
	delete(m, "b")
	str := "hello"
	str += ", world"
	keys := ""
	for k, v := range map[string]int{"x": 1, "y": 2, "z": 3} {
		keys += k
		sum += v
	}
	fmt.Println(len(s), sum, s[1], len(m), m["a"], v, ok, str, len(str), str[1:4], keys, string(str[0]))
}
"#);
    assert_eq!(out, "5 129 100 1 11 0 false hello, world 12 ell xyz h\n");
}

#[test]
fn structs_methods_interfaces() {
    let out = ok(r#"package main

import "fmt"

type Vec struct{ X, Y int }

type Body struct {
	Pos, Vel Vec
	Hits     int
}

func (b *Body) Step() {
	b.Pos.X += b.Vel.X
	b.Pos.Y += b.Vel.Y
	b.Hits++
}

type Scorer interface{ Score(b *Body) int }

type ByHits struct{ weight int }

func (s ByHits) Score(b *Body) int { return b.Hits * s.weight }

type ByPos struct{}

func (ByPos) Score(b *Body) int { return b.Pos.X + b.Pos.Y }

func main() {
	bodies := make([]Body, 3)
	for i := range bodies {
		bodies[i] = Body{Pos: Vec{i, i}, Vel: Vec{1, 2}}
	}
	scorers := []Scorer{ByHits{3}, ByPos{}}
	total := 0
	for step := 0; step < 4; step++ {
		for i := range bodies {
			bodies[i].Step()
		}
		s := scorers[step%2]
		for i := range bodies {
			total += s.Score(&bodies[i])
		}
	}
	v := bodies[0].Pos
	v.X = 1000
	b := bodies[1]
	b.Hits = 77
	fmt.Println(total, bodies[0].Pos.X, bodies[1].Hits, v.X)
}
"#);
    assert_eq!(out, "102 4 4 1000\n");
}

#[test]
fn closures_capture_by_reference_and_per_iteration() {
    let out = ok(r#"package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func main() {
	next := counter()
	next()
	next()
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	sum := 0
	for _, f := range fs {
		sum += f()
	}
	x := 1
	p := &x
	*p = 42
	fmt.Println(next(), sum, x)
}
"#);
    assert_eq!(out, "3 30 42\n");
}

#[test]
fn defer_recover_and_named_results() {
    let out = ok(r#"package main

import "fmt"

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "recovered"
			q = -1
		}
	}()
	q = a / b
	return q, ""
}

func order() (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	return "x"
}

func main() {
	q, e := safeDiv(7, 0)
	q2, _ := safeDiv(7, 2)
	fmt.Println(q, e, q2, order())
}
"#);
    assert_eq!(out, "-1 recovered 3 x21\n");
}

#[test]
fn switch_and_type_switch() {
    let out = ok(r#"package main

import "fmt"

func kind(x any) string {
	switch v := x.(type) {
	case int:
		return "int"
	case string:
		return "string:" + v
	case nil:
		return "nil"
	default:
		return "other"
	}
}

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	}
	switch n {
	case 1, 2:
		return "low"
	case 3:
		fallthrough
	case 4:
		return "mid"
	}
	return "F"
}

func main() {
	fmt.Println(kind(1), kind("s"), kind(nil), kind(1.5), grade(95), grade(85), grade(2), grade(3), grade(50))
}
"#);
    assert_eq!(out, "int string:s nil other A B low mid F\n");
}

#[test]
fn runtime_panic_has_go_message_and_trace() {
    let (_, e) = run_go("package main\n\nfunc get(s []int, i int) int {\n\treturn s[i]\n}\n\nfunc main() {\n\tget([]int{1, 2, 3}, 5)\n}\n");
    assert_eq!(
        e.unwrap_or_default(),
        "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\nmain.get(...)\n\tmain.go:4\nmain.main()\n\tmain.go:8\n"
    );
}

#[test]
fn unsupported_features_are_compile_errors() {
    let (_, e) = run_go("package main\n\nfunc f() {}\n\nfunc main() {\n\tgo f()\n}\n");
    assert_eq!(
        e.unwrap_or_default(),
        "main.go:6:2: go statements are not supported yet"
    );
}

#[test]
fn globals_and_init_order() {
    let out = ok(r#"package main

import "fmt"

var a = b + 1
var b = f()
var total int

func f() int { return 41 }

func init() { total = a * 2 }

func main() {
	fmt.Println(a, b, total)
}
"#);
    assert_eq!(out, "42 41 84\n");
}

#[test]
fn image_records_packages_globals_and_function_owners() {
    let image = crate::testkit::compile_go(
        "package main\n\nvar a, b = 1, \"x\"\nvar _ = 3\n\nfunc init() {}\n\nfunc main() { f := func() { a++ }; f() }\n",
    )
    .unwrap_or_else(|e| panic!("{e}"))
    .image;
    let main = image.packages.last().expect("main package");
    assert_eq!(main.path, "main");
    assert_eq!(main.kind, crate::code::PackageKind::Plain);
    assert_eq!(main.global_names, ["a", "b", "_"]);
    assert_eq!(main.globals.end - main.globals.start, 3);
    assert_eq!(main.init.len(), 2);
    let main_idx = (image.packages.len() - 1) as u32;
    for f in &image.funcs {
        if f.name.starts_with("main.") {
            assert_eq!(f.pkg, main_idx, "{}", f.name);
        }
    }
}

#[test]
fn package_kind_follows_path_elements() {
    use crate::code::PackageKind;
    assert_eq!(PackageKind::of_path("r/counter"), PackageKind::Realm);
    assert_eq!(
        PackageKind::of_path("gno.land/r/demo/boards"),
        PackageKind::Realm
    );
    assert_eq!(PackageKind::of_path("p/avl"), PackageKind::Library);
    assert_eq!(PackageKind::of_path("strings"), PackageKind::Plain);
    assert_eq!(PackageKind::of_path("main"), PackageKind::Plain);
}
