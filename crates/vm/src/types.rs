//! Runtime type descriptors: what interfaces, type switches, map keys, copies and printing need to know about a
//! type at run time. Indexed by `u32` ids local to one [`crate::Image`].

use crate::value::IntKind;

/// How the code refers to a function: compiled guest code or a Rust native.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum FuncRef {
    Guest(u32),
    Native(u32),
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RtField {
    pub name: String,
    pub ty: u32,
    pub embedded: bool,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum RtKind {
    Bool,
    Int(IntKind),
    Float32,
    Float64,
    /// Complex values are immutable `Obj::Floats([re, im])` objects (`Value::Nil` is 0+0i).
    Complex64,
    Complex128,
    String,
    Slice {
        elem: u32,
    },
    Array {
        len: u64,
        elem: u32,
    },
    Struct {
        fields: Vec<RtField>,
    },
    Pointer {
        elem: u32,
    },
    Map {
        key: u32,
        value: u32,
    },
    Chan {
        elem: u32,
    },
    Func,
    Interface,
}

/// How the elements of an array of some element type are stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum ElemKind {
    /// `Obj::Bytes`, loaded as `Value::Bool`.
    Bool,
    /// `Obj::Bytes`, loaded as `Value::Int` (uint8).
    U8,
    /// `Obj::Ints`.
    Int,
    /// `Obj::Floats`.
    Float,
    /// `Obj::Values`, an element that is not an aggregate.
    Value,
    /// `Obj::Values` whose cells are owned struct or array objects (copied on assignment).
    Agg,
}

#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RtType {
    /// The name as `%T` prints it: `int`, `main.T`, `[]string`, `*main.T`, `map[string]int`.
    pub name: String,
    /// The canonical key persisted data uses to name this type across images: like `name` but with full
    /// package paths (`r/counter.User`, `[]*r/counter.User`); see `compile_typekey.rs`.
    pub key: String,
    pub kind: RtKind,
    /// The method set (of this type as it would be stored in an interface), sorted by method name.
    pub methods: Vec<(String, FuncRef)>,
    /// The signature of each method of `methods` (same order), as the checker spells it: `func() []error`.
    pub method_sigs: Vec<String>,
    /// For interface types: the names of the methods a dynamic type needs to implement it, sorted.
    pub iface_methods: Vec<String>,
    /// The signatures of `iface_methods` (same order).
    pub iface_sigs: Vec<String>,
    /// Whether `==` is defined (used to reject unhashable interface map keys and comparisons).
    pub comparable: bool,
}

impl RtType {
    pub fn new(name: impl Into<String>, kind: RtKind) -> RtType {
        let name = name.into();
        RtType {
            key: name.clone(),
            name,
            kind,
            methods: Vec::new(),
            method_sigs: Vec::new(),
            iface_methods: Vec::new(),
            iface_sigs: Vec::new(),
            comparable: true,
        }
    }

    pub fn method(&self, name: &str) -> Option<FuncRef> {
        self.methods
            .binary_search_by(|(n, _)| n.as_str().cmp(name))
            .ok()
            .and_then(|i| self.methods.get(i))
            .map(|(_, f)| *f)
    }

    /// Whether values of this type are owned heap objects copied on assignment (structs and arrays).
    pub fn is_aggregate(&self) -> bool {
        matches!(self.kind, RtKind::Struct { .. } | RtKind::Array { .. })
    }
}

/// The table of runtime types of one image. Index 0 is reserved for the built-in runtime error type.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct TypeTable {
    pub types: Vec<RtType>,
}

/// Runtime errors (`runtime.Error`) are interface boxes of this type holding their message string.
pub const RUNTIME_ERROR_TYPE: u32 = 0;
/// `string`, pre-registered so that natives can box strings as `any`.
pub const STRING_TYPE: u32 = 1;
/// `int`, pre-registered likewise.
pub const INT_TYPE: u32 = 2;
/// The `*errors.errorString`-like type natives use for error values they create (`Error()` is native).
pub const NATIVE_ERROR_TYPE: u32 = 3;
/// Runtime errors of other kinds (`%T` shows Go's type); like [`RUNTIME_ERROR_TYPE`] they box their message.
pub const BOUNDS_ERROR_TYPE: u32 = 4;
pub const PLAIN_ERROR_TYPE: u32 = 5;
pub const TYPE_ASSERTION_ERROR_TYPE: u32 = 6;
pub const PANIC_NIL_ERROR_TYPE: u32 = 7;

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut t = TypeTable::default();
        let runtime_error = |name: &str| {
            let mut rt = RtType::new(name, RtKind::String);
            for (m, sig) in [("Error", "func() string"), ("RuntimeError", "func()")] {
                rt.methods.push((
                    m.into(),
                    FuncRef::Native(crate::native::RUNTIME_ERROR_ERROR),
                ));
                rt.method_sigs.push(sig.into());
            }
            rt
        };
        t.types.push(runtime_error("runtime.errorString"));
        t.types.push(RtType::new("string", RtKind::String));
        t.types.push(RtType::new("int", RtKind::Int(IntKind::I64)));
        let mut ne = RtType::new("*errors.errorString", RtKind::String);
        ne.methods.push((
            "Error".into(),
            FuncRef::Native(crate::native::RUNTIME_ERROR_ERROR),
        ));
        ne.method_sigs.push("func() string".into());
        t.types.push(ne);
        t.types.push(runtime_error("runtime.boundsError"));
        t.types.push(runtime_error("runtime.plainError"));
        t.types.push(runtime_error("*runtime.TypeAssertionError"));
        t.types.push(runtime_error("*runtime.PanicNilError"));
        t
    }

    pub fn add(&mut self, t: RtType) -> u32 {
        self.types.push(t);
        (self.types.len() - 1) as u32
    }

    pub fn get(&self, id: u32) -> Option<&RtType> {
        self.types.get(id as usize)
    }

    /// The first type with canonical key `key` (linear; callers that look up many keys build an index).
    pub fn by_key(&self, key: &str) -> Option<u32> {
        self.types
            .iter()
            .position(|t| t.key == key)
            .map(|i| i as u32)
    }

    pub fn name(&self, id: u32) -> &str {
        self.get(id).map_or("?", |t| t.name.as_str())
    }

    /// How arrays with elements of type `id` store them.
    pub fn elem_kind(&self, id: u32) -> ElemKind {
        match self.get(id).map(|t| &t.kind) {
            Some(RtKind::Bool) => ElemKind::Bool,
            Some(RtKind::Int(IntKind::U8)) => ElemKind::U8,
            Some(RtKind::Int(_)) => ElemKind::Int,
            Some(RtKind::Float32 | RtKind::Float64) => ElemKind::Float,
            Some(RtKind::Struct { .. } | RtKind::Array { .. }) => ElemKind::Agg,
            _ => ElemKind::Value,
        }
    }
}
