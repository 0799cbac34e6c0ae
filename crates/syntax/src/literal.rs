//! Decoding of literal text (`BasicLit.raw`) into values: strings, runes and clean number digit strings.
//!
//! The lexer has already reported malformed literals; these functions still never panic and return `Err` with a
//! short reason for text that is not a valid literal.

/// The bytes of a string literal (interpreted `"..."` or raw `` `...` ``). Go strings may hold invalid UTF-8
/// (`"\xff"`), hence bytes. Raw strings drop carriage returns, as the spec says.
pub fn unquote_string(raw: &str) -> Result<Vec<u8>, String> {
    let bytes = raw.as_bytes();
    if bytes.len() >= 2 && bytes[0] == b'`' && bytes[bytes.len() - 1] == b'`' {
        return Ok(bytes[1..bytes.len() - 1]
            .iter()
            .copied()
            .filter(|&b| b != b'\r')
            .collect());
    }
    if bytes.len() < 2 || bytes[0] != b'"' || bytes[bytes.len() - 1] != b'"' {
        return Err("not a string literal".into());
    }
    let inner = &raw[1..raw.len() - 1];
    let mut out = Vec::with_capacity(inner.len());
    let mut rest = inner;
    while !rest.is_empty() {
        let (piece, tail) = next_char(rest, b'"')?;
        match piece {
            Piece::Byte(b) => out.push(b),
            Piece::Char(c) => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
        rest = tail;
    }
    Ok(out)
}

/// The value of a rune literal such as `'a'`, `'\n'`, `'\xff'` (255) or `'\u00e9'`.
pub fn unquote_char(raw: &str) -> Result<u32, String> {
    let bytes = raw.as_bytes();
    if bytes.len() < 3 || bytes[0] != b'\'' || bytes[bytes.len() - 1] != b'\'' {
        return Err("not a rune literal".into());
    }
    let inner = &raw[1..raw.len() - 1];
    let (piece, tail) = next_char(inner, b'\'')?;
    if !tail.is_empty() {
        return Err("more than one character in rune literal".into());
    }
    Ok(match piece {
        Piece::Byte(b) => b as u32,
        Piece::Char(c) => c as u32,
    })
}

enum Piece {
    /// A `\x` or octal escape: one byte, not a character.
    Byte(u8),
    Char(char),
}

/// Decodes one character or escape at the start of `s`.
fn next_char(s: &str, quote: u8) -> Result<(Piece, &str), String> {
    let mut chars = s.chars();
    let c = chars.next().ok_or("empty literal")?;
    if c != '\\' {
        return Ok((Piece::Char(c), chars.as_str()));
    }
    let rest = chars.as_str();
    let e = *rest.as_bytes().first().ok_or("unterminated escape")?;
    let simple = match e {
        b'a' => Some('\x07'),
        b'b' => Some('\x08'),
        b'f' => Some('\x0c'),
        b'n' => Some('\n'),
        b'r' => Some('\r'),
        b't' => Some('\t'),
        b'v' => Some('\x0b'),
        b'\\' => Some('\\'),
        _ if e == quote => Some(quote as char),
        _ => None,
    };
    if let Some(c) = simple {
        return Ok((Piece::Char(c), &rest[1..]));
    }
    let (digits_at, n, radix) = match e {
        b'0'..=b'7' => (0, 3, 8),
        b'x' => (1, 2, 16),
        b'u' => (1, 4, 16),
        b'U' => (1, 8, 16),
        _ => return Err("unknown escape".into()),
    };
    let digits = rest
        .get(digits_at..digits_at + n)
        .ok_or("escape too short")?;
    if !digits.chars().all(|c| c.is_digit(radix)) {
        return Err("invalid escape".into());
    }
    let x = u32::from_str_radix(digits, radix).map_err(|_| "invalid escape".to_string())?;
    let tail = &rest[digits_at + n..];
    match e {
        b'x' | b'0'..=b'7' => {
            let b = u8::try_from(x).map_err(|_| "escape value > 255".to_string())?;
            Ok((Piece::Byte(b), tail))
        }
        _ => {
            let c = char::from_u32(x).ok_or("escape is invalid Unicode code point")?;
            Ok((Piece::Char(c), tail))
        }
    }
}

/// An integer literal as its radix and its digits without prefix or `_`: `0x_1F` is `(16, "1F")`, `017` is
/// `(8, "17")`, `0` is `(10, "0")`.
pub fn int_lit(raw: &str) -> Result<(u32, String), String> {
    let (radix, body) = split_prefix(raw);
    let digits: String = body.chars().filter(|&c| c != '_').collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return Err(format!("invalid integer literal {raw}"));
    }
    Ok((radix, digits))
}

fn split_prefix(raw: &str) -> (u32, &str) {
    let b = raw.as_bytes();
    if b.len() >= 2 && b[0] == b'0' {
        match b[1] | 0x20 {
            b'x' => return (16, &raw[2..]),
            b'o' => return (8, &raw[2..]),
            b'b' => return (2, &raw[2..]),
            _ => {}
        }
        if b.iter().all(|c| c.is_ascii_digit() || *c == b'_') {
            return (8, &raw[1..]);
        }
    }
    (10, raw)
}

/// A floating-point (or imaginary) literal in exact form: the value is `digits` read in `radix`, times
/// `10^exp` when `radix` is 10 and `2^exp` otherwise. E.g. `1.5e10` is `("15", 10, 9)` and `0x1.8p3` is
/// `("18", 16, -1)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FloatLit {
    pub digits: String,
    pub radix: u32,
    pub exp: i64,
}

pub fn float_lit(raw: &str) -> Result<FloatLit, String> {
    let bad = || format!("invalid floating-point literal {raw}");
    let b = raw.as_bytes();
    let hex = b.len() >= 2 && b[0] == b'0' && b[1] | 0x20 == b'x';
    let body = if hex { &raw[2..] } else { raw };
    let exp_char = if hex { 'p' } else { 'e' };
    let (mantissa, exp_text) = match body.find(|c: char| c.to_ascii_lowercase() == exp_char) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let mut exp: i64 = match exp_text {
        Some(t) => {
            let t: String = t.chars().filter(|&c| c != '_').collect();
            // Exponents beyond this are meaningless; clamp so that arithmetic stays in range.
            match t.parse::<i64>() {
                Ok(e) => e.clamp(-1_000_000_000, 1_000_000_000),
                Err(_) => {
                    let digits = t.strip_prefix(['+', '-']).unwrap_or(&t);
                    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                        return Err(bad());
                    }
                    if t.starts_with('-') {
                        -1_000_000_000
                    } else {
                        1_000_000_000
                    }
                }
            }
        }
        None => 0,
    };
    let radix = if hex { 16 } else { 10 };
    let mut digits = String::new();
    let mut frac = 0i64;
    let mut seen_point = false;
    for c in mantissa.chars() {
        match c {
            '_' => {}
            '.' if !seen_point => seen_point = true,
            c if c.is_digit(radix) => {
                digits.push(c);
                if seen_point {
                    frac += 1;
                }
            }
            _ => return Err(bad()),
        }
    }
    if digits.is_empty() {
        return Err(bad());
    }
    exp -= if hex { 4 * frac } else { frac };
    Ok(FloatLit { digits, radix, exp })
}

/// The imaginary part of an imaginary literal (`2.5i`, `0x10i`, and `0123i`, which is decimal for backward
/// compatibility) in the form of [`float_lit`].
pub fn imag_lit(raw: &str) -> Result<FloatLit, String> {
    let body = raw
        .strip_suffix('i')
        .ok_or_else(|| format!("invalid imaginary literal {raw}"))?;
    let b = body.as_bytes();
    let hex = b.len() >= 2 && b[0] == b'0' && b[1] | 0x20 == b'x';
    let is_float = if hex {
        body.contains(['.', 'p', 'P'])
    } else {
        body.contains(['.', 'e', 'E'])
    };
    if is_float {
        return float_lit(body);
    }
    let legacy_octal = b.len() >= 2 && b[0] == b'0' && b[1].is_ascii_digit();
    let (radix, digits) = if legacy_octal {
        let digits: String = body.chars().filter(|&c| c != '_').collect();
        if !digits.bytes().all(|c| c.is_ascii_digit()) {
            return Err(format!("invalid imaginary literal {raw}"));
        }
        (10, digits)
    } else {
        int_lit(body)?
    };
    Ok(FloatLit {
        digits,
        radix,
        exp: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings() {
        assert_eq!(unquote_string(r#""abc""#).unwrap(), b"abc");
        assert_eq!(
            unquote_string(r#""a\n\t\\\"\a\b\f\r\v""#).unwrap(),
            b"a\n\t\\\"\x07\x08\x0c\r\x0b"
        );
        assert_eq!(unquote_string(r#""\xff\377\101""#).unwrap(), b"\xff\xffA");
        assert_eq!(
            unquote_string(r#""\u00e9\U0001F600é""#).unwrap(),
            "é😀é".as_bytes()
        );
        assert_eq!(unquote_string("`a\\n\r\nb`").unwrap(), b"a\\n\nb");
        assert_eq!(unquote_string(r#""""#).unwrap(), b"");
        assert!(unquote_string(r#""\q""#).is_err());
        assert!(unquote_string(r#""\uD800""#).is_err());
        assert!(unquote_string(r#""\x4""#).is_err());
        assert!(unquote_string("\"").is_err());
        assert!(unquote_string("'a'").is_err());
    }

    #[test]
    fn chars() {
        assert_eq!(unquote_char("'a'"), Ok(97));
        assert_eq!(unquote_char("'é'"), Ok(0xe9));
        assert_eq!(unquote_char(r"'\''"), Ok(39));
        assert_eq!(unquote_char(r"'\xff'"), Ok(255));
        assert_eq!(unquote_char(r"'\377'"), Ok(255));
        assert_eq!(unquote_char(r"'\u12e4'"), Ok(0x12e4));
        assert_eq!(unquote_char(r"'\U00101234'"), Ok(0x101234));
        assert_eq!(unquote_char(r"'\n'"), Ok(10));
        assert!(unquote_char("'ab'").is_err());
        assert!(unquote_char("''").is_err());
        assert!(unquote_char(r#"'\"'"#).is_err());
    }

    #[test]
    fn ints() {
        assert_eq!(int_lit("42"), Ok((10, "42".into())));
        assert_eq!(int_lit("1_000_000"), Ok((10, "1000000".into())));
        assert_eq!(int_lit("0x_1F"), Ok((16, "1F".into())));
        assert_eq!(int_lit("0XaB"), Ok((16, "aB".into())));
        assert_eq!(int_lit("0o17"), Ok((8, "17".into())));
        assert_eq!(int_lit("017"), Ok((8, "17".into())));
        assert_eq!(int_lit("0_17"), Ok((8, "17".into())));
        assert_eq!(int_lit("0b1_01"), Ok((2, "101".into())));
        assert_eq!(int_lit("0"), Ok((10, "0".into())));
        assert!(int_lit("0128").is_err());
        assert!(int_lit("0x").is_err());
    }

    #[test]
    fn floats() {
        let f = |d: &str, radix, exp| {
            Ok(FloatLit {
                digits: d.into(),
                radix,
                exp,
            })
        };
        assert_eq!(float_lit("1.5e10"), f("15", 10, 9));
        assert_eq!(float_lit("1."), f("1", 10, 0));
        assert_eq!(float_lit(".25"), f("25", 10, -2));
        assert_eq!(float_lit("1E-3"), f("1", 10, -3));
        assert_eq!(float_lit("1_0.2_5e+1_0"), f("1025", 10, 8));
        assert_eq!(float_lit("09.5"), f("095", 10, -1));
        assert_eq!(float_lit("0x1.8p3"), f("18", 16, -1));
        assert_eq!(float_lit("0X_1p-2"), f("1", 16, -2));
        assert_eq!(float_lit("0x.8p0"), f("8", 16, -4));
        assert_eq!(
            float_lit("1e99999999999999999999"),
            f("1", 10, 1_000_000_000)
        );
        assert!(float_lit("1e").is_err());
        assert!(float_lit(".").is_err());
    }

    #[test]
    fn imaginary() {
        let f = |d: &str, radix, exp| {
            Ok(FloatLit {
                digits: d.into(),
                radix,
                exp,
            })
        };
        assert_eq!(imag_lit("2i"), f("2", 10, 0));
        assert_eq!(imag_lit("0123i"), f("0123", 10, 0));
        assert_eq!(imag_lit("0x10i"), f("10", 16, 0));
        assert_eq!(imag_lit("0o17i"), f("17", 8, 0));
        assert_eq!(imag_lit("2.5i"), f("25", 10, -1));
        assert_eq!(imag_lit("1e3i"), f("1", 10, 3));
        assert!(imag_lit("2").is_err());
    }
}
