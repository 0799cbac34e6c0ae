//! Natives for the hot `//amber:native` functions of strings, bytes and unicode/utf8 (the Go bodies in
//! go/ are the reference; these return the same results and charge gas per byte examined).

use amber_vm::value::Value;
use amber_vm::{NativeCtx, NativeError};

use super::heap_util::byte_slice;
use crate::format::{decode_rune, rune_count};

/// The bytes of a string (`Str`) or `[]byte` (`Slice`) value.
fn bytes_of<'a>(ctx: &'a NativeCtx, v: Value) -> &'a [u8] {
    match v {
        Value::Str { .. } => ctx.heap.str_bytes(v),
        _ => byte_slice(ctx.heap, v),
    }
}

/// Index of the first occurrence of `needle` in `hay`, as Go's strings.Index.
pub fn index(hay: &[u8], needle: &[u8]) -> i64 {
    if needle.is_empty() {
        return 0;
    }
    if needle.len() == 1 {
        return hay
            .iter()
            .position(|&b| b == needle[0])
            .map_or(-1, |i| i as i64);
    }
    hay.windows(needle.len())
        .position(|w| w == needle)
        .map_or(-1, |i| i as i64)
}

/// Index of the last occurrence, as Go's strings.LastIndex.
pub fn last_index(hay: &[u8], needle: &[u8]) -> i64 {
    if needle.is_empty() {
        return hay.len() as i64;
    }
    hay.windows(needle.len())
        .rposition(|w| w == needle)
        .map_or(-1, |i| i as i64)
}

/// Non-overlapping occurrences, as Go's strings.Count (runes + 1 for an empty needle).
pub fn count(hay: &[u8], needle: &[u8]) -> i64 {
    if needle.is_empty() {
        return rune_count(hay) as i64 + 1;
    }
    let mut n = 0;
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        if hay.get(i..i + needle.len()) == Some(needle) {
            n += 1;
            i += needle.len();
        } else {
            i += 1;
        }
    }
    n
}

/// Go's utf8.Valid.
pub fn valid_utf8(s: &[u8]) -> bool {
    let mut i = 0;
    while i < s.len() {
        if s[i] < 0x80 {
            i += 1;
            continue;
        }
        let (r, w) = decode_rune(&s[i..]);
        if r == crate::format::RUNE_ERROR && w == 1 {
            return false;
        }
        i += w;
    }
    true
}

/// Charges for scanning `n` bytes (plus a fixed call cost).
fn charge_scan(ctx: &mut NativeCtx, n: usize) -> Result<(), NativeError> {
    ctx.charge(2)?;
    ctx.charge_bytes(n)
}

/// How much of the first operand a search looks at.
#[derive(Clone, Copy, PartialEq)]
enum Scan {
    /// All of it.
    Whole,
    /// Up to the end of the first match (a forward search stops there: `strings.Index` in a loop over a long
    /// string must cost what it scans, not the whole rest each time).
    UpToMatch,
}

/// A native over two byte strings returning an int.
fn two(
    ctx: &mut NativeCtx,
    slots: &mut [Value],
    f: fn(&[u8], &[u8]) -> i64,
    scan: Scan,
) -> Result<(), NativeError> {
    let [a, b, ..] = *slots else {
        return Ok(());
    };
    let (r, n) = {
        let (x, y) = (bytes_of(ctx, a), bytes_of(ctx, b));
        let r = f(x, y);
        let scanned = match (scan, usize::try_from(r)) {
            (Scan::UpToMatch, Ok(at)) => at.saturating_add(y.len()).min(x.len()),
            _ => x.len(),
        };
        // Naive search may look at up to |x|*|y| bytes; charge for the bytes plus a share of that.
        let work = scanned.saturating_add(scanned.saturating_mul(y.len().min(64)) / 8);
        (r, work)
    };
    charge_scan(ctx, n)?;
    if let Some(s) = slots.first_mut() {
        *s = Value::Int(r);
    }
    Ok(())
}

pub fn native_index(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    two(ctx, slots, index, Scan::UpToMatch)
}

pub fn native_last_index(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    two(ctx, slots, last_index, Scan::Whole)
}

pub fn native_count(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    two(ctx, slots, count, Scan::Whole)
}

/// `bytes.Compare(a, b []byte) int`.
pub fn native_compare(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    two(
        ctx,
        slots,
        |a, b| match a.cmp(b) {
            std::cmp::Ordering::Less => -1,
            std::cmp::Ordering::Equal => 0,
            std::cmp::Ordering::Greater => 1,
        },
        Scan::Whole,
    )
}

/// `bytes.Equal(a, b []byte) bool`.
pub fn native_equal(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let [a, b, ..] = *slots else {
        return Ok(());
    };
    let (eq, n) = {
        let (x, y) = (bytes_of(ctx, a), bytes_of(ctx, b));
        (x == y, x.len().min(y.len()))
    };
    charge_scan(ctx, n)?;
    if let Some(s) = slots.first_mut() {
        *s = Value::Bool(eq);
    }
    Ok(())
}

/// `strings.IndexByte(s string, c byte) int` and `bytes.IndexByte(b []byte, c byte) int`.
pub fn native_index_byte(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let [s, c, ..] = *slots else {
        return Ok(());
    };
    let (r, n) = {
        let b = bytes_of(ctx, s);
        let c = c.as_int() as u8;
        let r = b.iter().position(|&x| x == c);
        (r.map_or(-1, |i| i as i64), r.map_or(b.len(), |i| i + 1))
    };
    charge_scan(ctx, n)?;
    if let Some(s) = slots.first_mut() {
        *s = Value::Int(r);
    }
    Ok(())
}

/// `utf8.RuneCount(p []byte) int` and `utf8.RuneCountInString(s string) int`.
pub fn native_rune_count(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let Some(&s) = slots.first() else {
        return Ok(());
    };
    let (r, n) = {
        let b = bytes_of(ctx, s);
        (rune_count(b) as i64, b.len())
    };
    charge_scan(ctx, n)?;
    if let Some(s) = slots.first_mut() {
        *s = Value::Int(r);
    }
    Ok(())
}

/// `utf8.Valid(p []byte) bool` and `utf8.ValidString(s string) bool`.
pub fn native_valid(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let Some(&s) = slots.first() else {
        return Ok(());
    };
    let (r, n) = {
        let b = bytes_of(ctx, s);
        (valid_utf8(b), b.len())
    };
    charge_scan(ctx, n)?;
    if let Some(s) = slots.first_mut() {
        *s = Value::Bool(r);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_like_go() {
        assert_eq!(index(b"chicken", b"ken"), 4);
        assert_eq!(index(b"chicken", b"dmr"), -1);
        assert_eq!(index(b"", b""), 0);
        assert_eq!(index(b"abc", b""), 0);
        assert_eq!(last_index(b"go gopher", b"go"), 3);
        assert_eq!(last_index(b"go gopher", b""), 9);
        assert_eq!(last_index(b"x", b"xx"), -1);
        assert_eq!(count(b"cheese", b"e"), 3);
        assert_eq!(count(b"five", b""), 5);
        assert_eq!(count("héllo".as_bytes(), b""), 6);
        assert_eq!(count(b"aaaa", b"aa"), 2);
    }

    #[test]
    fn utf8_validity() {
        assert!(valid_utf8("héllo, 世界".as_bytes()));
        assert!(!valid_utf8(b"a\xffb"));
        assert!(!valid_utf8(b"\xed\xa0\x80"));
        assert!(!valid_utf8(b"\xe4\xb8"));
        assert!(valid_utf8(b""));
    }
}
