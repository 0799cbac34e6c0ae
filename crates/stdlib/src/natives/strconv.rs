//! Natives of package strconv: thin adapters from Go values to [`crate::format::strconv`]. The Go side
//! (go/strconv) builds the `*NumError` values from the error codes returned here and checks bases and bit
//! sizes (so that panics name the right function).

use amber_vm::value::Value;
use amber_vm::{NativeCtx, NativeError};

use crate::format::strconv as sc;
use crate::format::strconv::{NumError, NumErrorKind};

/// Error codes shared with go/strconv/strconv.go.
const PARSE_OK: i64 = 0;
const PARSE_SYNTAX: i64 = 1;
const PARSE_RANGE: i64 = 2;
const PARSE_BASE: i64 = 3;
const PARSE_BIT_SIZE: i64 = 4;

fn code(err: &Option<NumError>) -> i64 {
    match err.as_ref().map(|e| &e.kind) {
        None => PARSE_OK,
        Some(NumErrorKind::Syntax) => PARSE_SYNTAX,
        Some(NumErrorKind::Range) => PARSE_RANGE,
        Some(NumErrorKind::Base(_)) => PARSE_BASE,
        Some(NumErrorKind::BitSize(_)) => PARSE_BIT_SIZE,
    }
}

/// The bytes of string argument `i`, charged per byte, copied out of the heap.
fn arg_str(ctx: &mut NativeCtx, slots: &[Value], i: usize) -> Result<Vec<u8>, NativeError> {
    let v = slots.get(i).copied().unwrap_or(Value::EMPTY_STR);
    let b = ctx.heap.str_bytes(v).to_vec();
    ctx.charge(2)?;
    ctx.charge_bytes(b.len())?;
    Ok(b)
}

fn int_arg(slots: &[Value], i: usize) -> i64 {
    slots.get(i).map_or(0, |v| v.as_int())
}

fn set(slots: &mut [Value], values: &[Value]) {
    for (s, v) in slots.iter_mut().zip(values) {
        *s = *v;
    }
}

/// `parseInt(s string, base, bitSize int) (int64, int)`.
pub fn parse_int(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let s = arg_str(ctx, slots, 0)?;
    let (v, err) = sc::parse_int(&s, int_arg(slots, 1), int_arg(slots, 2));
    set(slots, &[Value::Int(v), Value::Int(code(&err))]);
    Ok(())
}

/// `parseUint(s string, base, bitSize int) (uint64, int)`.
pub fn parse_uint(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let s = arg_str(ctx, slots, 0)?;
    let (v, err) = sc::parse_uint(&s, int_arg(slots, 1), int_arg(slots, 2));
    set(slots, &[Value::Int(v as i64), Value::Int(code(&err))]);
    Ok(())
}

/// `atoi(s string) (int, int)`.
pub fn atoi(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let s = arg_str(ctx, slots, 0)?;
    let (v, err) = sc::atoi(&s);
    set(slots, &[Value::Int(v), Value::Int(code(&err))]);
    Ok(())
}

/// `parseFloat(s string, bitSize int) (float64, int)`.
pub fn parse_float(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let s = arg_str(ctx, slots, 0)?;
    // Parsing long decimal inputs does big-decimal work: charge a little more per byte.
    ctx.charge_bytes(s.len().saturating_mul(4))?;
    let (v, err) = sc::parse_float(&s, int_arg(slots, 1));
    set(slots, &[Value::Float(v), Value::Int(code(&err))]);
    Ok(())
}

/// Returns a new string as result 0.
fn ret_str(ctx: &mut NativeCtx, slots: &mut [Value], out: Vec<u8>) -> Result<(), NativeError> {
    let v = ctx.new_str(out)?;
    set(slots, &[v]);
    Ok(())
}

/// `formatInt(i int64, base int) string` (base already checked by the Go side).
pub fn format_int(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(4)?;
    let mut out = Vec::new();
    sc::format_int(
        &mut out,
        int_arg(slots, 0),
        int_arg(slots, 1).clamp(2, 36) as u32,
    )
    .map_err(|_| NativeError::Panic("strconv: illegal AppendInt/FormatInt base".into()))?;
    ret_str(ctx, slots, out)
}

/// `formatUint(u uint64, base int) string`.
pub fn format_uint(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(4)?;
    let mut out = Vec::new();
    sc::format_uint(
        &mut out,
        int_arg(slots, 0) as u64,
        int_arg(slots, 1).clamp(2, 36) as u32,
    )
    .map_err(|_| NativeError::Panic("strconv: illegal AppendInt/FormatInt base".into()))?;
    ret_str(ctx, slots, out)
}

/// `formatFloat(f float64, fmt byte, prec, bitSize int) string`.
pub fn format_float(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let f = slots.first().map_or(0.0, |v| v.as_float());
    let fmt = int_arg(slots, 1) as u8;
    // %f of 1e308 with a large precision writes hundreds of digits: bound and charge by output.
    let prec = int_arg(slots, 2).min(1 << 20);
    let bits = if int_arg(slots, 3) == 32 { 32 } else { 64 };
    ctx.charge(8 + prec.max(0) as u64 / 8)?;
    let mut out = Vec::new();
    sc::format_float(&mut out, f, fmt, prec, bits);
    ctx.charge_bytes(out.len())?;
    ret_str(ctx, slots, out)
}

/// `quote(s string, mode int) string`: 0 Quote, 1 QuoteToASCII, 2 QuoteToGraphic.
pub fn quote(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let s = arg_str(ctx, slots, 0)?;
    let mut out = Vec::with_capacity(s.len() + 2);
    match int_arg(slots, 1) {
        1 => sc::quote_to_ascii(&mut out, &s),
        2 => sc::quote_to_graphic(&mut out, &s),
        _ => sc::quote(&mut out, &s),
    }
    ret_str(ctx, slots, out)
}

/// `quoteRune(r rune, mode int) string`.
pub fn quote_rune(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(4)?;
    let r = int_arg(slots, 0);
    let mut out = Vec::new();
    match int_arg(slots, 1) {
        1 => sc::quote_rune_to_ascii(&mut out, r),
        2 => sc::quote_rune_to_graphic(&mut out, r),
        _ => sc::quote_rune(&mut out, r),
    }
    ret_str(ctx, slots, out)
}

/// `unquote(s string) (string, bool)`.
pub fn unquote(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let s = arg_str(ctx, slots, 0)?;
    match sc::unquote(&s) {
        Ok(v) => {
            let v = ctx.new_str(v)?;
            set(slots, &[v, Value::Bool(true)]);
        }
        Err(_) => set(slots, &[Value::EMPTY_STR, Value::Bool(false)]),
    }
    Ok(())
}

/// `unquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, ok bool)`.
pub fn unquote_char(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(4)?;
    let s = slots.first().copied().unwrap_or(Value::EMPTY_STR);
    let quote = int_arg(slots, 1) as u8;
    let r = sc::unquote_char(ctx.heap.str_bytes(s), quote);
    match (r, s) {
        (Ok(c), Value::Str { h, off, len }) => {
            let consumed = u32::try_from(c.consumed).unwrap_or(len).min(len);
            let tail = if consumed == len {
                Value::EMPTY_STR
            } else {
                Value::Str {
                    h,
                    off: off + consumed,
                    len: len - consumed,
                }
            };
            set(
                slots,
                &[
                    Value::Int(i64::from(c.value)),
                    Value::Bool(c.multibyte),
                    tail,
                    Value::Bool(true),
                ],
            );
        }
        _ => set(
            slots,
            &[
                Value::Int(0),
                Value::Bool(false),
                Value::EMPTY_STR,
                Value::Bool(false),
            ],
        ),
    }
    Ok(())
}

/// `quotedPrefix(s string) (string, bool)`: the prefix shares the input's bytes.
pub fn quoted_prefix(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let s = slots.first().copied().unwrap_or(Value::EMPTY_STR);
    let n = match sc::quoted_prefix(ctx.heap.str_bytes(s)) {
        Ok(p) => Some(p.len()),
        Err(_) => None,
    };
    ctx.charge(2)?;
    ctx.charge_bytes(n.unwrap_or(0))?;
    match (n, s) {
        (Some(n), Value::Str { h, off, .. }) => {
            let len = u32::try_from(n).map_err(|_| NativeError::OutOfMemory)?;
            set(slots, &[Value::Str { h, off, len }, Value::Bool(true)]);
        }
        _ => set(slots, &[Value::EMPTY_STR, Value::Bool(false)]),
    }
    Ok(())
}

/// `CanBackquote(s string) bool`.
pub fn can_backquote(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let s = arg_str(ctx, slots, 0)?;
    set(slots, &[Value::Bool(sc::can_backquote(&s))]);
    Ok(())
}

/// `IsPrint(r rune) bool`.
pub fn is_print(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(8)?;
    let r = int_arg(slots, 0);
    set(slots, &[Value::Bool(sc::is_print(r))]);
    Ok(())
}

/// `IsGraphic(r rune) bool`.
pub fn is_graphic(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(8)?;
    let r = int_arg(slots, 0);
    set(slots, &[Value::Bool(sc::is_graphic(r))]);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use amber_vm::heap::Heap;
    use amber_vm::types::TypeTable;

    /// Runs a native on `slots` with a fresh heap whose strings come from `strs` (slot i = Str of strs[i]
    /// where given).
    fn call(
        f: amber_vm::native::NativeFn,
        heap: &mut Heap,
        slots: &mut [Value],
    ) -> Result<(), NativeError> {
        let types = TypeTable::new();
        let mut out = Vec::new();
        let mut gas = 1_000_000;
        let mut ctx = NativeCtx::new(heap, &types, &mut out, &mut gas);
        f(&mut ctx, slots)
    }

    fn s(heap: &mut Heap, x: &str) -> Value {
        heap.alloc_str(x.as_bytes().to_vec()).unwrap()
    }

    #[test]
    fn parse_codes() {
        let mut heap = Heap::new(1 << 20);
        let mut slots = [
            s(&mut heap, "99999999999999999999"),
            Value::Int(10),
            Value::Int(64),
        ];
        call(parse_int, &mut heap, &mut slots).unwrap();
        assert_eq!(slots[0], Value::Int(i64::MAX));
        assert_eq!(slots[1], Value::Int(PARSE_RANGE));
        let mut slots = [s(&mut heap, "12"), Value::Int(1), Value::Int(64)];
        call(parse_int, &mut heap, &mut slots).unwrap();
        assert_eq!(slots[..2], [Value::Int(0), Value::Int(PARSE_BASE)]);
        let mut slots = [s(&mut heap, "-1"), Value::Int(10), Value::Int(64)];
        call(parse_uint, &mut heap, &mut slots).unwrap();
        assert_eq!(slots[..2], [Value::Int(0), Value::Int(PARSE_SYNTAX)]);
        let mut slots = [s(&mut heap, "1e400"), Value::Int(64)];
        call(parse_float, &mut heap, &mut slots).unwrap();
        assert_eq!(
            slots[..2],
            [Value::Float(f64::INFINITY), Value::Int(PARSE_RANGE)]
        );
    }

    #[test]
    fn unquote_char_tail_shares_the_input() {
        let mut heap = Heap::new(1 << 20);
        let mut slots = [
            s(&mut heap, "\\u00e9rest"),
            Value::Int(b'"' as i64),
            Value::Nil,
            Value::Nil,
        ];
        call(unquote_char, &mut heap, &mut slots).unwrap();
        assert_eq!(slots[0], Value::Int(0xe9));
        assert_eq!(slots[1], Value::Bool(true));
        assert_eq!(heap.str_bytes(slots[2]), b"rest");
        assert_eq!(slots[3], Value::Bool(true));
    }

    #[test]
    fn quoting_and_formatting() {
        let mut heap = Heap::new(1 << 20);
        let mut slots = [Value::Int(0x7f), Value::Int(0)];
        call(quote_rune, &mut heap, &mut slots).unwrap();
        assert_eq!(heap.str_bytes(slots[0]), b"'\\x7f'");
        let mut slots = [s(&mut heap, "\u{a0}x"), Value::Int(2)];
        call(quote, &mut heap, &mut slots).unwrap();
        assert_eq!(heap.str_bytes(slots[0]), "\"\u{a0}x\"".as_bytes());
        let mut slots = [
            Value::Float(1.5),
            Value::Int(b'z' as i64),
            Value::Int(-1),
            Value::Int(64),
        ];
        call(format_float, &mut heap, &mut slots).unwrap();
        assert_eq!(heap.str_bytes(slots[0]), b"%z");
        let mut slots = [Value::Int(-255), Value::Int(16)];
        call(format_int, &mut heap, &mut slots).unwrap();
        assert_eq!(heap.str_bytes(slots[0]), b"-ff");
    }
}
