//! Tests for printf.rs against vectors produced by real Go (testdata/gen_printf.go).

use super::*;
use crate::format::leaf::tests::unesc;

const VECTORS: &str = include_str!("../testdata/printf.txt");

/// Test arguments: leaves, plus "T" values standing for a Go `struct{ s string }` that the
/// mock formats the way Go formats that struct under %v/%s/%+v/%x.
enum TestArg {
    Leaf(Leaf<'static>, &'static str),
    Struct(String),
}

struct TestArgs(Vec<TestArg>);

impl Args for TestArgs {
    fn count(&self) -> usize {
        self.0.len()
    }
    fn leaf(&self, i: usize) -> Option<Leaf<'_>> {
        match &self.0[i] {
            TestArg::Leaf(l, _) => Some(*l),
            TestArg::Struct(_) => None,
        }
    }
    fn type_name(&self, i: usize) -> &[u8] {
        match &self.0[i] {
            TestArg::Leaf(_, name) => name.as_bytes(),
            TestArg::Struct(_) => b"main.T",
        }
    }
    fn format_other(&mut self, i: usize, d: &Directive, out: &mut Vec<u8>) {
        let TestArg::Struct(s) = &self.0[i] else {
            unreachable!()
        };
        out.push(b'{');
        if d.plus_v {
            out.extend_from_slice(b"s:");
        }
        crate::format::leaf::format(out, d, &Leaf::Str(s.clone().leak().as_bytes()), b"string");
        out.push(b'}');
    }
}

fn parse_args(s: &str) -> TestArgs {
    let mut args = Vec::new();
    for a in s.split(' ').filter(|a| !a.is_empty()) {
        let (kind, payload) = a.split_once(':').unwrap();
        let arg = match kind {
            "int" => TestArg::Leaf(
                Leaf::Int {
                    value: payload.parse().unwrap(),
                    bits: 0,
                },
                "int",
            ),
            "int8" => TestArg::Leaf(
                Leaf::Int {
                    value: payload.parse().unwrap(),
                    bits: 8,
                },
                "int8",
            ),
            "uint" => TestArg::Leaf(
                Leaf::Uint {
                    value: payload.parse().unwrap(),
                    bits: 0,
                },
                "uint",
            ),
            "uint8" => TestArg::Leaf(
                Leaf::Uint {
                    value: payload.parse().unwrap(),
                    bits: 8,
                },
                "uint8",
            ),
            "float64" => TestArg::Leaf(Leaf::Float64(payload.parse().unwrap()), "float64"),
            "string" => TestArg::Leaf(Leaf::Str(payload.to_string().leak().as_bytes()), "string"),
            "bool" => TestArg::Leaf(Leaf::Bool(payload == "true"), "bool"),
            "nil" => TestArg::Leaf(Leaf::Nil, ""),
            "T" => TestArg::Struct(payload.to_string()),
            _ => panic!("unknown kind {kind}"),
        };
        args.push(arg);
    }
    TestArgs(args)
}

#[test]
fn go_vectors() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in VECTORS.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let format = unesc(f[1]);
        let mut args = parse_args(&String::from_utf8(unesc(f[2])).unwrap());
        let want = unesc(f[3]);
        let mut got = Vec::new();
        match f[0] {
            "Sprintf" => sprintf(&mut got, &format, &mut args),
            "Sprint" => sprint(&mut got, &mut args),
            _ => sprintln(&mut got, &mut args),
        }
        count += 1;
        if got != want {
            failures.push(format!(
                "{} {:?} [{}]\n   got  {:?}\n   want {:?}",
                f[0],
                String::from_utf8_lossy(&format),
                f[2],
                String::from_utf8_lossy(&got),
                String::from_utf8_lossy(&want)
            ));
        }
    }
    assert!(count > 100, "vectors missing");
    assert!(
        failures.is_empty(),
        "{} of {count} vectors failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn parser_yields_steps() {
    // Argument i holds the int i + 3.
    let ints = |i: usize| Some(i as i64 + 3);
    let steps = |format: &[u8], nargs| {
        let mut p = Parser::new(format);
        let mut v = Vec::new();
        while let Some(s) = p.next_step(nargs, &ints) {
            v.push(s);
        }
        v
    };
    let width4 = Directive {
        verb: 'd',
        width: Some(4),
        ..Directive::default()
    };
    assert_eq!(
        steps(b"a%[2]*d|%%%d", 3),
        vec![
            Step::Text(0..1),
            Step::Arg {
                index: 2,
                directive: width4
            },
            Step::Text(7..8),
            Step::Percent,
            Step::Missing('d'),
        ]
    );
    assert_eq!(
        steps(b"%d", 3),
        vec![
            Step::Arg {
                index: 0,
                directive: Directive {
                    verb: 'd',
                    ..Directive::default()
                }
            },
            Step::Extra { from: 1 },
        ]
    );
    assert_eq!(steps(b"%*.*", 1), vec![Step::BadPrec, Step::NoVerb]);
    let mut out = Vec::new();
    render_error_step(&mut out, &Step::BadIndex('x'));
    assert_eq!(out, b"%!x(BADINDEX)");
}

#[test]
fn helpers_for_the_vm() {
    let (d, _) = parse_directive(b"#v").unwrap();
    assert!(!uses_string_method(&d));
    let (d, _) = parse_directive(b"+v").unwrap();
    assert!(uses_string_method(&d) && d.plus_v && !d.plus);
    let (d, _) = parse_directive(b"d").unwrap();
    assert!(!uses_string_method(&d));
    let mut out = Vec::new();
    bad_verb_open(&mut out, 'd', b"main.T");
    out.extend_from_slice(b"{1})");
    assert_eq!(out, b"%!d(main.T={1})");
}

/// Random format strings against Go (testdata/gen_printf_random.go).
#[test]
fn go_random_formats() {
    let vectors = include_str!("../testdata/printf_random.txt");
    let mut failures = Vec::new();
    for line in vectors.lines() {
        let (format, want) = line.split_once('\t').unwrap();
        let (format, want) = (unesc(format), unesc(want));
        let mut args = TestArgs(vec![
            TestArg::Leaf(Leaf::Int { value: -7, bits: 0 }, "int"),
            TestArg::Leaf(Leaf::Str(b"h\xffi"), "string"),
            TestArg::Leaf(Leaf::Float64(-1.5e300), "float64"),
            TestArg::Leaf(Leaf::Bytes(Some(b"\x00\x80")), "[]uint8"),
        ]);
        let mut got = Vec::new();
        sprintf(&mut got, &format, &mut args);
        if got != want {
            failures.push(format!(
                "{:?}\n   got  {:?}\n   want {:?}",
                String::from_utf8_lossy(&format),
                String::from_utf8_lossy(&got),
                String::from_utf8_lossy(&want)
            ));
        }
    }
    assert!(vectors.lines().count() >= 3000, "vectors missing");
    assert!(
        failures.is_empty(),
        "{} failed:\n{}",
        failures.len(),
        failures
            .iter()
            .take(30)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
