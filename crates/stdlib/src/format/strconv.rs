//! Go's `strconv` semantics over byte strings: integer and float formatting and parsing, bools,
//! quoting and unquoting, IsPrint/IsGraphic.
//!
//! Formatting functions append to a `Vec<u8>`; parsing functions return Go's value together with
//! an optional [`NumError`] (Go returns a meaningful value even on error: the clamped value on a
//! range error, ±Inf on float overflow). `Append*` variants are left to the caller: they are
//! the same functions.

use super::unicode_tables::{GRAPHIC_RANGES, PRINT_RANGES};
use super::{decode_rune, push_rune, valid_rune, RUNE_ERROR};
use std::fmt::Write as _;

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";
const UPPER_HEX: &[u8; 16] = b"0123456789ABCDEF";

// ---------------------------------------------------------------------------------------------
// Errors

/// What went wrong in a parse (the `Err` field of Go's `*strconv.NumError`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumErrorKind {
    /// `strconv.ErrSyntax`: "invalid syntax".
    Syntax,
    /// `strconv.ErrRange`: "value out of range".
    Range,
    /// "invalid base N".
    Base(i64),
    /// "invalid bit size N".
    BitSize(i64),
}

/// Go's `*strconv.NumError`: the function name (`ParseInt`, `Atoi`, ...), the input and the cause.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumError {
    pub func: &'static str,
    pub input: Vec<u8>,
    pub kind: NumErrorKind,
}

impl NumError {
    fn new(func: &'static str, input: &[u8], kind: NumErrorKind) -> NumError {
        NumError {
            func,
            input: input.to_vec(),
            kind,
        }
    }

    /// The text of the wrapped error alone (`errors.Unwrap(err).Error()`).
    pub fn cause_text(&self) -> String {
        match self.kind {
            NumErrorKind::Syntax => "invalid syntax".to_string(),
            NumErrorKind::Range => "value out of range".to_string(),
            NumErrorKind::Base(b) => format!("invalid base {b}"),
            NumErrorKind::BitSize(b) => format!("invalid bit size {b}"),
        }
    }

    /// The full `Error()` text, e.g. `strconv.ParseInt: parsing "x": invalid syntax`.
    pub fn message(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.input.len() + 48);
        out.extend_from_slice(b"strconv.");
        out.extend_from_slice(self.func.as_bytes());
        out.extend_from_slice(b": parsing ");
        quote(&mut out, &self.input);
        out.extend_from_slice(b": ");
        out.extend_from_slice(self.cause_text().as_bytes());
        out
    }
}

/// `strconv.ErrSyntax` as returned by [`unquote`] and [`unquote_char`] ("invalid syntax").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ErrSyntax;

/// A base outside 2..=36 given to [`format_int`]/[`format_uint`]; Go panics with
/// "strconv: illegal AppendInt/FormatInt base".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IllegalBase;

// ---------------------------------------------------------------------------------------------
// Integers

/// Appends `v` in `base` (2..=36, lower-case letters) as `strconv.FormatUint`. An invalid base is
/// reported as `Err` (Go panics with "strconv: illegal AppendInt/FormatInt base").
pub fn format_uint(out: &mut Vec<u8>, v: u64, base: u32) -> Result<(), IllegalBase> {
    format_bits(out, v, false, base)
}

/// Appends `v` in `base` (2..=36) as `strconv.FormatInt`.
pub fn format_int(out: &mut Vec<u8>, v: i64, base: u32) -> Result<(), IllegalBase> {
    format_bits(out, v.unsigned_abs(), v < 0, base)
}

/// `strconv.Itoa`.
pub fn itoa(out: &mut Vec<u8>, v: i64) {
    format_bits_unchecked(out, v.unsigned_abs(), v < 0, 10, DIGITS);
}

fn format_bits(out: &mut Vec<u8>, v: u64, neg: bool, base: u32) -> Result<(), IllegalBase> {
    if !(2..=36).contains(&base) {
        return Err(IllegalBase);
    }
    format_bits_unchecked(out, v, neg, base, DIGITS);
    Ok(())
}

/// Appends the digits of `v` in `base` (2..=36) using `digits` for the digit characters.
pub(crate) fn format_bits_unchecked(
    out: &mut Vec<u8>,
    mut v: u64,
    neg: bool,
    base: u32,
    digits: &[u8],
) {
    let base = u64::from(base.clamp(2, 36));
    let mut buf = [0u8; 64];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = digits[(v % base) as usize];
        v /= base;
        if v == 0 {
            break;
        }
    }
    if neg {
        out.push(b'-');
    }
    out.extend_from_slice(&buf[i..]);
}

fn lower(c: u8) -> u8 {
    c | 0x20
}

/// The value of digit `c` in any base up to 36, or 36 when `c` is not a digit.
fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => u32::from(c - b'0'),
        b'a'..=b'z' | b'A'..=b'Z' => u32::from(lower(c) - b'a') + 10,
        _ => 36,
    }
}

/// Reports whether the underscores in a number literal only separate digits (a base prefix
/// counts as a digit), as Go requires when underscores are allowed.
fn underscores_ok(s: &[u8]) -> bool {
    // Last class seen: b'^' start, b'0' digit or prefix, b'_' underscore, b'!' anything else.
    let mut saw = b'^';
    let mut s = s;
    if let Some(b'+' | b'-') = s.first() {
        s = &s[1..];
    }
    let mut hex = false;
    let mut i = 0;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || (hex && (b'a'..=b'f').contains(&lower(c))) {
            saw = b'0';
        } else if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
        } else {
            if saw == b'_' {
                return false;
            }
            saw = b'!';
        }
    }
    saw != b'_'
}

/// Go's `strconv.ParseUint(s, base, bitSize)`. Returns the value Go returns alongside the
/// error: 0 on syntax/base/bit-size errors, the maximum value on a range error.
pub fn parse_uint(s: &[u8], base: i64, bit_size: i64) -> (u64, Option<NumError>) {
    parse_uint_as("ParseUint", s, base, bit_size)
}

fn parse_uint_as(
    func: &'static str,
    s0: &[u8],
    base: i64,
    bit_size: i64,
) -> (u64, Option<NumError>) {
    let err = |kind| Some(NumError::new(func, s0, kind));
    if s0.is_empty() {
        return (0, err(NumErrorKind::Syntax));
    }
    let mut s = s0;
    let base0 = base == 0;
    let base: u32 = match base {
        2..=36 => base as u32,
        0 => {
            if s[0] == b'0' {
                let prefixed = |b| {
                    if s.len() >= 3 && lower(s[1]) == b {
                        Some(&s[2..])
                    } else {
                        None
                    }
                };
                if let Some(rest) = prefixed(b'b') {
                    s = rest;
                    2
                } else if let Some(rest) = prefixed(b'o') {
                    s = rest;
                    8
                } else if let Some(rest) = prefixed(b'x') {
                    s = rest;
                    16
                } else {
                    s = &s[1..];
                    8
                }
            } else {
                10
            }
        }
        _ => return (0, err(NumErrorKind::Base(base))),
    };
    let bits = match bit_size {
        0 => 64,
        1..=64 => bit_size as u32,
        _ => return (0, err(NumErrorKind::BitSize(bit_size))),
    };
    let max_val: u64 = if bits == 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    };
    let mut n: u64 = 0;
    let mut underscores = false;
    for &c in s {
        if c == b'_' && base0 {
            underscores = true;
            continue;
        }
        let d = digit_value(c);
        if d >= base {
            return (0, err(NumErrorKind::Syntax));
        }
        let Some(next) = n
            .checked_mul(u64::from(base))
            .and_then(|m| m.checked_add(u64::from(d)))
            .filter(|&v| v <= max_val)
        else {
            return (max_val, err(NumErrorKind::Range));
        };
        n = next;
    }
    if underscores && !underscores_ok(s0) {
        return (0, err(NumErrorKind::Syntax));
    }
    (n, None)
}

/// Go's `strconv.ParseInt(s, base, bitSize)`; on a range error returns the clamped value.
pub fn parse_int(s: &[u8], base: i64, bit_size: i64) -> (i64, Option<NumError>) {
    parse_int_as("ParseInt", s, base, bit_size)
}

fn parse_int_as(
    func: &'static str,
    s0: &[u8],
    base: i64,
    bit_size: i64,
) -> (i64, Option<NumError>) {
    if s0.is_empty() {
        return (0, Some(NumError::new(func, s0, NumErrorKind::Syntax)));
    }
    let (neg, digits) = match s0[0] {
        b'+' => (false, &s0[1..]),
        b'-' => (true, &s0[1..]),
        _ => (false, s0),
    };
    let (un, err) = parse_uint_as(func, digits, base, bit_size);
    if let Some(mut e) = err {
        if e.kind != NumErrorKind::Range {
            e.input = s0.to_vec();
            return (0, Some(e));
        }
    }
    let bits = if bit_size == 0 { 64 } else { bit_size as u32 };
    let cutoff = 1u64 << (bits - 1);
    let range = || Some(NumError::new(func, s0, NumErrorKind::Range));
    if !neg && un >= cutoff {
        return ((cutoff - 1) as i64, range());
    }
    if neg && un > cutoff {
        return ((cutoff as i64).wrapping_neg(), range());
    }
    let v = if neg {
        (un as i64).wrapping_neg()
    } else {
        un as i64
    };
    (v, None)
}

/// Go's `strconv.Atoi` (base 10, no prefixes or underscores; errors name `Atoi`).
pub fn atoi(s: &[u8]) -> (i64, Option<NumError>) {
    let (v, err) = parse_int_as("Atoi", s, 10, 0);
    (v, err)
}

// ---------------------------------------------------------------------------------------------
// Bools

/// Go's `strconv.ParseBool`.
pub fn parse_bool(s: &[u8]) -> Result<bool, NumError> {
    match s {
        b"1" | b"t" | b"T" | b"true" | b"TRUE" | b"True" => Ok(true),
        b"0" | b"f" | b"F" | b"false" | b"FALSE" | b"False" => Ok(false),
        _ => Err(NumError::new("ParseBool", s, NumErrorKind::Syntax)),
    }
}

/// Go's `strconv.FormatBool`.
pub fn format_bool(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

// ---------------------------------------------------------------------------------------------
// Float parsing

/// Go's `strconv.ParseFloat(s, bitSize)`: bitSize 32 rounds directly to float32 (the result is
/// then exactly representable as f32), anything else means 64. On overflow returns ±Inf with a
/// range error; on bad syntax returns 0 with a syntax error.
pub fn parse_float(s: &[u8], bit_size: i64) -> (f64, Option<NumError>) {
    let is32 = bit_size == 32;
    let syntax = || {
        (
            0.0,
            Some(NumError::new("ParseFloat", s, NumErrorKind::Syntax)),
        )
    };
    let Some(parsed) = scan_float(s) else {
        return syntax();
    };
    let v = match parsed {
        ScannedFloat::Inf(neg) => {
            return (
                if neg {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                },
                None,
            )
        }
        ScannedFloat::NaN => return (f64::NAN, None),
        ScannedFloat::Decimal => {
            // Rust's parser rounds correctly and accepts the same decimal syntax minus
            // underscores; the scan guarantees ASCII.
            let cleaned: std::borrow::Cow<'_, [u8]> = if s.contains(&b'_') {
                s.iter()
                    .copied()
                    .filter(|&c| c != b'_')
                    .collect::<Vec<u8>>()
                    .into()
            } else {
                s.into()
            };
            let Ok(text) = std::str::from_utf8(&cleaned) else {
                return syntax();
            };
            if is32 {
                match text.parse::<f32>() {
                    Ok(v) => f64::from(v),
                    Err(_) => return syntax(),
                }
            } else {
                match text.parse::<f64>() {
                    Ok(v) => v,
                    Err(_) => return syntax(),
                }
            }
        }
        ScannedFloat::Hex {
            neg,
            mantissa,
            sticky,
            exp,
        } => hex_float(neg, mantissa, sticky, exp, is32),
    };
    if v.is_infinite() {
        return (v, Some(NumError::new("ParseFloat", s, NumErrorKind::Range)));
    }
    (v, None)
}

enum ScannedFloat {
    Inf(bool),
    NaN,
    /// Valid decimal syntax: let Rust convert it.
    Decimal,
    /// value = mantissa * 2^exp (plus a non-zero fraction below it when `sticky`).
    Hex {
        neg: bool,
        mantissa: u64,
        sticky: bool,
        exp: i64,
    },
}

/// Checks `s` against Go's float grammar and classifies it; `None` is a syntax error.
fn scan_float(s: &[u8]) -> Option<ScannedFloat> {
    let (neg, body) = match s.first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    if body.eq_ignore_ascii_case(b"inf") || body.eq_ignore_ascii_case(b"infinity") {
        return Some(ScannedFloat::Inf(neg));
    }
    // NaN takes no sign.
    if body.eq_ignore_ascii_case(b"nan") && body.len() == s.len() {
        return Some(ScannedFloat::NaN);
    }
    let hex = body.len() >= 2 && body[0] == b'0' && lower(body[1]) == b'x';
    let mut i = if hex { 2 } else { 0 };
    let mut underscores = false;
    let mut saw_dot = false;
    let mut saw_digits = false;
    // Hex mantissa accumulation.
    let mut mantissa: u64 = 0;
    let mut sticky = false;
    let mut exp: i64 = 0;
    while i < body.len() {
        let c = body[i];
        if c == b'_' {
            underscores = true;
        } else if c == b'.' {
            if saw_dot {
                break;
            }
            saw_dot = true;
        } else if c.is_ascii_digit() || (hex && (b'a'..=b'f').contains(&lower(c))) {
            saw_digits = true;
            if hex {
                let d = u64::from(digit_value(c));
                if mantissa >> 60 == 0 {
                    mantissa = (mantissa << 4) | d;
                    if saw_dot {
                        exp -= 4;
                    }
                } else {
                    // Too many digits: remember that something non-zero was dropped.
                    sticky |= d != 0;
                    if !saw_dot {
                        exp += 4;
                    }
                }
            }
        } else {
            break;
        }
        i += 1;
    }
    if !saw_digits {
        return None;
    }
    if i < body.len() && lower(body[i]) == if hex { b'p' } else { b'e' } {
        i += 1;
        let mut esign: i64 = 1;
        if let Some(&c) = body.get(i) {
            if c == b'+' || c == b'-' {
                if c == b'-' {
                    esign = -1;
                }
                i += 1;
            }
        }
        let start = i;
        let mut e: i64 = 0;
        while i < body.len() && (body[i].is_ascii_digit() || body[i] == b'_') {
            if body[i] == b'_' {
                underscores = true;
            } else if e < 100_000_000 {
                e = e * 10 + i64::from(body[i] - b'0');
            }
            i += 1;
        }
        if i == start {
            return None;
        }
        exp = exp.saturating_add(esign * e);
    } else if hex {
        // A hexadecimal mantissa requires a 'p' exponent.
        return None;
    }
    if i != body.len() {
        return None;
    }
    // Underscores may only separate digits (Go accepts them in decimal floats too).
    if underscores && !underscores_ok(s) {
        return None;
    }
    if hex {
        Some(ScannedFloat::Hex {
            neg,
            mantissa,
            sticky,
            exp,
        })
    } else {
        Some(ScannedFloat::Decimal)
    }
}

/// Rounds `mantissa * 2^exp` (with `sticky` standing for dropped lower bits) to the nearest
/// float64 or float32, ties to even, with gradual underflow and overflow to ±Inf.
fn hex_float(neg: bool, mantissa: u64, sticky: bool, exp: i64, is32: bool) -> f64 {
    let sign = if neg { -1.0 } else { 1.0 };
    if mantissa == 0 {
        return sign * 0.0;
    }
    let (mant_bits, min_exp, max_exp): (u32, i64, i64) = if is32 {
        (24, -126, 127)
    } else {
        (53, -1022, 1023)
    };
    // Normalise so the value is m * 2^e with m having exactly 64 significant bits.
    let shift = mantissa.leading_zeros();
    let m = mantissa << shift;
    let e = exp - i64::from(shift);
    // Exponent of the leading bit.
    let lead = e + 63;
    // How many bits we may keep: fewer for subnormals.
    let keep: i64 = if lead < min_exp {
        i64::from(mant_bits) - (min_exp - lead)
    } else {
        i64::from(mant_bits)
    };
    if keep < 0 {
        // Below half the smallest subnormal (keep == 0 handles half up to it).
        return sign * 0.0;
    }
    let drop = 64 - keep as u32; // 11..=64
    let (mut kept, half_cmp) = if drop >= 64 {
        (0u64, (m, true))
    } else {
        (m >> drop, (m << (64 - drop), false))
    };
    // Round to nearest even on the dropped bits (and the sticky bits below them).
    let (rest, all_dropped) = half_cmp;
    let half = 1u64 << 63;
    let round_up = if all_dropped {
        // Everything is below the kept range: value < 2^(lowest kept bit).
        rest > half || (rest == half && sticky)
    } else {
        rest > half || (rest == half && (sticky || kept & 1 == 1))
    };
    if round_up {
        kept += 1;
    }
    // Exponent of the lowest kept bit.
    let low_exp = lead - keep + 1;
    let mut value_exp = low_exp;
    if kept >> mant_bits != 0 {
        kept >>= 1;
        value_exp += 1;
    }
    if value_exp + i64::from(mant_bits) - 1 > max_exp {
        return sign * f64::INFINITY;
    }
    // kept * 2^value_exp is exact in f64 (kept < 2^53 and the exponent is in range).
    let v = (kept as f64) * pow2(value_exp);
    if is32 {
        sign * f64::from(v as f32)
    } else {
        sign * v
    }
}

/// 2^e for e in the range where a product with a < 2^53 integer stays exact.
fn pow2(e: i64) -> f64 {
    // Split to avoid overflow/underflow of an intermediate power.
    let mut v = 1.0f64;
    let mut e = e;
    while e > 1000 {
        v *= f64::from_bits(((1000 + 1023) as u64) << 52);
        e -= 1000;
    }
    while e < -1000 {
        v *= f64::from_bits(((-1000i64 + 1023) as u64) << 52);
        e += 1000;
    }
    v * f64::from_bits(((e + 1023) as u64) << 52)
}

// ---------------------------------------------------------------------------------------------
// Float formatting

/// Decimal digits of a float: value = 0.d1d2d3... * 10^dp, without leading or trailing zeros;
/// zero has no digits and dp 0. The digits live in the text Rust formatted them into.
pub(crate) struct Decimal {
    text: Text,
    start: usize,
    end: usize,
    pub(crate) dp: i32,
}

/// Rust's float formatting output: on the stack when short (the common case), on the heap for
/// large precisions.
enum Text {
    Inline([u8; 64], usize),
    Heap(Vec<u8>),
}

impl std::fmt::Write for Text {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        match self {
            Text::Inline(buf, len) => {
                if let Some(room) = buf.get_mut(*len..*len + s.len()) {
                    room.copy_from_slice(s.as_bytes());
                    *len += s.len();
                } else {
                    let mut v = buf[..*len].to_vec();
                    v.extend_from_slice(s.as_bytes());
                    *self = Text::Heap(v);
                }
            }
            Text::Heap(v) => v.extend_from_slice(s.as_bytes()),
        }
        Ok(())
    }
}

impl Text {
    fn bytes_mut(&mut self) -> &mut [u8] {
        match self {
            Text::Inline(buf, len) => &mut buf[..*len],
            Text::Heap(v) => v,
        }
    }
    fn bytes(&self) -> &[u8] {
        match self {
            Text::Inline(buf, len) => &buf[..*len],
            Text::Heap(v) => v,
        }
    }
}

impl Decimal {
    /// Runs a Rust float formatting (of a non-negative value: `{:e}`, `{:.Ne}` or `{:.N}`)
    /// and reads its digits and exponent.
    fn collect(f: impl FnOnce(&mut Text) -> std::fmt::Result) -> Decimal {
        let mut text = Text::Inline([0; 64], 0);
        // Writing into a Text cannot fail.
        let _ = f(&mut text);
        let b = text.bytes_mut();
        // Layout: int digits, optional '.' and fraction digits, optional 'e' and exponent.
        let mut n = b.len();
        let mut exp: i32 = 0;
        if let Some(e) = b.iter().position(|&c| c == b'e') {
            let (neg, digits) = match b.get(e + 1) {
                Some(b'-') => (true, &b[e + 2..]),
                _ => (false, &b[e + 1..]),
            };
            for &c in digits {
                exp = exp
                    .saturating_mul(10)
                    .saturating_add(i32::from(c.wrapping_sub(b'0')));
            }
            if neg {
                exp = -exp;
            }
            n = e;
        }
        // Close the gap of the decimal point so the digits are contiguous.
        let (int_len, ndigits) = match b[..n].iter().position(|&c| c == b'.') {
            Some(p) => {
                b.copy_within(p + 1..n, p);
                (p, n - 1)
            }
            None => (n, n),
        };
        let digits = &b[..ndigits];
        let Some(start) = digits.iter().position(|&c| c != b'0') else {
            return Decimal {
                text,
                start: 0,
                end: 0,
                dp: 0,
            };
        };
        let end = digits
            .iter()
            .rposition(|&c| c != b'0')
            .map_or(start, |p| p + 1);
        let dp = (int_len as i32 - start as i32).saturating_add(exp);
        Decimal {
            text,
            start,
            end,
            dp,
        }
    }

    pub(crate) fn digits(&self) -> &[u8] {
        &self.text.bytes()[self.start..self.end]
    }

    /// The shortest digits that round-trip at the given size.
    pub(crate) fn shortest(abs: f64, is32: bool) -> Decimal {
        if is32 {
            Decimal::collect(|c| write!(c, "{:e}", abs as f32))
        } else {
            Decimal::collect(|c| write!(c, "{abs:e}"))
        }
    }

    /// Correctly rounded to `n` (>= 1) significant digits.
    fn significant(abs: f64, n: usize) -> Decimal {
        Decimal::collect(|c| write!(c, "{:.*e}", n - 1, abs))
    }

    /// Correctly rounded to `n` digits after the decimal point.
    fn fixed(abs: f64, n: usize) -> Decimal {
        Decimal::collect(|c| write!(c, "{:.*}", n, abs))
    }
}

/// Go's `strconv.FormatFloat(f, fmt, prec, bitSize)` appended to `out`. `fmt` is one of
/// `b e E f g G x X`; an unknown one appends `%` and the byte as Go does. `prec < 0` means the
/// shortest representation that round-trips at `bit_size` (32 or 64).
pub fn format_float(out: &mut Vec<u8>, f: f64, fmt: u8, prec: i64, bit_size: u32) {
    let is32 = bit_size == 32;
    let f = if is32 { f64::from(f as f32) } else { f };
    if f.is_nan() {
        out.extend_from_slice(b"NaN");
        return;
    }
    if f.is_infinite() {
        out.extend_from_slice(if f < 0.0 { b"-Inf" } else { b"+Inf" });
        return;
    }
    let neg = f.is_sign_negative();
    let abs = f.abs();
    match fmt {
        b'b' => return format_b(out, f, is32),
        b'x' | b'X' => return format_hex(out, f, fmt, prec, is32),
        b'e' | b'E' | b'f' | b'g' | b'G' => {}
        _ => {
            out.push(b'%');
            out.push(fmt);
            return;
        }
    }
    // Keep precisions in a sane range (Go's fmt already rejects widths/precisions > 1e6).
    let prec = prec.min(1_000_000);
    let shortest = prec < 0;
    let (dec, mut prec) = if shortest {
        let dec = Decimal::shortest(abs, is32);
        let nd = dec.digits().len() as i64;
        let p = match fmt {
            b'e' | b'E' => nd - 1,
            b'f' => (nd - i64::from(dec.dp)).max(0),
            _ => nd,
        };
        (dec, p)
    } else {
        let dec = match fmt {
            b'e' | b'E' => Decimal::significant(abs, prec as usize + 1),
            b'f' => Decimal::fixed(abs, prec as usize),
            _ => Decimal::significant(abs, (prec as usize).max(1)),
        };
        (
            dec,
            if fmt == b'g' || fmt == b'G' {
                prec.max(1)
            } else {
                prec
            },
        )
    };
    if prec == 0 && (fmt == b'g' || fmt == b'G') {
        prec = 1;
    }
    match fmt {
        b'e' | b'E' => fmt_e(out, neg, &dec, prec, fmt),
        b'f' => fmt_f(out, neg, &dec, prec),
        _ => {
            let nd = dec.digits().len() as i64;
            let dp = i64::from(dec.dp);
            let mut eprec = prec;
            if eprec > nd && nd >= dp {
                eprec = nd;
            }
            // For the shortest form, exponents from 6 on use %e (like %g's default precision).
            if shortest {
                eprec = 6;
            }
            let exp = dp - 1;
            let efmt = if fmt == b'g' { b'e' } else { b'E' };
            if exp < -4 || exp >= eprec {
                fmt_e(out, neg, &dec, prec.min(nd) - 1, efmt);
            } else {
                let p = if prec > dp { nd } else { prec };
                fmt_f(out, neg, &dec, (p - dp).max(0));
            }
        }
    }
}

/// Go's `strconv.FormatComplex(c, fmt, prec, bitSize)`: `(re+imi)`; bitSize 64 means
/// complex64 (float32 parts), anything else complex128.
pub fn format_complex(out: &mut Vec<u8>, re: f64, im: f64, fmt: u8, prec: i64, bit_size: u32) {
    let part = if bit_size == 64 { 32 } else { 64 };
    out.push(b'(');
    format_float(out, re, fmt, prec, part);
    let at = out.len();
    format_float(out, im, fmt, prec, part);
    // The imaginary part always has a sign.
    if !matches!(out.get(at), Some(b'+' | b'-')) {
        out.insert(at, b'+');
    }
    out.extend_from_slice(b"i)");
}

/// `d.ddddde±dd` with `prec` digits after the point.
pub(crate) fn fmt_e(out: &mut Vec<u8>, neg: bool, dec: &Decimal, prec: i64, fmt: u8) {
    let d = dec.digits();
    if neg {
        out.push(b'-');
    }
    out.push(d.first().copied().unwrap_or(b'0'));
    if prec > 0 {
        out.push(b'.');
        let prec = prec as usize;
        let have = d.len().saturating_sub(1).min(prec);
        if have > 0 {
            out.extend_from_slice(&d[1..1 + have]);
        }
        out.resize(out.len() + (prec - have), b'0');
    }
    out.push(fmt);
    let mut exp = if d.is_empty() { 0 } else { dec.dp - 1 };
    if exp < 0 {
        out.push(b'-');
        exp = -exp;
    } else {
        out.push(b'+');
    }
    if exp < 10 {
        out.push(b'0');
    }
    itoa(out, i64::from(exp));
}

/// `ddd.ddd` with `prec` digits after the point.
pub(crate) fn fmt_f(out: &mut Vec<u8>, neg: bool, dec: &Decimal, prec: i64) {
    let d = dec.digits();
    if neg {
        out.push(b'-');
    }
    if dec.dp > 0 {
        let dp = dec.dp as usize;
        let m = d.len().min(dp);
        out.extend_from_slice(&d[..m]);
        out.resize(out.len() + (dp - m), b'0');
    } else {
        out.push(b'0');
    }
    if prec > 0 {
        out.push(b'.');
        for i in 0..prec {
            let j = i64::from(dec.dp) + i;
            let ch = if j >= 0 && (j as usize) < d.len() {
                d[j as usize]
            } else {
                b'0'
            };
            out.push(ch);
        }
    }
}

/// Splits a float into (mantissa, binary exponent) such that value = mantissa * 2^exp, as Go's
/// `%b` shows it; also returns the number of explicit mantissa bits.
fn float_parts(f: f64, is32: bool) -> (u64, i64, u32) {
    if is32 {
        let bits = (f as f32).to_bits();
        let mut mant = u64::from(bits & ((1 << 23) - 1));
        let mut exp = i64::from((bits >> 23) & 0xFF);
        if exp == 0 {
            exp = 1;
        } else {
            mant |= 1 << 23;
        }
        (mant, exp - 127 - 23, 23)
    } else {
        let bits = f.to_bits();
        let mut mant = bits & ((1 << 52) - 1);
        let mut exp = ((bits >> 52) & 0x7FF) as i64;
        if exp == 0 {
            exp = 1;
        } else {
            mant |= 1 << 52;
        }
        (mant, exp - 1023 - 52, 52)
    }
}

/// `%b`: decimal mantissa, `p`, binary exponent (`4503599627370496p-52`).
fn format_b(out: &mut Vec<u8>, f: f64, is32: bool) {
    let (mant, exp, _) = float_parts(f, is32);
    if f.is_sign_negative() {
        out.push(b'-');
    }
    format_bits_unchecked(out, mant, false, 10, DIGITS);
    out.push(b'p');
    if exp >= 0 {
        out.push(b'+');
    }
    itoa(out, exp);
}

/// `%x`/`%X`: `-0x1.8p+01`, rounding half to even to `prec` hex digits when `prec >= 0`.
fn format_hex(out: &mut Vec<u8>, f: f64, fmt: u8, prec: i64, is32: bool) {
    let (mant, exp, mant_bits) = float_parts(f, is32);
    // Put the leading bit at bit 60: value = (m / 2^60) * 2^e.
    let mut m = mant << (60 - mant_bits);
    let mut e = exp + i64::from(mant_bits);
    if m == 0 {
        e = 0;
    }
    while m != 0 && m & (1 << 60) == 0 {
        m <<= 1;
        e -= 1;
    }
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (m << shift) & ((1 << 60) - 1);
        m >>= 60 - shift;
        if extra | (m & 1) > 1 << 59 {
            m += 1;
        }
        m <<= 60 - shift;
        if m & (1 << 61) != 0 {
            m >>= 1;
            e += 1;
        }
    }
    let hex = if fmt == b'X' { UPPER_HEX } else { LOWER_HEX };
    if f.is_sign_negative() {
        out.push(b'-');
    }
    out.push(b'0');
    out.push(fmt);
    out.push(b'0' + ((m >> 60) & 1) as u8);
    m <<= 4;
    if prec < 0 && m != 0 {
        out.push(b'.');
        while m != 0 {
            out.push(hex[((m >> 60) & 15) as usize]);
            m <<= 4;
        }
    } else if prec > 0 {
        out.push(b'.');
        for _ in 0..prec {
            out.push(hex[((m >> 60) & 15) as usize]);
            m <<= 4;
        }
    }
    out.push(if fmt == b'X' { b'P' } else { b'p' });
    if e < 0 {
        out.push(b'-');
        e = -e;
    } else {
        out.push(b'+');
    }
    if e < 10 {
        out.push(b'0');
    }
    itoa(out, e);
}

// ---------------------------------------------------------------------------------------------
// Printability

fn in_ranges(table: &[(u32, u32)], r: u32) -> bool {
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < r {
                std::cmp::Ordering::Less
            } else if lo > r {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
pub fn is_print(r: i64) -> bool {
    u32::try_from(r).is_ok_and(|r| in_ranges(PRINT_RANGES, r))
}

/// Go's `strconv.IsGraphic`: IsPrint plus the other Unicode spaces (category Zs).
pub fn is_graphic(r: i64) -> bool {
    u32::try_from(r).is_ok_and(|r| in_ranges(GRAPHIC_RANGES, r))
}

// ---------------------------------------------------------------------------------------------
// Quoting

/// Which runes a quoting function may write as themselves.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    Printable,
    Ascii,
    Graphic,
}

fn quote_with(out: &mut Vec<u8>, s: &[u8], quote: u8, keep: Keep) {
    out.reserve(s.len() + 2);
    out.push(quote);
    let mut i = 0;
    while i < s.len() {
        let (r, width) = decode_rune(&s[i..]);
        if width == 1 && r == RUNE_ERROR {
            out.extend_from_slice(b"\\x");
            out.push(LOWER_HEX[usize::from(s[i] >> 4)]);
            out.push(LOWER_HEX[usize::from(s[i] & 0xF)]);
            i += 1;
            continue;
        }
        escape_rune(out, i64::from(r), quote, keep);
        i += width;
    }
    out.push(quote);
}

fn escape_rune(out: &mut Vec<u8>, r: i64, quote: u8, keep: Keep) {
    if r == i64::from(quote) || r == i64::from(b'\\') {
        out.push(b'\\');
        out.push(r as u8);
        return;
    }
    let keep_it = match keep {
        Keep::Ascii => r < 0x80 && is_print(r),
        Keep::Printable => is_print(r),
        Keep::Graphic => is_graphic(r),
    };
    if keep_it {
        push_rune(out, r);
        return;
    }
    let simple = match r {
        0x07 => Some(b'a'),
        0x08 => Some(b'b'),
        0x0C => Some(b'f'),
        0x0A => Some(b'n'),
        0x0D => Some(b'r'),
        0x09 => Some(b't'),
        0x0B => Some(b'v'),
        _ => None,
    };
    if let Some(c) = simple {
        out.push(b'\\');
        out.push(c);
        return;
    }
    let (prefix, digits, r) = if (0..0x20).contains(&r) || r == 0x7F {
        (b'x', 2, r)
    } else {
        let r = if valid_rune(r) {
            r
        } else {
            i64::from(RUNE_ERROR)
        };
        if r < 0x10000 {
            (b'u', 4, r)
        } else {
            (b'U', 8, r)
        }
    };
    out.push(b'\\');
    out.push(prefix);
    for k in (0..digits).rev() {
        out.push(LOWER_HEX[((r >> (4 * k)) & 0xF) as usize]);
    }
}

/// Go's `strconv.Quote`: a double-quoted Go string literal, non-printable runes escaped.
pub fn quote(out: &mut Vec<u8>, s: &[u8]) {
    quote_with(out, s, b'"', Keep::Printable);
}

/// Go's `strconv.QuoteToASCII`: like [`quote`] but every non-ASCII rune is escaped.
pub fn quote_to_ascii(out: &mut Vec<u8>, s: &[u8]) {
    quote_with(out, s, b'"', Keep::Ascii);
}

/// Go's `strconv.QuoteToGraphic`: like [`quote`] but Unicode spaces are kept as well.
pub fn quote_to_graphic(out: &mut Vec<u8>, s: &[u8]) {
    quote_with(out, s, b'"', Keep::Graphic);
}

fn quote_rune_with(out: &mut Vec<u8>, r: i64, keep: Keep) {
    let r = if valid_rune(r) {
        r
    } else {
        i64::from(RUNE_ERROR)
    };
    out.push(b'\'');
    escape_rune(out, r, b'\'', keep);
    out.push(b'\'');
}

/// Go's `strconv.QuoteRune`: a single-quoted rune literal (invalid runes become U+FFFD).
pub fn quote_rune(out: &mut Vec<u8>, r: i64) {
    quote_rune_with(out, r, Keep::Printable);
}

/// Go's `strconv.QuoteRuneToASCII`.
pub fn quote_rune_to_ascii(out: &mut Vec<u8>, r: i64) {
    quote_rune_with(out, r, Keep::Ascii);
}

/// Go's `strconv.QuoteRuneToGraphic`.
pub fn quote_rune_to_graphic(out: &mut Vec<u8>, r: i64) {
    quote_rune_with(out, r, Keep::Graphic);
}

/// Go's `strconv.CanBackquote`: whether `s` can be written as a raw string literal unchanged.
pub fn can_backquote(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        let (r, width) = decode_rune(&s[i..]);
        i += width;
        if width > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR {
            return false;
        }
        if (r < 0x20 && r != u32::from(b'\t')) || r == u32::from(b'`') || r == 0x7F {
            return false;
        }
    }
    true
}

/// Go's `strconv.QuotedPrefix`: the quoted string (single-, double- or back-quoted) at the
/// start of `s`, quotes included.
pub fn quoted_prefix(s: &[u8]) -> Result<&[u8], ErrSyntax> {
    let q = *s.first().ok_or(ErrSyntax)?;
    match q {
        b'`' => {
            let end = s[1..].iter().position(|&c| c == b'`').ok_or(ErrSyntax)?;
            Ok(&s[..end + 2])
        }
        b'"' | b'\'' => {
            let mut i = 1;
            while i < s.len() && s[i] != q {
                if s[i] == b'\n' {
                    return Err(ErrSyntax);
                }
                i += unquote_char(&s[i..], q)?.consumed;
                // A rune literal holds one character.
                if q == b'\'' {
                    break;
                }
            }
            if s.get(i) != Some(&q) {
                return Err(ErrSyntax);
            }
            Ok(&s[..i + 1])
        }
        _ => Err(ErrSyntax),
    }
}

/// One character decoded by [`unquote_char`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnquotedChar {
    /// The rune, or a byte value when `multibyte` is false.
    pub value: u32,
    /// Whether `value` must be written as UTF-8 (false for `\x`/octal escapes and ASCII).
    pub multibyte: bool,
    /// How many bytes of the input were consumed.
    pub consumed: usize,
}

/// Go's `strconv.UnquoteChar(s, quote)`: decodes the first character or escape of `s`, the body
/// of a literal quoted with `quote`.
pub fn unquote_char(s: &[u8], quote: u8) -> Result<UnquotedChar, ErrSyntax> {
    let Some(&c) = s.first() else {
        return Err(ErrSyntax);
    };
    let plain = |value: u32, multibyte, consumed| {
        Ok(UnquotedChar {
            value,
            multibyte,
            consumed,
        })
    };
    if c == quote && (quote == b'\'' || quote == b'"') {
        return Err(ErrSyntax);
    }
    if c >= 0x80 {
        let (r, width) = decode_rune(s);
        return plain(r, true, width);
    }
    if c != b'\\' {
        return plain(u32::from(c), false, 1);
    }
    let Some(&e) = s.get(1) else {
        return Err(ErrSyntax);
    };
    let rest = &s[2..];
    let simple = |v: u8| plain(u32::from(v), false, 2);
    match e {
        b'a' => simple(0x07),
        b'b' => simple(0x08),
        b'f' => simple(0x0C),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        b'v' => simple(0x0B),
        b'\\' => simple(b'\\'),
        b'\'' | b'"' => {
            if e != quote {
                return Err(ErrSyntax);
            }
            simple(e)
        }
        b'x' | b'u' | b'U' => {
            let n = match e {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if rest.len() < n {
                return Err(ErrSyntax);
            }
            let mut v: u32 = 0;
            for &h in &rest[..n] {
                let d = digit_value(h);
                if d >= 16 {
                    return Err(ErrSyntax);
                }
                v = (v << 4) | d;
            }
            if e == b'x' {
                return plain(v, false, 2 + n);
            }
            if !valid_rune(i64::from(v)) {
                return Err(ErrSyntax);
            }
            plain(v, true, 2 + n)
        }
        b'0'..=b'7' => {
            if rest.len() < 2 {
                return Err(ErrSyntax);
            }
            let mut v = u32::from(e - b'0');
            for &o in &rest[..2] {
                if !(b'0'..=b'7').contains(&o) {
                    return Err(ErrSyntax);
                }
                v = (v << 3) | u32::from(o - b'0');
            }
            if v > 255 {
                return Err(ErrSyntax);
            }
            plain(v, false, 4)
        }
        _ => Err(ErrSyntax),
    }
}

/// Go's `strconv.Unquote`: interprets `s` as a single-quoted, double-quoted or back-quoted Go
/// literal and returns its value.
pub fn unquote(s: &[u8]) -> Result<Vec<u8>, ErrSyntax> {
    let n = s.len();
    if n < 2 {
        return Err(ErrSyntax);
    }
    let q = s[0];
    if q != s[n - 1] {
        return Err(ErrSyntax);
    }
    let body = &s[1..n - 1];
    match q {
        b'`' => {
            if body.contains(&b'`') {
                return Err(ErrSyntax);
            }
            // Carriage returns are discarded from raw strings.
            Ok(body.iter().copied().filter(|&c| c != b'\r').collect())
        }
        b'"' | b'\'' => {
            if body.contains(&b'\n') {
                return Err(ErrSyntax);
            }
            let mut out = Vec::with_capacity(body.len());
            let mut i = 0;
            while i < body.len() {
                let ch = unquote_char(&body[i..], q)?;
                i += ch.consumed;
                if ch.value < 0x80 || !ch.multibyte {
                    out.push(ch.value as u8);
                } else {
                    push_rune(&mut out, i64::from(ch.value));
                }
                if q == b'\'' && i != body.len() {
                    return Err(ErrSyntax);
                }
            }
            // Go accepts '' as the empty string (its fast path sees no invalid rune).
            Ok(out)
        }
        _ => Err(ErrSyntax),
    }
}

#[cfg(test)]
mod tests;
