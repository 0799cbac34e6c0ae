//! Checker tests over small programs; expected messages were taken from real `go build` output.

use amber_syntax::ast::NodeIds;
use amber_syntax::{parse_file, Diagnostic, SourceMap};

use crate::{ObjKind, Program, TypeId};

/// Minimal stand-ins for the standard packages the bench programs use (declarations only).
const STUBS: &[(&str, &str)] = &[
    (
        "fmt",
        "package fmt\n\
         func Println(a ...any) (n int, err error)\n\
         func Printf(format string, a ...any) (n int, err error)\n\
         func Sprintf(format string, a ...any) string\n\
         func Sprint(a ...any) string\n\
         func Print(a ...any) (n int, err error)\n\
         func Errorf(format string, a ...any) error\n\
         type Stringer interface { String() string }\n",
    ),
    (
        "strconv",
        "package strconv\nfunc Itoa(i int) string\nfunc Atoi(s string) (int, error)\n",
    ),
    ("math", "package math\nfunc Sqrt(x float64) float64\nconst Pi = 3.14159265358979323846264338327950288419716939937510582097494459\nconst MaxInt64 = 1<<63 - 1\n"),
    (
        "sort",
        "package sort\nfunc Ints(x []int)\nfunc IntsAreSorted(x []int) bool\nfunc Slice(x any, less func(i, j int) bool)\n",
    ),
    (
        "strings",
        "package strings\n\
         type Builder struct { buf []byte }\n\
         func (b *Builder) WriteString(s string) (int, error) { b.buf = append(b.buf, s...); return len(s), nil }\n\
         func (b *Builder) WriteByte(c byte) error { b.buf = append(b.buf, c); return nil }\n\
         func (b *Builder) String() string { return string(b.buf) }\n\
         func (b *Builder) Len() int { return len(b.buf) }\n\
         func (b *Builder) grow(n int) {}\n\
         func Count(s, substr string) int\n\
         func Index(s, substr string) int\n\
         func Split(s, sep string) []string\n\
         func ToUpper(s string) string\n\
         func Repeat(s string, n int) string\n",
    ),
];

struct Checked {
    sm: SourceMap,
    prog: Program,
    files: Vec<amber_syntax::ast::File>,
    result: Result<crate::PackageId, Vec<amber_syntax::Diagnostic>>,
}

fn check_files(files: &[(&str, &str)]) -> Checked {
    let mut sm = SourceMap::new();
    let mut ids = NodeIds::default();
    let mut prog = Program::new();
    for (path, src) in STUBS {
        let fid = sm.add(format!("{path}.go"), *src);
        let (f, errs) = parse_file(&sm, fid, &mut ids);
        assert!(errs.is_empty(), "stub {path} parse errors: {errs:?}");
        if let Err(e) = prog.check_package(&sm, path, &[f]) {
            let msgs: Vec<String> = e.iter().map(|d| d.render(&sm)).collect();
            panic!("stub {path} failed: {msgs:?}");
        }
    }
    let mut parsed = Vec::new();
    for (name, src) in files {
        let fid = sm.add(*name, *src);
        let (f, errs) = parse_file(&sm, fid, &mut ids);
        assert!(
            errs.is_empty(),
            "parse errors: {:?}",
            errs.iter().map(|d| d.render(&sm)).collect::<Vec<_>>()
        );
        parsed.push(f);
    }
    let result = prog.check_package(&sm, "main", &parsed);
    Checked {
        sm,
        prog,
        files: parsed,
        result,
    }
}

/// The first ten errors found, sorted: what Go prints.
fn first_ten_sorted(errs: &[Diagnostic]) -> Vec<&Diagnostic> {
    let mut v: Vec<&Diagnostic> = errs.iter().take(10).collect();
    v.sort_by_key(|d| d.pos);
    v
}

/// The errors as `go build` prints them (`x.go:L:C: msg`), at most 10 as Go does.
fn errors(src: &str) -> Vec<String> {
    let c = check_files(&[("x.go", src)]);
    match c.result {
        Ok(_) => Vec::new(),
        Err(e) => first_ten_sorted(&e)
            .iter()
            .map(|d| d.render(&c.sm))
            .collect(),
    }
}

fn ok(src: &str) -> Checked {
    let c = check_files(&[("x.go", src)]);
    if let Err(e) = &c.result {
        let msgs: Vec<String> = e.iter().map(|d| d.render(&c.sm)).collect();
        panic!("unexpected errors: {msgs:#?}");
    }
    c
}

#[test]
fn bench_programs_type_check() {
    // shared/ sits beside the repository on every machine and in CI.
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/bench/programs");
    let entries = std::fs::read_dir(&dir).expect("../shared/bench/programs beside the repository");
    let mut n = 0;
    for e in entries.flatten() {
        let path = e.path();
        if path.extension().is_some_and(|x| x == "go") {
            let src = std::fs::read_to_string(&path).unwrap_or_default();
            let name = path
                .file_name()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            let c = check_files(&[(&name, &src)]);
            if let Err(errs) = &c.result {
                let msgs: Vec<String> = errs.iter().map(|d| d.render(&c.sm)).collect();
                panic!("{name}: {msgs:#?}");
            }
            n += 1;
        }
    }
    assert!(n > 0);
}

#[test]
fn hello_world_records_types() {
    let c = ok("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tx := 1\n\tvar f float64 = 2\n\tfmt.Println(x, f, \"hi\")\n}\n");
    // Every recorded type is final (no untyped types except nil).
    for tv in c.prog.info.types.values() {
        assert!(
            !c.prog.types.is_untyped(tv.ty) || tv.ty == TypeId::UNTYPED_NIL,
            "untyped left: {tv:?}"
        );
    }
    let pkg = c.result.ok().and_then(|p| c.prog.package(p).cloned());
    let pkg = pkg.expect("package");
    assert_eq!(pkg.name, "main");
    assert_eq!(pkg.funcs.len(), 1);
}

#[test]
fn constant_conversion_recorded() {
    let c = ok("package main\n\nvar x float64 = 1\n\nfunc main() { _ = x }\n");
    let pkg = c
        .result
        .ok()
        .and_then(|p| c.prog.package(p).cloned())
        .expect("pkg");
    let rhs = pkg.init_order[0].rhs;
    let lit = c.prog.info.types.get(&rhs).cloned().expect("constant");
    assert_eq!(lit.ty, TypeId::FLOAT64);
    assert!(matches!(lit.constant(), Some(crate::ConstValue::Float(_))));
}

/// In a non-constant shift, an untyped constant operand takes the type the context gives the shift.
#[test]
fn nonconstant_shift_operand_takes_context_type() {
    use amber_syntax::ast::{Decl, ExprKind};
    let c = ok("package main\n\nvar n uint = 40\nvar k int64 = 1 << n\nvar u uint32 = 7 & (1 << n)\nvar i = 1 << n\nvar r = 'a' << n\n\nfunc main() {}\n");
    let shifted = |decl: usize| {
        let Some(Decl::Var(specs)) = c.files[0].decls.get(decl) else {
            panic!("decl {decl} is not a var");
        };
        let mut e = &specs[0].values[0];
        // Descend to the leftmost operand of the (innermost) shift.
        loop {
            match &e.kind {
                ExprKind::Binary { op, x, y } => {
                    if matches!(op, amber_syntax::ast::BinOp::Shl) {
                        e = x;
                        break;
                    }
                    e = y;
                }
                ExprKind::Paren(x) => e = x,
                ExprKind::Call { args, .. } => e = &args[0],
                _ => panic!("no shift in decl {decl}"),
            }
        }
        c.prog.info.types.get(&e.id).map(|tv| tv.ty)
    };
    assert_eq!(shifted(1), Some(TypeId::INT64));
    assert_eq!(shifted(2), Some(TypeId::UINT32));
    assert_eq!(shifted(3), Some(TypeId::INT));
    assert_eq!(shifted(4), Some(TypeId::INT32));
    // float64(1 << n): the conversion's operand is the shift, which then has type float64: an error in Go.
    let errs =
        errors("package main\n\nvar n uint = 40\nvar f = float64(1 << n)\n\nfunc main() {}\n");
    assert_eq!(
        errs,
        ["x.go:4:17: invalid operation: shifted operand 1 (type float64) must be integer"]
    );
}

#[test]
fn init_order_follows_dependencies() {
    let c = ok("package main\n\nvar a = b + 1\nvar b = f()\nvar c = 3\n\nfunc f() int { return c }\n\nfunc main() {}\n");
    let pkg = c
        .result
        .ok()
        .and_then(|p| c.prog.package(p).cloned())
        .expect("pkg");
    let names: Vec<String> = pkg
        .init_order
        .iter()
        .map(|i| c.prog.objects.get(i.lhs[0]).name.clone())
        .collect();
    assert_eq!(names, vec!["c", "b", "a"]);
}

#[test]
fn method_sets_and_promotion() {
    let c = ok("package main\n\ntype A struct{}\nfunc (A) M() {}\nfunc (*A) P() {}\ntype B struct{ A }\ntype I interface{ M() }\n\nfunc main() {\n\tvar b B\n\tvar i I = b\n\tb.P()\n\t_ = i\n}\n");
    let pkg = c.result.expect("pkg");
    let b = c.prog.lookup_member(pkg, "B").expect("B");
    let bt = c.prog.objects.type_of(b);
    let ms = c.prog.method_set(bt);
    assert_eq!(
        ms.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(),
        vec!["M"]
    );
    assert_eq!(ms[0].path, vec![0]);
    let mut types = c.prog.types.clone();
    let pb = types.pointer(bt);
    let prog2 = Program {
        types,
        ..c.prog.clone()
    };
    let ms = prog2.method_set(pb);
    assert_eq!(
        ms.iter().map(|m| m.name.as_str()).collect::<Vec<_>>(),
        vec!["M", "P"]
    );
}

#[test]
fn captured_and_address_taken() {
    let c = ok("package main\n\nfunc main() {\n\tx := 1\n\ty := 2\n\tf := func() int { return x }\n\tp := &y\n\t_, _ = f, p\n}\n");
    let var = |name: &str| {
        (0..c.prog.objects.len() as u32)
            .map(crate::ObjId)
            .find(|&o| {
                c.prog.objects.get(o).name == name
                    && matches!(c.prog.objects.get(o).kind, ObjKind::Var(_))
            })
            .and_then(|o| c.prog.objects.var(o).cloned())
            .expect("var")
    };
    assert!(var("x").captured);
    assert!(!var("y").captured);
    assert!(var("y").address_taken);
}

#[test]
fn basic_errors_match_go() {
    let src = "package main

import \"fmt\"
import \"strings\"

type T struct{ x int }

func (t *T) M() {}

type I interface{ M() }

type MyInt int

func f(a, b int) int { return a }

func g() (int, string) { return 1, \"\" }

func h() int {
	for {
		break
	}
}

func main() {
	var x int
	y := 2
	var s string = x
	_ = x + s
	_ = undefinedName
	var t T
	_ = t.y
	var i I = t
	var m MyInt = 1
	_ = m + x
	_ = f(1)
	_ = f(1, 2, 3)
	a := g()
	const c int8 = 100
	_ = c * 2
	_ = 1 / 0
	_ = !x
	_ = -s
	var b byte = 300
	x = \"a\"
	_ = i.(int)
	fmt.foo()
	3 = x
	_ = a
}
";
    let got = errors(src);
    // Go prints the first ten errors it finds (unused variables come when their function is done, unused
    // imports at the end), sorted.
    let want = vec![
        "x.go:22:1: missing return",
        "x.go:27:17: cannot use x (variable of type int) as string value in variable declaration",
        "x.go:28:6: invalid operation: x + s (mismatched types int and string)",
        "x.go:29:6: undefined: undefinedName",
        "x.go:31:8: t.y undefined (type T has no field or method y)",
        "x.go:32:12: cannot use t (variable of struct type T) as I value in variable declaration: T does not implement I (method M has pointer receiver)",
        "x.go:34:6: invalid operation: m + x (mismatched types MyInt and int)",
        "x.go:35:8: not enough arguments in call to f\n\thave (number)\n\twant (int, int)",
        "x.go:36:14: too many arguments in call to f\n\thave (number, number, number)\n\twant (int, int)",
        "x.go:37:7: assignment mismatch: 1 variable but g returns 2 values",
    ];
    assert_eq!(got, want);
}

#[test]
fn more_errors_match_go() {
    let src = "package main

func main() {
	a, b := 1
	const c int8 = 100
	_ = c * 2
	_ = 1 / 0
	var x int
	_ = !x
	var b2 byte = 300
	x = \"a\"
	3 = x
	_, _ = a, b
}
";
    let got = errors(src);
    let want = vec![
        "x.go:4:10: assignment mismatch: 2 variables but 1 value",
        "x.go:6:6: c * 2 (constant 200 of type int8) overflows int8",
        "x.go:7:10: invalid operation: division by zero",
        "x.go:9:7: invalid operation: operator ! not defined on x (variable of type int)",
        "x.go:10:6: declared and not used: b2",
        // Go says `as byte value`: byte and uint8 are one TypeId here, so the alias name is lost.
        "x.go:10:16: cannot use 300 (untyped int constant) as byte value in variable declaration (overflows)",
        "x.go:11:6: cannot use \"a\" (untyped string constant) as int value in assignment",
        "x.go:12:2: cannot assign to 3 (neither addressable nor a map index expression)",
    ];
    assert_eq!(got, want);
}

#[test]
fn missing_main() {
    let got = errors("package main\n\nfunc f() {}\n");
    // Go reports this from the linker without a position; we use the package name's.
    assert_eq!(
        got,
        vec!["x.go:1:9: function main is undeclared in the main package"]
    );
}

#[test]
fn unsupported_features_are_named() {
    let got = errors("package main\n\nfunc main() {\n\tgo func() {}()\n}\n");
    assert_eq!(got, vec!["x.go:4:2: go statements are not supported yet"]);
    let got = errors("package main\n\nfunc F[T any](x T) {}\n\nfunc main() {}\n");
    assert_eq!(
        got,
        vec!["x.go:3:6: generic functions are not supported yet"]
    );
    // Only the feature is named: no follow-on errors about the type parameters.
    let got = errors(
        "package main\n\ntype S[T any] struct{ xs []T }\n\nfunc (s *S[T]) Push(x T) { s.xs = append(s.xs, x) }\n\nfunc main() {}\n",
    );
    assert_eq!(
        got,
        vec![
            "x.go:3:6: generic types are not supported yet",
            "x.go:5:9: generic types are not supported yet"
        ]
    );
}

#[test]
fn type_switch_and_labels() {
    ok("package main

type I interface{ M() }
type A struct{}
func (A) M() {}

func main() {
	var i I = A{}
	switch v := i.(type) {
	case A:
		_ = v
	case nil:
	default:
	}
outer:
	for j := 0; j < 3; j++ {
		for k := range 4 {
			if k == j {
				continue outer
			}
		}
	}
}
");
}

/// Manual comparison helper: `AMBER_CHECK_FILE=x.go cargo test -p amber-check print_errors -- --ignored
/// --nocapture` prints our errors for a file, to diff against `go build`.
#[test]
#[ignore]
fn print_errors() {
    let Ok(path) = std::env::var("AMBER_CHECK_FILE") else {
        return;
    };
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    let c = check_files(&[("x.go", &src)]);
    if let Err(errs) = c.result {
        for e in errs {
            for line in e.render(&c.sm).lines() {
                println!("@@{line}");
            }
        }
    }
}

/// Every `testdata/errors/NAME.go` must give exactly the errors in `NAME.out`, which is the output of
/// `go build -gcflags=-e` on that file (as `x.go`).
#[test]
fn error_files_match_go() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/errors");
    let Ok(entries) = std::fs::read_dir(dir) else {
        panic!("missing {dir}");
    };
    let mut n = 0;
    for e in entries.flatten() {
        let path = e.path();
        if path.extension().is_none_or(|x| x != "go") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap_or_default();
        let want = std::fs::read_to_string(path.with_extension("out")).unwrap_or_default();
        let c = check_files(&[("x.go", &src)]);
        let mut got = String::new();
        if let Err(mut errs) = c.result {
            // `-e`: every error, sorted.
            errs.sort_by_key(|d| d.pos);
            for d in errs {
                got.push_str(&d.render(&c.sm));
                got.push('\n');
            }
        }
        assert_eq!(got, want, "{}", path.display());
        n += 1;
    }
    assert!(n > 0);
}

/// The file tests of `tests/errors` (expected blocks from `go build`) whose imports the stubs above provide:
/// checking alone must give exactly Go's errors. Files with syntax errors are the parser's business.
#[test]
fn file_tests_errors_match_go() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/errors");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return; // not in the workspace
    };
    let mut failures = Vec::new();
    let mut n = 0;
    for e in entries.flatten() {
        let path = e.path();
        if path.extension().is_none_or(|x| x != "go") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap_or_default();
        let Some((_, block)) = src.split_once("\n// Error:\n") else {
            continue;
        };
        let want: Vec<String> = block
            .lines()
            .map(|l| l.strip_prefix("// ").unwrap_or(l).to_string())
            .collect();
        let name = path
            .file_name()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let mut sm = SourceMap::new();
        let mut ids = NodeIds::default();
        let mut prog = Program::new();
        for (p, stub) in STUBS {
            let fid = sm.add(format!("{p}.go"), *stub);
            let (f, _) = parse_file(&sm, fid, &mut ids);
            let _ = prog.check_package(&sm, p, &[f]);
        }
        let fid = sm.add(name.clone(), src.as_str());
        let (f, errs) = parse_file(&sm, fid, &mut ids);
        if !errs.is_empty()
            || f.imports
                .iter()
                .any(|i| prog.package_by_path(&i.path).is_none())
        {
            continue;
        }
        n += 1;
        let got: Vec<String> = match prog.check_package(&sm, "main", &[f]) {
            Ok(_) => Vec::new(),
            Err(errs) => first_ten_sorted(&errs)
                .into_iter()
                .map(|d| {
                    let r = d.render(&sm);
                    let r = r
                        .strip_prefix(&format!("{name}:"))
                        .unwrap_or(&r)
                        .to_string();
                    r.replace(&format!("{name}:"), &format!("./{name}:"))
                })
                .collect(),
        };
        let got: Vec<String> = got
            .iter()
            .flat_map(|m| m.lines())
            .map(String::from)
            .collect();
        let mut want = want;
        // Go stops after 10 errors with `too many errors`; the checker returns them all.
        if want
            .last()
            .is_some_and(|l| l.ends_with(": too many errors"))
        {
            want.pop();
        }
        if got != want {
            failures.push(format!("{name}:\n  got  {got:?}\n  want {want:?}"));
        }
    }
    assert!(n > 50, "only {n} files checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every `testdata/valid/*.go` (accepted by `go build`) must check without errors and leave no untyped type
/// recorded except for `nil`.
#[test]
fn valid_files_check() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/valid");
    let Ok(entries) = std::fs::read_dir(dir) else {
        panic!("missing {dir}");
    };
    for e in entries.flatten() {
        let path = e.path();
        let src = std::fs::read_to_string(&path).unwrap_or_default();
        let c = check_files(&[("x.go", &src)]);
        if let Err(errs) = &c.result {
            let msgs: Vec<String> = errs.iter().map(|d| d.render(&c.sm)).collect();
            panic!("{}: {msgs:#?}", path.display());
        }
        for tv in c.prog.info.types.values() {
            if tv.mode == crate::Mode::Invalid {
                panic!("{}: invalid operand recorded: {tv:?}", path.display());
            }
            assert!(
                !c.prog.types.is_untyped(tv.ty) || tv.ty == TypeId::UNTYPED_NIL,
                "{}: untyped type left: {tv:?}",
                path.display()
            );
        }
    }
}

/// Robustness sweep: `AMBER_CHECK_DIR=dir cargo test -p amber-check sweep -- --ignored --nocapture` checks
/// every `.go` file of a directory that parses, and reports any panic.
#[test]
#[ignore]
fn sweep() {
    let Ok(dir) = std::env::var("AMBER_CHECK_DIR") else {
        return;
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    let mut panics = Vec::new();
    let mut n = 0;
    for e in entries.flatten() {
        let path = e.path();
        if path.extension().is_none_or(|x| x != "go") {
            continue;
        }
        let src = std::fs::read_to_string(&path).unwrap_or_default();
        eprintln!("sweep: {}", path.display());
        let r = std::panic::catch_unwind(|| {
            let mut sm = SourceMap::new();
            let mut ids = NodeIds::default();
            let fid = sm.add("x.go", src.as_str());
            let (f, errs) = parse_file(&sm, fid, &mut ids);
            if errs.is_empty() {
                let mut prog = Program::new();
                let _ = prog.check_package(&sm, "main", &[f]);
            }
        });
        n += 1;
        if r.is_err() {
            panics.push(path.display().to_string());
        }
    }
    println!("checked {n} files, {} panics: {panics:#?}", panics.len());
}

/// Programs nested as deeply as the parser allows must be checked (or rejected) without exhausting the
/// stack (the checker runs on its own thread; parsing here gets a modest stack).
#[test]
fn deep_nesting_does_not_overflow() {
    let n = amber_syntax::parser::MAX_DEPTH as usize - 10;
    let progs = [
        format!(
            "package main\nvar x = {}1{}\nfunc main(){{}}\n",
            "(".repeat(n),
            ")".repeat(n)
        ),
        format!(
            "package main\nvar x = {}1{}\nfunc main(){{}}\n",
            "1+(".repeat(n),
            ")".repeat(n)
        ),
        format!(
            "package main\nvar x {}int\nfunc main(){{}}\n",
            "[]".repeat(n)
        ),
        format!(
            "package main\nvar x {}int\nfunc main(){{}}\n",
            "*".repeat(n)
        ),
        format!(
            "package main\nvar x {}int\nfunc main(){{}}\n",
            "func() ".repeat(n)
        ),
        format!(
            "package main\nvar x {}int{}\nfunc main(){{}}\n",
            "struct{a ".repeat(n),
            "}".repeat(n)
        ),
        format!(
            "package main\nvar x = {}int{}{}\nfunc main(){{}}\n",
            "[]".repeat(n),
            "{".repeat(n),
            "}".repeat(n)
        ),
        format!(
            "package main\nfunc main(){{ {}{} }}\n",
            "func(){ ".repeat(n / 4),
            "}()".repeat(n / 4)
        ),
        format!(
            "package main\nfunc main(){{ {}{} }}\n",
            "{".repeat(n),
            "}".repeat(n)
        ),
        format!(
            "package main\nfunc main(){{ {}{} }}\n",
            "if true {".repeat(n / 2),
            "}".repeat(n / 2)
        ),
        format!(
            "package main\nvar y = 1\nvar x = y{}\nfunc main(){{}}\n",
            "+y".repeat(n)
        ),
        format!(
            "package main\nvar x = 1{}\nfunc main(){{}}\n",
            "+1".repeat(n)
        ),
        format!(
            "package main\ntype T struct{{ t *T }}\nvar v T\nvar x = v{}\nfunc main(){{}}\n",
            ".t".repeat(n)
        ),
        format!(
            "package main\nvar x {}int\nfunc main(){{}}\n",
            "map[int]".repeat(n)
        ),
        format!(
            "package main\nvar a [][]int\nvar x = a{}\nfunc main(){{}}\n",
            "[0]".repeat(n)
        ),
        format!(
            "package main\nfunc f(int) int {{ return 1 }}\nvar x = {}1{}\nfunc main(){{}}\n",
            "f(".repeat(n / 2),
            ")".repeat(n / 2)
        ),
    ];
    for src in progs {
        let r = std::thread::Builder::new()
            .stack_size(16 << 20)
            .spawn(move || {
                let mut sm = SourceMap::new();
                let mut ids = NodeIds::default();
                let fid = sm.add("x.go", src.as_str());
                let (f, _) = parse_file(&sm, fid, &mut ids);
                let mut prog = Program::new();
                let _ = prog.check_package(&sm, "main", &[f]);
            })
            .map(|h| h.join());
        assert!(matches!(r, Ok(Ok(()))));
    }
}

/// A tree deeper than the checker's own limit (built by hand: the parser would refuse it) gives an error.
#[test]
fn nesting_beyond_the_limit_is_an_error() {
    use amber_syntax::ast::{BinOp, Decl, Expr, ExprKind, NodeId};
    let r = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(|| {
            let mut sm = SourceMap::new();
            let mut ids = NodeIds::default();
            let fid = sm.add("x.go", "package main\n\nvar x = 1\n\nfunc main() {}\n");
            let (mut f, _) = parse_file(&sm, fid, &mut ids);
            let Some(Decl::Var(specs)) = f.decls.get_mut(0) else {
                panic!("no var");
            };
            let one = specs[0].values[0].clone();
            let mut e = one.clone();
            for i in 0..(crate::checker::MAX_NESTING + 100) {
                let id = NodeId(ids.next + 2 * i);
                let inner = Expr {
                    id,
                    span: one.span,
                    kind: ExprKind::Paren(Box::new(e)),
                };
                e = Expr {
                    id: NodeId(id.0 + 1),
                    span: one.span,
                    kind: ExprKind::Binary {
                        op: BinOp::Add,
                        x: Box::new(one.clone()),
                        y: Box::new(inner),
                    },
                };
            }
            specs[0].values[0] = e;
            let mut prog = Program::new();
            let errs = prog
                .check_package(&sm, "main", &[f])
                .err()
                .unwrap_or_default();
            errs.iter().map(|d| d.render(&sm)).collect::<Vec<_>>()
        })
        .map(|h| h.join());
    let Ok(Ok(errs)) = r else {
        panic!("checker thread failed");
    };
    assert_eq!(errs, ["x.go:3:9: nesting too deep"]);
}

#[test]
fn range_over_func_checks_iterator_signatures_like_go() {
    let src = "package main

func main() {
	var f0 func(func() bool)
	var f1 func(func(int) bool)
	var g func()
	var h func(func(int))
	var k func(func(int) bool) int
	var a func(int)
	var b func(func(int, int, int) bool)
	for x := range f0 {
		_ = x
	}
	for x, y := range f1 {
		_, _ = x, y
	}
	for range g {
	}
	for range h {
	}
	for range k {
	}
	for range a {
	}
	for range b {
	}
}
";
    assert_eq!(
        errors(src),
        vec![
            "x.go:11:6: range over f0 (variable of type func(func() bool)) permits no iteration variables",
            "x.go:14:9: range over f1 (variable of type func(func(int) bool)) permits only one iteration variable",
            "x.go:17:12: cannot range over g (variable of type func()): func must be func(yield func(...) bool): wrong argument count",
            "x.go:19:12: cannot range over h (variable of type func(func(int))): func must be func(yield func(...) bool): yield func does not return bool",
            "x.go:21:12: cannot range over k (variable of type func(func(int) bool) int): func must be func(yield func(...) bool): unexpected results",
            "x.go:23:12: cannot range over a (variable of type func(int)): func must be func(yield func(...) bool): argument is not func",
            "x.go:25:12: cannot range over b (variable of type func(func(int, int, int) bool)): func must be func(yield func(...) bool): yield func has too many parameters",
        ]
    );
}

#[test]
fn range_over_func_types_loop_variables_and_captures() {
    let c = ok("package main

func pairs(yield func(string, float64) bool) {}

func main() {
	total := 0.0
	names := \"\"
	for name, v := range pairs {
		total += v
		names += name
	}
	_, _ = total, names
}
");
    let var = |name: &str| {
        (0..c.prog.objects.len() as u32)
            .map(crate::ObjId)
            .find(|&o| {
                c.prog.objects.get(o).name == name
                    && matches!(c.prog.objects.get(o).kind, ObjKind::Var(_))
            })
            .and_then(|o| c.prog.objects.var(o).cloned())
            .expect("var")
    };
    // The body runs as a closure: variables from outside it are captured, its own are not.
    assert!(var("total").captured);
    assert!(var("names").captured);
    assert!(!var("v").captured);
    assert_eq!(var("v").ty, crate::TypeId::FLOAT64);
    assert_eq!(var("name").ty, crate::TypeId::STRING);
}

/// The deepest shapes that fit in [`crate::CHECK_INLINE_BYTES`] (checked on the calling thread) are checked
/// on a thread of 2 MiB, the smallest stack a host is likely to call from, without exhausting it.
#[test]
fn small_packages_of_any_shape_fit_the_calling_threads_stack() {
    // (prefix, repeated opening, innermost, repeated closing, suffix)
    let shapes: &[(&str, &str, &str, &str, &str)] = &[
        ("var x = 1\nvar y = ", "x + ", "x", "", "\n"),
        ("var x = 1\nvar y = ", "(", "x", ")", "\n"),
        ("var x = 1\nvar y = ", "^", "x", "", "\n"),
        ("var b = ", "!", "true", "", "\n"),
        (
            "func f(int) int { return 0 }\nvar y = ",
            "f(",
            "0",
            ")",
            "\n",
        ),
        ("var a [1]int\nvar y = ", "a[", "0", "]", "\n"),
        ("var y ", "[]", "int", "", "\n"),
        ("var y ", "*", "int", "", "\n"),
        ("var y ", "struct{a ", "int", "}", "\n"),
        ("var y ", "func(", "int", ")", "\n"),
        ("var y = ", "[]any{", "", "}", "\n"),
        ("func g() ", "{", "", "}", "\n"),
        (
            "func g() {\n\tx := 1\n\t",
            "if x > 0 {",
            "",
            "}",
            "\n\t_ = x\n}\n",
        ),
        ("var y = ", "func() int { return ", "0", " }()", "\n"),
        ("func g() ", "{ for {", "", "} }", "\n"),
        ("func g() { ", "switch { case true: ", "", "}", " }\n"),
    ];
    for &(prefix, open, inner, close, suffix) in shapes {
        let head = "package main\nfunc main() {}\n";
        let fixed = head.len() + prefix.len() + inner.len() + suffix.len();
        let n = (crate::CHECK_INLINE_BYTES - fixed) / (open.len() + close.len());
        let src = format!(
            "{head}{prefix}{}{inner}{}{suffix}",
            open.repeat(n),
            close.repeat(n)
        );
        assert!(src.len() <= crate::CHECK_INLINE_BYTES, "{src}");
        let checked = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || {
                let mut sm = SourceMap::new();
                let mut ids = NodeIds::default();
                let fid = sm.add("deep.go", src.as_str());
                let (f, errs) = parse_file(&sm, fid, &mut ids);
                let checked = Program::new().check_package(&sm, "main", &[f]);
                let msgs: Vec<String> = errs
                    .iter()
                    .chain(checked.err().iter().flatten())
                    .map(|d| d.render(&sm))
                    .collect();
                msgs
            })
            .map(|h| h.join().ok());
        // Every shape is valid Go, so it was checked all the way down.
        let msgs = checked.ok().flatten();
        assert_eq!(msgs, Some(Vec::new()), "{prefix}{open}...");
    }
}
