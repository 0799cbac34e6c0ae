//! Go's number and string formatting (fmt's printf machinery, strconv, the print/println builtins)
//! as pure Rust over byte strings, reproducing Go's output byte for byte.
//!
//! Nothing here knows the VM. Go strings are byte strings that may hold invalid UTF-8, so every
//! input and output is `&[u8]` / `Vec<u8>`; results are appended to a caller-supplied `Vec<u8>`.
//!
//! - [`strconv`]: FormatInt/ParseInt/ParseFloat/FormatFloat/Quote/Unquote/IsPrint and friends.
//! - [`leaf`]: how fmt renders one scalar, string or byte-slice value under one directive.
//! - [`printf`]: parsing of format strings and the Sprintf/Sprint/Sprintln drivers.
//! - [`println`]: the output format of the `print`/`println` builtins.
//!
//! The test vectors under `testdata/` were produced by running the Go programs beside them with a
//! real Go toolchain (Go 1.27).

pub mod leaf;
pub mod printf;
pub mod println;
pub mod strconv;
mod unicode_tables;

/// The Unicode replacement character, which Go decodes invalid UTF-8 to.
pub const RUNE_ERROR: u32 = 0xFFFD;

/// Decodes the first rune of `s` as Go's `utf8.DecodeRune` does: returns the rune and its width
/// in bytes; an empty input gives `(RUNE_ERROR, 0)` and any invalid encoding (bad byte, overlong
/// form, surrogate, beyond U+10FFFF, truncated sequence) gives `(RUNE_ERROR, 1)`.
pub fn decode_rune(s: &[u8]) -> (u32, usize) {
    let Some(&b0) = s.first() else {
        return (RUNE_ERROR, 0);
    };
    if b0 < 0x80 {
        return (u32::from(b0), 1);
    }
    // Width and the allowed range of the second byte, which rules out overlong forms,
    // surrogates and values beyond U+10FFFF in one check.
    let (width, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return (RUNE_ERROR, 1),
    };
    if s.len() < width {
        return (RUNE_ERROR, 1);
    }
    let b1 = s[1];
    if b1 < lo || b1 > hi {
        return (RUNE_ERROR, 1);
    }
    let mut r = u32::from(b0) & (0xFF >> (width + 1));
    r = (r << 6) | u32::from(b1 & 0x3F);
    for &b in &s[2..width] {
        if b & 0xC0 != 0x80 {
            return (RUNE_ERROR, 1);
        }
        r = (r << 6) | u32::from(b & 0x3F);
    }
    (r, width)
}

/// Reports whether `r` is a Unicode scalar value (Go's `utf8.ValidRune`).
pub fn valid_rune(r: i64) -> bool {
    (0..0xD800).contains(&r) || (0xE000..=0x10FFFF).contains(&r)
}

/// Appends the UTF-8 encoding of `r`, or of U+FFFD when `r` is not a valid rune, as Go's
/// `utf8.AppendRune` does.
pub fn push_rune(out: &mut Vec<u8>, r: i64) {
    let c = u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or(char::REPLACEMENT_CHARACTER);
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// Counts the runes of `s` the way Go's `utf8.RuneCount` does (each invalid byte is one rune).
pub fn rune_count(s: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        let (_, w) = decode_rune(&s[i..]);
        i += w.max(1);
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_like_go() {
        assert_eq!(decode_rune(b""), (RUNE_ERROR, 0));
        assert_eq!(decode_rune(b"a"), (97, 1));
        assert_eq!(decode_rune("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode_rune("😀x".as_bytes()), (0x1F600, 4));
        assert_eq!(decode_rune(b"\xff"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xc0\x80"), (RUNE_ERROR, 1)); // overlong
        assert_eq!(decode_rune(b"\xed\xa0\x80"), (RUNE_ERROR, 1)); // surrogate
        assert_eq!(decode_rune(b"\xf4\x90\x80\x80"), (RUNE_ERROR, 1)); // > U+10FFFF
        assert_eq!(decode_rune(b"\xe2\x82"), (RUNE_ERROR, 1)); // truncated
        assert_eq!(rune_count(b"a\xff\xc3\xa9"), 3);
    }

    /// A small deterministic generator for the robustness test (xorshift).
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn pick(&mut self, xs: &[u8]) -> u8 {
            xs[(self.next() % xs.len() as u64) as usize]
        }
    }

    struct FuzzArgs;
    impl printf::Args for FuzzArgs {
        fn count(&self) -> usize {
            4
        }
        fn leaf(&self, i: usize) -> Option<leaf::Leaf<'_>> {
            Some(match i {
                0 => leaf::Leaf::Int { value: -7, bits: 0 },
                1 => leaf::Leaf::Str(b"h\xffi"),
                2 => leaf::Leaf::Float64(-1.5e300),
                _ => leaf::Leaf::Bytes(Some(b"\x00\x80")),
            })
        }
        fn type_name(&self, _: usize) -> &[u8] {
            b"t"
        }
        fn format_other(&mut self, _: usize, _: &printf::Directive, _: &mut Vec<u8>) {}
    }

    /// Random inputs never panic (overflow checks are on in tests).
    #[test]
    fn random_input_never_panics() {
        let alphabet = b"%[]*.-+#0 1234567899dvsxXqTwcUeEfgGbopt!xp_e\\\"'`\xff\xc3\xa9nu";
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for _ in 0..20_000 {
            let len = (rng.next() % 12) as usize;
            let s: Vec<u8> = (0..len).map(|_| rng.pick(alphabet)).collect();
            let mut out = Vec::new();
            printf::sprintf(&mut out, &s, &mut FuzzArgs);
            let _ = strconv::parse_float(&s, 64);
            let _ = strconv::parse_int(&s, 0, 64);
            let _ = strconv::unquote(&s);
            let _ = strconv::unquote_char(&s, b'"');
            strconv::quote(&mut out, &s);
            let f = f64::from_bits(rng.next());
            let fmt = rng.pick(b"beEfgGxXv");
            let prec = (rng.next() % 40) as i64 - 1;
            strconv::format_float(
                &mut out,
                f,
                fmt,
                prec,
                if rng.next().is_multiple_of(2) { 32 } else { 64 },
            );
        }
    }

    #[test]
    fn push_rune_replaces_invalid() {
        let mut out = Vec::new();
        push_rune(&mut out, 0x41);
        push_rune(&mut out, -1);
        push_rune(&mut out, 0xD800);
        push_rune(&mut out, 0x110000);
        assert_eq!(out, "A\u{FFFD}\u{FFFD}\u{FFFD}".as_bytes());
    }
}
