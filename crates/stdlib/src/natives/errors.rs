//! Natives of package errors: the reflection `errors.As` and `errors.Is` need (see go/NATIVES.md).

use amber_vm::ops;
use amber_vm::types::{RtKind, TypeTable};
use amber_vm::value::Value;
use amber_vm::{NativeCtx, NativeError};

use super::heap_util::iface_parts;

/// Whether a value of dynamic type `have` can be stored in a variable of interface type `want`: every method
/// `want` lists is in `have`'s method set.
fn implements(types: &TypeTable, have: u32, want: u32) -> bool {
    let (Some(h), Some(w)) = (types.get(have), types.get(want)) else {
        return false;
    };
    w.iface_methods.iter().all(|name| h.method(name).is_some())
}

/// `errors.isComparable(x any) bool`.
pub fn is_comparable(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(2)?;
    let Some(slot) = slots.first_mut() else {
        return Ok(());
    };
    let (ty, _) = iface_parts(ctx.heap, *slot);
    *slot = Value::Bool(
        ty.and_then(|t| ctx.types.get(t))
            .is_some_and(|t| t.comparable),
    );
    Ok(())
}

/// `errors.inspectAsTarget(target any) (nonNilPointer bool, elemOK bool)`.
pub fn inspect_as_target(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(2)?;
    let Some(&target) = slots.first() else {
        return Ok(());
    };
    let (ty, val) = iface_parts(ctx.heap, target);
    let elem = match ty.and_then(|t| ctx.types.get(t)).map(|t| &t.kind) {
        Some(RtKind::Pointer { elem }) if val != Value::Nil => Some(*elem),
        _ => None,
    };
    let elem_ok = elem
        .and_then(|e| ctx.types.get(e))
        .is_some_and(|t| matches!(t.kind, RtKind::Interface) || t.method("Error").is_some());
    if let [a, b, ..] = slots {
        *a = Value::Bool(elem.is_some());
        *b = Value::Bool(elem_ok);
    }
    Ok(())
}

/// `errors.assignToTarget(err error, target any) bool`: `*target = err` when err's dynamic type fits.
pub fn assign_to_target(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(4)?;
    let [err, target, ..] = *slots else {
        return Ok(());
    };
    let ok = assign(ctx, err, target)?;
    if let Some(s) = slots.first_mut() {
        *s = Value::Bool(ok);
    }
    Ok(())
}

fn assign(ctx: &mut NativeCtx, err: Value, target: Value) -> Result<bool, NativeError> {
    let (Some(err_ty), err_val) = iface_parts(ctx.heap, err) else {
        return Ok(false);
    };
    let (Some(target_ty), ptr) = iface_parts(ctx.heap, target) else {
        return Ok(false);
    };
    let Some(RtKind::Pointer { elem }) = ctx.types.get(target_ty).map(|t| &t.kind) else {
        return Ok(false);
    };
    let elem = *elem;
    let Some(elem_t) = ctx.types.get(elem) else {
        return Ok(false);
    };
    if matches!(elem_t.kind, RtKind::Interface) {
        if !implements(ctx.types, err_ty, elem) {
            return Ok(false);
        }
        // An interface variable holds the interface value itself (interface boxes are immutable).
        return store(ctx, ptr, err);
    }
    if err_ty != elem {
        return Ok(false);
    }
    if elem_t.is_aggregate() {
        ops::assign_agg(ctx.heap, ctx.types, elem, ptr, err_val).map_err(fault)?;
        return Ok(true);
    }
    store(ctx, ptr, err_val)
}

/// Stores `v` through a pointer to a non-aggregate variable.
fn store(ctx: &mut NativeCtx, ptr: Value, v: Value) -> Result<bool, NativeError> {
    match ptr {
        Value::Ptr { obj, idx } => Ok(ops::store_cell(ctx.heap, obj, idx as usize, v)),
        _ => Err(NativeError::RuntimeError(
            "invalid memory address or nil pointer dereference".into(),
        )),
    }
}

pub(crate) fn fault(f: ops::Fault) -> NativeError {
    match f {
        ops::Fault::OutOfGas => NativeError::OutOfGas,
        ops::Fault::OutOfMemory => NativeError::OutOfMemory,
        ops::Fault::Runtime(m) => NativeError::RuntimeError(m),
        ops::Fault::RuntimeText(m) => NativeError::Panic(m),
        ops::Fault::Panic(v) => NativeError::PanicValue(v),
        ops::Fault::StackOverflow => NativeError::Panic("stack overflow".into()),
        ops::Fault::Internal(m) => NativeError::Panic(format!("internal error: {m}")),
    }
}
