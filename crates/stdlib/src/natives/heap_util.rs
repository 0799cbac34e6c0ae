//! Reading and building Go values on the heap for natives: slices of values, ints and bytes, interfaces.

use amber_vm::heap::{Heap, Obj};
use amber_vm::ops;
use amber_vm::value::{Value, NIL_ARRAY};
use amber_vm::{NativeCtx, NativeError};

/// The dynamic type and value of an interface value (`None` for the nil interface).
pub fn iface_parts(heap: &Heap, v: Value) -> (Option<u32>, Value) {
    ops::iface_parts(heap, v)
}

/// The array object behind a slice value and its element range, or `None` for nil / not a slice.
fn slice_parts(heap: &Heap, v: Value) -> Option<(&Obj, usize, usize)> {
    let Value::Slice { arr, off, len } = v else {
        return None;
    };
    if arr == NIL_ARRAY {
        return None;
    }
    let (base, _) = ops::resolve_view(heap, arr);
    Some((heap.get(base)?, off as usize, len as usize))
}

/// The cells of a slice whose elements are stored as values (`[]any`, `[]string`, `[]*T`...).
pub fn value_slice(heap: &Heap, v: Value) -> &[Value] {
    match slice_parts(heap, v) {
        Some((Obj::Values(c), off, len)) => c.get(off..off.saturating_add(len)).unwrap_or(&[]),
        _ => &[],
    }
}

/// The bytes of a `[]byte` or `[]bool` slice.
pub fn byte_slice(heap: &Heap, v: Value) -> &[u8] {
    match slice_parts(heap, v) {
        Some((Obj::Bytes(c), off, len)) => c.get(off..off.saturating_add(len)).unwrap_or(&[]),
        _ => &[],
    }
}

/// The elements of a slice of a non-byte integer type.
pub fn int_slice(heap: &Heap, v: Value) -> &[i64] {
    match slice_parts(heap, v) {
        Some((Obj::Ints(c), off, len)) => c.get(off..off.saturating_add(len)).unwrap_or(&[]),
        _ => &[],
    }
}

fn slice_len(n: usize) -> Result<u32, NativeError> {
    u32::try_from(n).map_err(|_| NativeError::OutOfMemory)
}

/// A new slice of value cells (e.g. `[]any` of interface values, `[]string`); empty gives a non-nil empty
/// slice only when asked for, otherwise nil.
pub fn alloc_value_slice(ctx: &mut NativeCtx, cells: Vec<Value>) -> Result<Value, NativeError> {
    if cells.is_empty() {
        return Ok(Value::NIL_SLICE);
    }
    ctx.charge(amber_vm::gas::alloc_cost(cells.len() as u64 * 16))?;
    let len = slice_len(cells.len())?;
    let arr = ctx.heap.alloc(Obj::Values(cells))?;
    Ok(Value::Slice { arr, off: 0, len })
}

/// A new `[]int` (or other non-byte integer slice); nil when empty.
pub fn alloc_int_slice(ctx: &mut NativeCtx, ints: Vec<i64>) -> Result<Value, NativeError> {
    if ints.is_empty() {
        return Ok(Value::NIL_SLICE);
    }
    ctx.charge(amber_vm::gas::alloc_cost(ints.len() as u64 * 8))?;
    let len = slice_len(ints.len())?;
    let arr = ctx.heap.alloc(Obj::Ints(ints))?;
    Ok(Value::Slice { arr, off: 0, len })
}

/// A Go string value from bytes (charging allocation).
pub fn string_value(ctx: &mut NativeCtx, bytes: Vec<u8>) -> Result<Value, NativeError> {
    ctx.new_str(bytes)
}
