//! Compile-time constant values with Go's arbitrary-precision arithmetic.
//!
//! Integers are `BigInt`s limited to 512 bits (as Go's compiler does: `constant multiplication overflow`);
//! floats are exact rationals, rounded to a 512-bit mantissa when they grow too large; complex numbers are
//! pairs of rationals; strings are bytes (Go strings may hold invalid UTF-8).

use std::cmp::Ordering;
use std::fmt;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::types::BasicKind;

/// A constant value.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ConstValue {
    Bool(bool),
    Int(BigInt),
    Float(BigRational),
    Complex(BigRational, BigRational),
    String(Vec<u8>),
}

/// Why a constant operation failed; `message()` gives Go's wording.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstError {
    /// Integer result wider than 512 bits, for the named operation (`multiplication`, `addition`, `shift`...).
    Overflow(&'static str),
    DivisionByZero,
    /// A constant string concatenation longer than [`MAX_STRING_LEN`].
    StringTooLong,
    /// Operation not defined on these operand kinds (the checker reports the type error).
    Mismatch,
}

impl ConstError {
    pub fn message(self) -> String {
        match self {
            ConstError::Overflow(op) => format!("constant {op} overflow"),
            ConstError::DivisionByZero => "invalid operation: division by zero".to_string(),
            ConstError::StringTooLong => "constant string too long".to_string(),
            ConstError::Mismatch => "invalid constant operation".to_string(),
        }
    }
}

/// Why a value is not representable by a type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unrepresentable {
    /// An integer (or integral float) out of range, or a float too large for a float type.
    Overflows,
    /// A non-integral value for an integer type.
    Truncated,
    /// A value of the wrong kind (e.g. a string for an int, a complex with an imaginary part for a float).
    Other,
}

/// The largest integer constant magnitude, in bits (Go's limit for untyped integer constants).
pub const MAX_INT_BITS: u64 = 512;
/// The longest constant string (Go's limit is near 2 GiB; we keep the checker's memory bounded).
pub const MAX_STRING_LEN: usize = 16 << 20;
/// Rationals whose numerator or denominator exceed this are rounded to a 512-bit mantissa.
const MAX_RAT_BITS: u64 = 4096;

/// A binary arithmetic operator on constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    /// `/`; integer division when both operands are integers and `int_div` is passed to [`ConstValue::binary`].
    Div,
    Rem,
    And,
    Or,
    Xor,
    AndNot,
}

/// A comparison operator on constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

fn rat_from_int(i: &BigInt) -> BigRational {
    BigRational::from_integer(i.clone())
}

fn int_too_big(i: &BigInt) -> bool {
    i.bits() > MAX_INT_BITS
}

/// Keeps a rational's size bounded: when it gets too big, round it to a 512-bit mantissa (like Go's
/// `big.Float` fallback). Exactness is only lost for values no program writes by hand.
fn normalize_rat(r: BigRational) -> BigRational {
    if r.numer().bits() <= MAX_RAT_BITS && r.denom().bits() <= MAX_RAT_BITS {
        return r;
    }
    if r.is_zero() {
        return r;
    }
    // r = n/d; choose k so that n*2^k/d has about 512 bits, then round.
    let nb = r.numer().bits() as i64;
    let db = r.denom().bits() as i64;
    let k = 512 - (nb - db);
    let scaled = if k >= 0 {
        BigRational::new(r.numer() << (k as usize), r.denom().clone())
    } else {
        BigRational::new(r.numer().clone(), r.denom() << ((-k) as usize))
    };
    let m = scaled.round().to_integer();
    if k >= 0 {
        BigRational::new(m, BigInt::one() << (k as usize))
    } else {
        BigRational::from_integer(m << ((-k) as usize))
    }
}

impl ConstValue {
    pub fn int(i: i64) -> ConstValue {
        ConstValue::Int(BigInt::from(i))
    }

    pub fn string(s: &str) -> ConstValue {
        ConstValue::String(s.as_bytes().to_vec())
    }

    /// Rank of numeric representation: Int < Float < Complex.
    fn numeric_rank(&self) -> Option<u8> {
        match self {
            ConstValue::Int(_) => Some(0),
            ConstValue::Float(_) => Some(1),
            ConstValue::Complex(..) => Some(2),
            _ => None,
        }
    }

    fn to_rank(&self, rank: u8) -> ConstValue {
        match (self, rank) {
            (ConstValue::Int(i), 1) => ConstValue::Float(rat_from_int(i)),
            (ConstValue::Int(i), 2) => ConstValue::Complex(rat_from_int(i), BigRational::zero()),
            (ConstValue::Float(f), 2) => ConstValue::Complex(f.clone(), BigRational::zero()),
            _ => self.clone(),
        }
    }

    /// Brings two numeric values to the same representation.
    fn match_pair(x: &ConstValue, y: &ConstValue) -> Option<(ConstValue, ConstValue)> {
        let rx = x.numeric_rank()?;
        let ry = y.numeric_rank()?;
        let r = rx.max(ry);
        Some((x.to_rank(r), y.to_rank(r)))
    }

    /// `x op y`. `int_div`: whether `/` on two integers truncates (the operands' type is an integer type).
    pub fn binary(
        &self,
        op: ArithOp,
        y: &ConstValue,
        int_div: bool,
    ) -> Result<ConstValue, ConstError> {
        if let (ConstValue::String(a), ConstValue::String(b), ArithOp::Add) = (self, y, op) {
            if a.len().saturating_add(b.len()) > MAX_STRING_LEN {
                return Err(ConstError::StringTooLong);
            }
            let mut s = a.clone();
            s.extend_from_slice(b);
            return Ok(ConstValue::String(s));
        }
        let (a, b) = ConstValue::match_pair(self, y).ok_or(ConstError::Mismatch)?;
        match (a, b) {
            (ConstValue::Int(a), ConstValue::Int(b)) => {
                let r = match op {
                    ArithOp::Add => a + b,
                    ArithOp::Sub => a - b,
                    ArithOp::Mul => a * b,
                    ArithOp::Div => {
                        if b.is_zero() {
                            return Err(ConstError::DivisionByZero);
                        }
                        if !int_div {
                            return Ok(ConstValue::Float(BigRational::new(a, b)));
                        }
                        // Go truncates toward zero.
                        a / b
                    }
                    ArithOp::Rem => {
                        if b.is_zero() {
                            return Err(ConstError::DivisionByZero);
                        }
                        a % b
                    }
                    ArithOp::And => a & b,
                    ArithOp::Or => a | b,
                    ArithOp::Xor => a ^ b,
                    ArithOp::AndNot => a & !b,
                };
                if int_too_big(&r) {
                    let name = match op {
                        ArithOp::Add => "addition",
                        ArithOp::Sub => "subtraction",
                        ArithOp::Mul => "multiplication",
                        ArithOp::Div => "division",
                        _ => "operation",
                    };
                    return Err(ConstError::Overflow(name));
                }
                Ok(ConstValue::Int(r))
            }
            (ConstValue::Float(a), ConstValue::Float(b)) => {
                let r = match op {
                    ArithOp::Add => a + b,
                    ArithOp::Sub => a - b,
                    ArithOp::Mul => a * b,
                    ArithOp::Div => {
                        if b.is_zero() {
                            return Err(ConstError::DivisionByZero);
                        }
                        a / b
                    }
                    _ => return Err(ConstError::Mismatch),
                };
                Ok(ConstValue::Float(normalize_rat(r)))
            }
            (ConstValue::Complex(ar, ai), ConstValue::Complex(br, bi)) => {
                let (r, i) = match op {
                    ArithOp::Add => (ar + br, ai + bi),
                    ArithOp::Sub => (ar - br, ai - bi),
                    ArithOp::Mul => (&ar * &br - &ai * &bi, &ar * &bi + &ai * &br),
                    ArithOp::Div => {
                        let d = &br * &br + &bi * &bi;
                        if d.is_zero() {
                            return Err(ConstError::DivisionByZero);
                        }
                        ((&ar * &br + &ai * &bi) / &d, (&ai * &br - &ar * &bi) / &d)
                    }
                    _ => return Err(ConstError::Mismatch),
                };
                Ok(ConstValue::Complex(normalize_rat(r), normalize_rat(i)))
            }
            _ => Err(ConstError::Mismatch),
        }
    }

    /// `x op y` for comparisons. Returns `None` if the operands cannot be compared.
    pub fn compare(&self, op: CmpOp, y: &ConstValue) -> Option<bool> {
        let ord = match (self, y) {
            (ConstValue::Bool(a), ConstValue::Bool(b)) => {
                return match op {
                    CmpOp::Eq => Some(a == b),
                    CmpOp::Ne => Some(a != b),
                    _ => None,
                }
            }
            (ConstValue::String(a), ConstValue::String(b)) => a.cmp(b),
            _ => {
                let (a, b) = ConstValue::match_pair(self, y)?;
                match (a, b) {
                    (ConstValue::Int(a), ConstValue::Int(b)) => a.cmp(&b),
                    (ConstValue::Float(a), ConstValue::Float(b)) => a.cmp(&b),
                    (ConstValue::Complex(ar, ai), ConstValue::Complex(br, bi)) => {
                        let eq = ar == br && ai == bi;
                        return match op {
                            CmpOp::Eq => Some(eq),
                            CmpOp::Ne => Some(!eq),
                            _ => None,
                        };
                    }
                    _ => return None,
                }
            }
        };
        Some(match op {
            CmpOp::Eq => ord == Ordering::Equal,
            CmpOp::Ne => ord != Ordering::Equal,
            CmpOp::Lt => ord == Ordering::Less,
            CmpOp::Le => ord != Ordering::Greater,
            CmpOp::Gt => ord == Ordering::Greater,
            CmpOp::Ge => ord != Ordering::Less,
        })
    }

    /// `x << s` (`left`) or `x >> s` on an integer value (an integral float is accepted and gives an int).
    pub fn shift(&self, left: bool, s: u64) -> Result<ConstValue, ConstError> {
        let x = self.to_int().ok_or(ConstError::Mismatch)?;
        let ConstValue::Int(x) = x else {
            return Err(ConstError::Mismatch);
        };
        if left {
            if x.is_zero() {
                return Ok(ConstValue::Int(x));
            }
            if x.bits().saturating_add(s) > MAX_INT_BITS {
                return Err(ConstError::Overflow("shift"));
            }
            Ok(ConstValue::Int(x << (s as usize)))
        } else {
            let s = s.min(MAX_INT_BITS + 1) as usize;
            // Arithmetic shift: rounds toward negative infinity, as Go does for negative constants.
            Ok(ConstValue::Int(x >> s))
        }
    }

    /// `-x`.
    pub fn neg(&self) -> Result<ConstValue, ConstError> {
        match self {
            ConstValue::Int(i) => Ok(ConstValue::Int(-i)),
            ConstValue::Float(f) => Ok(ConstValue::Float(-f)),
            ConstValue::Complex(r, i) => Ok(ConstValue::Complex(-r, -i)),
            _ => Err(ConstError::Mismatch),
        }
    }

    /// `^x`. For unsigned types of `unsigned_bits` width the result is masked to that width (Go: `^uint8(1)`
    /// is 254); for signed and untyped values it is `-x - 1`.
    pub fn bit_not(&self, unsigned_bits: Option<u32>) -> Result<ConstValue, ConstError> {
        let ConstValue::Int(i) = self else {
            return Err(ConstError::Mismatch);
        };
        match unsigned_bits {
            Some(bits) => {
                let mask = (BigInt::one() << (bits as usize)) - 1;
                Ok(ConstValue::Int(i ^ mask))
            }
            None => Ok(ConstValue::Int(-i - 1)),
        }
    }

    /// `!x`.
    pub fn not(&self) -> Result<ConstValue, ConstError> {
        match self {
            ConstValue::Bool(b) => Ok(ConstValue::Bool(!b)),
            _ => Err(ConstError::Mismatch),
        }
    }

    /// The value as an `Int` if it is an integer or an integral float/complex.
    pub fn to_int(&self) -> Option<ConstValue> {
        match self {
            ConstValue::Int(_) => Some(self.clone()),
            ConstValue::Float(f) if f.is_integer() => Some(ConstValue::Int(f.to_integer())),
            ConstValue::Complex(r, i) if i.is_zero() && r.is_integer() => {
                Some(ConstValue::Int(r.to_integer()))
            }
            _ => None,
        }
    }

    /// The value as a `Float` if it is numeric with no imaginary part.
    pub fn to_float(&self) -> Option<ConstValue> {
        match self {
            ConstValue::Int(i) => Some(ConstValue::Float(rat_from_int(i))),
            ConstValue::Float(_) => Some(self.clone()),
            ConstValue::Complex(r, i) if i.is_zero() => Some(ConstValue::Float(r.clone())),
            _ => None,
        }
    }

    /// The value as a `Complex` if it is numeric.
    pub fn to_complex(&self) -> Option<ConstValue> {
        match self {
            ConstValue::Int(_) | ConstValue::Float(_) | ConstValue::Complex(..) => {
                Some(self.to_rank(2))
            }
            _ => None,
        }
    }

    /// The value as an exact integer, if it is one.
    pub fn as_bigint(&self) -> Option<BigInt> {
        match self.to_int()? {
            ConstValue::Int(i) => Some(i),
            _ => None,
        }
    }
    pub fn to_i64(&self) -> Option<i64> {
        self.as_bigint()?.to_i64()
    }
    pub fn to_u64(&self) -> Option<u64> {
        self.as_bigint()?.to_u64()
    }
    /// Nearest `f64` of a real value (integers and floats; complex with zero imaginary part).
    pub fn to_f64(&self) -> Option<f64> {
        match self {
            ConstValue::Int(i) => i.to_f64(),
            ConstValue::Float(f) => Some(rat_to_f64(f)),
            ConstValue::Complex(r, i) if i.is_zero() => Some(rat_to_f64(r)),
            _ => None,
        }
    }
    /// Real and imaginary parts as `f64`s.
    pub fn to_complex_f64(&self) -> Option<(f64, f64)> {
        match self.to_complex()? {
            ConstValue::Complex(r, i) => Some((rat_to_f64(&r), rat_to_f64(&i))),
            _ => None,
        }
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ConstValue::Bool(b) => Some(*b),
            _ => None,
        }
    }
    pub fn as_bytes(&self) -> Option<&[u8]> {
        match self {
            ConstValue::String(s) => Some(s),
            _ => None,
        }
    }

    /// Whether the value is numerically zero.
    pub fn is_zero(&self) -> bool {
        match self {
            ConstValue::Int(i) => i.is_zero(),
            ConstValue::Float(f) => f.is_zero(),
            ConstValue::Complex(r, i) => r.is_zero() && i.is_zero(),
            _ => false,
        }
    }

    /// Whether the value is a negative real number.
    pub fn is_negative(&self) -> bool {
        match self {
            ConstValue::Int(i) => i.is_negative(),
            ConstValue::Float(f) => f.is_negative(),
            _ => false,
        }
    }

    /// Real part, imaginary part (for `real`/`imag` on constants).
    pub fn real_imag(&self) -> Option<(ConstValue, ConstValue)> {
        match self.to_complex()? {
            ConstValue::Complex(r, i) => Some((ConstValue::Float(r), ConstValue::Float(i))),
            _ => None,
        }
    }

    /// Converts the value to a value of basic kind `kind` (spec "Representability"), rounding floats to
    /// float32/float64 precision. For untyped kinds only the representation changes (e.g. an integral float
    /// becomes an `Int` for `untyped int`). Strings and bools only to their own kinds.
    pub fn represent(&self, kind: BasicKind) -> Result<ConstValue, Unrepresentable> {
        use BasicKind::*;
        match kind {
            Bool | UntypedBool => match self {
                ConstValue::Bool(_) => Ok(self.clone()),
                _ => Err(Unrepresentable::Other),
            },
            String | UntypedString => match self {
                ConstValue::String(_) => Ok(self.clone()),
                _ => Err(Unrepresentable::Other),
            },
            k if k.is_integer() => {
                let Some(v) = self.to_int() else {
                    return Err(match self {
                        ConstValue::Float(_) => Unrepresentable::Truncated,
                        ConstValue::Complex(_, i) if i.is_zero() => Unrepresentable::Truncated,
                        _ => Unrepresentable::Other,
                    });
                };
                let ConstValue::Int(i) = &v else {
                    return Err(Unrepresentable::Other);
                };
                if k.is_untyped() {
                    return Ok(v);
                }
                let bits = k.int_bits() as usize;
                let (lo, hi) = if k.is_unsigned() {
                    (BigInt::zero(), (BigInt::one() << bits) - 1)
                } else {
                    (
                        -(BigInt::one() << (bits - 1)),
                        (BigInt::one() << (bits - 1)) - 1,
                    )
                };
                if *i < lo || *i > hi {
                    return Err(Unrepresentable::Overflows);
                }
                Ok(v)
            }
            Float32 | Float64 | UntypedFloat => {
                let Some(ConstValue::Float(f)) = self.to_float() else {
                    return Err(match self {
                        ConstValue::Complex(..) => Unrepresentable::Truncated,
                        _ => Unrepresentable::Other,
                    });
                };
                match kind {
                    Float32 => round_f32(&f).map(ConstValue::Float),
                    Float64 => round_f64(&f).map(ConstValue::Float),
                    _ => Ok(ConstValue::Float(f)),
                }
            }
            Complex64 | Complex128 | UntypedComplex => {
                let Some(ConstValue::Complex(r, i)) = self.to_complex() else {
                    return Err(Unrepresentable::Other);
                };
                match kind {
                    Complex64 => Ok(ConstValue::Complex(round_f32(&r)?, round_f32(&i)?)),
                    Complex128 => Ok(ConstValue::Complex(round_f64(&r)?, round_f64(&i)?)),
                    _ => Ok(ConstValue::Complex(r, i)),
                }
            }
            _ => Err(Unrepresentable::Other),
        }
    }

    /// Whether the value is representable by basic kind `kind` (see [`ConstValue::represent`]).
    pub fn representable(&self, kind: BasicKind) -> bool {
        self.represent(kind).is_ok()
    }

    /// Parses a Go literal (as written in the source) into its constant value.
    pub fn from_literal(kind: amber_syntax::ast::LitKind, raw: &str) -> Result<ConstValue, String> {
        use amber_syntax::ast::LitKind;
        match kind {
            LitKind::Int => parse_int_lit(raw).map(ConstValue::Int),
            LitKind::Float => parse_float_lit(raw).map(ConstValue::Float),
            LitKind::Imag => {
                let body = raw.strip_suffix('i').unwrap_or(raw);
                let v = if looks_like_float(body) {
                    parse_float_lit(body)?
                } else {
                    // `0123i` is decimal for imaginary literals (backward compatibility).
                    let digits: std::string::String = body.chars().filter(|&c| c != '_').collect();
                    if digits.len() > 1
                        && digits.starts_with('0')
                        && digits.bytes().all(|b| b.is_ascii_digit())
                    {
                        rat_from_int(&parse_digits(&digits, 10)?)
                    } else {
                        rat_from_int(&parse_int_lit(body)?)
                    }
                };
                Ok(ConstValue::Complex(BigRational::zero(), v))
            }
            LitKind::Char => {
                let bytes = unquote(raw)?;
                let s = std::string::String::from_utf8_lossy(&bytes);
                // A char literal is one code point; `'\xff'` is the byte value itself.
                let inner = &raw[1..raw.len().saturating_sub(1).max(1)];
                if inner.starts_with("\\x") || (inner.starts_with('\\') && inner.len() == 4) {
                    if let Some(&b) = bytes.first() {
                        if bytes.len() == 1 {
                            return Ok(ConstValue::int(b as i64));
                        }
                    }
                }
                let mut chars = s.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => Ok(ConstValue::int(c as i64)),
                    _ => Err("more than one character in rune literal".to_string()),
                }
            }
            LitKind::String => unquote(raw).map(ConstValue::String),
        }
    }
}

fn rat_to_f64(r: &BigRational) -> f64 {
    r.to_f64().unwrap_or(f64::NAN)
}

/// Rounds to the nearest float64; `Overflows` if it rounds to infinity.
fn round_f64(r: &BigRational) -> Result<BigRational, Unrepresentable> {
    let f = rat_to_f64(r);
    if f.is_infinite() || f.is_nan() {
        return Err(Unrepresentable::Overflows);
    }
    BigRational::from_float(f).ok_or(Unrepresentable::Overflows)
}

/// Rounds to the nearest float32; `Overflows` if it rounds to infinity.
fn round_f32(r: &BigRational) -> Result<BigRational, Unrepresentable> {
    let f = rat_to_f64(r);
    // Double rounding (rational -> f64 -> f32) can differ from direct rounding only in rare halfway cases.
    let g = f as f32;
    if g.is_infinite() || g.is_nan() {
        return Err(Unrepresentable::Overflows);
    }
    BigRational::from_float(g as f64).ok_or(Unrepresentable::Overflows)
}

fn looks_like_float(s: &str) -> bool {
    let hex = s.starts_with("0x") || s.starts_with("0X");
    if hex {
        s.contains(['p', 'P', '.'])
    } else {
        s.contains(['e', 'E', '.'])
    }
}

fn parse_digits(digits: &str, radix: u32) -> Result<BigInt, String> {
    if digits.is_empty() {
        return Ok(BigInt::zero());
    }
    BigInt::parse_bytes(digits.as_bytes(), radix)
        .ok_or_else(|| format!("invalid digits {digits:?}"))
}

fn parse_int_lit(raw: &str) -> Result<BigInt, String> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    let (radix, digits) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d.to_string())
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d.to_string())
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d.to_string())
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, lower[1..].to_string())
    } else {
        (10, lower)
    };
    let v = parse_digits(&digits, radix)?;
    if int_too_big(&v) {
        // Go accepts huge literals but limits constants; report like an overflow.
        return Err("constant overflow".to_string());
    }
    Ok(v)
}

/// Largest decimal or binary exponent accepted in a float literal; beyond it the value would be an
/// enormous rational. (Go accepts larger exponents; no real program needs them.)
const MAX_EXPONENT: i64 = 10_000;

fn parse_float_lit(raw: &str) -> Result<BigRational, String> {
    let s: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = s.to_ascii_lowercase();
    let (hex, body) = match lower.strip_prefix("0x") {
        Some(b) => (true, b.to_string()),
        None => (false, lower),
    };
    let exp_char = if hex { 'p' } else { 'e' };
    let (mant, exp) = match body.find(exp_char) {
        Some(i) => (&body[..i], &body[i + 1..]),
        None => (body.as_str(), ""),
    };
    let exp: i64 = if exp.is_empty() {
        0
    } else {
        exp.parse::<i64>()
            .map_err(|_| "excessively large exponent".to_string())?
    };
    if exp.abs() > MAX_EXPONENT {
        return Err("excessively large exponent".to_string());
    }
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let radix = if hex { 16 } else { 10 };
    let digits = format!("{int_part}{frac_part}");
    let m = parse_digits(&digits, radix)?;
    let frac_len = frac_part.len() as i64;
    // value = m * radix^-frac_len * base^exp, base 2 for hex (p exponent), 10 for decimal.
    let mut r = BigRational::from_integer(m);
    if hex {
        let e2 = exp - 4 * frac_len;
        r = scale_pow(r, 2, e2);
    } else {
        r = scale_pow(r, 10, exp - frac_len);
    }
    Ok(normalize_rat(r))
}

fn scale_pow(r: BigRational, base: u32, e: i64) -> BigRational {
    let p = num_traits::pow(BigInt::from(base), e.unsigned_abs() as usize);
    if e >= 0 {
        r * BigRational::from_integer(p)
    } else {
        r / BigRational::from_integer(p)
    }
}

/// Decodes a Go string or rune literal (with its quotes) into bytes.
pub fn unquote(raw: &str) -> Result<Vec<u8>, String> {
    let bytes = raw.as_bytes();
    if bytes.len() < 2 {
        return Err("invalid literal".to_string());
    }
    let q = bytes[0];
    // An unterminated literal (after a syntax error) has no closing quote.
    if bytes[bytes.len() - 1] != q {
        return Err("invalid literal".to_string());
    }
    let Some(inner) = raw.get(1..raw.len() - 1) else {
        return Err("invalid literal".to_string());
    };
    if q == b'`' {
        // Raw strings: carriage returns are discarded.
        return Ok(inner.bytes().filter(|&b| b != b'\r').collect());
    }
    let mut out = Vec::with_capacity(inner.len());
    let mut it = inner.char_indices().peekable();
    let ib = inner.as_bytes();
    while let Some((i, c)) = it.next() {
        if c != '\\' {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let Some((_, e)) = it.next() else {
            return Err("invalid escape".to_string());
        };
        let simple = match e {
            'a' => Some(7u8),
            'b' => Some(8),
            'f' => Some(12),
            'n' => Some(b'\n'),
            'r' => Some(b'\r'),
            't' => Some(b'\t'),
            'v' => Some(11),
            '\\' => Some(b'\\'),
            '\'' => Some(b'\''),
            '"' => Some(b'"'),
            _ => None,
        };
        if let Some(b) = simple {
            out.push(b);
            continue;
        }
        let (len, radix) = match e {
            'x' => (2, 16),
            'u' => (4, 16),
            'U' => (8, 16),
            '0'..='7' => (2, 8),
            _ => return Err("unknown escape sequence".to_string()),
        };
        // For octal, the first digit was `e` itself.
        let start = if e.is_ascii_digit() { i + 1 } else { i + 2 };
        let end = start + len + usize::from(e.is_ascii_digit());
        let Some(digits) = ib.get(start..end) else {
            return Err("invalid escape".to_string());
        };
        let digits = std::str::from_utf8(digits).map_err(|_| "invalid escape".to_string())?;
        let v = u32::from_str_radix(digits, radix).map_err(|_| "invalid escape".to_string())?;
        for _ in 0..(end - i - 2) {
            it.next();
        }
        match e {
            'x' | '0'..='7' => {
                if v > 255 {
                    return Err("octal escape value > 255".to_string());
                }
                out.push(v as u8)
            }
            _ => {
                let ch = char::from_u32(v).ok_or("escape is invalid Unicode code point")?;
                let mut buf = [0u8; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    Ok(out)
}

/// Formats a float the way Go's constant printing does (`%.6g`-like shortest form for messages:
/// `1e+100`, `0.1`, `1.5`).
fn format_float(r: &BigRational) -> String {
    if r.is_integer() {
        let i = r.to_integer();
        if i.bits() < 64 {
            return i.to_string();
        }
    }
    let f = rat_to_f64(r);
    if f.is_infinite() {
        // Outside f64: use the decimal exponent approximately.
        let digits = r.to_integer().abs().to_string();
        let sign = if r.is_negative() { "-" } else { "" };
        let first = &digits[..1.min(digits.len())];
        return format!("{sign}{first}e+{}", digits.len().saturating_sub(1));
    }
    go_g(f)
}

/// Go's `%g` with shortest precision (strconv.FormatFloat(f, 'g', -1, 64)).
pub fn go_g(f: f64) -> String {
    if f == 0.0 {
        return if f.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    let s = format!("{f:e}"); // shortest digits, e.g. "1.5e2"
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if !(-4..21).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        let a = exp.unsigned_abs();
        if a < 10 {
            format!("{mant}e{sign}0{a}")
        } else {
            format!("{mant}e{sign}{a}")
        }
    } else {
        format!("{f}")
    }
}

impl fmt::Display for ConstValue {
    /// Go's form in messages: `256`, `1.5`, `1e+100`, `"abc"`, `true`, `(1 + 2i)`.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ConstValue::Bool(b) => write!(f, "{b}"),
            ConstValue::Int(i) => write!(f, "{i}"),
            ConstValue::Float(r) => write!(f, "{}", format_float(r)),
            ConstValue::Complex(r, i) => {
                write!(f, "({} + {}i)", format_float(r), format_float(i))
            }
            ConstValue::String(s) => {
                let s = String::from_utf8_lossy(s);
                write!(f, "{s:?}")
            }
        }
    }
}

/// Integer sign helper for callers that need it without importing num.
pub fn int_sign(i: &BigInt) -> i8 {
    match i.sign() {
        Sign::Minus => -1,
        Sign::NoSign => 0,
        Sign::Plus => 1,
    }
}

/// Euclid-free helper: whether `a` divides `b` exactly.
pub fn divides(a: &BigInt, b: &BigInt) -> bool {
    !a.is_zero() && b.is_multiple_of(a)
}

#[cfg(test)]
mod tests {
    use super::*;
    use amber_syntax::ast::LitKind;

    fn lit(kind: LitKind, s: &str) -> ConstValue {
        ConstValue::from_literal(kind, s).unwrap_or(ConstValue::Bool(false))
    }

    /// Found by fuzzing: an unterminated literal ending in a multi-byte character.
    #[test]
    fn unterminated_literals_are_errors() {
        assert!(unquote("\"x \u{FFFD}").is_err());
        assert!(unquote("'\u{FFFD}").is_err());
        assert_eq!(
            unquote("\"x\u{FFFD}\""),
            Ok("x\u{FFFD}".as_bytes().to_vec())
        );
    }

    #[test]
    fn int_literals() {
        assert_eq!(lit(LitKind::Int, "0x_1F"), ConstValue::int(31));
        assert_eq!(lit(LitKind::Int, "017"), ConstValue::int(15));
        assert_eq!(lit(LitKind::Int, "0o17"), ConstValue::int(15));
        assert_eq!(lit(LitKind::Int, "0b101"), ConstValue::int(5));
        assert_eq!(lit(LitKind::Int, "1_000"), ConstValue::int(1000));
    }

    #[test]
    fn float_literals() {
        assert_eq!(lit(LitKind::Float, "1.5").to_f64(), Some(1.5));
        assert_eq!(lit(LitKind::Float, "1e3").to_f64(), Some(1000.0));
        assert_eq!(lit(LitKind::Float, ".25").to_f64(), Some(0.25));
        assert_eq!(lit(LitKind::Float, "0x1p-2").to_f64(), Some(0.25));
        assert_eq!(lit(LitKind::Float, "0x1.8p1").to_f64(), Some(3.0));
        assert_eq!(
            lit(LitKind::Imag, "2i"),
            ConstValue::Complex(BigRational::zero(), BigRational::from_integer(2.into()))
        );
    }

    #[test]
    fn char_and_string_literals() {
        assert_eq!(lit(LitKind::Char, "'a'"), ConstValue::int(97));
        assert_eq!(lit(LitKind::Char, "'\\n'"), ConstValue::int(10));
        assert_eq!(lit(LitKind::Char, "'\\xff'"), ConstValue::int(255));
        assert_eq!(lit(LitKind::Char, "'\\377'"), ConstValue::int(255));
        assert_eq!(lit(LitKind::Char, "'世'"), ConstValue::int(0x4e16));
        assert_eq!(lit(LitKind::Char, "'\\u00e9'"), ConstValue::int(0xe9));
        assert_eq!(
            lit(LitKind::String, "\"a\\xffb\\n\""),
            ConstValue::String(vec![b'a', 0xff, b'b', b'\n'])
        );
        assert_eq!(lit(LitKind::String, "`a\\n`"), ConstValue::string("a\\n"));
        assert_eq!(
            lit(LitKind::String, "\"\\u4e16\""),
            ConstValue::string("世")
        );
    }

    #[test]
    fn arithmetic() {
        let seven = ConstValue::int(7);
        let two = ConstValue::int(2);
        assert_eq!(
            seven.binary(ArithOp::Div, &two, true),
            Ok(ConstValue::int(3))
        );
        assert_eq!(
            ConstValue::int(-7).binary(ArithOp::Div, &two, true),
            Ok(ConstValue::int(-3))
        );
        assert_eq!(
            ConstValue::int(-7).binary(ArithOp::Rem, &two, true),
            Ok(ConstValue::int(-1))
        );
        assert_eq!(
            seven
                .binary(ArithOp::Div, &two, false)
                .ok()
                .and_then(|v| v.to_f64()),
            Some(3.5)
        );
        assert_eq!(
            seven.binary(ArithOp::Div, &ConstValue::int(0), true),
            Err(ConstError::DivisionByZero)
        );
        assert_eq!(
            ConstValue::string("a").binary(ArithOp::Add, &ConstValue::string("b"), false),
            Ok(ConstValue::string("ab"))
        );
        let big = ConstValue::int(1)
            .shift(true, 511)
            .unwrap_or(ConstValue::int(0));
        assert_eq!(
            big.binary(ArithOp::Mul, &big, true),
            Err(ConstError::Overflow("multiplication"))
        );
        assert_eq!(
            ConstValue::int(1).shift(true, 600),
            Err(ConstError::Overflow("shift"))
        );
        assert_eq!(ConstValue::int(-8).shift(false, 1), Ok(ConstValue::int(-4)));
        assert_eq!(
            ConstValue::int(1).bit_not(Some(8)),
            Ok(ConstValue::int(254))
        );
        assert_eq!(ConstValue::int(1).bit_not(None), Ok(ConstValue::int(-2)));
    }

    #[test]
    fn representability() {
        use BasicKind::*;
        assert_eq!(
            ConstValue::int(300).represent(Int8),
            Err(Unrepresentable::Overflows)
        );
        assert_eq!(
            ConstValue::int(255).represent(Uint8),
            Ok(ConstValue::int(255))
        );
        assert_eq!(
            ConstValue::int(-1).represent(Uint),
            Err(Unrepresentable::Overflows)
        );
        assert_eq!(
            lit(LitKind::Float, "1.5").represent(Int),
            Err(Unrepresentable::Truncated)
        );
        assert_eq!(
            lit(LitKind::Float, "2.0").represent(Int),
            Ok(ConstValue::int(2))
        );
        assert_eq!(
            lit(LitKind::Float, "1e40").represent(Float32),
            Err(Unrepresentable::Overflows)
        );
        let tenth = lit(LitKind::Float, "0.1").represent(Float64);
        assert_eq!(tenth.ok().and_then(|v| v.to_f64()), Some(0.1));
        assert_eq!(
            ConstValue::string("x").represent(Int),
            Err(Unrepresentable::Other)
        );
    }

    #[test]
    fn display() {
        assert_eq!(lit(LitKind::Float, "1e400").to_string(), "1e+400");
        assert_eq!(lit(LitKind::Float, "1e40").to_string(), "1e+40");
        assert_eq!(lit(LitKind::Float, "1.5").to_string(), "1.5");
        assert_eq!(ConstValue::int(256).to_string(), "256");
        assert_eq!(ConstValue::string("hi").to_string(), "\"hi\"");
    }
}
