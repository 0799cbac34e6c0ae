//! Table tests for leaf.rs against vectors produced by real Go (testdata/gen_leaf.go).

use super::*;
use crate::format::printf::parse_directive;

const VECTORS: &str = include_str!("../testdata/leaf.txt");

/// Undoes the escaping of gen_leaf.go: `\\`, `\t`, `\n`, `\xHH`.
pub(crate) fn unesc(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            match b[i + 1] {
                b'\\' => out.push(b'\\'),
                b't' => out.push(b'\t'),
                b'n' => out.push(b'\n'),
                b'x' => {
                    out.push(u8::from_str_radix(&s[i + 2..i + 4], 16).unwrap());
                    i += 2;
                }
                c => panic!("bad escape {c}"),
            }
            i += 2;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

fn f64_of(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s, 16).unwrap())
}

/// Builds the leaf for a `kind:payload` value of the vector file, with its type name.
fn with_leaf(enc: &str, bytes: &mut Vec<u8>, run: impl FnOnce(&Leaf, &[u8])) {
    let (kind, payload) = enc.split_once(':').unwrap();
    let int_bits = |k: &str| -> u8 {
        k.trim_start_matches("uint")
            .trim_start_matches("int")
            .parse()
            .unwrap_or(0)
    };
    let leaf = match kind {
        "int" | "int8" | "int16" | "int32" | "int64" => Leaf::Int {
            value: payload.parse().unwrap(),
            bits: int_bits(kind),
        },
        "uint" | "uint8" | "uint16" | "uint32" | "uint64" => Leaf::Uint {
            value: payload.parse().unwrap(),
            bits: int_bits(kind),
        },
        "uintptr" => Leaf::Uintptr(payload.parse().unwrap()),
        "float64" => Leaf::Float64(f64_of(payload)),
        "float32" => Leaf::Float32(f64_of(payload) as f32),
        "complex128" | "complex64" => {
            let (re, im) = payload.split_once(',').unwrap();
            if kind == "complex64" {
                Leaf::Complex64(f64_of(re) as f32, f64_of(im) as f32)
            } else {
                Leaf::Complex128(f64_of(re), f64_of(im))
            }
        }
        "string" | "bytes" => {
            *bytes = unhex(payload);
            if kind == "string" {
                Leaf::Str(bytes)
            } else {
                Leaf::Bytes(Some(bytes))
            }
        }
        "nilbytes" => Leaf::Bytes(None),
        "bool" => Leaf::Bool(payload == "true"),
        "nil" => Leaf::Nil,
        "nilptr" => Leaf::Pointer(0),
        _ => panic!("unknown kind {kind}"),
    };
    let name = match leaf {
        Leaf::Pointer(_) => "*int",
        _ => leaf.builtin_type_name().unwrap_or(""),
    };
    run(&leaf, name.as_bytes());
}

#[test]
fn go_vectors() {
    let mut failures = Vec::new();
    let mut count = 0;
    for line in VECTORS.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let format = unesc(f[0]);
        let want = unesc(f[2]);
        // The format is "%" flags width precision verb, with a possible trailing "|".
        let (d, used) = parse_directive(&format[1..]).expect("directive");
        let suffix = &format[1 + used..];
        let mut bytes = Vec::new();
        with_leaf(f[1], &mut bytes, |leaf, name| {
            let mut got = Vec::new();
            format_leaf(&mut got, &d, leaf, name);
            got.extend_from_slice(suffix);
            count += 1;
            if got != want {
                failures.push(format!(
                    "{:?} {}\n   got  {:?}\n   want {:?}",
                    String::from_utf8_lossy(&format),
                    f[1],
                    String::from_utf8_lossy(&got),
                    String::from_utf8_lossy(&want)
                ));
            }
        });
    }
    assert!(count > 10_000, "vectors missing");
    assert!(
        failures.is_empty(),
        "{} of {count} vectors failed:\n{}",
        failures.len(),
        failures
            .iter()
            .take(50)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn format_leaf(out: &mut Vec<u8>, d: &Directive, leaf: &Leaf, name: &[u8]) {
    format(out, d, leaf, name);
}

#[test]
fn examples_from_the_brief() {
    let cases: &[(&str, Leaf, &str)] = &[
        ("%08.3d", Leaf::Int { value: 7, bits: 0 }, "     007"),
        (
            "%#x",
            Leaf::Int {
                value: 255,
                bits: 0,
            },
            "0xff",
        ),
        (
            "%x",
            Leaf::Int {
                value: -255,
                bits: 0,
            },
            "-ff",
        ),
        (
            "%U",
            Leaf::Int {
                value: 0x1F600,
                bits: 32,
            },
            "U+1F600",
        ),
        (
            "%#U",
            Leaf::Int {
                value: 0x1F600,
                bits: 32,
            },
            "U+1F600 '😀'",
        ),
        ("%c", Leaf::Int { value: -1, bits: 0 }, "\u{FFFD}"),
        ("%+q", Leaf::Str("héllo".as_bytes()), r#""h\u00e9llo""#),
        ("%#q", Leaf::Str(b"hi"), "`hi`"),
        ("%.2s", Leaf::Str("日本語".as_bytes()), "日本"),
        ("% x", Leaf::Str(b"\x01\xab"), "01 ab"),
        ("%v", Leaf::Complex128(1.0, 2.0), "(1+2i)"),
        ("%d", Leaf::Str(b"hi"), "%!d(string=hi)"),
    ];
    for (format, leaf, want) in cases {
        let (d, _) = parse_directive(&format.as_bytes()[1..]).unwrap();
        let mut out = Vec::new();
        format_leaf(
            &mut out,
            &d,
            leaf,
            leaf.builtin_type_name().unwrap().as_bytes(),
        );
        assert_eq!(String::from_utf8_lossy(&out), *want, "{format}");
    }
}
