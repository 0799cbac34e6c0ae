//! Natives of fmt's scanning: classify a pointer operand and store a scanned value through it (see
//! go/NATIVES.md). The scanning itself is Go (`go/fmt/scan.go`).

use amber_vm::heap::Obj;
use amber_vm::ops;
use amber_vm::types::RtKind;
use amber_vm::value::{IntKind, Value};
use amber_vm::{NativeCtx, NativeError};

use super::heap_util::iface_parts;

/// What `fmt.scanTarget` reports (the `target*` constants of scan.go).
const TARGET_NOT_POINTER: i64 = 0;
const TARGET_BOOL: i64 = 1;
const TARGET_INT: i64 = 2;
const TARGET_UINT: i64 = 3;
const TARGET_FLOAT: i64 = 4;
const TARGET_COMPLEX: i64 = 5;
const TARGET_STRING: i64 = 6;
const TARGET_BYTES: i64 = 7;
const TARGET_OTHER: i64 = 8;

fn int_bits(k: IntKind) -> i64 {
    match k {
        IntKind::I8 | IntKind::U8 => 8,
        IntKind::I16 | IntKind::U16 => 16,
        IntKind::I32 | IntKind::U32 => 32,
        IntKind::I64 | IntKind::U64 => 64,
    }
}

/// The element type of the pointer held in `arg`, and the pointer value.
fn pointee(ctx: &NativeCtx, arg: Value) -> Option<(u32, Value)> {
    let (ty, ptr) = iface_parts(ctx.heap, arg);
    match ctx.types.get(ty?).map(|t| &t.kind) {
        Some(RtKind::Pointer { elem }) => Some((*elem, ptr)),
        _ => None,
    }
}

/// `fmt.scanTarget(arg any) (kind int, bits int)`.
pub fn scan_target(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(2)?;
    let Some(&arg) = slots.first() else {
        return Ok(());
    };
    let (kind, bits) = match pointee(ctx, arg) {
        None => (TARGET_NOT_POINTER, 0),
        Some((elem, _)) => match ctx.types.get(elem).map(|t| &t.kind) {
            Some(RtKind::Bool) => (TARGET_BOOL, 0),
            Some(RtKind::Int(k)) if k.is_unsigned() => (TARGET_UINT, int_bits(*k)),
            Some(RtKind::Int(k)) => (TARGET_INT, int_bits(*k)),
            Some(RtKind::Float32) => (TARGET_FLOAT, 32),
            Some(RtKind::Float64) => (TARGET_FLOAT, 64),
            Some(RtKind::Complex64) => (TARGET_COMPLEX, 64),
            Some(RtKind::Complex128) => (TARGET_COMPLEX, 128),
            Some(RtKind::String) => (TARGET_STRING, 0),
            Some(RtKind::Slice { elem })
                if matches!(
                    ctx.types.get(*elem).map(|t| &t.kind),
                    Some(RtKind::Int(IntKind::U8))
                ) =>
            {
                (TARGET_BYTES, 0)
            }
            _ => (TARGET_OTHER, 0),
        },
    };
    if let [a, b, ..] = slots {
        *a = Value::Int(kind);
        *b = Value::Int(bits);
    }
    Ok(())
}

/// Stores `v` in the variable `ptr` points to (a scalar variable: a cell of a box, struct or array).
fn store_through(ctx: &mut NativeCtx, ptr: Value, v: Value) -> Result<(), NativeError> {
    let stored = match ptr {
        Value::Ptr { obj, idx } => ops::store_cell(ctx.heap, obj, idx as usize, v),
        _ => false,
    };
    if stored {
        Ok(())
    } else {
        Err(NativeError::RuntimeError(
            "invalid memory address or nil pointer dereference".into(),
        ))
    }
}

/// The pointee type and pointer of the first argument, which scan.go has classified with scanTarget.
fn target(ctx: &NativeCtx, slots: &[Value]) -> Result<(RtKind, Value), NativeError> {
    let arg = slots.first().copied().unwrap_or(Value::Nil);
    pointee(ctx, arg)
        .and_then(|(elem, ptr)| Some((ctx.types.get(elem)?.kind.clone(), ptr)))
        .ok_or_else(|| NativeError::Panic("fmt: scan target is not a pointer".into()))
}

/// `fmt.storeInt(arg any, x int64)`.
pub fn store_int(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(2)?;
    let (kind, ptr) = target(ctx, slots)?;
    let x = slots.get(1).map_or(0, |v| v.as_int());
    let v = match kind {
        RtKind::Bool => Value::Bool(x != 0),
        RtKind::Int(k) => Value::Int(k.wrap(x)),
        _ => return Err(NativeError::Panic("fmt: storeInt on a non-integer".into())),
    };
    store_through(ctx, ptr, v)
}

/// `fmt.storeFloat(arg any, x float64)`.
pub fn store_float(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(2)?;
    let (kind, ptr) = target(ctx, slots)?;
    let x = slots.get(1).map_or(0.0, |v| v.as_float());
    let v = match kind {
        RtKind::Float32 => Value::Float(f64::from(x as f32)),
        RtKind::Float64 => Value::Float(x),
        _ => return Err(NativeError::Panic("fmt: storeFloat on a non-float".into())),
    };
    store_through(ctx, ptr, v)
}

/// `fmt.storeComplex(arg any, re, im float64)`.
pub fn store_complex(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(2)?;
    let (kind, ptr) = target(ctx, slots)?;
    let mut re = slots.get(1).map_or(0.0, |v| v.as_float());
    let mut im = slots.get(2).map_or(0.0, |v| v.as_float());
    match kind {
        RtKind::Complex64 => {
            re = f64::from(re as f32);
            im = f64::from(im as f32);
        }
        RtKind::Complex128 => {}
        _ => {
            return Err(NativeError::Panic(
                "fmt: storeComplex on a non-complex".into(),
            ))
        }
    }
    ctx.charge(amber_vm::gas::alloc_cost(16))?;
    let v = Value::Ref(ctx.heap.alloc(Obj::Floats(vec![re, im]))?);
    store_through(ctx, ptr, v)
}

/// `fmt.storeString(arg any, str string)`: a string, or a fresh copy of its bytes for a byte slice.
pub fn store_string(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(2)?;
    let (kind, ptr) = target(ctx, slots)?;
    let s = slots.get(1).copied().unwrap_or(Value::EMPTY_STR);
    let v = match kind {
        RtKind::String => s,
        RtKind::Slice { .. } => {
            let bytes = ctx.str_bytes(s).to_vec();
            ctx.new_byte_slice(bytes)?
        }
        _ => {
            return Err(NativeError::Panic(
                "fmt: storeString on a non-string".into(),
            ))
        }
    };
    store_through(ctx, ptr, v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use amber_vm::heap::Heap;
    use amber_vm::types::{RtType, TypeTable};

    fn iface(heap: &mut Heap, ty: u32, val: Value) -> Value {
        Value::Ref(heap.alloc(Obj::Iface { ty, val }).unwrap())
    }

    /// `var x int8; p := &x` as an `any`: scanTarget classifies it, storeInt wraps to 8 bits.
    #[test]
    fn int8_target_is_classified_and_stored_wrapped() {
        let mut heap = Heap::new(1 << 20);
        let mut types = TypeTable::new();
        let int8 = types.add(RtType::new("int8", RtKind::Int(IntKind::I8)));
        let ptr = types.add(RtType::new("*int8", RtKind::Pointer { elem: int8 }));
        let cell = heap.alloc(Obj::Values(vec![Value::Int(0)])).unwrap();
        let arg = iface(&mut heap, ptr, Value::Ptr { obj: cell, idx: 0 });
        let mut out = Vec::new();
        let mut gas = 1000;
        let mut ctx = NativeCtx::new(&mut heap, &types, &mut out, &mut gas);
        let mut slots = [arg, Value::Nil];
        scan_target(&mut ctx, &mut slots).unwrap();
        assert_eq!(slots, [Value::Int(TARGET_INT), Value::Int(8)]);
        let mut slots = [arg, Value::Int(200)];
        store_int(&mut ctx, &mut slots).unwrap();
        assert_eq!(
            ops::load_cell(ctx.heap, cell, 0, amber_vm::types::ElemKind::Value),
            Some(Value::Int(-56))
        );
    }

    /// A non-pointer operand is reported as such, and storing through a nil pointer is a nil dereference.
    #[test]
    fn non_pointers_and_nil_pointers() {
        let mut heap = Heap::new(1 << 20);
        let mut types = TypeTable::new();
        let f32t = types.add(RtType::new("float32", RtKind::Float32));
        let ptr = types.add(RtType::new("*float32", RtKind::Pointer { elem: f32t }));
        let plain = iface(&mut heap, f32t, Value::Float(1.0));
        let nil_ptr = iface(&mut heap, ptr, Value::Nil);
        let mut out = Vec::new();
        let mut gas = 1000;
        let mut ctx = NativeCtx::new(&mut heap, &types, &mut out, &mut gas);
        let mut slots = [plain, Value::Nil];
        scan_target(&mut ctx, &mut slots).unwrap();
        assert_eq!(slots[0], Value::Int(TARGET_NOT_POINTER));
        let mut slots = [nil_ptr, Value::Float(0.1)];
        assert!(matches!(
            store_float(&mut ctx, &mut slots),
            Err(NativeError::RuntimeError(_))
        ));
    }
}
