//! Natives of encoding/binary's Read, Write, Size, Encode, Decode and Append: walk a fixed-size value by its
//! runtime type (bools, sized integers, floats, complex numbers, and arrays and structs of them) to measure,
//! encode or decode it (see go/NATIVES.md; the Go side is `go/encoding/binary/reflect.go`).

use amber_vm::heap::{Heap, Obj};
use amber_vm::ops;
use amber_vm::types::{ElemKind, RtKind, TypeTable};
use amber_vm::value::{Handle, IntKind, Value, NIL_ARRAY};
use amber_vm::{NativeCtx, NativeError};

use super::heap_util::{alloc_int_slice, iface_parts};

/// Types nested deeper than this are refused rather than walked on the host stack.
const MAX_DEPTH: usize = 200;

/// The encoded size of a value of type `ty`, or `None` if it is not fixed-size.
fn type_size(types: &TypeTable, ty: u32, depth: usize) -> Option<u64> {
    if depth > MAX_DEPTH {
        return None;
    }
    let t = types.get(ty)?;
    match &t.kind {
        RtKind::Bool => Some(1),
        // int, uint and uintptr have no fixed size. Runtime types do not record that a named type's
        // underlying type is one of them (`type T int` looks like int64), so only the unnamed ones are caught.
        RtKind::Int(_) if matches!(t.name.as_str(), "int" | "uint" | "uintptr") => None,
        RtKind::Int(k) => Some(int_size(*k)),
        RtKind::Float32 => Some(4),
        RtKind::Float64 | RtKind::Complex64 => Some(8),
        RtKind::Complex128 => Some(16),
        RtKind::Array { len, elem } => type_size(types, *elem, depth + 1)?.checked_mul(*len),
        RtKind::Struct { fields } => fields.iter().try_fold(0u64, |sum, f| {
            sum.checked_add(type_size(types, f.ty, depth + 1)?)
        }),
        _ => None,
    }
}

fn int_size(k: IntKind) -> u64 {
    match k {
        IntKind::I8 | IntKind::U8 => 1,
        IntKind::I16 | IntKind::U16 => 2,
        IntKind::I32 | IntKind::U32 => 4,
        IntKind::I64 | IntKind::U64 => 8,
    }
}

/// What a data operand designates once Go's rules for it are applied.
#[derive(Clone, Copy)]
enum Target {
    /// A variable of type `ty` at cell `idx` of object `obj` (a scalar behind a pointer).
    Cell { ty: u32, obj: Handle, idx: u32 },
    /// A value of type `ty` (a scalar held directly, or an aggregate's object).
    Value { ty: u32, val: Value },
    /// Elements `off..off+len` of the array object `arr`, of type `elem`.
    Slice {
        elem: u32,
        arr: Handle,
        off: u32,
        len: u32,
    },
}

/// The target of `data` for Write, Size, Encode and Append (`indirect`: a pointer is followed once) or for
/// Read and Decode (a pointer is followed, a slice is taken as is, anything else is invalid). `None` when
/// the operand has no fixed size (or is a nil pointer).
fn target(heap: &Heap, types: &TypeTable, data: Value, indirect: bool) -> Option<Target> {
    let (ty, val) = iface_parts(heap, data);
    let ty = ty?;
    match &types.get(ty)?.kind {
        RtKind::Pointer { elem } => {
            let elem = *elem;
            match val {
                Value::Ptr { obj, idx } => Some(Target::Cell { ty: elem, obj, idx }),
                Value::Ref(_) if types.get(elem).is_some_and(|t| t.is_aggregate()) => {
                    Some(Target::Value { ty: elem, val })
                }
                _ => None,
            }
        }
        RtKind::Slice { elem } => match val {
            Value::Slice { arr, off, len } => Some(Target::Slice {
                elem: *elem,
                arr,
                off,
                len,
            }),
            _ => None,
        },
        _ if indirect => Some(Target::Value { ty, val }),
        _ => None,
    }
}

/// The encoded size of a target, or `None` if it is not fixed-size.
fn target_size(types: &TypeTable, t: Target) -> Option<u64> {
    match t {
        Target::Cell { ty, .. } | Target::Value { ty, .. } => type_size(types, ty, 0),
        Target::Slice { elem, len, .. } => type_size(types, elem, 0)?.checked_mul(u64::from(len)),
    }
}

/// `binary.dataSize(data any, read bool) int`.
pub fn data_size(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(4)?;
    let [data, read, ..] = *slots else {
        return Ok(());
    };
    let read = read == Value::Bool(true);
    let size = target(ctx.heap, ctx.types, data, !read)
        .and_then(|t| target_size(ctx.types, t))
        .and_then(|s| i64::try_from(s).ok())
        .unwrap_or(-1);
    if let Some(s) = slots.first_mut() {
        *s = Value::Int(size);
    }
    Ok(())
}

/// Writes or reads values in one byte order, keeping the sizes of the items it passes (for orders other
/// than the standard ones, which the Go side applies item by item).
struct Codec<'a> {
    little: bool,
    bytes: &'a mut Vec<u8>,
    pos: usize,
    /// Each item's size, negative for skipped (blank) bytes, when asked for.
    items: Option<Vec<i64>>,
}

impl Codec<'_> {
    fn item(&mut self, size: i64) {
        if let Some(items) = &mut self.items {
            items.push(size);
        }
    }

    fn put(&mut self, x: u64, n: u64) {
        let n = n as usize;
        let le = x.to_le_bytes();
        let mut b = [0u8; 8];
        for i in 0..n.min(8) {
            let j = if self.little { i } else { n - 1 - i };
            if let (Some(d), Some(s)) = (b.get_mut(j), le.get(i)) {
                *d = *s;
            }
        }
        self.bytes.extend_from_slice(b.get(..n).unwrap_or(&[]));
        self.item(n as i64);
    }

    fn get(&mut self, n: u64) -> u64 {
        let n = n as usize;
        let mut x = 0u64;
        for i in 0..n.min(8) {
            let j = if self.little { i } else { n - 1 - i };
            let byte = self.bytes.get(self.pos + j).copied().unwrap_or(0);
            x |= u64::from(byte) << (8 * i);
        }
        self.pos += n;
        self.item(n as i64);
        x
    }

    fn skip(&mut self, n: u64, writing: bool) {
        if writing {
            self.bytes.resize(self.bytes.len() + n as usize, 0);
        } else {
            self.pos += n as usize;
        }
        self.item(-(n as i64));
    }

    /// Appends the encoding of `v`, a value of type `ty`.
    fn encode(
        &mut self,
        heap: &Heap,
        types: &TypeTable,
        ty: u32,
        v: Value,
        depth: usize,
    ) -> Result<(), NativeError> {
        if depth > MAX_DEPTH {
            return Err(too_deep());
        }
        let Some(t) = types.get(ty) else {
            return Err(internal());
        };
        match &t.kind {
            RtKind::Bool => self.put(u64::from(v == Value::Bool(true)), 1),
            RtKind::Int(k) => self.put(v.as_int() as u64, int_size(*k)),
            RtKind::Float32 => self.put(u64::from((v.as_float() as f32).to_bits()), 4),
            RtKind::Float64 => self.put(v.as_float().to_bits(), 8),
            RtKind::Complex64 => {
                let (re, im) = ops::complex_parts(heap, v);
                self.put(u64::from((re as f32).to_bits()), 4);
                self.put(u64::from((im as f32).to_bits()), 4);
            }
            RtKind::Complex128 => {
                let (re, im) = ops::complex_parts(heap, v);
                self.put(re.to_bits(), 8);
                self.put(im.to_bits(), 8);
            }
            RtKind::Array { len, elem } => {
                let Value::Ref(h) = v else {
                    return Err(internal());
                };
                self.encode_elems(heap, types, *elem, h, 0, *len, depth)?;
            }
            RtKind::Struct { fields } => {
                let Value::Ref(h) = v else {
                    return Err(internal());
                };
                for (i, f) in fields.iter().enumerate() {
                    if f.name == "_" {
                        let n = type_size(types, f.ty, depth + 1).ok_or_else(internal)?;
                        self.skip(n, true);
                        continue;
                    }
                    let cell = ops::load_cell(heap, h, i, ElemKind::Value).ok_or_else(internal)?;
                    self.encode(heap, types, f.ty, cell, depth + 1)?;
                }
            }
            _ => return Err(internal()),
        }
        Ok(())
    }

    /// Appends the encodings of elements `off..off+len` of array object `h`.
    #[allow(clippy::too_many_arguments)]
    fn encode_elems(
        &mut self,
        heap: &Heap,
        types: &TypeTable,
        elem: u32,
        h: Handle,
        off: u64,
        len: u64,
        depth: usize,
    ) -> Result<(), NativeError> {
        let kind = types.elem_kind(elem);
        for i in off..off.saturating_add(len) {
            let cell = ops::load_cell(heap, h, i as usize, kind).ok_or_else(internal)?;
            self.encode(heap, types, elem, cell, depth + 1)?;
        }
        Ok(())
    }

    /// Decodes a value of type `ty` into cell `idx` of object `obj`.
    fn decode_cell(
        &mut self,
        heap: &mut Heap,
        types: &TypeTable,
        ty: u32,
        obj: Handle,
        idx: usize,
        depth: usize,
    ) -> Result<(), NativeError> {
        if depth > MAX_DEPTH {
            return Err(too_deep());
        }
        let Some(t) = types.get(ty) else {
            return Err(internal());
        };
        let v = match &t.kind {
            RtKind::Bool => Value::Bool(self.get(1) != 0),
            RtKind::Int(k) => Value::Int(k.wrap(self.get(int_size(*k)) as i64)),
            RtKind::Float32 => Value::Float(f64::from(f32::from_bits(self.get(4) as u32))),
            RtKind::Float64 => Value::Float(f64::from_bits(self.get(8))),
            RtKind::Complex64 | RtKind::Complex128 => {
                let (re, im) = if matches!(t.kind, RtKind::Complex64) {
                    let re = f64::from(f32::from_bits(self.get(4) as u32));
                    (re, f64::from(f32::from_bits(self.get(4) as u32)))
                } else {
                    let re = f64::from_bits(self.get(8));
                    (re, f64::from_bits(self.get(8)))
                };
                Value::Ref(heap.alloc(Obj::Floats(vec![re, im]))?)
            }
            RtKind::Array { .. } | RtKind::Struct { .. } => {
                // The cell holds the aggregate's own object: decode into it in place.
                let kind = types.elem_kind(ty);
                let agg = ops::load_cell(heap, obj, idx, kind).ok_or_else(internal)?;
                return self.decode_agg(heap, types, ty, agg, depth);
            }
            _ => return Err(internal()),
        };
        if ops::store_cell(heap, obj, idx, v) {
            Ok(())
        } else {
            Err(internal())
        }
    }

    /// Decodes into the object of aggregate value `v` of type `ty`.
    fn decode_agg(
        &mut self,
        heap: &mut Heap,
        types: &TypeTable,
        ty: u32,
        v: Value,
        depth: usize,
    ) -> Result<(), NativeError> {
        let Value::Ref(h) = v else {
            return Err(internal());
        };
        match &types.get(ty).ok_or_else(internal)?.kind {
            RtKind::Array { len, elem } => {
                for i in 0..*len {
                    self.decode_cell(heap, types, *elem, h, i as usize, depth + 1)?;
                }
            }
            RtKind::Struct { fields } => {
                for (i, f) in fields.iter().enumerate() {
                    if f.name == "_" {
                        let n = type_size(types, f.ty, depth + 1).ok_or_else(internal)?;
                        self.skip(n, false);
                        continue;
                    }
                    self.decode_cell(heap, types, f.ty, h, i, depth + 1)?;
                }
            }
            _ => return Err(internal()),
        }
        Ok(())
    }
}

fn internal() -> NativeError {
    NativeError::Panic("encoding/binary: internal error: value does not match its type".into())
}

fn too_deep() -> NativeError {
    NativeError::Panic("encoding/binary: type nested too deeply".into())
}

/// Encodes `data` (Write's rules) in the byte order given by `little`, returning the bytes and, when asked,
/// the item sizes.
fn encode_data(
    ctx: &mut NativeCtx,
    data: Value,
    little: bool,
    want_items: bool,
) -> Result<(Vec<u8>, Vec<i64>), NativeError> {
    let t = target(ctx.heap, ctx.types, data, true).ok_or_else(internal)?;
    let size = target_size(ctx.types, t).ok_or_else(internal)?;
    ctx.charge_bytes(usize::try_from(size).unwrap_or(usize::MAX))?;
    ctx.charge(size.saturating_mul(2))?;
    let mut bytes = Vec::new();
    let mut codec = Codec {
        little,
        bytes: &mut bytes,
        pos: 0,
        items: want_items.then(Vec::new),
    };
    let (heap, types) = (&*ctx.heap, ctx.types);
    match t {
        Target::Cell { ty, obj, idx } => {
            let kind = types.elem_kind(ty);
            let v = ops::load_cell(heap, obj, idx as usize, kind).ok_or_else(internal)?;
            codec.encode(heap, types, ty, v, 0)?;
        }
        Target::Value { ty, val } => codec.encode(heap, types, ty, val, 0)?,
        Target::Slice {
            elem,
            arr,
            off,
            len,
        } => {
            if arr != NIL_ARRAY {
                let (base, _) = ops::resolve_view(heap, arr);
                codec.encode_elems(heap, types, elem, base, off.into(), len.into(), 0)?;
            }
        }
    }
    let items = codec.items.take().unwrap_or_default();
    Ok((bytes, items))
}

/// `binary.encodeValue(dst []byte, little bool, data any)`: dst holds at least the encoded size.
pub fn encode_value(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(4)?;
    let [dst, little, data, ..] = *slots else {
        return Ok(());
    };
    let (bytes, _) = encode_data(ctx, data, little == Value::Bool(true), false)?;
    copy_into(ctx, dst, &bytes)
}

/// Copies `bytes` to the start of the `[]byte` slice `dst`.
fn copy_into(ctx: &mut NativeCtx, dst: Value, bytes: &[u8]) -> Result<(), NativeError> {
    let Value::Slice { arr, off, len } = dst else {
        return Err(internal());
    };
    if (len as usize) < bytes.len() {
        return Err(internal());
    }
    let (base, _) = ops::resolve_view(ctx.heap, arr);
    match ctx.heap.get_mut(base) {
        Some(Obj::Bytes(b)) => {
            let start = off as usize;
            let dst = b.get_mut(start..start + bytes.len()).ok_or_else(internal)?;
            dst.copy_from_slice(bytes);
            Ok(())
        }
        _ if bytes.is_empty() => Ok(()),
        _ => Err(internal()),
    }
}

/// `binary.decodeValue(src []byte, little bool, data any)`: src holds at least the encoded size of data
/// (Read's rules), which is decoded into the variables data designates.
pub fn decode_value(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(4)?;
    let [src, little, data, ..] = *slots else {
        return Ok(());
    };
    let t = target(ctx.heap, ctx.types, data, false).ok_or_else(internal)?;
    let size = target_size(ctx.types, t).ok_or_else(internal)?;
    ctx.charge_bytes(usize::try_from(size).unwrap_or(usize::MAX))?;
    ctx.charge(size.saturating_mul(2))?;
    let mut bytes = ctx.byte_slice(src).to_vec();
    let mut codec = Codec {
        little: little == Value::Bool(true),
        bytes: &mut bytes,
        pos: 0,
        items: None,
    };
    let types = ctx.types;
    match t {
        Target::Cell { ty, obj, idx } => {
            codec.decode_cell(ctx.heap, types, ty, obj, idx as usize, 0)?;
        }
        Target::Value { ty, val } => codec.decode_agg(ctx.heap, types, ty, val, 0)?,
        Target::Slice {
            elem,
            arr,
            off,
            len,
        } => {
            if arr != NIL_ARRAY {
                let (base, _) = ops::resolve_view(ctx.heap, arr);
                for i in 0..len {
                    let idx = (off as usize).saturating_add(i as usize);
                    codec.decode_cell(ctx.heap, types, elem, base, idx, 0)?;
                }
            }
        }
    }
    Ok(())
}

/// `binary.itemSizes(data any) []int`: the size of each integer or float item of data's encoding in order
/// (a complex number is two items), negative for the bytes of blank fields. Read's operands (pointers and
/// slices) are walked the same way as Write's.
pub fn item_sizes(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    ctx.charge(4)?;
    let Some(&data) = slots.first() else {
        return Ok(());
    };
    let items = encode_data(ctx, data, true, true)?.1;
    let v = alloc_int_slice(ctx, items)?;
    if let Some(s) = slots.first_mut() {
        *s = v;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use amber_vm::types::{RtField, RtType};

    fn field(name: &str, ty: u32) -> RtField {
        RtField {
            name: name.into(),
            ty,
            embedded: false,
        }
    }

    #[test]
    fn sizes_follow_go_fixed_size_rules() {
        let mut types = TypeTable::new();
        let u16t = types.add(RtType::new("uint16", RtKind::Int(IntKind::U16)));
        let int = types.add(RtType::new("int", RtKind::Int(IntKind::I64)));
        let i64t = types.add(RtType::new("int64", RtKind::Int(IntKind::I64)));
        let c64 = types.add(RtType::new("complex64", RtKind::Complex64));
        let arr = types.add(RtType::new(
            "[3]uint16",
            RtKind::Array { len: 3, elem: u16t },
        ));
        let s = types.add(RtType::new(
            "main.S",
            RtKind::Struct {
                fields: vec![field("A", arr), field("_", i64t), field("C", c64)],
            },
        ));
        let bad = types.add(RtType::new(
            "main.B",
            RtKind::Struct {
                fields: vec![field("A", u16t), field("N", int)],
            },
        ));
        assert_eq!(type_size(&types, arr, 0), Some(6));
        assert_eq!(type_size(&types, s, 0), Some(22));
        assert_eq!(type_size(&types, int, 0), None);
        assert_eq!(type_size(&types, bad, 0), None);
    }

    #[test]
    fn codec_writes_both_orders_and_reads_back() {
        let mut bytes = Vec::new();
        let mut c = Codec {
            little: false,
            bytes: &mut bytes,
            pos: 0,
            items: Some(Vec::new()),
        };
        c.put(0x0102_0304, 4);
        c.skip(2, true);
        c.put(0xABCD, 2);
        assert_eq!(c.items.take(), Some(vec![4, -2, 2]));
        assert_eq!(bytes, [1, 2, 3, 4, 0, 0, 0xAB, 0xCD]);
        let mut c = Codec {
            little: true,
            bytes: &mut bytes,
            pos: 0,
            items: None,
        };
        assert_eq!(c.get(4), 0x0403_0201);
        c.skip(2, false);
        assert_eq!(c.get(2), 0xCDAB);
    }
}
