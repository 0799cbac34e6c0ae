//! The machine's value: a 16-byte `Copy` enum; heap objects are referred to by `u32` handles.
//!
//! Static types decide which variant a slot holds, so instructions match on the one variant they expect.
//! Representation by Go type:
//! - bool: `Bool`; every integer type: `Int` (wrapped to its width; unsigned 64-bit as the same bits);
//!   float32/float64: `Float` (float32 values rounded to f32 precision); string: `Str`.
//! - slice: `Slice` (a nil slice has `arr == NIL_ARRAY`); map, chan, func with captures, interface:
//!   `Ref` to the heap object, or `Nil`; a top-level func value: `Func`.
//! - struct and array values: `Ref` to an object that the variable (field, element) owns exclusively;
//!   assignment copies into it, so a pointer to a struct or array is the same `Ref`.
//! - pointer to anything else: `Ptr { obj, idx }`, a cell of an object (a boxed variable is a 1-cell object).

/// A handle to a heap object.
pub type Handle = u32;

/// The handle of the permanent empty array used by nil slices and empty strings.
pub const NIL_ARRAY: Handle = 0;

#[derive(Clone, Copy, Debug, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub enum Value {
    #[default]
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// A string: bytes `off..off+len` of the byte object `h`.
    Str {
        h: Handle,
        off: u32,
        len: u32,
    },
    /// A slice: elements `off..off+len` of the array `arr` (or of the array a `View` object restricts).
    Slice {
        arr: Handle,
        off: u32,
        len: u32,
    },
    Ref(Handle),
    /// A pointer to cell `idx` of object `obj` (an element, a field, or a boxed variable's single cell).
    Ptr {
        obj: Handle,
        idx: u32,
    },
    /// A top-level function (index into the image's functions) without captures.
    Func(u32),
}

impl Value {
    pub const EMPTY_STR: Value = Value::Str {
        h: NIL_ARRAY,
        off: 0,
        len: 0,
    };
    pub const NIL_SLICE: Value = Value::Slice {
        arr: NIL_ARRAY,
        off: 0,
        len: 0,
    };

    pub fn as_int(self) -> i64 {
        match self {
            Value::Int(i) => i,
            Value::Bool(b) => b as i64,
            _ => 0,
        }
    }
    pub fn as_float(self) -> f64 {
        match self {
            Value::Float(f) => f,
            _ => 0.0,
        }
    }
    pub fn as_bool(self) -> bool {
        matches!(self, Value::Bool(true))
    }
    /// The heap object this value keeps alive, if any (used by the GC).
    pub fn handle(self) -> Option<Handle> {
        match self {
            Value::Str { h, .. } => Some(h),
            Value::Slice { arr, .. } => Some(arr),
            Value::Ref(h) => Some(h),
            Value::Ptr { obj, .. } => Some(obj),
            _ => None,
        }
    }
}

/// The width and signedness of an integer type, used to wrap results of narrow arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum IntKind {
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl IntKind {
    /// Wraps a 64-bit result to this width (sign- or zero-extending back to 64 bits).
    #[inline]
    pub fn wrap(self, v: i64) -> i64 {
        match self {
            IntKind::I8 => v as i8 as i64,
            IntKind::I16 => v as i16 as i64,
            IntKind::I32 => v as i32 as i64,
            IntKind::I64 | IntKind::U64 => v,
            IntKind::U8 => v as u8 as i64,
            IntKind::U16 => v as u16 as i64,
            IntKind::U32 => v as u32 as i64,
        }
    }
    pub fn is_unsigned(self) -> bool {
        matches!(
            self,
            IntKind::U8 | IntKind::U16 | IntKind::U32 | IntKind::U64
        )
    }
    pub fn bits(self) -> u32 {
        match self {
            IntKind::I8 | IntKind::U8 => 8,
            IntKind::I16 | IntKind::U16 => 16,
            IntKind::I32 | IntKind::U32 => 32,
            IntKind::I64 | IntKind::U64 => 64,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_is_16_bytes() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
    }

    #[test]
    fn wrapping_to_width() {
        assert_eq!(IntKind::I8.wrap(200), -56);
        assert_eq!(IntKind::U8.wrap(-1), 255);
        assert_eq!(IntKind::U32.wrap(1 << 32), 0);
        assert_eq!(IntKind::I32.wrap(0x8000_0000), -2147483648);
    }
}
