//! fmt's rendering of one leaf value (bool, integer, float, complex, string, byte slice,
//! pointer-like id, untyped nil) under one [`Directive`], byte for byte as Go's fmt.
//!
//! Entry point: [`format`]. A verb that does not apply to the value renders Go's
//! `%!verb(type=value)`; `%T` is not handled here (it needs only the type name: see
//! [`crate::format::printf`]).

use super::printf::Directive;
use super::strconv;
use super::{push_rune, rune_count, RUNE_ERROR};

const LOWER: &[u8; 16] = b"0123456789abcdef";
const UPPER: &[u8; 16] = b"0123456789ABCDEF";

/// A value fmt formats without looking inside it. Integers carry their bit size only to name
/// their type (`bits` 0 means the plain `int`/`uint`); floats and complexes carry their size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Leaf<'a> {
    Bool(bool),
    /// int, int8, int16, int32 (rune), int64, sign-extended.
    Int {
        value: i64,
        bits: u8,
    },
    /// uint, uint8 (byte), uint16, uint32, uint64.
    Uint {
        value: u64,
        bits: u8,
    },
    Uintptr(u64),
    Float32(f32),
    Float64(f64),
    Complex64(f32, f32),
    Complex128(f64, f64),
    /// A string (any bytes).
    Str(&'a [u8]),
    /// A `[]byte` (or a named type whose underlying type is a byte slice); `None` is a nil slice.
    Bytes(Option<&'a [u8]>),
    /// A chan, func, map, pointer or unsafe.Pointer shown as an address: Amber shows an object
    /// identity here. 0 is nil.
    Pointer(u64),
    /// The untyped nil interface value (`fmt.Println(nil)`).
    Nil,
}

impl Leaf<'_> {
    /// The name `%T` shows for an unnamed type of this kind; `None` for [`Leaf::Pointer`] (the
    /// caller knows whether it is `*T`, `chan T`, `func()`, ...) and [`Leaf::Nil`].
    pub fn builtin_type_name(&self) -> Option<&'static str> {
        Some(match *self {
            Leaf::Bool(_) => "bool",
            Leaf::Int { bits, .. } => match bits {
                8 => "int8",
                16 => "int16",
                32 => "int32",
                64 => "int64",
                _ => "int",
            },
            Leaf::Uint { bits, .. } => match bits {
                8 => "uint8",
                16 => "uint16",
                32 => "uint32",
                64 => "uint64",
                _ => "uint",
            },
            Leaf::Uintptr(_) => "uintptr",
            Leaf::Float32(_) => "float32",
            Leaf::Float64(_) => "float64",
            Leaf::Complex64(..) => "complex64",
            Leaf::Complex128(..) => "complex128",
            Leaf::Str(_) => "string",
            Leaf::Bytes(_) => "[]uint8",
            Leaf::Pointer(_) | Leaf::Nil => return None,
        })
    }
}

/// Appends `leaf` formatted under `d`. `type_name` is what `%T` would print for the value
/// (e.g. `int`, `main.Celsius`, `[]uint8`, `*main.T`); it appears in bad-verb renderings such as
/// `%!d(string=hi)` and in `%#v` of byte slices and pointers.
pub fn format(out: &mut Vec<u8>, d: &Directive, leaf: &Leaf, type_name: &[u8]) {
    let mut f = *d;
    print_leaf(out, &mut f, d.verb, leaf, type_name);
}

fn print_leaf(out: &mut Vec<u8>, f: &mut Directive, verb: char, leaf: &Leaf, type_name: &[u8]) {
    match *leaf {
        Leaf::Nil => match verb {
            'v' | 'T' => pad(out, f, b"<nil>"),
            _ => bad_verb(out, f, verb, leaf, type_name),
        },
        _ if verb == 'p' => match *leaf {
            Leaf::Pointer(u) => fmt_0x64(out, f, u, !f.sharp),
            _ => bad_verb(out, f, verb, leaf, type_name),
        },
        Leaf::Bool(b) => match verb {
            't' | 'v' => pad(out, f, strconv::format_bool(b).as_bytes()),
            _ => bad_verb(out, f, verb, leaf, type_name),
        },
        Leaf::Int { value, .. } => print_integer(out, f, verb, value as u64, true, leaf, type_name),
        Leaf::Uint { value, .. } | Leaf::Uintptr(value) => {
            print_integer(out, f, verb, value, false, leaf, type_name)
        }
        Leaf::Float32(v) => print_float(out, f, verb, f64::from(v), 32, leaf, type_name),
        Leaf::Float64(v) => print_float(out, f, verb, v, 64, leaf, type_name),
        Leaf::Complex64(re, im) => print_complex(
            out,
            f,
            verb,
            f64::from(re),
            f64::from(im),
            32,
            leaf,
            type_name,
        ),
        Leaf::Complex128(re, im) => print_complex(out, f, verb, re, im, 64, leaf, type_name),
        Leaf::Str(s) => match verb {
            'v' if f.sharp_v => fmt_q(out, f, s),
            'v' | 's' => fmt_s(out, f, s),
            'x' => fmt_sbx(out, f, s, LOWER),
            'X' => fmt_sbx(out, f, s, UPPER),
            'q' => fmt_q(out, f, s),
            _ => bad_verb(out, f, verb, leaf, type_name),
        },
        Leaf::Bytes(b) => print_bytes(out, f, verb, b, type_name),
        Leaf::Pointer(u) => match verb {
            'v' if f.sharp_v => {
                out.push(b'(');
                out.extend_from_slice(type_name);
                out.extend_from_slice(b")(");
                if u == 0 {
                    out.extend_from_slice(b"nil");
                } else {
                    fmt_0x64(out, f, u, true);
                }
                out.push(b')');
            }
            'v' if u == 0 => pad(out, f, b"<nil>"),
            'v' => fmt_0x64(out, f, u, !f.sharp),
            'b' | 'o' | 'd' | 'x' | 'X' => print_integer(out, f, verb, u, false, leaf, type_name),
            _ => bad_verb(out, f, verb, leaf, type_name),
        },
    }
}

/// `%!verb(type=value)`, the value printed with `%v` under the same flags; `%!verb(<nil>)` for
/// nil.
fn bad_verb(out: &mut Vec<u8>, f: &mut Directive, verb: char, leaf: &Leaf, type_name: &[u8]) {
    out.extend_from_slice(b"%!");
    push_rune(out, i64::from(u32::from(verb)));
    out.push(b'(');
    if let Leaf::Nil = leaf {
        out.extend_from_slice(b"<nil>");
    } else {
        out.extend_from_slice(type_name);
        out.push(b'=');
        print_leaf(out, f, 'v', leaf, type_name);
    }
    out.push(b')');
}

// ---------------------------------------------------------------------------------------------
// Padding

/// Appends `n` bytes of padding: zeros when the zero flag is set, spaces otherwise.
fn write_padding(out: &mut Vec<u8>, f: &Directive, n: usize) {
    let byte = if f.zero { b'0' } else { b' ' };
    out.resize(out.len() + n, byte);
}

/// Appends `s` padded to the width (counted in runes), on the left unless the minus flag is set.
fn pad(out: &mut Vec<u8>, f: &Directive, s: &[u8]) {
    let width = f.width.unwrap_or(0);
    if width == 0 {
        out.extend_from_slice(s);
        return;
    }
    let n = width.saturating_sub(rune_count(s));
    if f.minus {
        out.extend_from_slice(s);
        write_padding(out, f, n);
    } else {
        write_padding(out, f, n);
        out.extend_from_slice(s);
    }
}

/// Pads the ASCII text already written at `out[start..]` as [`pad`] would.
fn pad_written(out: &mut Vec<u8>, f: &Directive, start: usize) {
    let width = f.width.unwrap_or(0);
    let len = out.len() - start;
    if width <= len {
        return;
    }
    let n = width - len;
    if f.minus {
        write_padding(out, f, n);
    } else {
        let byte = if f.zero { b'0' } else { b' ' };
        out.splice(start..start, std::iter::repeat_n(byte, n));
    }
}

// ---------------------------------------------------------------------------------------------
// Integers

#[allow(clippy::too_many_arguments)]
fn print_integer(
    out: &mut Vec<u8>,
    f: &mut Directive,
    verb: char,
    u: u64,
    signed: bool,
    leaf: &Leaf,
    type_name: &[u8],
) {
    match verb {
        'v' if f.sharp_v && !signed => fmt_0x64(out, f, u, true),
        'v' | 'd' => fmt_integer(out, f, u, 10, signed, verb, LOWER),
        'b' => fmt_integer(out, f, u, 2, signed, verb, LOWER),
        'o' | 'O' => fmt_integer(out, f, u, 8, signed, verb, LOWER),
        'x' => fmt_integer(out, f, u, 16, signed, verb, LOWER),
        'X' => fmt_integer(out, f, u, 16, signed, verb, UPPER),
        'c' => {
            let r = if u > 0x10FFFF { RUNE_ERROR } else { u as u32 };
            let mut buf = Vec::with_capacity(4);
            push_rune(&mut buf, i64::from(r));
            pad(out, f, &buf);
        }
        'q' => {
            let r = if u > 0x10FFFF { RUNE_ERROR } else { u as u32 };
            let mut buf = Vec::with_capacity(12);
            if f.plus {
                strconv::quote_rune_to_ascii(&mut buf, i64::from(r));
            } else {
                strconv::quote_rune(&mut buf, i64::from(r));
            }
            pad(out, f, &buf);
        }
        'U' => fmt_unicode(out, f, u),
        _ => bad_verb(out, f, verb, leaf, type_name),
    }
}

/// Hexadecimal with an optional leading `0x`, ignoring the sharp flag otherwise.
fn fmt_0x64(out: &mut Vec<u8>, f: &mut Directive, u: u64, leading_0x: bool) {
    let sharp = f.sharp;
    f.sharp = leading_0x;
    fmt_integer(out, f, u, 16, false, 'v', LOWER);
    f.sharp = sharp;
}

/// Go's fmt.fmtInteger: sign, base prefix, precision or zero padding, then width padding.
#[allow(clippy::too_many_arguments)]
fn fmt_integer(
    out: &mut Vec<u8>,
    f: &mut Directive,
    u: u64,
    base: u64,
    signed: bool,
    verb: char,
    digits: &[u8; 16],
) {
    let negative = signed && (u as i64) < 0;
    let mut u = if negative {
        (u as i64).unsigned_abs()
    } else {
        u
    };
    // Two ways to ask for leading zeros: %.3d or %03d; with both, the zero flag is ignored.
    let mut prec = 0usize;
    if let Some(p) = f.prec {
        prec = p;
        if p == 0 && u == 0 {
            // Precision 0 and value 0 print nothing but the padding.
            let zero = f.zero;
            f.zero = false;
            write_padding(out, f, f.width.unwrap_or(0));
            f.zero = zero;
            return;
        }
    } else if let (true, false, Some(w)) = (f.zero, f.minus, f.width) {
        prec = w;
        if negative || f.plus || f.space {
            prec = prec.saturating_sub(1); // room for the sign
        }
    }
    // Digits right to left into a local buffer (sized for 64 binary digits plus prefixes),
    // then leading zeros up to the precision.
    let mut buf = [0u8; 72];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = digits[(u % base) as usize];
        u /= base;
        if u == 0 {
            break;
        }
    }
    let ndigits = buf.len() - i;
    let zeros = prec.saturating_sub(ndigits);
    let mut prefix = [0u8; 5];
    let mut np = 0;
    let mut push = |c: u8| {
        prefix[np] = c;
        np += 1;
    };
    if negative {
        push(b'-');
    } else if f.plus {
        push(b'+');
    } else if f.space {
        push(b' ');
    }
    if verb == 'O' {
        push(b'0');
        push(b'o');
    }
    // Base prefixes come after the sign and before the zeros.
    let first_digit = if zeros > 0 { b'0' } else { buf[i] };
    if f.sharp {
        match base {
            2 => {
                push(b'0');
                push(b'b');
            }
            8 if first_digit != b'0' => push(b'0'),
            16 => {
                push(b'0');
                push(if digits[10] == b'A' { b'X' } else { b'x' });
            }
            _ => {}
        }
    }
    let total = np + zeros + ndigits;
    let width = f.width.unwrap_or(0);
    let pad_n = width.saturating_sub(total);
    // Zero padding was handled as precision above, so pad with spaces here.
    if pad_n > 0 && !f.minus {
        out.resize(out.len() + pad_n, b' ');
    }
    out.extend_from_slice(&prefix[..np]);
    out.resize(out.len() + zeros, b'0');
    out.extend_from_slice(&buf[i..]);
    if pad_n > 0 && f.minus {
        out.resize(out.len() + pad_n, b' ');
    }
}

/// `U+0041`, and with `#` also ` 'A'` when the rune is printable.
fn fmt_unicode(out: &mut Vec<u8>, f: &mut Directive, u: u64) {
    let mut s = Vec::with_capacity(24);
    s.extend_from_slice(b"U+");
    let mut hex = [0u8; 16];
    let mut i = hex.len();
    let mut v = u;
    loop {
        i -= 1;
        hex[i] = UPPER[(v & 0xF) as usize];
        v >>= 4;
        if v == 0 {
            break;
        }
    }
    let prec = match f.prec {
        Some(p) if p > 4 => p,
        _ => 4,
    };
    let nd = hex.len() - i;
    s.resize(s.len() + prec.saturating_sub(nd), b'0');
    s.extend_from_slice(&hex[i..]);
    if f.sharp && u <= 0x10FFFF && strconv::is_print(u as i64) {
        s.extend_from_slice(b" '");
        push_rune(&mut s, u as i64);
        s.push(b'\'');
    }
    let zero = f.zero;
    f.zero = false;
    pad(out, f, &s);
    f.zero = zero;
}

// ---------------------------------------------------------------------------------------------
// Floats

#[allow(clippy::too_many_arguments)]
fn print_float(
    out: &mut Vec<u8>,
    f: &mut Directive,
    verb: char,
    v: f64,
    size: u32,
    leaf: &Leaf,
    type_name: &[u8],
) {
    match verb {
        'v' => fmt_float(out, f, v, size, b'g', -1),
        'b' | 'g' | 'G' | 'x' | 'X' => fmt_float(out, f, v, size, verb as u8, -1),
        'f' | 'F' => fmt_float(out, f, v, size, b'f', 6),
        'e' | 'E' => fmt_float(out, f, v, size, verb as u8, 6),
        _ => bad_verb(out, f, verb, leaf, type_name),
    }
}

#[allow(clippy::too_many_arguments)]
fn print_complex(
    out: &mut Vec<u8>,
    f: &mut Directive,
    verb: char,
    re: f64,
    im: f64,
    size: u32,
    leaf: &Leaf,
    type_name: &[u8],
) {
    match verb {
        'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E' => {
            let plus = f.plus;
            out.push(b'(');
            print_float(out, f, verb, re, size, leaf, type_name);
            // The imaginary part always has a sign.
            f.plus = true;
            print_float(out, f, verb, im, size, leaf, type_name);
            out.extend_from_slice(b"i)");
            f.plus = plus;
        }
        _ => bad_verb(out, f, verb, leaf, type_name),
    }
}

/// Go's fmt.fmtFloat: strconv's digits, then sign, `#` handling and padding.
fn fmt_float(out: &mut Vec<u8>, f: &mut Directive, v: f64, size: u32, verb: u8, prec: i64) {
    let prec = f.prec.map_or(prec, |p| p as i64);
    let start = out.len();
    // num = out[start..] always begins with a sign byte, as in Go.
    out.push(b'+');
    strconv::format_float(out, v, verb, prec, size);
    if matches!(out.get(start + 1), Some(b'-' | b'+')) {
        out.remove(start);
    }
    if f.space && out[start] == b'+' && !f.plus {
        out[start] = b' ';
    }
    // Infinities and NaN are never zero padded; NaN loses its sign unless asked for.
    if matches!(out.get(start + 1), Some(b'I' | b'N')) {
        if out[start + 1] == b'N' && !f.space && !f.plus {
            out.remove(start);
        }
        let zero = f.zero;
        f.zero = false;
        pad_written(out, f, start);
        f.zero = zero;
        return;
    }
    if f.sharp && verb != b'b' {
        sharp_float(out, start, verb, prec);
    }
    let len = out.len() - start;
    if f.plus || out[start] != b'+' {
        // Zero padding goes between the sign and the digits.
        if let (true, false, Some(w)) = (f.zero, f.minus, f.width) {
            if w > len {
                out.splice(start + 1..start + 1, std::iter::repeat_n(b'0', w - len));
                return;
            }
        }
        pad_written(out, f, start);
        return;
    }
    // A positive number without a requested sign: drop the '+'.
    out.remove(start);
    pad_written(out, f, start);
}

/// The `#` flag for floats: always a decimal point, and for %g/%x trailing zeros up to the
/// precision (6 when none was given).
fn sharp_float(out: &mut Vec<u8>, start: usize, verb: u8, prec: i64) {
    let mut digits: i64 = match verb {
        b'v' | b'g' | b'G' | b'x' => {
            if prec == -1 {
                6
            } else {
                prec
            }
        }
        _ => 0,
    };
    // Split off the exponent ("e+06", "p-02") and scan the mantissa.
    let mut tail = [0u8; 8];
    let mut tail_len = 0;
    let mut has_point = false;
    let mut saw_nonzero = false;
    let mut i = start + 1;
    while i < out.len() {
        let c = out[i];
        let is_exp =
            matches!(c, b'p' | b'P') || (matches!(c, b'e' | b'E') && verb != b'x' && verb != b'X');
        if is_exp {
            tail_len = (out.len() - i).min(tail.len());
            tail[..tail_len].copy_from_slice(&out[i..i + tail_len]);
            out.truncate(i);
            break;
        }
        if c == b'.' {
            has_point = true;
        } else {
            if c != b'0' {
                saw_nonzero = true;
            }
            // Count significant digits after the first non-zero one.
            if saw_nonzero {
                digits -= 1;
            }
        }
        i += 1;
    }
    if !has_point {
        // A lone leading 0 counts as one digit.
        if out.len() - start == 2 && out[start + 1] == b'0' {
            digits -= 1;
        }
        out.push(b'.');
    }
    if digits > 0 {
        out.resize(out.len() + digits as usize, b'0');
    }
    out.extend_from_slice(&tail[..tail_len]);
}

// ---------------------------------------------------------------------------------------------
// Strings and byte slices

/// The prefix of `s` holding at most `prec` runes.
fn truncate<'a>(f: &Directive, s: &'a [u8]) -> &'a [u8] {
    let Some(prec) = f.prec else {
        return s;
    };
    let mut i = 0;
    let mut n = 0;
    while i < s.len() {
        if n == prec {
            return &s[..i];
        }
        let (_, w) = super::decode_rune(&s[i..]);
        i += w.max(1);
        n += 1;
    }
    s
}

fn fmt_s(out: &mut Vec<u8>, f: &Directive, s: &[u8]) {
    pad(out, f, truncate(f, s));
}

/// Appends `s` as `%s` would under `d`'s width, precision (in runes) and minus flag: what fmt
/// does with a type name for `%T`, and the helper for callers writing a plain string padded.
pub fn pad_string(out: &mut Vec<u8>, d: &Directive, s: &[u8]) {
    fmt_s(out, d, s);
}

fn fmt_q(out: &mut Vec<u8>, f: &Directive, s: &[u8]) {
    let s = truncate(f, s);
    let mut buf = Vec::with_capacity(s.len() + 2);
    if f.sharp && strconv::can_backquote(s) {
        buf.push(b'`');
        buf.extend_from_slice(s);
        buf.push(b'`');
    } else if f.plus {
        strconv::quote_to_ascii(&mut buf, s);
    } else {
        strconv::quote(&mut buf, s);
    }
    pad(out, f, &buf);
}

/// Hex encoding of a string or byte slice: `%x`, `% x`, `%#x`, `% #x`, precision in bytes.
fn fmt_sbx(out: &mut Vec<u8>, f: &Directive, s: &[u8], digits: &[u8; 16]) {
    let length = f.prec.map_or(s.len(), |p| p.min(s.len()));
    let x = if digits[10] == b'A' { b'X' } else { b'x' };
    let mut width = 2 * length;
    if width == 0 {
        if let Some(w) = f.width {
            write_padding(out, f, w);
        }
        return;
    }
    if f.space {
        if f.sharp {
            width *= 2;
        }
        width += length - 1;
    } else if f.sharp {
        width += 2;
    }
    let pad_n = f.width.unwrap_or(0).saturating_sub(width);
    if !f.minus {
        write_padding(out, f, pad_n);
    }
    out.reserve(width);
    if f.sharp {
        out.push(b'0');
        out.push(x);
    }
    for (i, &c) in s[..length].iter().enumerate() {
        if f.space && i > 0 {
            out.push(b' ');
            if f.sharp {
                out.push(b'0');
                out.push(x);
            }
        }
        out.push(digits[usize::from(c >> 4)]);
        out.push(digits[usize::from(c & 0xF)]);
    }
    if f.minus {
        write_padding(out, f, pad_n);
    }
}

fn print_bytes(
    out: &mut Vec<u8>,
    f: &mut Directive,
    verb: char,
    b: Option<&[u8]>,
    type_name: &[u8],
) {
    let bytes = b.unwrap_or(&[]);
    match verb {
        'v' | 'd' if f.sharp_v => {
            // Go spells the unnamed byte slice type "[]byte" here.
            if type_name == b"[]uint8" {
                out.extend_from_slice(b"[]byte");
            } else {
                out.extend_from_slice(type_name);
            }
            if b.is_none() {
                out.extend_from_slice(b"(nil)");
                return;
            }
            out.push(b'{');
            for (i, &c) in bytes.iter().enumerate() {
                if i > 0 {
                    out.extend_from_slice(b", ");
                }
                fmt_0x64(out, f, u64::from(c), true);
            }
            out.push(b'}');
        }
        's' => fmt_s(out, f, bytes),
        'x' => fmt_sbx(out, f, bytes, LOWER),
        'X' => fmt_sbx(out, f, bytes, UPPER),
        'q' => fmt_q(out, f, bytes),
        _ => {
            // Any other verb formats the elements one by one, as a slice of uint8.
            out.push(b'[');
            for (i, &c) in bytes.iter().enumerate() {
                if i > 0 {
                    out.push(b' ');
                }
                let elem = Leaf::Uint {
                    value: u64::from(c),
                    bits: 8,
                };
                print_leaf(out, f, verb, &elem, b"uint8");
            }
            out.push(b']');
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
