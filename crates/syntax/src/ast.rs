//! The Go syntax tree.
//!
//! Shaped after the Go specification's grammar. Types are expressions (as in `go/ast`), because the parser cannot
//! always tell `T(x)` (conversion) from `f(x)` (call), or `[]T{...}` from an index expression, without types.
//! Every expression and every identifier carries a [`NodeId`], dense within one parse session (see
//! [`NodeIds`]), so that the checker can record types and resolutions in side tables indexed by id.

use crate::source::{Pos, Span};

/// Identifies an expression or identifier node; dense and unique across all files parsed with one [`NodeIds`].
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct NodeId(pub u32);

/// The allocator of node ids, shared by all files of a package (or a whole program) so ids never collide.
#[derive(Default, Debug)]
pub struct NodeIds {
    pub next: u32,
}

impl NodeIds {
    pub fn fresh(&mut self) -> NodeId {
        let id = NodeId(self.next);
        self.next += 1;
        id
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub id: NodeId,
    pub name: String,
    pub span: Span,
}

impl Ident {
    pub fn is_blank(&self) -> bool {
        self.name == "_"
    }
}

/// One source file.
#[derive(Clone, Debug)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<ImportSpec>,
    /// All top-level declarations except imports, in source order.
    pub decls: Vec<Decl>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ImportSpec {
    /// `import foo "path"`, `import . "path"` or `import _ "path"`.
    pub name: Option<Ident>,
    /// The unquoted import path.
    pub path: String,
    pub path_span: Span,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Decl {
    Const(Vec<ValueSpec>),
    Var(Vec<ValueSpec>),
    Type(Vec<TypeSpec>),
    Func(FuncDecl),
}

/// `a, b T = x, y` in a `var` or `const` declaration.
#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// For a `const` spec with no values, the parser leaves this empty: the checker repeats the previous
    /// spec's expressions (Go's implicit repetition) using `iota`.
    pub values: Vec<Expr>,
    /// The index of this spec within its `const (...)` group: the value of `iota`. 0 for `var`.
    pub iota: u32,
    pub span: Span,
}

/// `type Name[params] T` or `type Name = T`.
#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    pub type_params: Vec<Field>,
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub recv: Option<Field>,
    pub name: Ident,
    pub type_params: Vec<Field>,
    pub sig: FuncType,
    /// `None` for a function declared without a body (the standard library uses this for native functions).
    pub body: Option<Block>,
    pub span: Span,
}

/// A parameter, result, struct field or interface element. `names` is empty for an anonymous parameter, an
/// embedded field or an embedded interface/type-set element.
#[derive(Clone, Debug)]
pub struct Field {
    pub names: Vec<Ident>,
    /// For the final parameter of a variadic function this is `ExprKind::Ellipsis(Some(T))`.
    pub ty: Expr,
    /// Struct tag, unquoted.
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    /// Position of `{` and `}`.
    pub lbrace: Pos,
    pub rbrace: Pos,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LAnd,
    LOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinOp {
    /// The operator as written in Go (used in error messages).
    pub fn as_str(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            Or => "|",
            Xor => "^",
            Shl => "<<",
            Shr => ">>",
            AndNot => "&^",
            LAnd => "&&",
            LOr => "||",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
        }
    }

    /// Go's binary precedence (5 binds tightest).
    pub fn precedence(self) -> u8 {
        use BinOp::*;
        match self {
            Mul | Div | Rem | Shl | Shr | And | AndNot => 5,
            Add | Sub | Or | Xor => 4,
            Eq | Ne | Lt | Le | Gt | Ge => 3,
            LAnd => 2,
            LOr => 1,
        }
    }
}

impl UnOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnOp::Pos => "+",
            UnOp::Neg => "-",
            UnOp::Not => "!",
            UnOp::BitNot => "^",
            UnOp::Addr => "&",
            UnOp::Recv => "<-",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

/// An element of a composite literal: `value` or `key: value`. Keys and values that are themselves
/// composite literals with elided types appear as `ExprKind::CompositeLit { ty: None, .. }`.
#[derive(Clone, Debug)]
pub struct Element {
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A name (also a type name, package name, `nil`, `true`, `iota`...: the checker resolves it).
    Ident(Ident),
    /// A literal; `raw` is the exact source text (e.g. `0x_1F`, `'\n'`, "`raw`").
    BasicLit {
        kind: LitKind,
        raw: String,
    },
    /// `T{...}`; `ty` is `None` for an elided type inside another composite literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Element>,
        lbrace: Pos,
        rbrace: Pos,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    /// `x.sel` (field, method, qualified identifier `pkg.Name`).
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    /// `x[i]`, or a generic instantiation `f[T1, T2]` (several indices).
    Index {
        x: Box<Expr>,
        indices: Vec<Expr>,
    },
    /// `x[lo:hi]` or `x[lo:hi:max]` (`three` is set for the latter).
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        three: bool,
    },
    /// `x.(T)`; `ty` is `None` for `x.(type)` in a type switch.
    TypeAssert {
        x: Box<Expr>,
        ty: Option<Box<Expr>>,
    },
    /// `f(args)` or `f(args...)` (`ellipsis` is the position of `...`). Also conversions `T(x)`.
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        ellipsis: Option<Pos>,
    },
    /// `*x`: a pointer dereference or a pointer type.
    Star(Box<Expr>),
    Unary {
        op: UnOp,
        x: Box<Expr>,
    },
    Binary {
        op: BinOp,
        x: Box<Expr>,
        y: Box<Expr>,
    },
    /// `[N]T`, `[...]T` (`len` is `Some(Ellipsis(None))`) or `[]T` (`len` is `None`).
    ArrayType {
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    StructType {
        fields: Vec<Field>,
    },
    FuncType(FuncType),
    /// Interface elements: methods (`names` has one name and `ty` is a `FuncType`), embedded types
    /// (`names` empty), or type-set terms (`names` empty; `ty` is a `Binary { op: Or }` chain of types and
    /// `Tilde(T)`).
    InterfaceType {
        elems: Vec<Field>,
    },
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        elem: Box<Expr>,
    },
    /// `...T` in a parameter list, or `...` as an array length.
    Ellipsis(Option<Box<Expr>>),
    /// `~T` in a constraint.
    Tilde(Box<Expr>),
    /// An expression that failed to parse; an error was already reported.
    Bad,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`, e.g. `+=`.
    Op(BinOp),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

/// `case a, b:` or `default:` (empty `exprs`; for a type switch the exprs are types, `nil` included).
#[derive(Clone, Debug)]
pub struct CaseClause {
    pub exprs: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
    pub span: Span,
    /// Position of the `:`; the implicit block of the clause starts there.
    pub colon: Pos,
}

/// `case x := <-ch:`, `case ch <- v:`, `default:` in a `select`.
#[derive(Clone, Debug)]
pub struct CommClause {
    /// `None` for `default`. Otherwise a send statement, an expression statement `<-ch`, or an assignment
    /// `x, ok = <-ch` / `x := <-ch`.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
    pub colon: Pos,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// A `var`, `const` or `type` declaration inside a function.
    Decl(Decl),
    Empty,
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Expr(Expr),
    Send {
        ch: Expr,
        value: Expr,
    },
    IncDec {
        x: Expr,
        inc: bool,
    },
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    Block(Block),
    /// `else` is either a `Block` or another `If` statement.
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        body: Vec<CaseClause>,
        lbrace: Pos,
        rbrace: Pos,
    },
    /// `switch init; bind := x.(type) { ... }`; `x` is the operand of `.(type)`.
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        x: Expr,
        body: Vec<CaseClause>,
        lbrace: Pos,
        rbrace: Pos,
    },
    Select {
        body: Vec<CommClause>,
        lbrace: Pos,
        rbrace: Pos,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for k, v := range x`, `for k = range x`, `for range x`. `define` is true for `:=`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
        /// Where a third iteration variable starts, if any. Go reports that as a type error (next to the
        /// other checker errors), so the parser keeps the position for the checker instead of failing.
        extra_var: Option<Pos>,
    },
}
