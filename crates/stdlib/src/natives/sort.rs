//! Natives of package sort: the reflection behind `sort.Slice` (see go/NATIVES.md).

use amber_vm::heap::Obj;
use amber_vm::ops;
use amber_vm::types::RtKind;
use amber_vm::value::{Handle, IntKind, Value, NIL_ARRAY};
use amber_vm::{NativeCtx, NativeError};

use super::heap_util::iface_parts;

/// `reflect.Kind.String()` of a runtime kind (`int` and `uint` for 64-bit integers whose name is not
/// `int64`/`uint64`).
fn kind_name(name: &str, kind: &RtKind) -> &'static str {
    match kind {
        RtKind::Bool => "bool",
        RtKind::Int(k) => match (k, name) {
            (IntKind::I64, "int64") => "int64",
            (IntKind::U64, "uint64") => "uint64",
            (IntKind::U64, "uintptr") => "uintptr",
            (IntKind::I64, _) => "int",
            (IntKind::U64, _) => "uint",
            (IntKind::I8, _) => "int8",
            (IntKind::I16, _) => "int16",
            (IntKind::I32, _) => "int32",
            (IntKind::U8, _) => "uint8",
            (IntKind::U16, _) => "uint16",
            (IntKind::U32, _) => "uint32",
        },
        RtKind::Float32 => "float32",
        RtKind::Float64 => "float64",
        RtKind::Complex64 => "complex64",
        RtKind::Complex128 => "complex128",
        RtKind::String => "string",
        RtKind::Slice { .. } => "slice",
        RtKind::Array { .. } => "array",
        RtKind::Struct { .. } => "struct",
        RtKind::Pointer { .. } => "ptr",
        RtKind::Map { .. } => "map",
        RtKind::Chan { .. } => "chan",
        RtKind::Func => "func",
        RtKind::Interface => "interface",
    }
}

/// `sort.sliceInfo(x any) (kind string, length int)`.
pub fn slice_info(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(4)?;
    let Some(&x) = slots.first() else {
        return Ok(());
    };
    let (ty, v) = iface_parts(ctx.heap, x);
    let (kind, len) = match ty.and_then(|t| ctx.types.get(t)) {
        None => ("zero", 0),
        Some(t) => {
            let len = match (&t.kind, v) {
                (RtKind::Slice { .. }, Value::Slice { len, .. }) => len as i64,
                (RtKind::String, Value::Str { len, .. }) => len as i64,
                (RtKind::Array { len, .. }, _) => *len as i64,
                (RtKind::Map { .. }, Value::Ref(h)) => match ctx.heap.get(h) {
                    Some(Obj::Map(m)) => m.len() as i64,
                    _ => 0,
                },
                _ => 0,
            };
            (kind_name(&t.name, &t.kind), len)
        }
    };
    let kind = ctx.new_str(kind.as_bytes().to_vec())?;
    if let [a, b, ..] = slots {
        *a = kind;
        *b = Value::Int(len);
    }
    Ok(())
}

/// `sort.sliceSwap(x any, i, j int)`: swaps two elements in the backing array (aggregate elements swap their
/// contents, so pointers to the elements keep pointing at the positions, as in Go).
pub fn slice_swap(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let [x, i, j, ..] = *slots else {
        return Ok(());
    };
    let (_, v) = iface_parts(ctx.heap, x);
    let Value::Slice { arr, off, len } = v else {
        return Err(NativeError::Panic("sort: sliceSwap of a non-slice".into()));
    };
    let (i, j) = (i.as_int(), j.as_int());
    if i < 0 || j < 0 || i >= i64::from(len) || j >= i64::from(len) || arr == NIL_ARRAY {
        return Err(NativeError::RuntimeError(format!(
            "index out of range [{}] with length {len}",
            if i < 0 || i >= i64::from(len) { i } else { j }
        )));
    }
    let (a, b) = (off as usize + i as usize, off as usize + j as usize);
    if a == b {
        return ctx.charge(2);
    }
    let (base, _) = ops::resolve_view(ctx.heap, arr);
    let agg_elems = is_agg_elem(ctx, x);
    let agg = match ctx.heap.get_mut(base) {
        Some(Obj::Bytes(c)) if a.max(b) < c.len() => {
            c.swap(a, b);
            None
        }
        Some(Obj::Ints(c)) if a.max(b) < c.len() => {
            c.swap(a, b);
            None
        }
        Some(Obj::Floats(c)) if a.max(b) < c.len() => {
            c.swap(a, b);
            None
        }
        Some(Obj::Values(c)) if a.max(b) < c.len() => match (c[a], c[b]) {
            (Value::Ref(ha), Value::Ref(hb)) if agg_elems => Some((ha, hb)),
            _ => {
                c.swap(a, b);
                None
            }
        },
        _ => return Err(NativeError::Panic("sort: sliceSwap on a bad slice".into())),
    };
    ctx.charge(2)?;
    if let Some((ha, hb)) = agg {
        // Swap the two element objects' payloads.
        let pa = ctx
            .heap
            .get_mut(ha)
            .map(|o| std::mem::replace(o, Obj::Bytes(Vec::new())));
        let pb = ctx
            .heap
            .get_mut(hb)
            .map(|o| std::mem::replace(o, Obj::Bytes(Vec::new())));
        if let (Some(pa), Some(pb)) = (pa, pb) {
            let bytes = payload_words(&pa) + payload_words(&pb);
            if let Some(o) = ctx.heap.get_mut(ha) {
                *o = pb;
            }
            if let Some(o) = ctx.heap.get_mut(hb) {
                *o = pa;
            }
            ctx.charge(bytes)?;
        }
    }
    Ok(())
}

fn payload_words(o: &Obj) -> u64 {
    match o {
        Obj::Bytes(b) => b.len() as u64 / 8,
        Obj::Ints(b) => b.len() as u64,
        Obj::Floats(b) => b.len() as u64,
        Obj::Values(b) => b.len() as u64 * 2,
        _ => 1,
    }
}

/// Whether the slice in interface `x` has struct or array elements (owned element objects).
fn is_agg_elem(ctx: &NativeCtx, x: Value) -> bool {
    let (ty, _) = iface_parts(ctx.heap, x);
    match ty.and_then(|t| ctx.types.get(t)).map(|t| &t.kind) {
        Some(RtKind::Slice { elem }) => ctx.types.get(*elem).is_some_and(|t| t.is_aggregate()),
        _ => false,
    }
}

/// Gas for sorting `n` elements: about two units per comparison of an n·log2(n) sort.
fn sort_cost(n: usize) -> u64 {
    let n = n as u64;
    let log = u64::from(64 - n.leading_zeros());
    n.saturating_mul(log + 1).saturating_mul(2)
}

/// The backing-array range `(base, lo, hi)` of the slice in `slots[0]`, or `None` for an empty slice.
fn slice_range(ctx: &NativeCtx, slots: &[Value]) -> Option<(Handle, usize, usize)> {
    let Some(&Value::Slice { arr, off, len }) = slots.first() else {
        return None;
    };
    if len == 0 || arr == NIL_ARRAY {
        return None;
    }
    let (base, _) = ops::resolve_view(ctx.heap, arr);
    let lo = off as usize;
    Some((base, lo, lo + len as usize))
}

/// `sort.Ints(x []int)`: sorts the int storage in place (equal ints are indistinguishable, so any correct
/// deterministic sort gives the Go body's result).
pub fn sort_ints(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let Some((base, lo, hi)) = slice_range(ctx, slots) else {
        return ctx.charge(2);
    };
    ctx.charge(sort_cost(hi - lo))?;
    match ctx.heap.get_mut(base) {
        Some(Obj::Ints(c)) => match c.get_mut(lo..hi) {
            Some(part) => {
                part.sort_unstable();
                Ok(())
            }
            None => Err(NativeError::Panic("sort: Ints on a bad slice".into())),
        },
        _ => Err(NativeError::Panic("sort: Ints on a bad slice".into())),
    }
}

/// `sort.Strings(x []string)`: sorts the string cells by their bytes (equal strings are indistinguishable).
pub fn sort_strings(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let Some((base, lo, hi)) = slice_range(ctx, slots) else {
        return ctx.charge(2);
    };
    ctx.charge(sort_cost(hi - lo))?;
    let mut cells = match ctx.heap.get(base) {
        Some(Obj::Values(c)) => match c.get(lo..hi) {
            Some(part) => part.to_vec(),
            None => return Err(NativeError::Panic("sort: Strings on a bad slice".into())),
        },
        _ => return Err(NativeError::Panic("sort: Strings on a bad slice".into())),
    };
    let heap = &*ctx.heap;
    cells.sort_by(|a, b| heap.str_bytes(*a).cmp(heap.str_bytes(*b)));
    if let Some(Obj::Values(c)) = ctx.heap.get_mut(base) {
        if let Some(part) = c.get_mut(lo..hi) {
            part.copy_from_slice(&cells);
        }
    }
    Ok(())
}
