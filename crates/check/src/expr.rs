//! Expressions: operands, untyped conversion, assignability, operators, selectors, indexing, literals.

use amber_syntax::ast::{self, BinOp, Expr, ExprKind, UnOp};
use num_traits::ToPrimitive;

use crate::checker::{unsupported, Checker, FuncCtx};
use crate::constant::{ArithOp, CmpOp, ConstError, ConstValue, Unrepresentable};
use crate::info::{Mode, Selection, SelectionKind};
use crate::lookup::{self, LookupResult, MissingMethod};
use crate::objects::ObjKind;
use crate::scope::ScopeKind;
use crate::types::{BasicKind, TypeId, TypeKind};
use amber_syntax::print::expr_string;

/// The result of checking an expression.
#[derive(Clone, Debug)]
pub struct Operand<'a> {
    pub mode: Mode,
    pub ty: TypeId,
    pub expr: Option<&'a Expr>,
}

impl<'a> Operand<'a> {
    pub fn invalid(e: &'a Expr) -> Operand<'a> {
        Operand {
            mode: Mode::Invalid,
            ty: TypeId::INVALID,
            expr: Some(e),
        }
    }
    pub fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid
    }
    pub fn pos(&self) -> u32 {
        self.expr.map_or(0, |e| e.span.lo)
    }
    pub fn value(&self) -> Option<&ConstValue> {
        match &self.mode {
            Mode::Constant(v) => Some(v),
            _ => None,
        }
    }
}

fn arith(op: BinOp) -> Option<ArithOp> {
    Some(match op {
        BinOp::Add => ArithOp::Add,
        BinOp::Sub => ArithOp::Sub,
        BinOp::Mul => ArithOp::Mul,
        BinOp::Div => ArithOp::Div,
        BinOp::Rem => ArithOp::Rem,
        BinOp::And => ArithOp::And,
        BinOp::Or => ArithOp::Or,
        BinOp::Xor => ArithOp::Xor,
        BinOp::AndNot => ArithOp::AndNot,
        _ => return None,
    })
}

fn cmp_op(op: BinOp) -> Option<CmpOp> {
    Some(match op {
        BinOp::Eq => CmpOp::Eq,
        BinOp::Ne => CmpOp::Ne,
        BinOp::Lt => CmpOp::Lt,
        BinOp::Le => CmpOp::Le,
        BinOp::Gt => CmpOp::Gt,
        BinOp::Ge => CmpOp::Ge,
        _ => return None,
    })
}

impl<'a> Checker<'a> {
    // ---- descriptions ----

    /// `x (variable of type int)`, `300 (untyped int constant)`, `c (constant 5 of type int8)`.
    pub fn describe(&self, x: &Operand<'a>) -> String {
        let es = x.expr.map(expr_string).unwrap_or_default();
        if x.ty == TypeId::UNTYPED_NIL {
            return "nil".to_string();
        }
        let sp = x.expr.and_then(|e| self.spelling_of(e, x.ty));
        let tn = self.spelled(x.ty, sp);
        let untyped = self.p.types.is_untyped(x.ty);
        let composite = match sp {
            // Go describes an alias by what it stands for (`byte type B`, `interface type any`), but the
            // predeclared `byte` and `rune` like basic types.
            Some(s)
                if crate::spelling::alias_target(self.p, s).is_some()
                    && !crate::spelling::is_basic_alias(self.p, s) =>
            {
                let target = crate::spelling::alias_target(self.p, s);
                match self.kind_word(x.ty) {
                    "" => match target {
                        Some(t) if crate::spelling::is_basic_alias(self.p, t) => {
                            crate::spelling::spelling_string(self.p, t, None)
                        }
                        _ => self.tstr(self.p.types.underlying(x.ty)),
                    },
                    k => k.to_string(),
                }
            }
            _ => self.composite_kind(x.ty).to_string(),
        };
        let of_type = |tn: &str| {
            if composite.is_empty() {
                format!("of type {tn}")
            } else {
                format!("of {composite} type {tn}")
            }
        };
        let inner = match &x.mode {
            Mode::Invalid => "invalid operand".to_string(),
            Mode::NoValue => "no value".to_string(),
            Mode::Builtin(_) => "built-in".to_string(),
            Mode::TypeExpr => "type".to_string(),
            Mode::Constant(v) => {
                let vs = v.to_string();
                let show = if vs != es {
                    format!(" {vs}")
                } else {
                    String::new()
                };
                if untyped {
                    format!("{tn} constant{show}")
                } else {
                    format!("constant{show} {}", of_type(&tn))
                }
            }
            mode => {
                let m = match mode {
                    Mode::Variable => "variable",
                    Mode::MapIndex => "map index expression",
                    Mode::CommaOk => "comma, ok expression",
                    _ => "value",
                };
                if untyped {
                    format!("{tn} {m}")
                } else {
                    format!("{m} {}", of_type(&tn))
                }
            }
        };
        format!("{es} ({inner})")
    }

    fn composite_kind(&self, t: TypeId) -> &'static str {
        if !self.p.types.is_named(t) {
            return "";
        }
        match self.p.types.under(t) {
            // A defined basic type is described by its underlying type: `int type T`.
            TypeKind::Basic(k) => k.name(),
            _ => self.kind_word(t),
        }
    }

    /// `slice`, `struct`, `interface`... for the underlying type of `t`; empty for basic types.
    fn kind_word(&self, t: TypeId) -> &'static str {
        match self.p.types.under(t) {
            TypeKind::Array { .. } => "array",
            TypeKind::Slice(_) => "slice",
            TypeKind::Struct { .. } => "struct",
            TypeKind::Pointer(_) => "pointer",
            TypeKind::Signature(_) => "func",
            TypeKind::Interface(_) => "interface",
            TypeKind::Map { .. } => "map",
            TypeKind::Chan { .. } => "chan",
            _ => "",
        }
    }

    // ---- entry points ----

    /// Checks an expression that must be a single value (not a type, not void).
    pub fn expr(&mut self, e: &'a Expr) -> Operand<'a> {
        let x = self.expr_or_type(e);
        self.single_value(x)
    }

    /// Records how the type of `e` is spelled, from the names and parts it is made of (see `spelling`).
    fn propagate_spelling(&mut self, e: &'a Expr, x: &Operand<'a>) {
        use crate::spelling::{Spelled, Spelling};
        let of_expr = |c: &Self, y: &Expr| -> Option<Spelling> {
            let yt =
                c.p.info
                    .types
                    .get(&y.id)
                    .map_or(TypeId::INVALID, |tv| tv.ty);
            c.spelling_of(y, yt)
        };
        let of_obj = |c: &mut Self, id: ast::NodeId, ty: TypeId| -> Option<Spelling> {
            let o = *c.p.info.uses.get(&id)?;
            if let ObjKind::TypeName(tn) = &c.p.objects.get(o).kind {
                if tn.alias {
                    let target = c.obj_spelling(o).unwrap_or(Spelling::Type(ty));
                    return Some(c.p.spellings.node(Spelled::Alias { obj: o, target }, ty));
                }
                return None;
            }
            c.obj_spelling(o)
        };
        let sp = match &e.kind {
            ExprKind::Ident(id) => of_obj(self, id.id, x.ty),
            ExprKind::Selector { sel, .. } => of_obj(self, sel.id, x.ty),
            ExprKind::Paren(y) => of_expr(self, y),
            ExprKind::Call { fun, .. } => {
                let fs = of_expr(self, fun);
                if self.p.info.is_conversion(fun.id) {
                    fs
                } else {
                    fs.and_then(|s| self.p.spellings.result(s))
                }
            }
            ExprKind::CompositeLit { ty: Some(t), .. } => of_expr(self, t),
            ExprKind::Index { x: y, .. } | ExprKind::Star(y) => {
                of_expr(self, y).and_then(|s| self.p.spellings.elem(s))
            }
            ExprKind::Unary {
                op: UnOp::Addr,
                x: y,
            } => match of_expr(self, y) {
                Some(s) => Some(self.p.spellings.node(Spelled::Pointer(s), x.ty)),
                None => None,
            },
            ExprKind::FuncLit { sig, .. } => self.signature_spelling(sig, x.ty),
            _ => None,
        };
        self.set_spelling(e, x.ty, sp);
    }

    /// An operand's type as spelled in the source (`[]byte`), for messages.
    pub fn operand_type(&self, x: &Operand<'a>) -> String {
        let sp = x.expr.and_then(|e| self.spelling_of(e, x.ty));
        self.spelled(x.ty, sp)
    }

    pub fn single_value(&mut self, mut x: Operand<'a>) -> Operand<'a> {
        match &x.mode {
            Mode::TypeExpr => {
                let es = x.expr.map(expr_string).unwrap_or_default();
                self.error(x.pos(), format!("{es} (type) is not an expression"));
                x.mode = Mode::Invalid;
            }
            Mode::NoValue => {
                let es = x.expr.map(expr_string).unwrap_or_default();
                self.error(x.pos(), format!("{es} (no value) used as value"));
                x.mode = Mode::Invalid;
            }
            Mode::Builtin(_) => {
                let es = x.expr.map(expr_string).unwrap_or_default();
                self.error(x.pos(), format!("{es} (built-in) must be called"));
                x.mode = Mode::Invalid;
            }
            _ => {
                if let TypeKind::Tuple(ts) = self.p.types.kind(x.ty) {
                    let n = ts.len();
                    let es = x.expr.map(expr_string).unwrap_or_default();
                    // Go names the results when the function's declaration does.
                    let spelled = match x.expr.map(|e| &e.kind) {
                        Some(ExprKind::Call { fun, .. }) => self
                            .p
                            .info
                            .type_of(fun.id)
                            .and_then(|tv| self.spelling_of(fun, tv.ty))
                            .and_then(|sp| {
                                crate::spelling::results_string(self.p, sp, Some(self.pkg))
                            }),
                        _ => None,
                    };
                    let ts = spelled.unwrap_or_else(|| self.tstr(x.ty));
                    self.error(
                        x.pos(),
                        format!("multiple-value {es} (value of type {ts}) in single-value context"),
                    );
                    let _ = n;
                    x.mode = Mode::Invalid;
                }
            }
        }
        x
    }

    /// Checks an expression that may also denote a type or a builtin, or be a multi-value call.
    pub fn expr_or_type(&mut self, e: &'a Expr) -> Operand<'a> {
        if !self.enter(e.span.lo) {
            self.record(e, Mode::Invalid, TypeId::INVALID);
            return Operand::invalid(e);
        }
        let x = self.expr_inner(e);
        self.depth -= 1;
        if !x.is_invalid() {
            self.propagate_spelling(e, &x);
        }
        if x.mode != Mode::Invalid {
            self.record(e, x.mode.clone(), x.ty);
        } else {
            self.record(e, Mode::Invalid, TypeId::INVALID);
        }
        x
    }

    fn expr_inner(&mut self, e: &'a Expr) -> Operand<'a> {
        let op = |mode: Mode, ty: TypeId| Operand {
            mode,
            ty,
            expr: Some(e),
        };
        match &e.kind {
            ExprKind::Bad => Operand::invalid(e),
            ExprKind::Ident(id) => self.ident(e, id, true),
            ExprKind::BasicLit { kind, raw } => match ConstValue::from_literal(*kind, raw) {
                Ok(v) => {
                    let ty = match kind {
                        ast::LitKind::Int => TypeId::UNTYPED_INT,
                        ast::LitKind::Float => TypeId::UNTYPED_FLOAT,
                        ast::LitKind::Imag => TypeId::UNTYPED_COMPLEX,
                        ast::LitKind::Char => TypeId::UNTYPED_RUNE,
                        ast::LitKind::String => TypeId::UNTYPED_STRING,
                    };
                    op(Mode::Constant(v), ty)
                }
                Err(msg) => {
                    let msg = if msg == "constant overflow" {
                        format!("integer constant overflow: {raw}")
                    } else {
                        msg
                    };
                    self.error(e.span.lo, msg);
                    Operand::invalid(e)
                }
            },
            ExprKind::Paren(x) => {
                let mut r = self.expr_or_type(x);
                r.expr = Some(e);
                r
            }
            ExprKind::FuncLit { sig, body } => {
                let outer = self.ctx.clone();
                let scope = self.p.scopes.new_scope(Some(self.scope()), ScopeKind::Func);
                let id = self.next_func_id;
                self.next_func_id += 1;
                self.ctx.func = Some(FuncCtx {
                    sig: TypeId::INVALID,
                    id,
                    named_results: Vec::new(),
                });
                self.ctx.scope = Some(scope);
                let t = self.func_type(sig, Some(scope));
                if let Some(f) = &mut self.ctx.func {
                    f.sig = t;
                }
                self.func_body_in(scope, t, body);
                let decl = self.ctx.decl;
                self.ctx = outer;
                self.ctx.decl = decl;
                op(Mode::Value, t)
            }
            ExprKind::CompositeLit { ty, elts, .. } => match ty {
                Some(te) => {
                    let t = match &te.kind {
                        ExprKind::ArrayType { len: Some(l), elem }
                            if matches!(l.kind, ExprKind::Ellipsis(None)) =>
                        {
                            let et = self.typ(elem);
                            // Length from the elements.
                            let n = self.array_literal_len(et, elts);
                            let at = if et == TypeId::INVALID {
                                TypeId::INVALID
                            } else {
                                self.p.types.array(n, et)
                            };
                            self.record(te, Mode::TypeExpr, at);
                            at
                        }
                        _ => self.typ(te),
                    };
                    self.composite_lit(e, t, elts)
                }
                None => {
                    self.error(e.span.lo, "invalid composite literal type: missing type");
                    Operand::invalid(e)
                }
            },
            ExprKind::Selector { x, sel } => self.selector(e, x, sel),
            ExprKind::Index { x, indices } => self.index_expr(e, x, indices),
            ExprKind::Slice {
                x,
                lo,
                hi,
                max,
                three,
            } => self.slice_expr(e, x, lo.as_deref(), hi.as_deref(), max.as_deref(), *three),
            ExprKind::TypeAssert { x, ty } => {
                let xv = self.expr(x);
                if xv.is_invalid() {
                    if let Some(t) = ty {
                        self.typ(t);
                    }
                    return Operand::invalid(e);
                }
                let Some(te) = ty else {
                    self.error(
                        e.span.lo,
                        "invalid syntax tree: use of .(type) outside type switch",
                    );
                    return Operand::invalid(e);
                };
                if !self.p.types.is_interface(xv.ty) {
                    self.error(
                        x.span.lo,
                        format!(
                            "invalid operation: {} is not an interface",
                            self.describe(&xv)
                        ),
                    );
                    self.typ(te);
                    return Operand::invalid(e);
                }
                let t = self.typ(te);
                if t == TypeId::INVALID {
                    return Operand::invalid(e);
                }
                self.check_assertable(xv.ty, t, e.span.lo, e);
                op(Mode::Value, t)
            }
            ExprKind::Call {
                fun,
                args,
                ellipsis,
            } => self.call(e, fun, args, *ellipsis),
            ExprKind::Star(x) => {
                let xv = self.expr_or_type(x);
                match xv.mode {
                    Mode::Invalid => Operand::invalid(e),
                    Mode::TypeExpr => {
                        let t = self.p.types.pointer(xv.ty);
                        op(Mode::TypeExpr, t)
                    }
                    _ => {
                        let xv = self.single_value(xv);
                        if xv.is_invalid() {
                            return Operand::invalid(e);
                        }
                        if xv.ty == TypeId::UNTYPED_NIL {
                            self.error(x.span.lo, "invalid operation: cannot indirect nil");
                            return Operand::invalid(e);
                        }
                        match self.p.types.pointer_elem(xv.ty) {
                            Some(t) => op(Mode::Variable, t),
                            None => {
                                self.error(
                                    x.span.lo,
                                    format!(
                                        "invalid operation: cannot indirect {}",
                                        self.describe(&xv)
                                    ),
                                );
                                Operand::invalid(e)
                            }
                        }
                    }
                }
            }
            ExprKind::Unary { op: uop, x } => self.unary(e, *uop, x),
            ExprKind::Binary { op: bop, x, y } => self.binary(e, *bop, x, y),
            ExprKind::ArrayType { .. }
            | ExprKind::StructType { .. }
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType { .. }
            | ExprKind::MapType { .. }
            | ExprKind::ChanType { .. } => {
                let t = self.typ(e);
                if t == TypeId::INVALID {
                    Operand::invalid(e)
                } else {
                    op(Mode::TypeExpr, t)
                }
            }
            ExprKind::Ellipsis(_) | ExprKind::Tilde(_) => {
                self.error(e.span.lo, format!("invalid use of {}", expr_string(e)));
                Operand::invalid(e)
            }
        }
    }

    fn array_literal_len(&mut self, _et: TypeId, elts: &'a [ast::Element]) -> u64 {
        // Length = max index + 1, where keyed elements set the index.
        let mut idx: u64 = 0;
        let mut max: u64 = 0;
        for el in elts {
            if let Some(k) = &el.key {
                if let Some(ConstValue::Int(i)) = self.peek_const(k) {
                    if let Some(i) = i.to_u64() {
                        idx = i;
                    }
                }
            }
            idx = idx.saturating_add(1);
            max = max.max(idx);
        }
        max
    }

    /// Evaluates a constant expression without recording (used to size `[...]T` literals before checking).
    fn peek_const(&mut self, e: &'a Expr) -> Option<ConstValue> {
        let saved_errors = self.errors.len();
        let x = self.expr(e);
        self.errors.truncate(saved_errors);
        x.value().cloned()
    }

    pub fn ident(&mut self, e: &'a Expr, id: &'a ast::Ident, mark_used: bool) -> Operand<'a> {
        let op = |mode: Mode, ty: TypeId| Operand {
            mode,
            ty,
            expr: Some(e),
        };
        if id.is_blank() {
            self.error(id.span.lo, "cannot use _ as value");
            return Operand::invalid(e);
        }
        let Some(obj) = self.lookup(&id.name) else {
            self.error(id.span.lo, format!("undefined: {}", id.name));
            return Operand::invalid(e);
        };
        self.p.info.uses.insert(id.id, obj);
        self.ensure_resolved(obj);
        // A package name without selector is an error, not a use of the import.
        let is_pkg = matches!(self.p.objects.get(obj).kind, ObjKind::PkgName(_));
        if !is_pkg {
            self.note_use(obj, mark_used);
        }
        let o = self.p.objects.get(obj);
        match &o.kind {
            ObjKind::PkgName(_) => {
                self.error(
                    id.span.lo,
                    format!("use of package {} not in selector", id.name),
                );
                Operand::invalid(e)
            }
            ObjKind::Const(c) => {
                if o.pkg.is_none() && o.name == "iota" {
                    return match self.ctx.iota {
                        Some(i) => op(
                            Mode::Constant(ConstValue::int(i as i64)),
                            TypeId::UNTYPED_INT,
                        ),
                        None => {
                            self.error(id.span.lo, "cannot use iota outside constant declaration");
                            Operand::invalid(e)
                        }
                    };
                }
                if c.ty == TypeId::INVALID {
                    return Operand::invalid(e);
                }
                op(Mode::Constant(c.value.clone()), c.ty)
            }
            ObjKind::TypeName(t) => {
                if t.ty == TypeId::INVALID {
                    return Operand::invalid(e);
                }
                op(Mode::TypeExpr, t.ty)
            }
            ObjKind::Var(v) => {
                if v.ty == TypeId::INVALID {
                    return Operand::invalid(e);
                }
                op(Mode::Variable, v.ty)
            }
            ObjKind::Func(f) => {
                if o.name == "init" && o.pkg == Some(self.pkg) && f.recv.is_none() {
                    self.error(id.span.lo, "undefined: init");
                    return Operand::invalid(e);
                }
                if f.sig == TypeId::INVALID {
                    return Operand::invalid(e);
                }
                op(Mode::Value, f.sig)
            }
            ObjKind::Builtin(b) => op(Mode::Builtin(*b), TypeId::INVALID),
            ObjKind::Nil => op(Mode::Value, TypeId::UNTYPED_NIL),
            ObjKind::Label => {
                self.error(id.span.lo, format!("undefined: {}", id.name));
                Operand::invalid(e)
            }
        }
    }

    // ---- untyped conversion and assignability ----

    /// Records the final type of an untyped expression tree (and converts constant values).
    pub fn set_final_type(&mut self, e: &'a Expr, t: TypeId) {
        let Some(tv) = self.p.info.types.get(&e.id).cloned() else {
            return;
        };
        if !self.p.types.is_untyped(tv.ty) {
            return;
        }
        let mode = match tv.mode {
            Mode::Constant(v) => {
                let k = self.p.types.basic_kind(t);
                match k {
                    Some(k) => Mode::Constant(v.represent(k).unwrap_or(v)),
                    None => {
                        // An untyped constant assigned to an interface: it has its default type.
                        let d = self.p.types.default_type(tv.ty);
                        let nv = self
                            .p
                            .types
                            .basic_kind(d)
                            .and_then(|k| v.represent(k).ok())
                            .unwrap_or(v);
                        self.p.info.types.insert(
                            e.id,
                            crate::info::TypeAndValue {
                                mode: Mode::Constant(nv),
                                ty: d,
                            },
                        );
                        return;
                    }
                }
            }
            m => m,
        };
        let final_ty = if self.p.types.is_interface(t) && tv.ty != TypeId::UNTYPED_NIL {
            self.p.types.default_type(tv.ty)
        } else {
            t
        };
        self.p.info.types.insert(
            e.id,
            crate::info::TypeAndValue {
                mode: mode.clone(),
                ty: final_ty,
            },
        );
        match &e.kind {
            ExprKind::Paren(x) => self.set_final_type(x, t),
            ExprKind::Unary { x, op } if *op != UnOp::Addr => self.set_final_type(x, t),
            ExprKind::Binary { op, x, y } => {
                if cmp_op(*op).is_some() {
                    return;
                }
                if matches!(op, BinOp::Shl | BinOp::Shr) {
                    // A constant shift's operands keep their untyped constant values.
                    if !matches!(mode, Mode::Constant(_)) {
                        self.set_shifted_final_type(x, final_ty);
                    }
                } else {
                    self.set_final_type(x, t);
                    self.set_final_type(y, t);
                }
            }
            _ => {}
        }
    }

    /// Gives the untyped left operand `x` of a non-constant shift its final type `t`, which must be an integer
    /// type that can represent it.
    fn set_shifted_final_type(&mut self, x: &'a Expr, t: TypeId) {
        let Some(tv) = self.p.info.types.get(&x.id).cloned() else {
            return;
        };
        if !self.p.types.is_untyped(tv.ty) {
            return;
        }
        let shown = Operand {
            mode: tv.mode.clone(),
            ty: tv.ty,
            expr: Some(x),
        };
        if !self.p.types.is_integer(t) {
            self.error(
                x.span.lo,
                format!(
                    "invalid operation: shifted operand {} (type {}) must be integer",
                    expr_string(x),
                    self.tstr(t)
                ),
            );
            return;
        }
        if let (Mode::Constant(v), Some(k)) = (&tv.mode, self.p.types.basic_kind(t)) {
            if v.represent(k).is_err() {
                let ts = self.spelled(t, self.target_spelling);
                let msg = format!("{} overflows {ts}", self.describe(&shown));
                self.error(x.span.lo, msg);
                return;
            }
        }
        self.set_final_type(x, t);
    }

    /// Converts an untyped operand to type `target` if possible. Returns an error reason on failure
    /// (the caller words the message). `Ok` for already-typed operands.
    pub fn implicit_convert(
        &mut self,
        x: &mut Operand<'a>,
        target: TypeId,
    ) -> Result<(), Option<Unrepresentable>> {
        if x.is_invalid() || !self.p.types.is_untyped(x.ty) || target == TypeId::INVALID {
            return Ok(());
        }
        if self.p.types.is_untyped(target) {
            // Both untyped: only numeric kinds combine; the larger kind wins.
            let (Some(a), Some(b)) = (
                self.p.types.basic_kind(x.ty),
                self.p.types.basic_kind(target),
            ) else {
                return Err(None);
            };
            if a.is_numeric() && b.is_numeric() {
                let rank = |k: BasicKind| match k {
                    BasicKind::UntypedInt => 0,
                    BasicKind::UntypedRune => 1,
                    BasicKind::UntypedFloat => 2,
                    _ => 3,
                };
                if rank(b) > rank(a) {
                    if let Mode::Constant(v) = &x.mode {
                        if let Ok(nv) = v.represent(b) {
                            x.mode = Mode::Constant(nv);
                        }
                    }
                    x.ty = target;
                }
                return Ok(());
            }
            if a == b {
                return Ok(());
            }
            return Err(None);
        }
        let tu = self.p.types.underlying(target);
        match self.p.types.kind(tu).clone() {
            TypeKind::Basic(k) => {
                if x.ty == TypeId::UNTYPED_NIL {
                    return Err(None);
                }
                if let Mode::Constant(v) = &x.mode {
                    match v.represent(k) {
                        Ok(nv) => x.mode = Mode::Constant(nv),
                        Err(r) => {
                            // A numeric constant to a non-numeric type is a plain mismatch.
                            let xk = self.p.types.basic_kind(x.ty);
                            if xk.is_some_and(|xk| xk.is_numeric()) && k.is_numeric() {
                                return Err(Some(r));
                            }
                            return Err(None);
                        }
                    }
                } else {
                    let xk = self.p.types.basic_kind(x.ty).unwrap_or(BasicKind::Invalid);
                    let ok = match xk {
                        BasicKind::UntypedBool => k.is_boolean(),
                        BasicKind::UntypedInt | BasicKind::UntypedRune => k.is_numeric(),
                        BasicKind::UntypedFloat => k.is_float() || k.is_complex(),
                        BasicKind::UntypedComplex => k.is_complex(),
                        BasicKind::UntypedString => k.is_string(),
                        _ => false,
                    };
                    if !ok {
                        return Err(None);
                    }
                }
            }
            TypeKind::Interface(_) => {
                if x.ty != TypeId::UNTYPED_NIL {
                    // Use the default type; the assignment check verifies the interface.
                    let d = self.p.types.default_type(x.ty);
                    if let Some(e) = x.expr {
                        self.set_final_type(e, d);
                    }
                    if let Mode::Constant(v) = &x.mode {
                        if let Some(k) = self.p.types.basic_kind(d) {
                            if let Ok(nv) = v.represent(k) {
                                x.mode = Mode::Constant(nv);
                            }
                        }
                    }
                    x.ty = d;
                    return Ok(());
                }
            }
            TypeKind::Pointer(_)
            | TypeKind::Slice(_)
            | TypeKind::Map { .. }
            | TypeKind::Signature(_)
            | TypeKind::Chan { .. } => {
                if x.ty != TypeId::UNTYPED_NIL {
                    return Err(None);
                }
            }
            _ => return Err(None),
        }
        if let Some(e) = x.expr {
            self.set_final_type(e, target);
        }
        x.ty = target;
        Ok(())
    }

    /// Converts an untyped operand to `target`, reporting `cannot use ... as T value` style errors through
    /// the binary-operator wording (`cannot convert`).
    pub fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) -> bool {
        match self.implicit_convert(x, target) {
            Ok(()) => true,
            Err(r) => {
                let msg = match r {
                    Some(Unrepresentable::Truncated) => {
                        format!("{} truncated to {}", self.describe(x), self.tstr(target))
                    }
                    Some(Unrepresentable::Overflows) => {
                        format!("{} overflows {}", self.describe(x), self.tstr(target))
                    }
                    _ => format!(
                        "cannot convert {} to type {}",
                        self.describe(x),
                        self.tstr(target)
                    ),
                };
                self.error(x.pos(), msg);
                x.mode = Mode::Invalid;
                false
            }
        }
    }

    /// Gives an untyped operand its default type (for `x := 1`, interface arguments, etc.).
    pub fn default_convert(&mut self, x: &mut Operand<'a>) {
        if x.is_invalid() || !self.p.types.is_untyped(x.ty) || x.ty == TypeId::UNTYPED_NIL {
            return;
        }
        let d = self.p.types.default_type(x.ty);
        self.convert_untyped(x, d);
    }

    /// Whether a value of type `v` (operand `x`) is assignable to `t`; on failure, an optional reason
    /// (`: int does not implement I (missing method M)`).
    pub fn assignable(&mut self, x: &Operand<'a>, t: TypeId) -> Result<(), String> {
        let v = x.ty;
        if v == t || v == TypeId::INVALID || t == TypeId::INVALID {
            return Ok(());
        }
        let vu = self.p.types.underlying(v);
        let tu = self.p.types.underlying(t);
        if vu == tu && (!self.p.types.is_named(v) || !self.p.types.is_named(t)) {
            return Ok(());
        }
        if v == TypeId::UNTYPED_NIL {
            return match self.p.types.kind(tu) {
                TypeKind::Pointer(_)
                | TypeKind::Slice(_)
                | TypeKind::Map { .. }
                | TypeKind::Signature(_)
                | TypeKind::Chan { .. }
                | TypeKind::Interface(_) => Ok(()),
                _ => Err(String::new()),
            };
        }
        if self.p.types.is_interface(t) {
            return match lookup::missing_method(self.p, v, t) {
                None => Ok(()),
                Some(m) => {
                    Err(format!(":\n\t{}", self.missing_reason(v, t, &m))
                        .replacen(":\n\t", ": ", 1))
                }
            };
        }
        // An interface value assigned to a concrete type that implements it needs an assertion.
        if self.p.types.is_interface(v)
            && !self.p.types.is_interface(t)
            && lookup::implements(self.p, t, v)
        {
            return Err(": need type assertion".to_string());
        }
        Err(String::new())
    }

    /// `T does not implement I (missing method M)` and its variants.
    pub fn missing_reason(&self, v: TypeId, t: TypeId, m: &MissingMethod) -> String {
        let vs = self.tstr(v);
        let ts = self.tstr(t);
        match m {
            MissingMethod::Missing(name) => format!("{vs} does not implement {ts} (missing method {name})"),
            MissingMethod::PointerReceiver(name) => {
                format!("{vs} does not implement {ts} (method {name} has pointer receiver)")
            }
            MissingMethod::WrongType(name, have, want) => format!(
                "{vs} does not implement {ts} (wrong type for method {name})\n\t\thave {name}{}\n\t\twant {name}{}",
                crate::typestring::signature_string(self.p, *have, Some(self.pkg)),
                crate::typestring::signature_string(self.p, *want, Some(self.pkg)),
            ),
        }
    }

    /// Checks that `x` can be assigned to a variable of type `t` in `context` (`variable declaration`,
    /// `assignment`, `argument to f`, `return statement`...), converting untyped operands. Reports Go's
    /// `cannot use X as T value in CONTEXT` on failure.
    pub fn assignment(&mut self, x: &mut Operand<'a>, t: TypeId, context: &str) -> bool {
        if x.is_invalid() || t == TypeId::INVALID {
            x.mode = Mode::Invalid;
            return false;
        }
        if self.p.types.is_untyped(x.ty) {
            let before = self.describe(x);
            if let Err(r) = self.implicit_convert(x, t) {
                let suffix = match r {
                    Some(Unrepresentable::Overflows) => " (overflows)",
                    Some(Unrepresentable::Truncated) => " (truncated)",
                    _ => "",
                };
                let ts = self.spelled(t, self.target_spelling);
                self.error(
                    x.pos(),
                    format!("cannot use {before} as {ts} value in {context}{suffix}"),
                );
                x.mode = Mode::Invalid;
                return false;
            }
        }
        match self.assignable(x, t) {
            Ok(()) => true,
            Err(reason) => {
                let d = self.describe(x);
                let ts = self.spelled(t, self.target_spelling);
                self.error(
                    x.pos(),
                    format!("cannot use {d} as {ts} value in {context}{reason}"),
                );
                x.mode = Mode::Invalid;
                false
            }
        }
    }

    fn check_assertable(&mut self, iface: TypeId, t: TypeId, pos: u32, e: &'a Expr) {
        if self.p.types.is_interface(t) {
            return;
        }
        if let Some(m) = lookup::missing_method(self.p, t, iface) {
            let reason = self.missing_reason(t, iface, &m);
            self.error(
                pos,
                format!("impossible type assertion: {}\n\t{reason}", expr_string(e)),
            );
        }
    }

    // ---- operators ----

    fn unary(&mut self, e: &'a Expr, op: UnOp, xe: &'a Expr) -> Operand<'a> {
        if op == UnOp::Addr {
            // &T{...} is allowed on composite literals.
            let inner = strip_parens(xe);
            if let ExprKind::CompositeLit { .. } = inner.kind {
                let x = self.expr(xe);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                let t = self.p.types.pointer(x.ty);
                return Operand {
                    mode: Mode::Value,
                    ty: t,
                    expr: Some(e),
                };
            }
            let x = self.expr(xe);
            if x.is_invalid() {
                return Operand::invalid(e);
            }
            if x.mode != Mode::Variable {
                // Go names the operand without its parentheses, at its own position.
                let shown = Operand {
                    expr: Some(inner),
                    ..x.clone()
                };
                self.error(
                    inner.span.lo,
                    format!(
                        "invalid operation: cannot take address of {}",
                        self.describe(&shown)
                    ),
                );
                return Operand::invalid(e);
            }
            self.mark_address_taken(xe);
            let t = self.p.types.pointer(x.ty);
            return Operand {
                mode: Mode::Value,
                ty: t,
                expr: Some(e),
            };
        }
        if op == UnOp::Recv {
            self.expr(xe);
            self.error(e.span.lo, unsupported("channel operations"));
            return Operand::invalid(e);
        }
        let mut x = self.expr(xe);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        let ok = match op {
            UnOp::Pos | UnOp::Neg => self.p.types.is_numeric(x.ty),
            UnOp::Not => self.p.types.is_boolean(x.ty),
            UnOp::BitNot => self.p.types.is_integer(x.ty),
            _ => false,
        };
        if !ok {
            self.error(
                xe.span.lo,
                format!(
                    "invalid operation: operator {} not defined on {}",
                    op.as_str(),
                    self.describe(&x)
                ),
            );
            return Operand::invalid(e);
        }
        if let Mode::Constant(v) = &x.mode {
            let r = match op {
                UnOp::Pos => Ok(v.clone()),
                UnOp::Neg => v.neg(),
                UnOp::Not => v.not(),
                UnOp::BitNot => {
                    let bits = if self.p.types.is_unsigned(x.ty) {
                        Some(self.p.types.int_bits(x.ty))
                    } else {
                        None
                    };
                    v.bit_not(bits)
                }
                _ => Ok(v.clone()),
            };
            match r {
                Ok(nv) => {
                    let mut r = Operand {
                        mode: Mode::Constant(nv),
                        ty: x.ty,
                        expr: Some(e),
                    };
                    self.check_typed_const_overflow(&mut r);
                    return r;
                }
                Err(_) => return Operand::invalid(e),
            }
        }
        x.mode = Mode::Value;
        x.expr = Some(e);
        x
    }

    /// Reports `x (constant 200 of type int8) overflows int8` for typed constants out of range.
    fn check_typed_const_overflow(&mut self, x: &mut Operand<'a>) {
        let Mode::Constant(v) = &x.mode else {
            return;
        };
        if self.p.types.is_untyped(x.ty) {
            return;
        }
        let Some(k) = self.p.types.basic_kind(x.ty) else {
            return;
        };
        match v.represent(k) {
            Ok(nv) => x.mode = Mode::Constant(nv),
            Err(_) => {
                let d = self.describe(x);
                self.error(x.pos(), format!("{d} overflows {}", self.tstr(x.ty)));
                x.mode = Mode::Invalid;
            }
        }
    }

    pub fn mark_address_taken(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::Ident(id) => {
                if let Some(o) = self.p.info.uses.get(&id.id).copied() {
                    if let Some(v) = self.p.objects.var_mut(o) {
                        v.address_taken = true;
                    }
                }
            }
            ExprKind::Paren(x) => self.mark_address_taken(x),
            ExprKind::Selector { x, .. } => {
                // &s.f takes the address of s (if s is a struct variable, not through a pointer).
                if let Some(sel) = self.p.info.selections.get(&e.id) {
                    if sel.kind == SelectionKind::FieldVal && !sel.indirect {
                        self.mark_address_taken(x);
                    }
                }
            }
            ExprKind::Index { x, .. } => {
                if let Some(tv) = self.p.info.types.get(&x.id) {
                    if matches!(self.p.types.under(tv.ty), TypeKind::Array { .. }) {
                        self.mark_address_taken(x);
                    }
                }
            }
            _ => {}
        }
    }

    fn binary(&mut self, e: &'a Expr, op: BinOp, xe: &'a Expr, ye: &'a Expr) -> Operand<'a> {
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(e, op, xe, ye);
        }
        let mut x = self.expr(xe);
        let mut y = self.expr(ye);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(e);
        }
        if let Some(cop) = cmp_op(op) {
            return self.comparison(e, cop, op, x, y);
        }
        // Match types: an untyped operand takes the other's type.
        if !self.match_types(&mut x, &mut y) {
            let (xs, ys) = (self.operand_type(&x), self.operand_type(&y));
            self.error(
                xe.span.lo,
                format!(
                    "invalid operation: {} (mismatched types {xs} and {ys})",
                    expr_string(e)
                ),
            );
            return Operand::invalid(e);
        }
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(e);
        }
        if x.ty != y.ty && !(self.p.types.is_untyped(x.ty) && self.p.types.is_untyped(y.ty)) {
            let (xs, ys) = (self.operand_type(&x), self.operand_type(&y));
            self.error(
                xe.span.lo,
                format!(
                    "invalid operation: {} (mismatched types {xs} and {ys})",
                    expr_string(e)
                ),
            );
            return Operand::invalid(e);
        }
        let t = x.ty;
        let ok = match op {
            BinOp::Add => self.p.types.is_numeric(t) || self.p.types.is_string(t),
            BinOp::Sub | BinOp::Mul | BinOp::Div => self.p.types.is_numeric(t),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => {
                self.p.types.is_integer(t)
            }
            BinOp::LAnd | BinOp::LOr => self.p.types.is_boolean(t),
            _ => false,
        };
        if !ok {
            self.error(
                xe.span.lo,
                format!(
                    "invalid operation: operator {} not defined on {}",
                    op.as_str(),
                    self.describe(&x)
                ),
            );
            return Operand::invalid(e);
        }
        // Division by a constant zero.
        if matches!(op, BinOp::Div | BinOp::Rem) {
            if let Some(v) = y.value() {
                if v.is_zero() && (self.p.types.is_integer(t) || x.value().is_some()) {
                    self.error(ye.span.lo, "invalid operation: division by zero");
                    return Operand::invalid(e);
                }
            }
        }
        if let (Some(a), Some(b)) = (x.value(), y.value()) {
            let r = match op {
                BinOp::LAnd => Ok(ConstValue::Bool(
                    a.as_bool() == Some(true) && b.as_bool() == Some(true),
                )),
                BinOp::LOr => Ok(ConstValue::Bool(
                    a.as_bool() == Some(true) || b.as_bool() == Some(true),
                )),
                _ => {
                    let aop = arith(op).unwrap_or(ArithOp::Add);
                    let int_div = self.p.types.is_integer(t);
                    a.binary(aop, b, int_div)
                }
            };
            return match r {
                Ok(v) => {
                    let mut r = Operand {
                        mode: Mode::Constant(v),
                        ty: t,
                        expr: Some(e),
                    };
                    self.check_typed_const_overflow(&mut r);
                    r
                }
                Err(ConstError::DivisionByZero) => {
                    self.error(ye.span.lo, "invalid operation: division by zero");
                    Operand::invalid(e)
                }
                Err(err) => {
                    self.error(xe.span.lo, err.message());
                    Operand::invalid(e)
                }
            };
        }
        Operand {
            mode: Mode::Value,
            ty: t,
            expr: Some(e),
        }
    }

    /// Converts untyped operands of a binary operation to the other operand's type. False on mismatch.
    fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) -> bool {
        let xu = self.p.types.is_untyped(x.ty);
        let yu = self.p.types.is_untyped(y.ty);
        if xu && !yu {
            if self.p.types.is_interface(y.ty) && x.ty != TypeId::UNTYPED_NIL {
                self.default_convert(x);
                return true;
            }
            return self.implicit_convert_or_report(x, y.ty);
        }
        if yu && !xu {
            if self.p.types.is_interface(x.ty) && y.ty != TypeId::UNTYPED_NIL {
                self.default_convert(y);
                return true;
            }
            return self.implicit_convert_or_report(y, x.ty);
        }
        if xu && yu {
            let ok1 = self.implicit_convert(x, y.ty).is_ok();
            let ok2 = self.implicit_convert(y, x.ty).is_ok();
            return ok1 && ok2;
        }
        true
    }

    fn implicit_convert_or_report(&mut self, x: &mut Operand<'a>, t: TypeId) -> bool {
        match self.implicit_convert(x, t) {
            Ok(()) => true,
            Err(Some(r)) if x.value().is_some() && self.p.types.is_numeric(t) => {
                let msg = match r {
                    Unrepresentable::Truncated => {
                        format!("{} truncated to {}", self.describe(x), self.tstr(t))
                    }
                    _ => format!(
                        "cannot use {} as {} value in expression (overflows)",
                        self.describe(x),
                        self.tstr(t)
                    ),
                };
                let msg = if r == Unrepresentable::Overflows {
                    format!("{} overflows {}", self.describe(x), self.tstr(t))
                } else {
                    msg
                };
                self.error(x.pos(), msg);
                x.mode = Mode::Invalid;
                true
            }
            Err(_) => false,
        }
    }

    fn comparison(
        &mut self,
        e: &'a Expr,
        cop: CmpOp,
        op: BinOp,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
    ) -> Operand<'a> {
        let xe = x.expr;
        let mismatch = |c: &mut Self, x: &Operand<'a>, y: &Operand<'a>| {
            let (xs, ys) = (c.operand_type(x), c.operand_type(y));
            let pos = if true { y.pos() } else { x.pos() };
            c.error(
                pos,
                format!(
                    "invalid operation: {} (mismatched types {xs} and {ys})",
                    expr_string(e)
                ),
            );
        };
        let was_nil = x.ty == TypeId::UNTYPED_NIL || y.ty == TypeId::UNTYPED_NIL;
        if !self.match_types(&mut x, &mut y) {
            mismatch(self, &x, &y);
            return Operand::invalid(e);
        }
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(e);
        }
        let ok_assign = self.assignable(&x, y.ty).is_ok() || self.assignable(&y, x.ty).is_ok();
        if !ok_assign {
            mismatch(self, &x, &y);
            return Operand::invalid(e);
        }
        let is_eq = matches!(cop, CmpOp::Eq | CmpOp::Ne);
        let t = if x.ty == TypeId::UNTYPED_NIL {
            y.ty
        } else {
            x.ty
        };
        if is_eq {
            // nil may be compared with slices, maps, funcs, pointers, interfaces.
            let nil_cmp = was_nil;
            if nil_cmp {
                if x.ty == TypeId::UNTYPED_NIL && y.ty == TypeId::UNTYPED_NIL {
                    self.error(
                        x.pos(),
                        format!(
                            "invalid operation: {} (operator {} not defined on nil)",
                            expr_string(e),
                            op.as_str()
                        ),
                    );
                    return Operand::invalid(e);
                }
            } else if !self.p.types.comparable(t) {
                let why = self.incomparable_reason(t);
                self.error(
                    x.pos(),
                    format!("invalid operation: {} ({why})", expr_string(e)),
                );
                return Operand::invalid(e);
            }
        } else if !self.p.types.is_ordered(t) {
            let kind = self.type_kind_word(t);
            self.error(
                x.pos(),
                format!(
                    "invalid operation: {} (operator {} not defined on {kind})",
                    expr_string(e),
                    op.as_str()
                ),
            );
            return Operand::invalid(e);
        }
        let _ = xe;
        // Untyped operands of a comparison get their default types (or each other's type).
        if let (Some(a), Some(b)) = (x.value(), y.value()) {
            let r = a.compare(cop, b).unwrap_or(false);
            let (a_ty, b_ty) = (x.ty, y.ty);
            if self.p.types.is_untyped(a_ty) {
                self.default_convert(&mut x);
            }
            if self.p.types.is_untyped(b_ty) {
                self.default_convert(&mut y);
            }
            return Operand {
                mode: Mode::Constant(ConstValue::Bool(r)),
                ty: TypeId::UNTYPED_BOOL,
                expr: Some(e),
            };
        }
        if self.p.types.is_untyped(x.ty) {
            self.default_convert(&mut x);
        }
        if self.p.types.is_untyped(y.ty) {
            self.default_convert(&mut y);
        }
        Operand {
            mode: Mode::Value,
            ty: TypeId::UNTYPED_BOOL,
            expr: Some(e),
        }
    }

    fn type_kind_word(&self, t: TypeId) -> String {
        match self.p.types.under(t) {
            TypeKind::Struct { .. } => "struct".into(),
            TypeKind::Pointer(_) => "pointer".into(),
            TypeKind::Slice(_) => "slice".into(),
            TypeKind::Map { .. } => "map".into(),
            TypeKind::Signature(_) => "func".into(),
            TypeKind::Interface(_) => "interface".into(),
            TypeKind::Array { .. } => "array".into(),
            TypeKind::Chan { .. } => "chan".into(),
            _ => self.tstr(t),
        }
    }

    fn incomparable_reason(&self, t: TypeId) -> String {
        match self.p.types.under(t) {
            TypeKind::Slice(_) => "slice can only be compared to nil".into(),
            TypeKind::Map { .. } => "map can only be compared to nil".into(),
            TypeKind::Signature(_) => "func can only be compared to nil".into(),
            TypeKind::Struct { fields } => {
                for f in fields {
                    if !self.p.types.comparable(f.ty) {
                        return format!("struct containing {} cannot be compared", self.tstr(f.ty));
                    }
                }
                "struct cannot be compared".into()
            }
            _ => format!("{} cannot be compared", self.tstr(t)),
        }
    }

    fn shift(&mut self, e: &'a Expr, op: BinOp, xe: &'a Expr, ye: &'a Expr) -> Operand<'a> {
        let x = self.expr(xe);
        let mut y = self.expr(ye);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(e);
        }
        // The shift count: integer (untyped constants must be representable as uint).
        if let Some(v) = y.value().cloned() {
            if v.is_negative() {
                self.error(
                    ye.span.lo,
                    format!(
                        "invalid operation: negative shift count {}",
                        self.describe(&y)
                    ),
                );
                return Operand::invalid(e);
            }
            if self.p.types.is_untyped(y.ty) {
                if v.to_int().is_none() {
                    self.error(
                        ye.span.lo,
                        format!("{} truncated to uint", self.describe(&y)),
                    );
                    return Operand::invalid(e);
                }
                self.convert_untyped(&mut y, TypeId::UINT);
            }
        } else if self.p.types.is_untyped(y.ty) {
            self.convert_untyped(&mut y, TypeId::UINT);
        }
        if !self.p.types.is_integer(y.ty) {
            self.error(
                ye.span.lo,
                format!(
                    "invalid operation: shift count {} must be integer",
                    self.describe(&y)
                ),
            );
            return Operand::invalid(e);
        }
        // The shifted operand.
        if let Mode::Constant(xv) = &x.mode {
            if self.p.types.is_untyped(x.ty) {
                if xv.to_int().is_none() {
                    self.error(
                        xe.span.lo,
                        format!(
                            "invalid operation: shifted operand {} must be integer",
                            self.describe(&x)
                        ),
                    );
                    return Operand::invalid(e);
                }
                if let Some(yv) = y.value() {
                    // Constant shift: result is an untyped int constant (or keeps x's kind if integral).
                    let s = yv.to_u64().unwrap_or(u64::MAX);
                    return match xv.shift(op == BinOp::Shl, s) {
                        Ok(v) => {
                            let ty = if x.ty == TypeId::UNTYPED_FLOAT {
                                TypeId::UNTYPED_INT
                            } else {
                                x.ty
                            };
                            if ty != x.ty {
                                self.record(xe, x.mode.clone(), TypeId::UNTYPED_INT);
                            }
                            Operand {
                                mode: Mode::Constant(v),
                                ty,
                                expr: Some(e),
                            }
                        }
                        Err(err) => {
                            self.error(xe.span.lo, err.message());
                            Operand::invalid(e)
                        }
                    };
                }
                // Non-constant shift of an untyped constant (spec "Operators"): the constant takes the type
                // the shift expression gets from its context, so the result stays untyped for now;
                // `set_final_type` gives both their type (and checks it is an integer type) later.
                return Operand {
                    mode: Mode::Value,
                    ty: x.ty,
                    expr: Some(e),
                };
            }
        }
        if !self.p.types.is_integer(x.ty) {
            self.error(
                xe.span.lo,
                format!(
                    "invalid operation: shifted operand {} must be integer",
                    self.describe(&x)
                ),
            );
            return Operand::invalid(e);
        }
        if let (Some(xv), Some(yv)) = (x.value(), y.value()) {
            let s = yv.to_u64().unwrap_or(u64::MAX);
            return match xv.shift(op == BinOp::Shl, s) {
                Ok(v) => {
                    let mut r = Operand {
                        mode: Mode::Constant(v),
                        ty: x.ty,
                        expr: Some(e),
                    };
                    self.check_typed_const_overflow(&mut r);
                    r
                }
                Err(err) => {
                    self.error(xe.span.lo, err.message());
                    Operand::invalid(e)
                }
            };
        }
        Operand {
            mode: Mode::Value,
            ty: x.ty,
            expr: Some(e),
        }
    }

    // ---- selectors ----

    fn selector(&mut self, e: &'a Expr, xe: &'a Expr, sel: &'a ast::Ident) -> Operand<'a> {
        // Qualified identifier pkg.Name.
        if let ExprKind::Ident(pid) = &xe.kind {
            if let Some(obj) = self.lookup(&pid.name) {
                if let ObjKind::PkgName(dep) = self.p.objects.get(obj).kind {
                    self.p.info.uses.insert(pid.id, obj);
                    self.note_use(obj, true);
                    let member = self.p.lookup_member(dep, &sel.name);
                    let Some(m) = member.filter(|_| lookup::is_exported(&sel.name)) else {
                        let msg = if member.is_some() || !lookup::is_exported(&sel.name) {
                            format!("name {} not exported by package {}", sel.name, pid.name)
                        } else {
                            format!("undefined: {}.{}", pid.name, sel.name)
                        };
                        let msg = if member.is_none() {
                            format!("undefined: {}.{}", pid.name, sel.name)
                        } else {
                            msg
                        };
                        self.error(sel.span.lo, msg);
                        return Operand::invalid(e);
                    };
                    self.p.info.uses.insert(sel.id, m);
                    self.p.info.selections.insert(
                        e.id,
                        Selection {
                            kind: SelectionKind::Qualified,
                            obj: m,
                            recv: TypeId::INVALID,
                            path: Vec::new(),
                            indirect: false,
                            ty: self.p.objects.type_of(m),
                        },
                    );
                    let o = self.p.objects.get(m);
                    let op = |mode: Mode, ty: TypeId| Operand {
                        mode,
                        ty,
                        expr: Some(e),
                    };
                    return match &o.kind {
                        ObjKind::Const(c) => op(Mode::Constant(c.value.clone()), c.ty),
                        ObjKind::TypeName(t) => op(Mode::TypeExpr, t.ty),
                        ObjKind::Var(v) => op(Mode::Variable, v.ty),
                        ObjKind::Func(f) => op(Mode::Value, f.sig),
                        _ => Operand::invalid(e),
                    };
                }
            }
        }
        let x = self.expr_or_type(xe);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        if x.mode == Mode::TypeExpr {
            return self.method_expr(e, x.ty, sel);
        }
        let x = self.single_value(x);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        if x.ty == TypeId::UNTYPED_NIL || self.p.types.is_untyped(x.ty) {
            self.error(
                sel.span.lo,
                format!(
                    "{}.{} undefined (type {} has no field or method {})",
                    expr_string(xe),
                    sel.name,
                    self.tstr(x.ty),
                    sel.name
                ),
            );
            return Operand::invalid(e);
        }
        let r = lookup::lookup_field_or_method(self.p, x.ty, Some(self.pkg), &sel.name);
        match r {
            LookupResult::Field {
                obj,
                ty,
                path,
                indirect,
            } => {
                self.p.info.uses.insert(sel.id, obj);
                let mode = if indirect || x.mode == Mode::Variable {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                self.p.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::FieldVal,
                        obj,
                        recv: x.ty,
                        path,
                        indirect,
                        ty,
                    },
                );
                Operand {
                    mode,
                    ty,
                    expr: Some(e),
                }
            }
            LookupResult::Method {
                func,
                path,
                indirect,
                ptr_recv,
            } => {
                self.p.info.uses.insert(sel.id, func);
                self.note_use(func, true);
                if ptr_recv && !indirect && !self.p.types.is_pointer(x.ty) {
                    if x.mode != Mode::Variable {
                        self.error(
                            e.span.lo,
                            format!(
                                "cannot call pointer method {} on {}",
                                sel.name,
                                self.tstr(x.ty)
                            ),
                        );
                        return Operand::invalid(e);
                    }
                    self.mark_address_taken(xe);
                }
                let sig = self.p.objects.type_of(func);
                self.p.info.selections.insert(
                    e.id,
                    Selection {
                        kind: SelectionKind::MethodVal,
                        obj: func,
                        recv: x.ty,
                        path,
                        indirect,
                        ty: sig,
                    },
                );
                Operand {
                    mode: Mode::Value,
                    ty: sig,
                    expr: Some(e),
                }
            }
            LookupResult::Ambiguous => {
                self.error(
                    sel.span.lo,
                    format!("ambiguous selector {}", expr_string(e)),
                );
                Operand::invalid(e)
            }
            LookupResult::NotFound => {
                let what = if self.p.types.is_pointer(x.ty)
                    && self
                        .p
                        .types
                        .pointer_elem(x.ty)
                        .is_some_and(|b| self.p.types.is_interface(b))
                {
                    format!(
                        "{}.{} undefined (type {} is pointer to interface, not interface)",
                        expr_string(xe),
                        sel.name,
                        self.tstr(x.ty)
                    )
                } else {
                    // An unexported field or method of another package, or a different capitalization.
                    let es = expr_string(xe);
                    let name = &sel.name;
                    let what = |field: bool| if field { "field" } else { "method" };
                    match lookup::lookup_field_or_method(self.p, x.ty, None, name) {
                        found @ (LookupResult::Field { .. } | LookupResult::Method { .. }) => {
                            let field = matches!(found, LookupResult::Field { .. });
                            format!(
                                "{es}.{name} undefined (cannot refer to unexported {} {name})",
                                what(field)
                            )
                        }
                        _ => match lookup::lookup_fold(self.p, x.ty, name) {
                            Some((other, field)) => format!(
                                "{es}.{name} undefined (type {} has no field or method {name}, but does have {} {other})",
                                self.tstr(x.ty),
                                what(field)
                            ),
                            None => format!(
                                "{es}.{name} undefined (type {} has no field or method {name})",
                                self.tstr(x.ty)
                            ),
                        },
                    }
                };
                self.error(sel.span.lo, what);
                Operand::invalid(e)
            }
        }
    }

    fn method_expr(&mut self, e: &'a Expr, t: TypeId, sel: &'a ast::Ident) -> Operand<'a> {
        let r = lookup::lookup_field_or_method(self.p, t, Some(self.pkg), &sel.name);
        let LookupResult::Method {
            func,
            path,
            indirect,
            ptr_recv,
        } = r
        else {
            let msg = match r {
                LookupResult::Field { .. } => format!(
                    "operand for field selector {} must be value of type {}",
                    sel.name,
                    self.tstr(t)
                ),
                _ => format!(
                    "{}.{} undefined (type {} has no method {})",
                    self.tstr(t),
                    sel.name,
                    self.tstr(t),
                    sel.name
                ),
            };
            self.error(e.span.lo, msg);
            return Operand::invalid(e);
        };
        if ptr_recv && !indirect && !self.p.types.is_pointer(t) {
            self.error(
                e.span.lo,
                format!(
                    "invalid method expression {}.{} (needs pointer receiver (*{}).{})",
                    self.tstr(t),
                    sel.name,
                    self.tstr(t),
                    sel.name
                ),
            );
            return Operand::invalid(e);
        }
        self.p.info.uses.insert(sel.id, func);
        self.note_use(func, true);
        let Some(sig) = self.p.types.sig(self.p.objects.type_of(func)).cloned() else {
            return Operand::invalid(e);
        };
        let mut params = vec![t];
        params.extend(sig.params);
        let ft = self.p.types.signature(params, sig.results, sig.variadic);
        self.p.info.selections.insert(
            e.id,
            Selection {
                kind: SelectionKind::MethodExpr,
                obj: func,
                recv: t,
                path,
                indirect,
                ty: ft,
            },
        );
        Operand {
            mode: Mode::Value,
            ty: ft,
            expr: Some(e),
        }
    }

    // ---- index and slice ----

    fn index_expr(&mut self, e: &'a Expr, xe: &'a Expr, indices: &'a [Expr]) -> Operand<'a> {
        let x = self.expr_or_type(xe);
        if x.is_invalid() {
            for i in indices {
                self.expr_or_type(i);
            }
            return Operand::invalid(e);
        }
        if x.mode == Mode::TypeExpr || indices.len() != 1 {
            self.error(e.span.lo, unsupported("generic instantiations"));
            return Operand::invalid(e);
        }
        let x = self.single_value(x);
        if x.is_invalid() {
            return Operand::invalid(e);
        }
        let ie = &indices[0];
        if let TypeKind::Signature(_) = self.p.types.under(x.ty) {
            self.error(e.span.lo, unsupported("generic functions"));
            return Operand::invalid(e);
        }
        let under = self.p.types.under(x.ty).clone();
        let (elem, len, mode) = match under {
            TypeKind::Basic(k) if k.is_string() => {
                let len = x.value().and_then(|v| v.as_bytes()).map(|b| b.len() as u64);
                (TypeId::BYTE, len, Mode::Value)
            }
            TypeKind::Array { len, elem } => {
                let m = if x.mode == Mode::Variable {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                (elem, Some(len), m)
            }
            TypeKind::Pointer(p) => match self.p.types.under(p).clone() {
                TypeKind::Array { len, elem } => (elem, Some(len), Mode::Variable),
                _ => {
                    self.error(
                        x.pos(),
                        format!("invalid operation: cannot index {}", self.describe(&x)),
                    );
                    self.expr(ie);
                    return Operand::invalid(e);
                }
            },
            TypeKind::Slice(elem) => (elem, None, Mode::Variable),
            TypeKind::Map { key, value } => {
                let mut k = self.expr(ie);
                self.assignment(&mut k, key, "map index");
                return Operand {
                    mode: Mode::MapIndex,
                    ty: value,
                    expr: Some(e),
                };
            }
            _ => {
                self.error(
                    x.pos(),
                    format!("invalid operation: cannot index {}", self.describe(&x)),
                );
                self.expr(ie);
                return Operand::invalid(e);
            }
        };
        let idx = self.index_value(ie, len);
        // Constant string indexed by constant: still not a constant in Go (a byte value).
        let _ = idx;
        Operand {
            mode,
            ty: elem,
            expr: Some(e),
        }
    }

    /// Checks an index; returns its constant value if constant. `len` bounds constant indices.
    pub fn index_value(&mut self, ie: &'a Expr, len: Option<u64>) -> Option<i64> {
        let mut i = self.expr(ie);
        if i.is_invalid() {
            return None;
        }
        if let Some(v) = i.value().cloned() {
            if self.p.types.is_untyped(i.ty) {
                if v.to_int().is_none() {
                    let d = self.describe(&i);
                    self.error(
                        ie.span.lo,
                        format!("invalid argument: index {d} truncated to int"),
                    );
                    return None;
                }
                self.convert_untyped(&mut i, TypeId::INT);
                if i.is_invalid() {
                    return None;
                }
            }
        } else if self.p.types.is_untyped(i.ty) {
            self.convert_untyped(&mut i, TypeId::INT);
        }
        if !self.p.types.is_integer(i.ty) {
            let d = self.describe(&i);
            self.error(
                ie.span.lo,
                format!("invalid argument: index {d} must be integer"),
            );
            return None;
        }
        let v = i.value()?.to_i64();
        match v {
            Some(n) if n < 0 => {
                let d = self.describe(&i);
                self.error(
                    ie.span.lo,
                    format!("invalid argument: index {d} must not be negative"),
                );
                None
            }
            Some(n) => {
                if let Some(l) = len {
                    if n as u64 >= l {
                        self.error(
                            ie.span.lo,
                            format!(
                                "invalid argument: index {} out of bounds [0:{l}]",
                                expr_string(ie)
                            ),
                        );
                        return None;
                    }
                }
                Some(n)
            }
            None => None,
        }
    }

    fn slice_expr(
        &mut self,
        e: &'a Expr,
        xe: &'a Expr,
        lo: Option<&'a Expr>,
        hi: Option<&'a Expr>,
        max: Option<&'a Expr>,
        three: bool,
    ) -> Operand<'a> {
        let x = self.expr(xe);
        if x.is_invalid() {
            for i in [lo, hi, max].into_iter().flatten() {
                self.expr(i);
            }
            return Operand::invalid(e);
        }
        let under = self.p.types.under(x.ty).clone();
        let (result, cap) = match under {
            TypeKind::Basic(k) if k.is_string() => {
                if three {
                    self.error(
                        e.span.lo,
                        "invalid operation: 3-index slice of string".to_string(),
                    );
                    return Operand::invalid(e);
                }
                let t = if x.ty == TypeId::UNTYPED_STRING {
                    TypeId::STRING
                } else {
                    x.ty
                };
                let len = x.value().and_then(|v| v.as_bytes()).map(|b| b.len() as u64);
                (t, len)
            }
            TypeKind::Array { len, elem } => {
                if x.mode != Mode::Variable {
                    self.error(
                        e.span.lo,
                        format!(
                            "invalid operation: {} (slice of unaddressable value)",
                            expr_string(e)
                        ),
                    );
                    return Operand::invalid(e);
                }
                self.mark_address_taken(xe);
                (self.p.types.slice(elem), Some(len))
            }
            TypeKind::Pointer(p) => match self.p.types.under(p).clone() {
                TypeKind::Array { len, elem } => (self.p.types.slice(elem), Some(len)),
                _ => {
                    self.error(x.pos(), format!("cannot slice {}", self.describe(&x)));
                    return Operand::invalid(e);
                }
            },
            TypeKind::Slice(_) => (x.ty, None),
            _ => {
                self.error(x.pos(), format!("cannot slice {}", self.describe(&x)));
                return Operand::invalid(e);
            }
        };
        let bound = cap.map(|c| c + 1);
        let mut vals = Vec::new();
        for i in [lo, hi, max].into_iter().flatten() {
            vals.push(self.index_value(i, bound));
        }
        // Constant indices must be non-decreasing.
        let known: Vec<i64> = vals.iter().flatten().copied().collect();
        if known.windows(2).any(|w| w[0] > w[1]) {
            self.error(e.span.lo, "invalid slice indices");
        }
        if let (Some(ty), Mode::Constant(_)) = (Some(result), &x.mode) {
            // Slicing a constant string gives a non-constant string.
            let _ = ty;
        }
        Operand {
            mode: Mode::Value,
            ty: result,
            expr: Some(e),
        }
    }

    // ---- composite literals ----

    pub fn composite_lit(
        &mut self,
        e: &'a Expr,
        t: TypeId,
        elts: &'a [ast::Element],
    ) -> Operand<'a> {
        if t == TypeId::INVALID {
            for el in elts {
                if let Some(k) = &el.key {
                    if !matches!(k.kind, ExprKind::Ident(_)) {
                        self.expr_or_type(k);
                    }
                }
                if !matches!(el.value.kind, ExprKind::CompositeLit { ty: None, .. }) {
                    self.expr_or_type(&el.value);
                }
            }
            return Operand::invalid(e);
        }
        let under = self.resolve_underlying(t);
        match self.p.types.kind(under).clone() {
            TypeKind::Struct { fields } => {
                if elts.is_empty() {
                } else if elts[0].key.is_some() {
                    let mut seen = Vec::new();
                    for el in elts {
                        let Some(k) = &el.key else {
                            self.error(
                                el.value.span.lo,
                                "mixture of field:value and value elements in struct literal",
                            );
                            self.elem_value(&el.value, TypeId::INVALID, "struct literal");
                            continue;
                        };
                        let ExprKind::Ident(kid) = &k.kind else {
                            self.error(
                                k.span.lo,
                                format!("invalid field name {} in struct literal", expr_string(k)),
                            );
                            self.elem_value(&el.value, TypeId::INVALID, "struct literal");
                            continue;
                        };
                        let Some(i) = fields.iter().position(|f| f.name == kid.name) else {
                            self.error(
                                kid.span.lo,
                                format!(
                                    "unknown field {} in struct literal of type {}",
                                    kid.name,
                                    self.tstr(t)
                                ),
                            );
                            self.elem_value(&el.value, TypeId::INVALID, "struct literal");
                            continue;
                        };
                        let f = &fields[i];
                        self.p.info.uses.insert(kid.id, f.obj);
                        if seen.contains(&i) {
                            self.error(
                                kid.span.lo,
                                format!("duplicate field name {} in struct literal", kid.name),
                            );
                        }
                        seen.push(i);
                        let fty = f.ty;
                        self.elem_value(&el.value, fty, "struct literal");
                    }
                } else {
                    for (i, el) in elts.iter().enumerate() {
                        if let Some(k) = &el.key {
                            self.error(
                                k.span.lo,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        }
                        match fields.get(i) {
                            Some(f) => {
                                if f.pkg.is_some() && f.pkg != Some(self.pkg) {
                                    self.error(
                                        el.value.span.lo,
                                        format!("implicit assignment to unexported field {} in struct literal of type {}", f.name, self.tstr(t)),
                                    );
                                }
                                let fty = f.ty;
                                self.elem_value(&el.value, fty, "struct literal");
                            }
                            None => {
                                self.error(
                                    el.value.span.lo,
                                    format!(
                                        "too many values in struct literal of type {}",
                                        self.tstr(t)
                                    ),
                                );
                                break;
                            }
                        }
                    }
                    if elts.len() < fields.len() {
                        let rb = e.span.hi.saturating_sub(1);
                        self.error(
                            rb,
                            format!("too few values in struct literal of type {}", self.tstr(t)),
                        );
                    }
                }
            }
            TypeKind::Array { len, elem } => {
                self.indexed_elems(elts, elem, Some(len), "array or slice literal");
            }
            TypeKind::Slice(elem) => {
                self.indexed_elems(elts, elem, None, "slice literal");
            }
            TypeKind::Map { key, value } => {
                let mut seen: Vec<ConstValue> = Vec::new();
                for el in elts {
                    let Some(k) = &el.key else {
                        self.error(el.value.span.lo, "missing key in map literal");
                        self.elem_value(&el.value, value, "map literal");
                        continue;
                    };
                    let kv = self.elem_value(k, key, "map literal");
                    if let Some(v) = kv {
                        if seen.contains(&v) {
                            self.error(
                                k.span.lo,
                                format!("duplicate key {} in map literal", expr_string(k)),
                            );
                        } else {
                            seen.push(v);
                        }
                    }
                    self.elem_value(&el.value, value, "map literal");
                }
            }
            _ => {
                self.error(
                    e.span.lo,
                    format!("invalid composite literal type {}", self.tstr(t)),
                );
                return Operand::invalid(e);
            }
        }
        Operand {
            mode: Mode::Value,
            ty: t,
            expr: Some(e),
        }
    }

    /// Checks one element value of a composite literal against type `t` (elided composite literal types
    /// allowed). Returns the element's constant value if any.
    fn elem_value(&mut self, v: &'a Expr, t: TypeId, context: &str) -> Option<ConstValue> {
        if let ExprKind::CompositeLit { ty: None, elts, .. } = &v.kind {
            if t == TypeId::INVALID {
                return None;
            }
            // `{...}` for T, or for *T meaning &T{...}.
            let (lt, ptr) = match self.p.types.kind(t) {
                TypeKind::Pointer(b) => (*b, true),
                _ => (t, false),
            };
            let x = self.composite_lit(v, lt, elts);
            let ty = if ptr { t } else { x.ty };
            if !x.is_invalid() {
                self.record(v, Mode::Value, ty);
            }
            return None;
        }
        let mut x = self.expr(v);
        if t == TypeId::INVALID {
            return None;
        }
        let ctx = context.to_string();
        self.assignment(&mut x, t, &ctx);
        x.value().cloned()
    }

    fn indexed_elems(
        &mut self,
        elts: &'a [ast::Element],
        elem: TypeId,
        len: Option<u64>,
        context: &str,
    ) {
        let mut idx: u64 = 0;
        let mut seen: Vec<u64> = Vec::new();
        for el in elts {
            if let Some(k) = &el.key {
                match self.index_value(k, len) {
                    Some(i) => idx = i as u64,
                    None => {
                        let is_const = self
                            .p
                            .info
                            .types
                            .get(&k.id)
                            .is_some_and(|t| t.is_constant());
                        if !is_const
                            && self
                                .p
                                .info
                                .types
                                .get(&k.id)
                                .is_some_and(|t| t.mode != Mode::Invalid)
                        {
                            self.error(
                                k.span.lo,
                                format!("index {} must be integer constant", expr_string(k)),
                            );
                        }
                    }
                }
            } else if let Some(l) = len {
                if idx >= l {
                    self.error(
                        el.value.span.lo,
                        format!("index {idx} is out of bounds (>= {l})"),
                    );
                }
            }
            if seen.contains(&idx) {
                let pos = el.key.as_ref().map_or(el.value.span.lo, |k| k.span.lo);
                self.error(
                    pos,
                    format!("duplicate index {idx} in array or slice literal"),
                );
            } else {
                seen.push(idx);
            }
            self.elem_value(&el.value, elem, context);
            idx = idx.saturating_add(1);
        }
    }
}

pub fn strip_parens(e: &Expr) -> &Expr {
    let mut e = e;
    while let ExprKind::Paren(x) = &e.kind {
        e = x;
    }
    e
}
