//! Type expressions: `int`, `[]T`, `map[K]V`, `struct{...}`, `func(...)`, `interface{...}`, `pkg.T`.

use amber_syntax::ast::{self, Expr, ExprKind};

use crate::checker::{unsupported, Checker};
use crate::info::Mode;
use crate::lookup::is_exported;
use crate::objects::{FuncObj, ObjKind, Object, VarKind, VarObj};
use crate::spelling::{Spelled, Spelling};
use crate::types::{Field, IfaceMethod, Interface, TypeId, TypeKind};

impl<'a> Checker<'a> {
    /// Evaluates a type expression; reports `x is not a type` and returns `TypeId::INVALID` on error.
    pub fn typ(&mut self, e: &'a Expr) -> TypeId {
        if !self.enter(e.span.lo) {
            self.record(e, Mode::Invalid, TypeId::INVALID);
            return TypeId::INVALID;
        }
        let t = self.typ_inner(e);
        self.depth -= 1;
        self.record(e, Mode::TypeExpr, t);
        if t != TypeId::INVALID {
            let sp = self.spell_type_expr(e, t);
            self.set_spelling(e, t, sp);
        }
        t
    }

    /// The spelling of a checked type expression `e` of type `t`, from its parts' spellings; `None` when it
    /// is spelled canonically.
    fn spell_type_expr(&mut self, e: &'a Expr, t: TypeId) -> Option<Spelling> {
        let sub = |c: &Self, x: &Expr| -> Spelling {
            let xt =
                c.p.info
                    .types
                    .get(&x.id)
                    .map_or(TypeId::INVALID, |tv| tv.ty);
            c.spelling_of(x, xt).unwrap_or(Spelling::Type(xt))
        };
        let plain = |s: Spelling| matches!(s, Spelling::Type(_));
        let node = match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector { .. } => {
                return self.p.spellings.exprs.get(&e.id).copied();
            }
            ExprKind::Paren(x) => return Some(sub(self, x)),
            ExprKind::Star(x) => {
                let s = sub(self, x);
                if plain(s) {
                    return None;
                }
                Spelled::Pointer(s)
            }
            ExprKind::ArrayType { len, elem } => {
                let s = sub(self, elem);
                if plain(s) {
                    return None;
                }
                match (len, self.p.types.kind(t)) {
                    (Some(_), TypeKind::Array { len, .. }) => Spelled::Array { len: *len, elem: s },
                    _ => Spelled::Slice(s),
                }
            }
            ExprKind::MapType { key, value } => {
                let (k, v) = (sub(self, key), sub(self, value));
                if plain(k) && plain(v) {
                    return None;
                }
                Spelled::Map { key: k, value: v }
            }
            ExprKind::FuncType(ft) => return self.signature_spelling(ft, t),
            _ => return None,
        };
        Some(self.p.spellings.node(node, t))
    }

    /// The spelling of a parameter's type expression (`...T` is `[]T`).
    fn param_spelling(&mut self, te: &'a Expr, t: TypeId) -> Option<Spelling> {
        match &te.kind {
            ExprKind::Ellipsis(Some(elem)) => {
                let et = self
                    .p
                    .info
                    .types
                    .get(&elem.id)
                    .map_or(TypeId::INVALID, |tv| tv.ty);
                let es = self.spelling_of(elem, et)?;
                Some(self.p.spellings.node(Spelled::Slice(es), t))
            }
            _ => self.spelling_of(te, t),
        }
    }

    /// The spelling of a checked function type (parameter names, aliases); `None` when Go would print it
    /// canonically.
    pub fn signature_spelling(&mut self, ft: &'a ast::FuncType, t: TypeId) -> Option<Spelling> {
        let mut any = false;
        let mut list = |c: &mut Self, fields: &'a [ast::Field]| -> Vec<(String, Spelling)> {
            let mut out = Vec::new();
            for f in fields {
                let ft_ty =
                    c.p.info
                        .types
                        .get(&f.ty.id)
                        .map_or(TypeId::INVALID, |tv| tv.ty);
                let s = match &f.ty.kind {
                    ExprKind::Ellipsis(Some(elem)) => {
                        let et =
                            c.p.info
                                .types
                                .get(&elem.id)
                                .map_or(TypeId::INVALID, |tv| tv.ty);
                        match c.spelling_of(elem, et) {
                            Some(es) => c.p.spellings.node(Spelled::Slice(es), ft_ty),
                            None => Spelling::Type(ft_ty),
                        }
                    }
                    _ => c.spelling_of(&f.ty, ft_ty).unwrap_or(Spelling::Type(ft_ty)),
                };
                any |= matches!(s, Spelling::Node(_)) || !f.names.is_empty();
                if f.names.is_empty() {
                    out.push((String::new(), s));
                }
                for n in &f.names {
                    out.push((n.name.clone(), s));
                }
            }
            out
        };
        let params = list(self, &ft.params);
        let results = list(self, &ft.results);
        if !any {
            return None;
        }
        let variadic = self.p.types.sig(t).is_some_and(|s| s.variadic);
        Some(self.p.spellings.node(
            Spelled::Signature {
                params,
                results,
                variadic,
            },
            t,
        ))
    }

    fn typ_inner(&mut self, e: &'a Expr) -> TypeId {
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector { .. } => {
                let x = self.expr_or_type(e);
                match x.mode {
                    Mode::TypeExpr => x.ty,
                    Mode::Invalid => TypeId::INVALID,
                    _ => {
                        self.error(
                            e.span.lo,
                            format!("{} is not a type", crate::exprstring::expr_string(e)),
                        );
                        TypeId::INVALID
                    }
                }
            }
            ExprKind::Paren(x) => self.typ(x),
            ExprKind::Star(x) => {
                let t = self.typ(x);
                if t == TypeId::INVALID {
                    return t;
                }
                self.p.types.pointer(t)
            }
            ExprKind::ArrayType { len: None, elem } => {
                let t = self.typ(elem);
                if t == TypeId::INVALID {
                    return t;
                }
                self.p.types.slice(t)
            }
            ExprKind::ArrayType {
                len: Some(len),
                elem,
            } => {
                if let ExprKind::Ellipsis(None) = len.kind {
                    self.error(
                        len.span.lo,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    self.typ(elem);
                    return TypeId::INVALID;
                }
                let n = self.array_len(len);
                let t = self.typ(elem);
                match n {
                    Some(n) if t != TypeId::INVALID => self.p.types.array(n, t),
                    _ => TypeId::INVALID,
                }
            }
            ExprKind::MapType { key, value } => {
                let k = self.typ(key);
                let v = self.typ(value);
                if k == TypeId::INVALID || v == TypeId::INVALID {
                    return TypeId::INVALID;
                }
                let ku = self.resolve_underlying(k);
                if ku != TypeId::INVALID && !self.p.types.comparable(k) {
                    self.error(
                        key.span.lo,
                        format!("invalid map key type {}", self.tstr(k)),
                    );
                    return TypeId::INVALID;
                }
                self.p.types.map(k, v)
            }
            ExprKind::ChanType { elem, .. } => {
                self.typ(elem);
                self.error(e.span.lo, unsupported("channels"));
                TypeId::INVALID
            }
            ExprKind::FuncType(ft) => self.func_type(ft, None),
            ExprKind::StructType { fields } => self.struct_type(fields),
            ExprKind::InterfaceType { elems } => self.interface_type(elems),
            ExprKind::Index { .. } => {
                self.error(e.span.lo, unsupported("generic types"));
                TypeId::INVALID
            }
            ExprKind::Bad => TypeId::INVALID,
            _ => {
                self.error(
                    e.span.lo,
                    format!("{} is not a type", crate::exprstring::expr_string(e)),
                );
                TypeId::INVALID
            }
        }
    }

    fn array_len(&mut self, len: &'a Expr) -> Option<u64> {
        let x = self.expr(len);
        if x.mode == Mode::Invalid {
            return None;
        }
        let Mode::Constant(v) = &x.mode else {
            self.error(
                len.span.lo,
                format!(
                    "array length {} must be constant",
                    crate::exprstring::expr_string(len)
                ),
            );
            return None;
        };
        let v = v.clone();
        if self.p.types.is_untyped(x.ty) || self.p.types.is_integer(x.ty) {
            if let Some(i) = v.to_int() {
                if let Some(n) = i.to_i64().filter(|&n| n >= 0) {
                    let mut x = x;
                    self.convert_untyped(&mut x, TypeId::INT);
                    return Some(n as u64);
                }
                self.error(
                    len.span.lo,
                    format!("invalid array length {}", self.describe(&x)),
                );
                return None;
            }
        }
        self.error(
            len.span.lo,
            format!("array length {} must be integer", self.describe(&x)),
        );
        None
    }

    /// A function type; parameters are declared in `scope` if given (for function bodies).
    pub fn func_type(&mut self, ft: &'a ast::FuncType, scope: Option<crate::ScopeId>) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        let n = ft.params.len();
        for (i, f) in ft.params.iter().enumerate() {
            let t = match &f.ty.kind {
                ExprKind::Ellipsis(Some(elem)) => {
                    if i + 1 != n || f.names.len() > 1 {
                        self.error(f.ty.span.lo, "can only use ... with final parameter");
                    }
                    variadic = true;
                    let et = self.typ(elem);
                    let s = self.p.types.slice(et);
                    self.record(&f.ty, Mode::TypeExpr, s);
                    s
                }
                _ => self.typ(&f.ty),
            };
            let count = f.names.len().max(1);
            for _ in 0..count {
                params.push(t);
            }
            if let Some(sc) = scope {
                let sp = self.param_spelling(&f.ty, t);
                for name in &f.names {
                    let o = self.new_var(name, t, VarKind::Param);
                    self.set_obj_spelling(o, sp);
                    self.declare(sc, name, o);
                }
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            let t = match &f.ty.kind {
                ExprKind::Ellipsis(Some(elem)) => {
                    self.error(f.ty.span.lo, "invalid use of ...");
                    self.typ(elem)
                }
                _ => self.typ(&f.ty),
            };
            let count = f.names.len().max(1);
            for _ in 0..count {
                results.push(t);
            }
            if let Some(sc) = scope {
                let sp = self.spelling_of(&f.ty, t);
                for name in &f.names {
                    let o = self.new_var(name, t, VarKind::Result);
                    self.set_obj_spelling(o, sp);
                    self.declare(sc, name, o);
                    if let Some(fc) = &mut self.ctx.func {
                        fc.named_results.push(o);
                    }
                }
            }
        }
        self.p.types.signature(params, results, variadic)
    }

    fn struct_type(&mut self, fields: &'a [ast::Field]) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        for f in fields {
            let t = self.typ(&f.ty);
            if f.names.is_empty() {
                // Embedded field: T, *T, pkg.T, *pkg.T.
                let mut base = &f.ty;
                let mut is_ptr = false;
                if let ExprKind::Star(x) = &base.kind {
                    base = x;
                    is_ptr = true;
                }
                let name = match &base.kind {
                    ExprKind::Ident(i) => i.name.clone(),
                    ExprKind::Selector { sel, .. } => sel.name.clone(),
                    _ => {
                        self.error(f.ty.span.lo, "embedded field type must be a type name");
                        continue;
                    }
                };
                if t != TypeId::INVALID {
                    let u = self.resolve_underlying(if is_ptr {
                        self.p.types.pointer_elem(t).unwrap_or(t)
                    } else {
                        t
                    });
                    if is_ptr && (self.p.types.is_pointer(u) || self.p.types.is_interface(u)) {
                        self.error(
                            f.ty.span.lo,
                            "embedded field type cannot be a pointer to an interface",
                        );
                    } else if !is_ptr && self.p.types.is_pointer(u) && self.p.types.is_named(t) {
                        self.error(f.ty.span.lo, "embedded field type cannot be a pointer");
                    }
                }
                let obj = self.field_obj(&name, base.span.lo, t);
                if let ExprKind::Ident(i) = &base.kind {
                    let _ = i;
                }
                self.push_field(&mut out, name, t, true, f.tag.clone(), obj, base.span.lo);
            } else {
                let sp = self.spelling_of(&f.ty, t);
                for n in &f.names {
                    let obj = self.field_obj(&n.name, n.span.lo, t);
                    self.set_obj_spelling(obj, sp);
                    self.p.info.defs.insert(n.id, obj);
                    self.push_field(
                        &mut out,
                        n.name.clone(),
                        t,
                        false,
                        f.tag.clone(),
                        obj,
                        n.span.lo,
                    );
                }
            }
        }
        self.p.types.intern(TypeKind::Struct { fields: out })
    }

    fn field_obj(&mut self, name: &str, pos: u32, t: TypeId) -> crate::ObjId {
        self.p.objects.add(Object {
            name: name.to_string(),
            pos,
            pkg: Some(self.pkg),
            kind: ObjKind::Var(VarObj {
                ty: t,
                kind: VarKind::Field,
                captured: false,
                address_taken: false,
                used: true,
            }),
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn push_field(
        &mut self,
        out: &mut Vec<Field>,
        name: String,
        ty: TypeId,
        embedded: bool,
        tag: Option<String>,
        obj: crate::ObjId,
        pos: u32,
    ) {
        if name != "_" {
            if let Some(prev) = out.iter().find(|f| f.name == name) {
                let ppos = self.p.objects.get(prev.obj).pos;
                self.error(
                    pos,
                    format!(
                        "{name} redeclared\n\t{}: other declaration of {name}",
                        self.loc(ppos)
                    ),
                );
                return;
            }
        }
        let pkg = if is_exported(&name) {
            None
        } else {
            Some(self.pkg)
        };
        out.push(Field {
            name,
            ty,
            embedded,
            tag,
            pkg,
            obj,
        });
    }

    fn interface_type(&mut self, elems: &'a [ast::Field]) -> TypeId {
        let mut methods: Vec<IfaceMethod> = Vec::new();
        let mut explicit = Vec::new();
        let mut embeddeds = Vec::new();
        // The interface's own id is not known until interned; abstract methods get their receiver set after.
        let mut own_funcs = Vec::new();
        for f in elems {
            if let (Some(name), ExprKind::FuncType(ft)) = (f.names.first(), &f.ty.kind) {
                let sig = self.func_type(ft, None);
                let func = self.p.objects.add(Object {
                    name: name.name.clone(),
                    pos: name.span.lo,
                    pkg: Some(self.pkg),
                    kind: ObjKind::Func(FuncObj {
                        sig,
                        recv: None,
                        has_body: false,
                        decl: None,
                    }),
                });
                self.p.info.defs.insert(name.id, func);
                own_funcs.push(func);
                if methods.iter().any(|m| m.name == name.name) {
                    self.error(name.span.lo, format!("duplicate method {}", name.name));
                    continue;
                }
                explicit.push(name.name.clone());
                methods.push(IfaceMethod {
                    name: name.name.clone(),
                    pkg: if is_exported(&name.name) {
                        None
                    } else {
                        Some(self.pkg)
                    },
                    sig,
                    func,
                });
                continue;
            }
            // Embedded element.
            if matches!(f.ty.kind, ExprKind::Binary { .. } | ExprKind::Tilde(_)) {
                self.error(f.ty.span.lo, unsupported("type constraints"));
                continue;
            }
            let t = self.typ(&f.ty);
            if t == TypeId::INVALID {
                continue;
            }
            let u = self.resolve_underlying(t);
            let Some(iface) = self.p.types.interface(u).cloned() else {
                if u != TypeId::INVALID {
                    self.error(f.ty.span.lo, unsupported("type constraints"));
                }
                continue;
            };
            embeddeds.push(t);
            for m in iface.methods {
                if let Some(prev) = methods.iter().find(|x| x.name == m.name) {
                    if prev.sig != m.sig {
                        self.error(f.ty.span.lo, format!("duplicate method {}", m.name));
                    }
                    continue;
                }
                methods.push(m);
            }
        }
        methods.sort_by(|a, b| a.name.cmp(&b.name));
        let t = self.p.types.intern(TypeKind::Interface(Interface {
            methods,
            explicit,
            embeddeds,
        }));
        for f in own_funcs {
            if let Some(ObjKind::Func(fo)) = self.p.objects.get_mut(f).map(|o| &mut o.kind) {
                fo.recv = Some(t);
            }
        }
        t
    }
}
