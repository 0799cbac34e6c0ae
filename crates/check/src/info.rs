//! What the checker learned about each syntax node, indexed by `NodeId` (and by position for case clauses):
//! the type and mode of every expression, which object each identifier defines or uses, how each selector
//! resolves.

use std::collections::HashMap;

use amber_syntax::ast::NodeId;
use amber_syntax::Pos;

use crate::constant::ConstValue;
use crate::objects::{Builtin, ObjId};
use crate::types::TypeId;

/// How an expression can be used.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// Erroneous (never present when checking succeeded).
    Invalid,
    /// A call of a function with no results (`f()` used as a statement).
    NoValue,
    /// A builtin function name in call position (`len` in `len(x)`).
    Builtin(Builtin),
    /// The expression denotes a type (`int` in `int(x)`, `T` in `T{...}`, the type in `make(T, n)`).
    TypeExpr,
    /// A constant; the value has already been converted to the final type (`ty`).
    Constant(ConstValue),
    /// An addressable variable (a name, `*p`, `s[i]` of a slice, a field of an addressable struct...).
    Variable,
    /// A map index expression `m[k]` (assignable but not addressable).
    MapIndex,
    /// Any other value.
    Value,
    /// An expression used in a two-value "comma ok" context: `v, ok := m[k]`, `x.(T)`, `<-ch`. `ty` is the
    /// type of the first value; the second is an untyped bool, converted to the target's type.
    CommaOk,
}

/// The type and mode of an expression.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeAndValue {
    pub mode: Mode,
    /// The final type: for untyped constants, the type after implicit conversion (`1` in
    /// `var x float64 = 1` has type `float64`); for untyped `nil`, the type it was converted to where one is
    /// implied (a nil slice, map, pointer, func, interface), else `untyped nil` (e.g. `x == nil` against an
    /// interface records the interface type). For a multi-value call, a `TypeKind::Tuple`.
    pub ty: TypeId,
}

impl TypeAndValue {
    pub fn is_type(&self) -> bool {
        self.mode == Mode::TypeExpr
    }
    pub fn is_constant(&self) -> bool {
        matches!(self.mode, Mode::Constant(_))
    }
    pub fn constant(&self) -> Option<&ConstValue> {
        match &self.mode {
            Mode::Constant(v) => Some(v),
            _ => None,
        }
    }
    /// A value that can be the target of an assignment (`Variable` or `MapIndex`).
    pub fn is_assignable(&self) -> bool {
        matches!(self.mode, Mode::Variable | Mode::MapIndex)
    }
}

/// What a selector expression `x.f` denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelectionKind {
    /// `x.f` is a struct field (possibly promoted through embedded fields).
    FieldVal,
    /// `x.m` is a method value (or the callee of a method call `x.m()`).
    MethodVal,
    /// `T.m` or `(*T).m`: a method expression (a function whose first parameter is the receiver).
    MethodExpr,
    /// `pkg.Name`: a qualified identifier (`obj` is the package member).
    Qualified,
}

/// How a selector resolves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    pub kind: SelectionKind,
    /// The field (`Var` with kind `Field`), method (`Func`) or package member.
    pub obj: ObjId,
    /// The type of `x` (the receiver expression; for `MethodExpr` the type `T` or `*T`). For `Qualified`,
    /// `TypeId::INVALID`.
    pub recv: TypeId,
    /// Field indices from the (pointer-dereferenced) receiver through embedded fields. For `FieldVal`, the
    /// last index is the selected field itself; for methods, the path leads to the embedded value whose type
    /// declares the method (empty for a method declared on `x`'s own type). Empty for `Qualified`.
    pub path: Vec<u32>,
    /// Whether following `path` dereferences a pointer (either `x` itself is a pointer, or an embedded field on
    /// the way is a pointer). The compiler uses this to insert nil checks.
    pub indirect: bool,
    /// The type of the selector expression: the field type, the method's signature without receiver (for
    /// method values), the signature with the receiver as first parameter (for method expressions).
    pub ty: TypeId,
}

/// Everything recorded while checking, for all packages of a `Program`.
#[derive(Clone, Debug, Default)]
pub struct Info {
    /// Type and mode of every expression (including type expressions and identifiers in expressions).
    pub types: HashMap<NodeId, TypeAndValue>,
    /// The object each declaring identifier defines (variables, constants, types, functions, parameters,
    /// labels, struct fields, method names; `_` defines nothing). Package names of imports are in `defs` too
    /// when named (`import f "fmt"`).
    pub defs: HashMap<NodeId, ObjId>,
    /// The object each identifier in an expression refers to (`x` in `x + 1`, `fmt` in `fmt.Println`,
    /// `int` in `var x int`, a label in `break L`). The selected name `Println` in `fmt.Println` is in
    /// `uses` too, as is the `f` of any selector `x.f` (the field or method object).
    pub uses: HashMap<NodeId, ObjId>,
    /// Resolution of each selector expression `x.f`, keyed by the selector expression's id.
    pub selections: HashMap<NodeId, Selection>,
    /// For each case clause of a type switch with a binding (`switch v := x.(type)`), the clause's own
    /// variable, keyed by the clause's `span.lo` (`CaseClause` has no `NodeId`).
    pub implicits: HashMap<Pos, ObjId>,
}

impl Info {
    pub fn type_of(&self, id: NodeId) -> Option<&TypeAndValue> {
        self.types.get(&id)
    }
    /// The object an identifier defines or uses.
    pub fn object_of(&self, id: NodeId) -> Option<ObjId> {
        self.defs.get(&id).or_else(|| self.uses.get(&id)).copied()
    }
    pub fn selection(&self, id: NodeId) -> Option<&Selection> {
        self.selections.get(&id)
    }
    /// The type switch variable of a case clause (by the clause's `span.lo`).
    pub fn implicit(&self, clause_pos: Pos) -> Option<ObjId> {
        self.implicits.get(&clause_pos).copied()
    }
    /// Whether the call `f(args)` with callee id `fun` is a conversion `T(x)`.
    pub fn is_conversion(&self, fun: NodeId) -> bool {
        self.types.get(&fun).is_some_and(TypeAndValue::is_type)
    }
    /// The builtin called, if the callee is one.
    pub fn builtin(&self, fun: NodeId) -> Option<Builtin> {
        match self.types.get(&fun).map(|t| &t.mode) {
            Some(Mode::Builtin(b)) => Some(*b),
            _ => None,
        }
    }
}
