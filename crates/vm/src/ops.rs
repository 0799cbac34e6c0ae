//! Operations on heap values that need type information: zero values, copies, equality, map keys, and Go's
//! runtime error messages.

use crate::heap::{Heap, Obj};
use crate::map::{Key, KeyKind, KeyRef};
use crate::types::{ElemKind, RtKind, TypeTable};
use crate::value::{Handle, Value, NIL_ARRAY};

/// Why an instruction could not complete.
#[derive(Clone, Debug, PartialEq)]
pub enum Fault {
    /// `panic(v)` with a guest value.
    Panic(Value),
    /// A runtime panic; the message is the full `Error()` text (`runtime error: index out of range ...`).
    Runtime(String),
    /// A panic with a plain error message that is not prefixed by `runtime error:` (e.g. nil map writes).
    RuntimeText(String),
    OutOfGas,
    OutOfMemory,
    StackOverflow,
    /// Bad code (a compiler bug), never a user error.
    Internal(String),
}

impl From<crate::heap::AllocError> for Fault {
    fn from(_: crate::heap::AllocError) -> Fault {
        Fault::OutOfMemory
    }
}

pub fn index_error(i: i64, len: usize) -> Fault {
    if i < 0 {
        return Fault::Runtime(format!("runtime error: index out of range [{i}]"));
    }
    Fault::Runtime(format!(
        "runtime error: index out of range [{i}] with length {len}"
    ))
}

pub fn nil_deref() -> Fault {
    Fault::Runtime("runtime error: invalid memory address or nil pointer dereference".into())
}

pub fn internal(what: &str) -> Fault {
    Fault::Internal(what.to_string())
}

/// The array object behind `arr` (following a capacity-limiting view) and the capacity end it allows.
pub fn resolve_view(heap: &Heap, arr: Handle) -> (Handle, Option<u32>) {
    match heap.get(arr) {
        Some(Obj::View { base, end, .. }) => (*base, Some(*end)),
        _ => (arr, None),
    }
}

/// The array object holding the cells of array `h`, the index of its first cell there, and its length: an
/// offset view (the target of `(*[N]T)(s)`) resolved to its base.
pub fn array_window(heap: &Heap, h: Handle) -> (Handle, usize, usize) {
    match heap.get(h) {
        Some(Obj::View { base, off, end }) => {
            (*base, *off as usize, end.saturating_sub(*off) as usize)
        }
        _ => (h, 0, array_len(heap, h)),
    }
}

/// What slicing array `h` starts from: the array for the slice value (capacity-limited to the window if `h`
/// is a window on a longer array), the offset of `h`'s first cell in it, and `h`'s length.
pub fn slice_array(heap: &mut Heap, h: Handle) -> Result<(Handle, u32, usize), Fault> {
    let Some(Obj::View { base, off, end }) = heap.get(h) else {
        return Ok((h, 0, array_len(heap, h)));
    };
    let (base, off, end) = (*base, *off, *end);
    let n = end.saturating_sub(off) as usize;
    if off == 0 {
        // Already a capacity-limiting view.
        return Ok((h, 0, n));
    }
    if end as usize == array_len(heap, base) {
        return Ok((base, off, n));
    }
    let v = heap.alloc(Obj::View { base, off: 0, end })?;
    Ok((v, off, n))
}

/// Number of elements of an array object.
pub fn array_len(heap: &Heap, h: Handle) -> usize {
    match heap.get(h) {
        Some(Obj::Bytes(v)) => v.len(),
        Some(Obj::Ints(v)) => v.len(),
        Some(Obj::Floats(v)) => v.len(),
        Some(Obj::Values(v)) => v.len(),
        Some(Obj::View { off, end, .. }) => end.saturating_sub(*off) as usize,
        _ => 0,
    }
}

/// The capacity of a slice value.
pub fn slice_cap(heap: &Heap, arr: Handle, off: u32) -> usize {
    if arr == NIL_ARRAY {
        return 0;
    }
    array_len(heap, arr).saturating_sub(off as usize)
}

/// Loads cell `idx` of an array, struct or box object.
#[inline]
pub fn load_cell(heap: &Heap, h: Handle, idx: usize, kind: ElemKind) -> Option<Value> {
    match heap.get(h)? {
        Obj::Ints(v) => v.get(idx).map(|x| Value::Int(*x)),
        Obj::Values(v) => v.get(idx).copied(),
        Obj::Floats(v) => v.get(idx).map(|x| Value::Float(*x)),
        Obj::Bytes(v) => v.get(idx).map(|x| {
            if kind == ElemKind::Bool {
                Value::Bool(*x != 0)
            } else {
                Value::Int(*x as i64)
            }
        }),
        Obj::View { base, off, end } => {
            let (base, at) = (*base, idx.checked_add(*off as usize)?);
            if at >= *end as usize {
                return None;
            }
            load_cell(heap, base, at, kind)
        }
        _ => None,
    }
}

/// `load_cell` for the storage `kind` implies, without following views (the machine's fast path; `None` sends
/// it to the general one).
#[inline(always)]
pub fn load_elem_fast(heap: &Heap, h: Handle, idx: usize, kind: ElemKind) -> Option<Value> {
    let obj = heap.get(h)?;
    match kind {
        ElemKind::Int => match obj {
            Obj::Ints(v) => v.get(idx).map(|x| Value::Int(*x)),
            _ => None,
        },
        ElemKind::Bool => match obj {
            Obj::Bytes(v) => v.get(idx).map(|x| Value::Bool(*x != 0)),
            _ => None,
        },
        ElemKind::U8 => match obj {
            Obj::Bytes(v) => v.get(idx).map(|x| Value::Int(*x as i64)),
            _ => None,
        },
        ElemKind::Float => match obj {
            Obj::Floats(v) => v.get(idx).map(|x| Value::Float(*x)),
            _ => None,
        },
        ElemKind::Value | ElemKind::Agg => match obj {
            Obj::Values(v) => v.get(idx).copied(),
            _ => None,
        },
    }
}

/// `store_cell` for the storage `kind` implies, without following views; false sends it to the general path.
#[inline(always)]
pub fn store_elem_fast(heap: &mut Heap, h: Handle, idx: usize, kind: ElemKind, v: Value) -> bool {
    let Some(obj) = heap.get_cell_mut(h, idx) else {
        return false;
    };
    match (kind, obj, v) {
        (ElemKind::Int, Obj::Ints(a), Value::Int(x)) => a.get_mut(idx).map(|c| *c = x).is_some(),
        (ElemKind::Bool, Obj::Bytes(a), Value::Bool(x)) => {
            a.get_mut(idx).map(|c| *c = x as u8).is_some()
        }
        (ElemKind::U8, Obj::Bytes(a), Value::Int(x)) => {
            a.get_mut(idx).map(|c| *c = x as u8).is_some()
        }
        (ElemKind::Float, Obj::Floats(a), Value::Float(x)) => {
            a.get_mut(idx).map(|c| *c = x).is_some()
        }
        (ElemKind::Value | ElemKind::Agg, Obj::Values(a), v) => {
            a.get_mut(idx).map(|c| *c = v).is_some()
        }
        _ => false,
    }
}

/// Loads through a pointer: boxed variables and struct fields (`Values`) first, then typed elements.
#[inline(always)]
pub fn load_ptr(heap: &Heap, obj: Handle, idx: usize, kind: ElemKind) -> Option<Value> {
    if let Some(Obj::Values(vs)) = heap.get(obj) {
        if let Some(&v) = vs.get(idx) {
            return Some(v);
        }
    }
    load_elem_fast(heap, obj, idx, kind).or_else(|| load_cell(heap, obj, idx, kind))
}

/// Stores through a pointer; false if there is no such cell.
#[inline(always)]
pub fn store_ptr(heap: &mut Heap, obj: Handle, idx: usize, kind: ElemKind, v: Value) -> bool {
    if let Some(Obj::Values(vs)) = heap.get_cell_mut(obj, idx) {
        if let Some(c) = vs.get_mut(idx) {
            *c = v;
            return true;
        }
    }
    store_elem_fast(heap, obj, idx, kind, v) || store_cell(heap, obj, idx, v)
}

/// Stores into cell `idx`; false if there is no such cell.
#[inline]
pub fn store_cell(heap: &mut Heap, h: Handle, idx: usize, v: Value) -> bool {
    let base = match heap.get_cell_mut(h, idx) {
        Some(Obj::Ints(a)) => return a.get_mut(idx).map(|c| *c = v.as_int()).is_some(),
        Some(Obj::Values(a)) => return a.get_mut(idx).map(|c| *c = v).is_some(),
        Some(Obj::Floats(a)) => return a.get_mut(idx).map(|c| *c = v.as_float()).is_some(),
        Some(Obj::Bytes(a)) => return a.get_mut(idx).map(|c| *c = v.as_int() as u8).is_some(),
        Some(Obj::View { base, off, end }) => match idx.checked_add(*off as usize) {
            Some(at) if at < *end as usize => (*base, at),
            _ => return false,
        },
        _ => return false,
    };
    store_cell(heap, base.0, base.1, v)
}

/// A new array object of `n` zero elements of type `elem`.
pub fn new_array(heap: &mut Heap, types: &TypeTable, elem: u32, n: usize) -> Result<Handle, Fault> {
    let bytes = n.saturating_mul(match types.elem_kind(elem) {
        ElemKind::Bool | ElemKind::U8 => 1,
        ElemKind::Int | ElemKind::Float => 8,
        _ => 16,
    });
    if !heap.can_grow(bytes as u64) {
        return Err(Fault::OutOfMemory);
    }
    let obj = match types.elem_kind(elem) {
        ElemKind::Bool | ElemKind::U8 => Obj::Bytes(vec![0; n]),
        ElemKind::Int => Obj::Ints(vec![0; n]),
        ElemKind::Float => Obj::Floats(vec![0.0; n]),
        ElemKind::Value => Obj::Values(vec![zero_scalar(types, elem); n]),
        ElemKind::Agg => {
            let mut cells = Vec::with_capacity(n);
            for _ in 0..n {
                cells.push(zero_value(heap, types, elem)?);
            }
            Obj::Values(cells)
        }
    };
    Ok(heap.alloc(obj)?)
}

/// The zero value of a non-aggregate type.
pub fn zero_scalar(types: &TypeTable, ty: u32) -> Value {
    match types.get(ty).map(|t| &t.kind) {
        Some(RtKind::Bool) => Value::Bool(false),
        Some(RtKind::Int(_)) => Value::Int(0),
        Some(RtKind::Float32 | RtKind::Float64) => Value::Float(0.0),
        Some(RtKind::String) => Value::EMPTY_STR,
        Some(RtKind::Slice { .. }) => Value::NIL_SLICE,
        _ => Value::Nil,
    }
}

/// The zero value of any type (allocating structs and arrays).
pub fn zero_value(heap: &mut Heap, types: &TypeTable, ty: u32) -> Result<Value, Fault> {
    let Some(t) = types.get(ty) else {
        return Err(internal("zero value of unknown type"));
    };
    match &t.kind {
        RtKind::Struct { fields } => {
            let mut cells = Vec::with_capacity(fields.len());
            for f in fields {
                cells.push(zero_value(heap, types, f.ty)?);
            }
            Ok(Value::Ref(heap.alloc(Obj::Values(cells))?))
        }
        RtKind::Array { len, elem } => {
            let n = usize::try_from(*len).map_err(|_| Fault::OutOfMemory)?;
            Ok(Value::Ref(new_array(heap, types, *elem, n)?))
        }
        _ => Ok(zero_scalar(types, ty)),
    }
}

/// A deep copy of an aggregate value of type `ty` (nested structs and arrays are copied, pointers are not).
pub fn copy_agg(heap: &mut Heap, types: &TypeTable, ty: u32, v: Value) -> Result<Value, Fault> {
    let Value::Ref(h) = v else {
        return Ok(v);
    };
    let Some(t) = types.get(ty) else {
        return Err(internal("copy of unknown type"));
    };
    let obj = match (&t.kind, heap.get(h)) {
        (RtKind::Struct { fields }, Some(Obj::Values(cells))) => {
            let mut cells = cells.clone();
            for (c, f) in cells.iter_mut().zip(fields) {
                if types.get(f.ty).is_some_and(|t| t.is_aggregate()) {
                    *c = copy_agg(heap, types, f.ty, *c)?;
                }
            }
            Obj::Values(cells)
        }
        (RtKind::Array { elem, .. }, Some(_)) => {
            let elem = *elem;
            // The array may be a window on a longer one (`(*[N]T)(s)`).
            let (base, off, n) = array_window(heap, h);
            let cells = off..off.saturating_add(n);
            let copied = match heap.get(base) {
                Some(Obj::Bytes(b)) => b.get(cells).map(|c| Obj::Bytes(c.to_vec())),
                Some(Obj::Ints(b)) => b.get(cells).map(|c| Obj::Ints(c.to_vec())),
                Some(Obj::Floats(b)) => b.get(cells).map(|c| Obj::Floats(c.to_vec())),
                Some(Obj::Values(b)) => b.get(cells).map(|c| Obj::Values(c.to_vec())),
                _ => None,
            };
            match copied {
                Some(o @ (Obj::Bytes(_) | Obj::Ints(_) | Obj::Floats(_))) => o,
                Some(Obj::Values(cells)) => {
                    let mut cells = cells;
                    if types.get(elem).is_some_and(|t| t.is_aggregate()) {
                        for c in cells.iter_mut() {
                            *c = copy_agg(heap, types, elem, *c)?;
                        }
                    }
                    Obj::Values(cells)
                }
                _ => return Err(internal("copy of a non-array object")),
            }
        }
        _ => return Err(internal("copy of a non-aggregate")),
    };
    Ok(Value::Ref(heap.alloc(obj)?))
}

/// Reads every object of aggregate `v` of type `ty` (nested structs and arrays held by value), so that one not
/// loaded yet is recorded by the heap before anything writes into the aggregate.
pub fn touch_agg(heap: &Heap, types: &TypeTable, ty: u32, v: Value) {
    let Value::Ref(h) = v else {
        return;
    };
    let Some(t) = types.get(ty) else {
        return;
    };
    let nested: Vec<(u32, Value)> = match (&t.kind, heap.get(h)) {
        (RtKind::Struct { fields }, Some(Obj::Values(cells))) => fields
            .iter()
            .zip(cells)
            .filter(|(f, _)| types.get(f.ty).is_some_and(|t| t.is_aggregate()))
            .map(|(f, c)| (f.ty, *c))
            .collect(),
        (RtKind::Array { elem, .. }, Some(Obj::Values(cells)))
            if types.get(*elem).is_some_and(|t| t.is_aggregate()) =>
        {
            cells.iter().map(|c| (*elem, *c)).collect()
        }
        (RtKind::Array { .. }, Some(Obj::View { base, .. })) => {
            heap.get(*base);
            Vec::new()
        }
        _ => Vec::new(),
    };
    for (ty, c) in nested {
        touch_agg(heap, types, ty, c);
    }
}

/// Copies aggregate `src` into the existing object of `dst` in place.
pub fn assign_agg(
    heap: &mut Heap,
    types: &TypeTable,
    ty: u32,
    dst: Value,
    src: Value,
) -> Result<(), Fault> {
    let (Value::Ref(d), Value::Ref(s)) = (dst, src) else {
        return Err(nil_deref());
    };
    if d == s {
        return Ok(());
    }
    // Nothing may be written before every object of the destination is loaded (the machine runs the
    // instruction again once it is).
    if heap.has_stubs() {
        touch_agg(heap, types, ty, dst);
        if heap.touched_stub() {
            return Err(internal("unloaded object"));
        }
    }
    // Copy the source first (it may overlap the destination), then move the copy into the destination's
    // existing objects: nested structs and arrays keep their identity, so pointers to them (`&x.Inner`,
    // `&a[i]`) see the new contents, as in Go.
    let fresh = copy_agg(heap, types, ty, src)?;
    let Value::Ref(f) = fresh else {
        return Err(internal("copy"));
    };
    overwrite(heap, types, ty, d, f)
}

/// Moves the contents of the fresh (unshared) aggregate `f` into the existing aggregate `d` of type `ty`,
/// recursing into nested aggregates instead of replacing them.
fn overwrite(
    heap: &mut Heap,
    types: &TypeTable,
    ty: u32,
    d: Handle,
    f: Handle,
) -> Result<(), Fault> {
    let Some(t) = types.get(ty) else {
        return Err(internal("assign of unknown type"));
    };
    // Which cells hold nested aggregates, and of what type.
    let nested: Vec<Option<u32>> = match &t.kind {
        RtKind::Struct { fields } => fields
            .iter()
            .map(|fl| {
                types
                    .get(fl.ty)
                    .is_some_and(|t| t.is_aggregate())
                    .then_some(fl.ty)
            })
            .collect(),
        RtKind::Array { elem, .. } if types.get(*elem).is_some_and(|t| t.is_aggregate()) => {
            vec![Some(*elem); array_len(heap, d)]
        }
        RtKind::Array { .. } => Vec::new(),
        _ => return Err(internal("assign of a non-aggregate")),
    };
    if let Some(Obj::View { .. }) = heap.get(d) {
        // A window on a longer array (`(*[N]T)(s)`): overwrite its cells in the array it shares.
        let kind = match &t.kind {
            RtKind::Array { elem, .. } => types.elem_kind(*elem),
            _ => return Err(internal("assign to a view")),
        };
        for i in 0..array_len(heap, d) {
            let v = load_cell(heap, f, i, kind).ok_or_else(|| internal("assign"))?;
            match (
                nested.get(i).copied().flatten(),
                load_cell(heap, d, i, kind),
                v,
            ) {
                (Some(ety), Some(Value::Ref(dn)), Value::Ref(fv)) => {
                    overwrite(heap, types, ety, dn, fv)?
                }
                _ => {
                    if !store_cell(heap, d, i, v) {
                        return Err(internal("assign"));
                    }
                }
            }
        }
        return Ok(());
    }
    if nested.iter().any(Option::is_some) {
        let (Some(Obj::Values(dst)), Some(Obj::Values(src))) = (heap.get(d), heap.get(f)) else {
            return Err(internal("assign"));
        };
        let pairs: Vec<(Value, Value)> = dst.iter().copied().zip(src.iter().copied()).collect();
        let mut scalars = Vec::with_capacity(pairs.len());
        for (i, (dv, sv)) in pairs.into_iter().enumerate() {
            match (nested.get(i).copied().flatten(), dv, sv) {
                (Some(nty), Value::Ref(dn), Value::Ref(sn)) if dn != sn => {
                    overwrite(heap, types, nty, dn, sn)?;
                    scalars.push(dv);
                }
                _ => scalars.push(sv),
            }
        }
        match heap.get_mut(d) {
            Some(Obj::Values(dst)) => {
                for (c, v) in dst.iter_mut().zip(scalars) {
                    *c = v;
                }
            }
            _ => return Err(internal("assign")),
        }
        return Ok(());
    }
    let payload = match heap.get_mut(f) {
        Some(o) => std::mem::replace(o, Obj::Bytes(Vec::new())),
        None => return Err(internal("copy")),
    };
    match heap.get_mut(d) {
        Some(o) => *o = payload,
        None => return Err(internal("assign")),
    }
    Ok(())
}

/// `a == b` for values of type `ty`.
pub fn values_equal(
    heap: &Heap,
    types: &TypeTable,
    ty: u32,
    a: Value,
    b: Value,
) -> Result<bool, Fault> {
    let Some(t) = types.get(ty) else {
        return Err(internal("comparison of unknown type"));
    };
    match &t.kind {
        RtKind::String => Ok(heap.str_bytes(a) == heap.str_bytes(b)),
        RtKind::Float32 | RtKind::Float64 => Ok(a.as_float() == b.as_float()),
        RtKind::Complex64 | RtKind::Complex128 => {
            Ok(complex_parts(heap, a) == complex_parts(heap, b))
        }
        RtKind::Struct { fields } => {
            let (Value::Ref(x), Value::Ref(y)) = (a, b) else {
                return Ok(a == b);
            };
            let (Some(Obj::Values(xs)), Some(Obj::Values(ys))) = (heap.get(x), heap.get(y)) else {
                return Err(internal("struct comparison"));
            };
            for ((f, u), v) in fields.iter().zip(xs.iter()).zip(ys.iter()) {
                if !values_equal(heap, types, f.ty, *u, *v)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        RtKind::Array { len, elem } => {
            let (Value::Ref(x), Value::Ref(y)) = (a, b) else {
                return Ok(a == b);
            };
            for i in 0..*len as usize {
                let kind = types.elem_kind(*elem);
                let (Some(u), Some(v)) = (load_cell(heap, x, i, kind), load_cell(heap, y, i, kind))
                else {
                    return Err(internal("array comparison"));
                };
                if !values_equal(heap, types, *elem, u, v)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        RtKind::Interface => {
            let (da, va) = iface_parts(heap, a);
            let (db, vb) = iface_parts(heap, b);
            if da != db {
                return Ok(false);
            }
            let Some(dt) = da else {
                return Ok(true);
            };
            if !types.get(dt).is_some_and(|t| t.comparable) {
                return Err(Fault::Runtime(format!(
                    "runtime error: comparing uncomparable type {}",
                    types.name(dt)
                )));
            }
            values_equal(heap, types, dt, va, vb)
        }
        _ => Ok(a == b),
    }
}

/// The components of a complex value (an immutable `Floats([re, im])` object; `Nil` is zero).
pub fn complex_parts(heap: &Heap, v: Value) -> (f64, f64) {
    match v {
        Value::Ref(h) => match heap.get(h) {
            Some(Obj::Floats(f)) => (
                f.first().copied().unwrap_or(0.0),
                f.get(1).copied().unwrap_or(0.0),
            ),
            _ => (0.0, 0.0),
        },
        _ => (0.0, 0.0),
    }
}

/// The dynamic type and value of an interface value (`None` for nil).
pub fn iface_parts(heap: &Heap, v: Value) -> (Option<u32>, Value) {
    match v {
        Value::Ref(h) => match heap.get(h) {
            Some(Obj::Iface { ty, val }) => (Some(*ty), *val),
            _ => (None, Value::Nil),
        },
        _ => (None, Value::Nil),
    }
}

/// Which index a map with key type `key` uses.
pub fn key_kind(types: &TypeTable, key: u32) -> KeyKind {
    match types.get(key).map(|t| &t.kind) {
        Some(RtKind::Int(_) | RtKind::Bool) => KeyKind::Int,
        Some(RtKind::String) => KeyKind::Str,
        _ => KeyKind::Other,
    }
}

/// The lookup key for value `v` of key type `ty`.
pub fn key_ref<'h>(
    heap: &'h Heap,
    types: &TypeTable,
    ty: u32,
    v: Value,
) -> Result<KeyRef<'h>, Fault> {
    match types.get(ty).map(|t| &t.kind) {
        Some(RtKind::Int(_) | RtKind::Bool) => Ok(KeyRef::Int(v.as_int())),
        Some(RtKind::String) => Ok(KeyRef::Str(heap.str_bytes(v))),
        _ => match structural_key(heap, types, ty, v)? {
            Some(k) => Ok(KeyRef::Other(k)),
            None => Ok(KeyRef::Unequal),
        },
    }
}

/// A structural key; `None` if the value contains a NaN (equal to nothing).
fn structural_key(heap: &Heap, types: &TypeTable, ty: u32, v: Value) -> Result<Option<Key>, Fault> {
    let Some(t) = types.get(ty) else {
        return Err(internal("key of unknown type"));
    };
    Ok(Some(match &t.kind {
        RtKind::Bool => Key::Bool(v.as_bool()),
        RtKind::Int(_) => Key::Int(v.as_int()),
        RtKind::Float32 | RtKind::Float64 => {
            let f = v.as_float();
            if f.is_nan() {
                return Ok(None);
            }
            Key::Float(if f == 0.0 { 0 } else { f.to_bits() })
        }
        RtKind::String => Key::Str(heap.str_bytes(v).into()),
        RtKind::Complex64 | RtKind::Complex128 => {
            let (re, im) = complex_parts(heap, v);
            if re.is_nan() || im.is_nan() {
                return Ok(None);
            }
            let bits = |f: f64| Key::Float(if f == 0.0 { 0 } else { f.to_bits() });
            Key::Tuple(vec![bits(re), bits(im)].into())
        }
        RtKind::Struct { fields } => {
            let Value::Ref(h) = v else {
                return Err(internal("struct key"));
            };
            let Some(Obj::Values(cells)) = heap.get(h) else {
                return Err(internal("struct key"));
            };
            let mut keys = Vec::with_capacity(fields.len());
            for (f, c) in fields.iter().zip(cells.iter()) {
                match structural_key(heap, types, f.ty, *c)? {
                    Some(k) => keys.push(k),
                    None => return Ok(None),
                }
            }
            Key::Tuple(keys.into())
        }
        RtKind::Array { len, elem } => {
            let Value::Ref(h) = v else {
                return Err(internal("array key"));
            };
            let kind = types.elem_kind(*elem);
            let mut keys = Vec::new();
            for i in 0..*len as usize {
                let c = load_cell(heap, h, i, kind).ok_or_else(|| internal("array key"))?;
                match structural_key(heap, types, *elem, c)? {
                    Some(k) => keys.push(k),
                    None => return Ok(None),
                }
            }
            Key::Tuple(keys.into())
        }
        RtKind::Interface => {
            let (dt, val) = iface_parts(heap, v);
            let Some(dt) = dt else {
                return Ok(Some(Key::Nil));
            };
            if !types.get(dt).is_some_and(|t| t.comparable) {
                return Err(Fault::Runtime(format!(
                    "runtime error: hash of unhashable type {}",
                    types.name(dt)
                )));
            }
            match structural_key(heap, types, dt, val)? {
                Some(k) => Key::Typed(dt, Box::new(k)),
                None => return Ok(None),
            }
        }
        _ => match v {
            Value::Nil => Key::Nil,
            Value::Ref(h) => Key::Object(h),
            Value::Ptr { obj, idx } => Key::Cell(obj, idx),
            Value::Func(f) => Key::Int(f as i64),
            _ => Key::Nil,
        },
    }))
}

/// Go's message for a failed slice expression `[lo:hi:max]` on something of length/capacity `cap`.
/// `what` is "capacity" for slices and arrays, "length" for strings.
pub fn slice_bounds_error(
    lo: i64,
    hi: Option<i64>,
    max: Option<i64>,
    three: bool,
    cap: usize,
    what: &str,
) -> Fault {
    let cap = cap as i64;
    let msg = if three {
        let m = max.unwrap_or(cap);
        let h = hi.unwrap_or(0);
        if m < 0 || m > cap {
            format!("slice bounds out of range [::{m}] with {what} {cap}")
        } else if h < 0 || h > m {
            format!("slice bounds out of range [:{h}:{m}]")
        } else {
            format!("slice bounds out of range [{lo}:{h}:]")
        }
    } else {
        let h = hi.unwrap_or(cap);
        if h < 0 || h > cap {
            format!("slice bounds out of range [:{h}] with {what} {cap}")
        } else if lo < 0 {
            format!("slice bounds out of range [{lo}:]")
        } else {
            format!("slice bounds out of range [{lo}:{h}]")
        }
    };
    Fault::Runtime(format!("runtime error: {msg}"))
}

/// The size in bytes Go gives a value of type `ty` (for capacity growth, which follows Go's allocator).
pub fn go_size(types: &TypeTable, ty: u32) -> (u64, u64) {
    use crate::value::IntKind::*;
    // (size, alignment)
    match types.get(ty).map(|t| &t.kind) {
        Some(RtKind::Bool) => (1, 1),
        Some(RtKind::Int(k)) => match k {
            I8 | U8 => (1, 1),
            I16 | U16 => (2, 2),
            I32 | U32 => (4, 4),
            I64 | U64 => (8, 8),
        },
        Some(RtKind::Float32) => (4, 4),
        Some(RtKind::Complex64) => (8, 4),
        Some(RtKind::Complex128) => (16, 8),
        Some(RtKind::String | RtKind::Interface) => (16, 8),
        Some(RtKind::Slice { .. }) => (24, 8),
        Some(RtKind::Array { len, elem }) => {
            let (s, a) = go_size(types, *elem);
            (s.saturating_mul(*len), a)
        }
        Some(RtKind::Struct { fields }) => {
            let (mut size, mut align) = (0u64, 1u64);
            for f in fields {
                let (s, a) = go_size(types, f.ty);
                size = size.div_ceil(a) * a + s;
                align = align.max(a);
            }
            (size.div_ceil(align) * align, align)
        }
        _ => (8, 8),
    }
}

/// Go's malloc size classes (bytes), used to round capacities the way Go's `append` does.
const SIZE_CLASSES: [u32; 67] = [
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
    384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
    2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

fn round_up_size(bytes: u64) -> u64 {
    if bytes <= 32768 {
        let i = SIZE_CLASSES.partition_point(|&c| (c as u64) < bytes);
        SIZE_CLASSES.get(i).map_or(bytes, |&c| c as u64)
    } else {
        bytes.div_ceil(8192).saturating_mul(8192)
    }
}

/// The capacity `append` gives when growing from `old_cap` to hold `new_len` elements of `elem_size` bytes.
pub fn grow_cap(old_cap: u64, new_len: u64, elem_size: u64) -> u64 {
    let double = old_cap * 2;
    let cap = if new_len > double {
        new_len
    } else if old_cap < 256 {
        double
    } else {
        let mut c = old_cap;
        while c < new_len {
            c += (c + 3 * 256) >> 2;
        }
        c
    };
    if elem_size == 0 {
        return cap;
    }
    round_up_size(cap.saturating_mul(elem_size)) / elem_size
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offset_view_shares_cells_of_its_base_and_stays_in_its_window() {
        let mut heap = Heap::new(1 << 20);
        let base = heap.alloc(Obj::Ints(vec![0, 1, 2, 3, 4, 5])).unwrap_or(0);
        let view = heap
            .alloc(Obj::View {
                base,
                off: 2,
                end: 5,
            })
            .unwrap_or(0);
        assert_eq!(array_window(&heap, view), (base, 2, 3));
        assert_eq!(array_len(&heap, view), 3);
        assert_eq!(
            load_cell(&heap, view, 0, ElemKind::Int),
            Some(Value::Int(2))
        );
        assert_eq!(load_cell(&heap, view, 3, ElemKind::Int), None);
        assert!(store_cell(&mut heap, view, 1, Value::Int(30)));
        assert!(!store_cell(&mut heap, view, 3, Value::Int(99)));
        assert_eq!(
            load_cell(&heap, base, 3, ElemKind::Int),
            Some(Value::Int(30))
        );
        assert_eq!(
            load_cell(&heap, base, 5, ElemKind::Int),
            Some(Value::Int(5))
        );
        // Slicing the window: absolute offsets into a capacity-limited view of the base.
        let (arr, off, n) = slice_array(&mut heap, view).unwrap_or((0, 0, 0));
        assert_eq!((off, n), (2, 3));
        assert_eq!(slice_cap(&heap, arr, off), 3);
        assert_eq!(load_cell(&heap, arr, 4, ElemKind::Int), Some(Value::Int(4)));
    }
}
