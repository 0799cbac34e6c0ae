//! Named language entities (variables, constants, types, functions, packages, builtins, labels) as [`Object`]s
//! in one table, referred to by [`ObjId`].

use amber_syntax::Pos;

use crate::constant::ConstValue;
use crate::types::TypeId;

/// An object in a [`Objects`] table.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct ObjId(pub u32);

/// A checked package in a `Program`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct PackageId(pub u32);

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Object {
    pub name: String,
    /// Position of the declaring identifier (0 for universe objects).
    pub pos: Pos,
    /// The declaring package; `None` for universe objects (builtins, `int`, `error`, `nil`...).
    pub pkg: Option<PackageId>,
    pub kind: ObjKind,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub enum ObjKind {
    Var(VarObj),
    Const(ConstObj),
    TypeName(TypeNameObj),
    Func(FuncObj),
    /// An imported package name (`fmt` in `import "fmt"`), in a file scope.
    PkgName(PackageId),
    Builtin(Builtin),
    /// The predeclared `nil`.
    Nil,
    Label,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum VarKind {
    /// A local variable declared in a function body (`var`, `:=`, range variables, type switch bindings).
    Local,
    /// A function parameter, including the receiver.
    Param,
    /// A named result parameter.
    Result,
    /// A package-level variable.
    Global,
    /// A struct field.
    Field,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct VarObj {
    pub ty: TypeId,
    pub kind: VarKind,
    /// Set for locals, params and results that are referred to from a function literal nested inside the
    /// function that declares them (they must live in a heap box if the closure may outlive the frame).
    pub captured: bool,
    /// Set when the variable's address is taken (`&x`, or implicitly by a pointer-receiver method call `x.M()`
    /// or a method value `x.M` on an addressable `x`, or slicing an array variable `x[:]`).
    pub address_taken: bool,
    /// Set when the variable is read somewhere (used for `declared and not used`).
    pub used: bool,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct ConstObj {
    /// The constant's type; an untyped basic type for untyped constants (`const c = 1`).
    pub ty: TypeId,
    pub value: ConstValue,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct TypeNameObj {
    /// The named type for a type declaration, or the aliased type for an alias (`byte`, `rune`, `any`,
    /// `type A = B`).
    pub ty: TypeId,
    pub alias: bool,
}

/// Where a function's declaration is, so the compiler can find its body: `files[file].decls[decl]` of the
/// package that declares it (an `ast::Decl::Func`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DeclRef {
    pub file: u32,
    pub decl: u32,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct FuncObj {
    /// The function's signature (a `TypeKind::Signature`, without the receiver).
    pub sig: TypeId,
    /// The receiver type for methods: `T` or `*T` for declared methods, the interface type for the abstract
    /// methods of an interface. `None` for plain functions.
    pub recv: Option<TypeId>,
    /// False for functions declared without a body (natives) and for interface methods.
    pub has_body: bool,
    /// The declaration; `None` for interface methods and universe methods (`error.Error`).
    pub decl: Option<DeclRef>,
}

/// The predeclared functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

pub const BUILTINS: [Builtin; 18] = [
    Builtin::Append,
    Builtin::Cap,
    Builtin::Clear,
    Builtin::Close,
    Builtin::Complex,
    Builtin::Copy,
    Builtin::Delete,
    Builtin::Imag,
    Builtin::Len,
    Builtin::Make,
    Builtin::Max,
    Builtin::Min,
    Builtin::New,
    Builtin::Panic,
    Builtin::Print,
    Builtin::Println,
    Builtin::Real,
    Builtin::Recover,
];

impl Builtin {
    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
        }
    }
}

/// What `Objects::get` gives for an id of no object in an empty table (never happens: the universe's objects
/// come first).
static NO_OBJECT: Object = Object {
    name: String::new(),
    pos: 0,
    pkg: None,
    kind: ObjKind::Nil,
};

/// The table of all objects of a program.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Objects {
    objs: crate::layered::Layered<Object>,
}

impl Objects {
    pub fn new() -> Objects {
        Objects::default()
    }
    pub fn add(&mut self, obj: Object) -> ObjId {
        ObjId(self.objs.push(obj) as u32)
    }
    /// The object with this id. Ids always come from this table.
    pub fn get(&self, id: ObjId) -> &Object {
        // Ids are only ever produced by `add`, so the index is in range; fall back to the first object (the
        // universe's first entry) rather than panicking if a foreign id is passed.
        match self.objs.get(id.0 as usize).or_else(|| self.objs.first()) {
            Some(o) => o,
            None => &NO_OBJECT,
        }
    }
    pub fn get_mut(&mut self, id: ObjId) -> Option<&mut Object> {
        self.objs.get_mut(id.0 as usize)
    }
    pub fn len(&self) -> usize {
        self.objs.len()
    }
    pub fn is_empty(&self) -> bool {
        self.objs.is_empty()
    }

    /// Shares the objects so far between clones (see `crate::layered`).
    pub fn freeze(&mut self) {
        self.objs.freeze();
    }

    /// Whether both still share the objects frozen before they were cloned.
    pub fn shares_frozen(&self, other: &Objects) -> bool {
        self.objs.shares_frozen(&other.objs)
    }

    /// The type of a variable, constant, type name or function object (`TypeId::INVALID` for others).
    pub fn type_of(&self, id: ObjId) -> TypeId {
        match &self.get(id).kind {
            ObjKind::Var(v) => v.ty,
            ObjKind::Const(c) => c.ty,
            ObjKind::TypeName(t) => t.ty,
            ObjKind::Func(f) => f.sig,
            ObjKind::Nil => TypeId::UNTYPED_NIL,
            _ => TypeId::INVALID,
        }
    }

    pub fn func(&self, id: ObjId) -> Option<&FuncObj> {
        match &self.get(id).kind {
            ObjKind::Func(f) => Some(f),
            _ => None,
        }
    }
    pub fn var(&self, id: ObjId) -> Option<&VarObj> {
        match &self.get(id).kind {
            ObjKind::Var(v) => Some(v),
            _ => None,
        }
    }
    pub fn var_mut(&mut self, id: ObjId) -> Option<&mut VarObj> {
        match self.get_mut(id).map(|o| &mut o.kind) {
            Some(ObjKind::Var(v)) => Some(v),
            _ => None,
        }
    }
}
