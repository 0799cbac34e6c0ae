//! The output format of Go's `print` and `println` builtins (which write to standard error;
//! the VM decides where the bytes go).
//!
//! They differ from fmt: no verbs or flags, pointers and other reference values print as raw
//! hex words (`0x0`), interfaces as `(typeword,dataword)`, slices as `[len/cap]0xptr`. Since Go
//! 1.27 floats print in their shortest form like fmt's `%v` (`1.5`, `1e+21`, float32 at 32-bit
//! precision: `0.1`) and complexes as `(1+2i)`; older Go printed `+1.500000e+000`.

use super::leaf::{self, Leaf};
use super::printf::Directive;
use super::strconv;

/// One operand of `print`/`println`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PrintArg<'a> {
    Bool(bool),
    /// Any signed integer kind.
    Int(i64),
    /// Any unsigned integer kind, uintptr included.
    Uint(u64),
    Float32(f32),
    Float64(f64),
    Complex64(f32, f32),
    Complex128(f64, f64),
    Str(&'a [u8]),
    /// A pointer, map, chan, func or unsafe.Pointer: printed as `0x` and the word in hex.
    Pointer(u64),
    /// An interface value: its type word and data word (both 0 for nil).
    Iface {
        type_word: u64,
        data_word: u64,
    },
    /// A slice: `[len/cap]0xptr`.
    Slice {
        len: u64,
        cap: u64,
        ptr: u64,
    },
}

/// `0x` followed by lower-case hex digits, as the runtime's printhex.
fn push_hex(out: &mut Vec<u8>, v: u64) {
    out.extend_from_slice(b"0x");
    let _ = strconv::format_uint(out, v, 16);
}

/// Appends one operand as the builtins print it.
pub fn print_value(out: &mut Vec<u8>, arg: &PrintArg) {
    let v = Directive::default();
    match *arg {
        PrintArg::Bool(b) => out.extend_from_slice(strconv::format_bool(b).as_bytes()),
        PrintArg::Int(i) => strconv::itoa(out, i),
        PrintArg::Uint(u) => {
            let _ = strconv::format_uint(out, u, 10);
        }
        PrintArg::Float32(f) => leaf::format(out, &v, &Leaf::Float32(f), b"float32"),
        PrintArg::Float64(f) => leaf::format(out, &v, &Leaf::Float64(f), b"float64"),
        PrintArg::Complex64(re, im) => {
            leaf::format(out, &v, &Leaf::Complex64(re, im), b"complex64")
        }
        PrintArg::Complex128(re, im) => {
            leaf::format(out, &v, &Leaf::Complex128(re, im), b"complex128")
        }
        PrintArg::Str(s) => out.extend_from_slice(s),
        PrintArg::Pointer(p) => push_hex(out, p),
        PrintArg::Iface {
            type_word,
            data_word,
        } => {
            out.push(b'(');
            push_hex(out, type_word);
            out.push(b',');
            push_hex(out, data_word);
            out.push(b')');
        }
        PrintArg::Slice { len, cap, ptr } => {
            out.push(b'[');
            let _ = strconv::format_uint(out, len, 10);
            out.push(b'/');
            let _ = strconv::format_uint(out, cap, 10);
            out.push(b']');
            push_hex(out, ptr);
        }
    }
}

/// `print(args...)`: the operands with nothing between them.
pub fn print(out: &mut Vec<u8>, args: &[PrintArg]) {
    for a in args {
        print_value(out, a);
    }
}

/// `println(args...)`: the operands separated by spaces, then a newline.
pub fn println(out: &mut Vec<u8>, args: &[PrintArg]) {
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push(b' ');
        }
        print_value(out, a);
    }
    out.push(b'\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    const VECTORS: &str = include_str!("testdata/println.txt");

    fn float(bits: &str) -> f64 {
        f64::from_bits(bits.parse().unwrap())
    }

    #[test]
    fn go_vectors() {
        let mut failures = Vec::new();
        let mut count = 0;
        for line in VECTORS.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let pair = || {
                let (a, b) = f[1].split_once(',').unwrap();
                (float(a), float(b))
            };
            let arg = match f[0] {
                "float64" => PrintArg::Float64(float(f[1])),
                "float32" => PrintArg::Float32(float(f[1]) as f32),
                "complex128" => {
                    let (re, im) = pair();
                    PrintArg::Complex128(re, im)
                }
                "complex64" => {
                    let (re, im) = pair();
                    PrintArg::Complex64(re as f32, im as f32)
                }
                "int" => PrintArg::Int(f[1].parse().unwrap()),
                "uint" => PrintArg::Uint(f[1].parse().unwrap()),
                "bool" => PrintArg::Bool(f[1] == "true"),
                "pointer" => PrintArg::Pointer(0),
                "iface" => PrintArg::Iface {
                    type_word: 0,
                    data_word: 0,
                },
                "slice" => PrintArg::Slice {
                    len: 0,
                    cap: 0,
                    ptr: 0,
                },
                "multi" => {
                    let mut out = Vec::new();
                    println(
                        &mut out,
                        &[
                            PrintArg::Int(1),
                            PrintArg::Str(b"a"),
                            PrintArg::Bool(true),
                            PrintArg::Float64(2.5),
                        ],
                    );
                    assert_eq!(out, format!("{}\n", f[2]).as_bytes());
                    continue;
                }
                k => panic!("unknown kind {k}"),
            };
            count += 1;
            let mut out = Vec::new();
            println(&mut out, &[arg]);
            let want = format!("{}\n", f[2]);
            if out != want.as_bytes() {
                failures.push(format!(
                    "{line}\n   got  {:?}",
                    String::from_utf8_lossy(&out)
                ));
            }
        }
        assert!(count > 150, "vectors missing");
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn print_puts_nothing_between_operands() {
        let mut out = Vec::new();
        print(
            &mut out,
            &[
                PrintArg::Str(b"a"),
                PrintArg::Int(1),
                PrintArg::Int(2),
                PrintArg::Pointer(0xc0ffee),
            ],
        );
        assert_eq!(out, b"a120xc0ffee");
        let mut out = Vec::new();
        println(&mut out, &[]);
        assert_eq!(out, b"\n");
    }
}
