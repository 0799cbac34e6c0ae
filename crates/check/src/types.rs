//! Go types, interned in a [`Types`] table so that type identity is [`TypeId`] equality.
//!
//! Structural types (pointers, slices, arrays, maps, channels, structs, signatures, interfaces, tuples) are
//! hash-consed: building `[]int` twice gives the same id. Each defined (named) type gets its own id. The basic
//! types occupy the first ids in [`BasicKind`] order, so `TypeId::INT` etc. are constants.

use std::hash::{Hash, Hasher};

use crate::objects::{ObjId, PackageId};

/// A type in a [`Types`] table. Two types are identical (in the sense of the Go specification) iff their ids
/// are equal.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct TypeId(pub u32);

/// The predeclared basic types and the kinds of untyped constants.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum BasicKind {
    /// The type of erroneous expressions; never seen by a compiler when checking succeeded.
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

/// All basic kinds, in id order.
pub const BASIC_KINDS: [BasicKind; 26] = [
    BasicKind::Invalid,
    BasicKind::Bool,
    BasicKind::Int,
    BasicKind::Int8,
    BasicKind::Int16,
    BasicKind::Int32,
    BasicKind::Int64,
    BasicKind::Uint,
    BasicKind::Uint8,
    BasicKind::Uint16,
    BasicKind::Uint32,
    BasicKind::Uint64,
    BasicKind::Uintptr,
    BasicKind::Float32,
    BasicKind::Float64,
    BasicKind::Complex64,
    BasicKind::Complex128,
    BasicKind::String,
    BasicKind::UnsafePointer,
    BasicKind::UntypedBool,
    BasicKind::UntypedInt,
    BasicKind::UntypedRune,
    BasicKind::UntypedFloat,
    BasicKind::UntypedComplex,
    BasicKind::UntypedString,
    BasicKind::UntypedNil,
];

impl BasicKind {
    /// The name Go prints (`untyped int` for untyped kinds).
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
        }
    }
    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | UntypedNil
        )
    }
    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(self, Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr)
    }
    pub fn is_float(self) -> bool {
        matches!(
            self,
            BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
        )
    }
    pub fn is_complex(self) -> bool {
        matches!(
            self,
            BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex
        )
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }
    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }
    /// Ordered types support `<`: integers, floats, strings.
    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }
    /// Constant types: booleans, numbers, strings.
    pub fn is_const_type(self) -> bool {
        self.is_numeric() || self.is_string() || self.is_boolean()
    }
    /// Size in bytes of a typed basic value on Amber's 64-bit model (`int`, `uint`, `uintptr` are 64-bit);
    /// 0 for untyped kinds and strings.
    pub fn size(self) -> u32 {
        use BasicKind::*;
        match self {
            Bool | Int8 | Uint8 => 1,
            Int16 | Uint16 => 2,
            Int32 | Uint32 | Float32 => 4,
            Int | Int64 | Uint | Uint64 | Uintptr | Float64 | Complex64 | UnsafePointer => 8,
            Complex128 => 16,
            _ => 0,
        }
    }
    /// Bit width of a typed integer kind (0 for other kinds).
    pub fn int_bits(self) -> u32 {
        if self.is_integer() && !self.is_untyped() {
            self.size() * 8
        } else {
            0
        }
    }
    /// The default type of an untyped kind (`untyped int` -> `int`...); other kinds map to themselves.
    pub fn default_kind(self) -> BasicKind {
        use BasicKind::*;
        match self {
            UntypedBool => Bool,
            UntypedInt => Int,
            UntypedRune => Int32,
            UntypedFloat => Float64,
            UntypedComplex => Complex128,
            UntypedString => String,
            k => k,
        }
    }
}

impl TypeId {
    pub const INVALID: TypeId = TypeId(0);
    pub const BOOL: TypeId = TypeId(1);
    pub const INT: TypeId = TypeId(2);
    pub const INT8: TypeId = TypeId(3);
    pub const INT16: TypeId = TypeId(4);
    pub const INT32: TypeId = TypeId(5);
    pub const INT64: TypeId = TypeId(6);
    pub const UINT: TypeId = TypeId(7);
    pub const UINT8: TypeId = TypeId(8);
    pub const UINT16: TypeId = TypeId(9);
    pub const UINT32: TypeId = TypeId(10);
    pub const UINT64: TypeId = TypeId(11);
    pub const UINTPTR: TypeId = TypeId(12);
    pub const FLOAT32: TypeId = TypeId(13);
    pub const FLOAT64: TypeId = TypeId(14);
    pub const COMPLEX64: TypeId = TypeId(15);
    pub const COMPLEX128: TypeId = TypeId(16);
    pub const STRING: TypeId = TypeId(17);
    pub const UNSAFE_POINTER: TypeId = TypeId(18);
    pub const UNTYPED_BOOL: TypeId = TypeId(19);
    pub const UNTYPED_INT: TypeId = TypeId(20);
    pub const UNTYPED_RUNE: TypeId = TypeId(21);
    pub const UNTYPED_FLOAT: TypeId = TypeId(22);
    pub const UNTYPED_COMPLEX: TypeId = TypeId(23);
    pub const UNTYPED_STRING: TypeId = TypeId(24);
    pub const UNTYPED_NIL: TypeId = TypeId(25);
    /// `byte` is an alias of `uint8`.
    pub const BYTE: TypeId = TypeId::UINT8;
    /// `rune` is an alias of `int32`.
    pub const RUNE: TypeId = TypeId::INT32;
    /// The empty interface `interface{}` (= `any`), interned right after the basic types.
    pub const EMPTY_INTERFACE: TypeId = TypeId(26);
    /// The predeclared `error` type (a named interface with `Error() string`).
    pub const ERROR: TypeId = TypeId(27);

    /// The id of a basic type.
    pub const fn basic(kind: BasicKind) -> TypeId {
        TypeId(kind as u32)
    }
}

/// Channel direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

/// A struct field. `pkg` is set for unexported names (it is part of the field's identity).
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Field {
    /// The field name; for an embedded field, the type name (`T` for `T` and `*T`, `T` for `pkg.T`).
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    /// The tag, unquoted, if any.
    pub tag: Option<String>,
    /// The declaring package for unexported names, `None` for exported names.
    pub pkg: Option<PackageId>,
    /// The field's object (`ObjKind::Var` with `VarKind::Field`). Not part of type identity: for identical
    /// struct types written twice, this is the object of the first one seen.
    pub obj: ObjId,
}

impl PartialEq for Field {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
            && self.ty == other.ty
            && self.embedded == other.embedded
            && self.tag == other.tag
            && self.pkg == other.pkg
    }
}
impl Eq for Field {}
impl Hash for Field {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.name.hash(state);
        self.ty.hash(state);
        self.embedded.hash(state);
        self.tag.hash(state);
        self.pkg.hash(state);
    }
}

/// A method of an interface type.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct IfaceMethod {
    pub name: String,
    /// The declaring package for unexported names (part of identity), `None` for exported names.
    pub pkg: Option<PackageId>,
    /// The method's signature (without receiver).
    pub sig: TypeId,
    /// The abstract method's object (an `ObjKind::Func` with no body). Not part of type identity: for
    /// identical interfaces written twice, this is the object of the first one seen.
    pub func: ObjId,
}

impl PartialEq for IfaceMethod {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name && self.pkg == other.pkg && self.sig == other.sig
    }
}
impl Eq for IfaceMethod {}
impl Hash for IfaceMethod {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.name.hash(state);
        self.pkg.hash(state);
        self.sig.hash(state);
    }
}

/// An interface type: its complete method set (embedded interfaces flattened in), sorted by name.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Interface {
    /// All methods, own and embedded, sorted by name (unexported names of other packages sort by name too).
    pub methods: Vec<IfaceMethod>,
    /// Names of the methods declared explicitly, in source order (only used for printing).
    pub explicit: Vec<String>,
    /// The embedded types as written (only used for printing; not part of identity).
    pub embeddeds: Vec<TypeId>,
}

impl PartialEq for Interface {
    fn eq(&self, other: &Self) -> bool {
        self.methods == other.methods
    }
}
impl Eq for Interface {}
impl Hash for Interface {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.methods.hash(state);
    }
}

/// A function signature (without receiver; see `FuncObj::recv`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// For a variadic function the last parameter has slice type `[]T` (written `...T`).
    pub variadic: bool,
}

/// A defined type: `type T U`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Named {
    /// The `TypeName` object.
    pub obj: ObjId,
    /// The underlying type (never itself a `Named`); `TypeId::INVALID` while being resolved or if invalid.
    pub underlying: TypeId,
    /// Methods declared with this type (or `*T`) as receiver, in source order (`ObjKind::Func` objects).
    pub methods: Vec<ObjId>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum TypeKind {
    Basic(BasicKind),
    Named(Named),
    Pointer(TypeId),
    Slice(TypeId),
    Array {
        len: u64,
        elem: TypeId,
    },
    Map {
        key: TypeId,
        value: TypeId,
    },
    Chan {
        dir: ChanDir,
        elem: TypeId,
    },
    Struct {
        fields: Vec<Field>,
    },
    Signature(Signature),
    Interface(Interface),
    /// The type of a multi-value call `f()` with several results (or none: the empty tuple).
    Tuple(Vec<TypeId>),
}

impl Hash for Named {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.obj.hash(state);
    }
}

/// The table of all types of a program.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Types {
    kinds: crate::layered::Layered<TypeKind>,
    interned: crate::layered::LayeredMap<TypeKind, TypeId>,
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

impl Types {
    /// A table with the basic types (ids in [`BasicKind`] order), the empty interface and the `error` type.
    /// `error`'s `Error` method object and type name object are `ObjId`s given by the universe
    /// (see `objects::Objects::new`), which must be created alongside.
    pub fn new() -> Types {
        let mut t = Types {
            kinds: Default::default(),
            interned: Default::default(),
        };
        for k in BASIC_KINDS {
            t.intern(TypeKind::Basic(k));
        }
        t.intern(TypeKind::Interface(Interface {
            methods: Vec::new(),
            explicit: Vec::new(),
            embeddeds: Vec::new(),
        }));
        // `error`: its underlying interface is filled in by the universe (crate::universe).
        t.kinds.push(TypeKind::Named(Named {
            obj: ObjId(0),
            underlying: TypeId::INVALID,
            methods: Vec::new(),
        }));
        t
    }

    /// Number of types in the table.
    pub fn len(&self) -> usize {
        self.kinds.len()
    }
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// Shares the types so far between clones (see `crate::layered`).
    pub fn freeze(&mut self) {
        self.kinds.freeze();
        self.interned.freeze();
    }

    /// Whether both still share the types frozen before they were cloned.
    pub fn shares_frozen(&self, other: &Types) -> bool {
        self.kinds.shares_frozen(&other.kinds) && self.interned.shares_frozen(&other.interned)
    }

    /// The kind of a type. Ids always come from this table; an unknown id reads as the invalid type.
    pub fn kind(&self, t: TypeId) -> &TypeKind {
        const INVALID: TypeKind = TypeKind::Basic(BasicKind::Invalid);
        self.kinds.get(t.0 as usize).unwrap_or(&INVALID)
    }

    /// Interns a structural type (or returns the id of an identical one). A `Named` kind always gets a new id.
    pub fn intern(&mut self, kind: TypeKind) -> TypeId {
        if let TypeKind::Named(_) = kind {
            return TypeId(self.kinds.push(kind) as u32);
        }
        if let Some(&id) = self.interned.get(&kind) {
            return id;
        }
        let id = TypeId(self.kinds.push(kind.clone()) as u32);
        self.interned.insert(kind, id);
        id
    }

    /// Creates a new defined type with a not-yet-known underlying type.
    pub fn new_named(&mut self, obj: ObjId) -> TypeId {
        self.intern(TypeKind::Named(Named {
            obj,
            underlying: TypeId::INVALID,
            methods: Vec::new(),
        }))
    }

    /// Mutable access to a defined type (to set its underlying type or add methods).
    pub fn named_mut(&mut self, t: TypeId) -> Option<&mut Named> {
        match self.kinds.get_mut(t.0 as usize) {
            Some(TypeKind::Named(n)) => Some(n),
            _ => None,
        }
    }

    pub fn named(&self, t: TypeId) -> Option<&Named> {
        match self.kind(t) {
            TypeKind::Named(n) => Some(n),
            _ => None,
        }
    }

    pub fn pointer(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Pointer(elem))
    }
    pub fn slice(&mut self, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Slice(elem))
    }
    pub fn array(&mut self, len: u64, elem: TypeId) -> TypeId {
        self.intern(TypeKind::Array { len, elem })
    }
    pub fn map(&mut self, key: TypeId, value: TypeId) -> TypeId {
        self.intern(TypeKind::Map { key, value })
    }
    pub fn tuple(&mut self, elems: Vec<TypeId>) -> TypeId {
        self.intern(TypeKind::Tuple(elems))
    }
    pub fn signature(
        &mut self,
        params: Vec<TypeId>,
        results: Vec<TypeId>,
        variadic: bool,
    ) -> TypeId {
        self.intern(TypeKind::Signature(Signature {
            params,
            results,
            variadic,
        }))
    }

    /// The underlying type: itself for everything but defined types.
    pub fn underlying(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            TypeKind::Named(n) => n.underlying,
            _ => t,
        }
    }

    /// The kind of the underlying type.
    pub fn under(&self, t: TypeId) -> &TypeKind {
        self.kind(self.underlying(t))
    }

    /// The basic kind of the underlying type, if it is basic.
    pub fn basic_kind(&self, t: TypeId) -> Option<BasicKind> {
        match self.under(t) {
            TypeKind::Basic(k) => Some(*k),
            _ => None,
        }
    }

    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Named(_))
    }
    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Basic(k) if k.is_untyped())
    }
    pub fn is_integer(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(BasicKind::is_integer)
    }
    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(BasicKind::is_unsigned)
    }
    pub fn is_float(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(BasicKind::is_float)
    }
    pub fn is_complex(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(BasicKind::is_complex)
    }
    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(BasicKind::is_numeric)
    }
    pub fn is_string(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(BasicKind::is_string)
    }
    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(BasicKind::is_boolean)
    }
    pub fn is_ordered(&self, t: TypeId) -> bool {
        self.basic_kind(t).is_some_and(BasicKind::is_ordered)
    }
    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.under(t), TypeKind::Interface(_))
    }
    pub fn is_pointer(&self, t: TypeId) -> bool {
        matches!(self.under(t), TypeKind::Pointer(_))
    }
    /// Bit width of an integer type (0 if not a typed integer).
    pub fn int_bits(&self, t: TypeId) -> u32 {
        self.basic_kind(t).map_or(0, BasicKind::int_bits)
    }

    /// The pointed-to type, if `t`'s underlying type is a pointer.
    pub fn pointer_elem(&self, t: TypeId) -> Option<TypeId> {
        match self.under(t) {
            TypeKind::Pointer(e) => Some(*e),
            _ => None,
        }
    }

    /// The signature of a function type.
    pub fn sig(&self, t: TypeId) -> Option<&Signature> {
        match self.under(t) {
            TypeKind::Signature(s) => Some(s),
            _ => None,
        }
    }

    /// The interface of an interface type.
    pub fn interface(&self, t: TypeId) -> Option<&Interface> {
        match self.under(t) {
            TypeKind::Interface(i) => Some(i),
            _ => None,
        }
    }

    /// The fields of a struct type.
    pub fn struct_fields(&self, t: TypeId) -> Option<&[Field]> {
        match self.under(t) {
            TypeKind::Struct { fields } => Some(fields),
            _ => None,
        }
    }

    /// The default type of an untyped type (`untyped int` -> `int`); others unchanged. Untyped nil stays.
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match self.kind(t) {
            TypeKind::Basic(k) => TypeId::basic(k.default_kind()),
            _ => t,
        }
    }

    /// Whether values of `t` can be compared with `==` (spec "Comparison operators"): not slices, maps or
    /// functions, nor structs/arrays containing them.
    pub fn comparable(&self, t: TypeId) -> bool {
        self.comparable_depth(t, 0)
    }

    fn comparable_depth(&self, t: TypeId, depth: u32) -> bool {
        if depth > 100 {
            return true;
        }
        match self.under(t) {
            TypeKind::Basic(k) => *k != BasicKind::UntypedNil,
            TypeKind::Pointer(_) | TypeKind::Chan { .. } | TypeKind::Interface(_) => true,
            TypeKind::Struct { fields } => fields
                .iter()
                .all(|f| self.comparable_depth(f.ty, depth + 1)),
            TypeKind::Array { elem, .. } => self.comparable_depth(*elem, depth + 1),
            _ => false,
        }
    }

    /// Whether `t` or something it contains (struct fields, array elements) is an interface, so that `==`
    /// may panic at run time. Useful to the compiler for choosing a comparison routine.
    pub fn has_interface(&self, t: TypeId) -> bool {
        match self.under(t) {
            TypeKind::Interface(_) => true,
            TypeKind::Struct { fields } => fields.iter().any(|f| self.has_interface(f.ty)),
            TypeKind::Array { elem, .. } => self.has_interface(*elem),
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_ids_match_kinds() {
        let t = Types::new();
        for k in BASIC_KINDS {
            assert_eq!(t.kind(TypeId::basic(k)), &TypeKind::Basic(k));
        }
        assert_eq!(TypeId::basic(BasicKind::Float64), TypeId::FLOAT64);
        assert_eq!(TypeId::basic(BasicKind::UntypedNil), TypeId::UNTYPED_NIL);
        assert!(t.is_interface(TypeId::EMPTY_INTERFACE));
        assert!(t.is_named(TypeId::ERROR));
    }

    #[test]
    fn structural_types_are_hash_consed() {
        let mut t = Types::new();
        let a = t.slice(TypeId::INT);
        let b = t.slice(TypeId::INT);
        assert_eq!(a, b);
        let c = t.slice(TypeId::STRING);
        assert_ne!(a, c);
        let m1 = t.map(TypeId::STRING, a);
        let m2 = t.map(TypeId::STRING, b);
        assert_eq!(m1, m2);
        let n1 = t.new_named(ObjId(5));
        let n2 = t.new_named(ObjId(5));
        assert_ne!(n1, n2, "each defined type is distinct");
    }

    #[test]
    fn comparability() {
        let mut t = Types::new();
        let s = t.slice(TypeId::INT);
        assert!(!t.comparable(s));
        let arr = t.array(3, TypeId::INT);
        assert!(t.comparable(arr));
        let st = t.intern(TypeKind::Struct {
            fields: vec![Field {
                name: "x".into(),
                ty: s,
                embedded: false,
                tag: None,
                pkg: None,
                obj: ObjId(0),
            }],
        });
        assert!(!t.comparable(st));
        assert!(t.comparable(TypeId::ERROR) || t.named(TypeId::ERROR).is_some());
    }
}
