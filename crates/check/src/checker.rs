//! The checker proper: collects package-level declarations, resolves them lazily with cycle detection, checks
//! function bodies, then computes the initialization order and reports unused names.

use std::collections::{HashMap, HashSet};

use amber_syntax::ast::{self, Expr, ExprKind, Ident};
use amber_syntax::{Diagnostic, Pos, SourceMap};

use crate::constant::ConstValue;
use crate::info::{Mode, TypeAndValue};
use crate::objects::{
    ConstObj, DeclRef, FuncObj, ObjId, ObjKind, Object, PackageId, TypeNameObj, VarKind, VarObj,
};
use crate::scope::{ScopeId, ScopeKind};
use crate::spelling::Spelling;
use crate::types::{TypeId, TypeKind};
use crate::{Initializer, Package, Program};

/// Wording used for every construct that parses but is not implemented yet.
pub(crate) fn unsupported(what: &str) -> String {
    format!("{what} are not supported yet")
}

/// How deeply expressions, types and statements may nest (counting each level the checker recurses
/// through). Above the parser's own limit, so it only guards against trees built some other way; the
/// checker runs on a thread with [`crate::CHECK_STACK`] bytes of stack, enough for this depth.
pub(crate) const MAX_NESTING: u32 = 3000;

/// Whether functions without a body (implemented natively) may be declared: only in standard packages, not
/// in programs (`main`) or deployed packages (paths with an `r` or `p` element).
fn natives_allowed(package: &Package) -> bool {
    package.name != "main" && !package.path.split('/').any(|e| e == "r" || e == "p")
}

/// The type name a method's receiver is declared on: `T` for `T`, `*T`, `(T)`, `T[P]`.
fn receiver_base_name(e: &Expr) -> Option<&str> {
    match &e.kind {
        ExprKind::Ident(id) => Some(&id.name),
        ExprKind::Star(x) | ExprKind::Paren(x) => receiver_base_name(x),
        ExprKind::Index { x, .. } => receiver_base_name(x),
        _ => None,
    }
}

/// A package-level declaration, kept until it is resolved.
#[derive(Clone)]
pub(crate) enum PkgDecl<'a> {
    Const {
        file: usize,
        ty: Option<&'a Expr>,
        init: Option<&'a Expr>,
        iota: u32,
    },
    Var {
        file: usize,
        ty: Option<&'a Expr>,
        /// The initializer: for `var a, b = x, y` each var has its own; for `var a, b = f()` both share it.
        init: Option<&'a Expr>,
        /// All variables initialized by `init` (one unless it is a multi-value initializer).
        lhs: Vec<ObjId>,
        /// Where the initializer is (file, decl, spec, value).
        at: (u32, u32, u32, u32),
    },
    Type {
        file: usize,
        spec: &'a ast::TypeSpec,
    },
    Func {
        file: usize,
        decl: &'a ast::FuncDecl,
    },
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum State {
    InProgress,
    Done,
}

/// What the checker is doing right now; saved and restored around lazy resolution of package-level objects.
#[derive(Clone, Default)]
pub(crate) struct Ctx {
    pub scope: Option<ScopeId>,
    /// The enclosing function, if inside a body.
    pub func: Option<FuncCtx>,
    /// The value of `iota` inside a constant declaration.
    pub iota: Option<u32>,
    /// The package-level variable or function whose initializer/body is being checked (for init order).
    pub decl: Option<ObjId>,
}

#[derive(Clone)]
pub(crate) struct FuncCtx {
    /// The function's signature.
    pub sig: TypeId,
    /// Identity of this function (or function literal), to detect captured variables.
    pub id: u32,
    /// Named results (for bare returns and shadowing checks).
    pub named_results: Vec<ObjId>,
}

pub(crate) struct Checker<'a> {
    pub p: &'a mut Program,
    pub sm: &'a SourceMap,
    pub files: &'a [ast::File],
    pub pkg: PackageId,
    pub pkg_scope: ScopeId,
    pub file_scopes: Vec<ScopeId>,
    pub errors: Vec<Diagnostic>,
    pub ctx: Ctx,
    pub decls: HashMap<ObjId, PkgDecl<'a>>,
    pub state: HashMap<ObjId, State>,
    /// Objects being resolved, innermost last (for cycle reports).
    pub path: Vec<ObjId>,
    /// Package-level vars and funcs referenced by each package-level var initializer or function body.
    pub deps: HashMap<ObjId, Vec<ObjId>>,
    /// Which function declared each local variable (see `FuncCtx::id`).
    pub var_owner: HashMap<ObjId, u32>,
    pub next_func_id: u32,
    /// Local variables, for `declared and not used`.
    pub locals: Vec<ObjId>,
    /// Import objects (PkgName) and whether they were used.
    pub imports_used: HashMap<ObjId, bool>,
    /// Type names whose recursive-type check has been reported.
    pub reported_cycles: HashSet<ObjId>,
    /// Package-level declaration order of vars (for init order).
    pub var_order: Vec<ObjId>,
    /// Labels and enclosing breakable statements of the function being checked.
    pub(crate) sctx: crate::stmt::StmtCtx,
    /// The label of the labeled statement about to be checked (for labeled break/continue).
    pub labeled_target: Option<String>,
    /// Always false: a `fallthrough` in the right place is consumed by the switch itself.
    pub fallthrough_ok: bool,
    /// Package-level methods by the name of their receiver's base type.
    pub methods_by_base: HashMap<String, Vec<ObjId>>,
    /// Current nesting of expressions, types and statements being checked (see `enter`).
    pub depth: u32,
    /// Whether `nesting too deep` was reported.
    pub too_deep: bool,
    /// How the target type of the assignment being checked is spelled (for `cannot use x as T value`).
    pub target_spelling: Option<Spelling>,
    /// The spelled parameter types of the function being called (see `call::arguments`).
    pub param_spellings: Vec<Spelling>,
}

pub(crate) fn check_package(
    p: &mut Program,
    sm: &SourceMap,
    path: &str,
    files: &[ast::File],
) -> Result<PackageId, Vec<Diagnostic>> {
    let pkg = PackageId(p.packages.len() as u32);
    let pkg_scope = p.scopes.new_scope(Some(p.universe), ScopeKind::Package);
    let name = files
        .first()
        .map(|f| f.package.name.clone())
        .unwrap_or_default();
    let mut c = Checker::new(p, sm, files, pkg, pkg_scope);
    let mut package = Package::empty(path.to_string(), name, pkg_scope);
    c.collect(&mut package);
    c.resolve_all(&package);
    c.check_bodies(&package);
    c.check_recursive_types(&package);
    c.finish_untyped();
    package.init_order = c.init_order(&package);
    c.report_unused();
    if package.name == "main"
        && !package.funcs.iter().any(|&f| {
            c.p.objects.get(f).name == "main"
                && c.p.objects.func(f).is_some_and(|f| f.recv.is_none())
        })
    {
        // Go reports this without a position; we use the package clause of the first file.
        let pos = files.first().map_or(0, |f| f.package.span.lo);
        c.errors.push(Diagnostic::new(
            pos,
            "function main is undeclared in the main package",
        ));
    }
    let mut errors = std::mem::take(&mut c.errors);
    if !errors.is_empty() {
        // In the order found (which of them Go prints depends on it), without repeats.
        let mut seen = std::collections::HashSet::new();
        errors.retain(|d| seen.insert((d.pos, d.msg.clone())));
        return Err(errors);
    }
    c.p.packages.push(package);
    Ok(pkg)
}

/// Checks `files` as more files of the checked package `pkg`, for a host that adds a function to a deployed
/// package (a query) without checking the package again. Their declarations see the package's names, but not
/// the other way round: they go into a scope of their own inside the package scope, so nothing of the package
/// changes (and cloned programs keep sharing its frozen tables). Only functions without receivers may be
/// declared. Returns them, in source order.
pub(crate) fn check_extension(
    p: &mut Program,
    sm: &SourceMap,
    pkg: PackageId,
    files: &[ast::File],
) -> Result<Vec<ObjId>, Vec<Diagnostic>> {
    let Some(existing) = p.package(pkg) else {
        return Err(vec![Diagnostic::new(0, "no such package to extend")]);
    };
    let (path, name, outer) = (existing.path.clone(), existing.name.clone(), existing.scope);
    let scope = p.scopes.new_scope(Some(outer), ScopeKind::Package);
    let mut c = Checker::new(p, sm, files, pkg, scope);
    let mut package = Package::empty(path, name, scope);
    c.collect(&mut package);
    let pos = files.first().map_or(0, |f| f.package.span.lo);
    let methods = package
        .funcs
        .iter()
        .any(|&f| c.p.objects.func(f).is_some_and(|f| f.recv.is_some()))
        || !c.methods_by_base.is_empty();
    if !package.vars.is_empty()
        || !package.consts.is_empty()
        || !package.type_names.is_empty()
        || !package.inits.is_empty()
        || methods
    {
        c.error(pos, "only functions can be added to a checked package");
    }
    c.resolve_all(&package);
    c.check_bodies(&package);
    c.finish_untyped();
    c.report_unused();
    let mut errors = std::mem::take(&mut c.errors);
    if !errors.is_empty() {
        let mut seen = std::collections::HashSet::new();
        errors.retain(|d| seen.insert((d.pos, d.msg.clone())));
        return Err(errors);
    }
    Ok(package.funcs)
}

impl<'a> Checker<'a> {
    /// A checker of `files`, declaring package-level names in `pkg_scope`.
    fn new(
        p: &'a mut Program,
        sm: &'a SourceMap,
        files: &'a [ast::File],
        pkg: PackageId,
        pkg_scope: ScopeId,
    ) -> Checker<'a> {
        Checker {
            p,
            sm,
            files,
            pkg,
            pkg_scope,
            file_scopes: Vec::new(),
            errors: Vec::new(),
            ctx: Ctx::default(),
            decls: HashMap::new(),
            state: HashMap::new(),
            path: Vec::new(),
            deps: HashMap::new(),
            var_owner: HashMap::new(),
            next_func_id: 1,
            locals: Vec::new(),
            imports_used: HashMap::new(),
            reported_cycles: HashSet::new(),
            var_order: Vec::new(),
            sctx: Default::default(),
            labeled_target: None,
            fallthrough_ok: false,
            methods_by_base: HashMap::new(),
            depth: 0,
            too_deep: false,
            target_spelling: None,
            param_spellings: Vec::new(),
        }
    }

    /// Enters one level of expression, type or statement nesting; past [`MAX_NESTING`] reports an error
    /// (once) and returns false, so that no input can exhaust the stack. Callers decrement `depth` when true.
    pub fn enter(&mut self, pos: Pos) -> bool {
        if self.depth >= MAX_NESTING {
            if !self.too_deep {
                self.too_deep = true;
                self.error(pos, "nesting too deep");
            }
            return false;
        }
        self.depth += 1;
        true
    }

    pub fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        self.errors.push(Diagnostic::new(pos, msg));
    }

    pub fn loc(&self, pos: Pos) -> String {
        self.sm.location(pos).to_string()
    }

    pub fn tstr(&self, t: TypeId) -> String {
        self.p.type_string(t, Some(self.pkg))
    }

    /// `t` in a list of argument or result types (`have (number, string)`), as Go prints it: an untyped
    /// numeric type is `number` (no type is implied), other untyped types lose the `untyped` qualifier.
    pub fn summary_type(&self, t: TypeId) -> String {
        if !self.p.types.is_untyped(t) {
            return self.tstr(t);
        }
        if self.p.types.is_numeric(t) {
            return "number".to_string();
        }
        self.tstr(t).replace("untyped ", "")
    }

    /// Prints `t` as spelled by `sp` when `sp` spells that very type, else canonically.
    pub fn spelled(&self, t: TypeId, sp: Option<Spelling>) -> String {
        match sp {
            Some(s) if self.p.spellings.canonical(s) == t => {
                crate::spelling::spelling_string(self.p, s, Some(self.pkg))
            }
            _ => self.tstr(t),
        }
    }

    /// The spelling recorded for an expression, if it spells type `t`.
    pub fn spelling_of(&self, e: &Expr, t: TypeId) -> Option<Spelling> {
        self.p
            .spellings
            .exprs
            .get(&e.id)
            .copied()
            .filter(|&s| self.p.spellings.canonical(s) == t)
    }

    /// Records that `e` (of type `t`) is spelled `sp`, when `sp` spells `t` and is not plain.
    pub fn set_spelling(&mut self, e: &Expr, t: TypeId, sp: Option<Spelling>) {
        if let Some(s @ Spelling::Node(_)) = sp {
            if self.p.spellings.canonical(s) == t && t != TypeId::INVALID {
                self.p.spellings.exprs.insert(e.id, s);
            }
        }
    }

    /// Records the spelling of an object's type.
    pub fn set_obj_spelling(&mut self, o: ObjId, sp: Option<Spelling>) {
        if let Some(s @ Spelling::Node(_)) = sp {
            self.p.spellings.set_object(o, s);
        }
    }

    pub fn obj_spelling(&self, o: ObjId) -> Option<Spelling> {
        self.p.spellings.object(o)
    }

    pub fn new_obj(&mut self, name: &str, pos: Pos, kind: ObjKind) -> ObjId {
        self.p.objects.add(Object {
            name: name.to_string(),
            pos,
            pkg: Some(self.pkg),
            kind,
        })
    }

    pub fn new_var(&mut self, ident: &Ident, ty: TypeId, kind: VarKind) -> ObjId {
        let o = self.new_obj(
            &ident.name,
            ident.span.lo,
            ObjKind::Var(VarObj {
                ty,
                kind,
                captured: false,
                address_taken: false,
                used: false,
            }),
        );
        if !ident.is_blank() {
            self.p.info.defs.insert(ident.id, o);
        }
        if let Some(f) = &self.ctx.func {
            self.var_owner.insert(o, f.id);
        }
        o
    }

    pub fn scope(&self) -> ScopeId {
        self.ctx.scope.unwrap_or(self.pkg_scope)
    }

    /// Declares an object in a scope, reporting Go's redeclaration error.
    pub fn declare(&mut self, scope: ScopeId, ident: &Ident, obj: ObjId) {
        if ident.is_blank() {
            return;
        }
        if let Some(old) = self.p.scopes.insert(scope, &ident.name, obj) {
            // The new object is not in scope, so it is never reported as unused (as in Go).
            if let Some(v) = self.p.objects.var_mut(obj) {
                v.used = true;
            }
            let old_pos = self.p.objects.get(old).pos;
            let msg = if old_pos != 0 {
                format!(
                    "{} redeclared in this block\n\t{}: other declaration of {}",
                    ident.name,
                    self.loc(old_pos),
                    ident.name
                )
            } else {
                format!("{} redeclared in this block", ident.name)
            };
            self.error(ident.span.lo, msg);
        }
    }

    pub fn record(&mut self, e: &Expr, mode: Mode, ty: TypeId) {
        self.p.info.types.insert(e.id, TypeAndValue { mode, ty });
    }

    // ---- collection ----

    fn collect(&mut self, package: &mut Package) {
        let files = self.files;
        // Package clause consistency.
        let first_name = package.name.clone();
        for f in files {
            if f.package.name != first_name {
                self.error(
                    f.package.span.lo,
                    format!(
                        "package {}; expected package {}",
                        f.package.name, first_name
                    ),
                );
            }
        }
        for (fi, f) in files.iter().enumerate() {
            let fscope = self
                .p
                .scopes
                .new_scope(Some(self.pkg_scope), ScopeKind::File);
            self.file_scopes.push(fscope);
            for imp in &f.imports {
                let Some(dep) = self.p.package_by_path(&imp.path) else {
                    self.error(
                        imp.path_span.lo,
                        format!("package {} is not in std", imp.path),
                    );
                    continue;
                };
                if !package.imports.contains(&dep) {
                    package.imports.push(dep);
                }
                let dep_name = self
                    .p
                    .package(dep)
                    .map_or(String::new(), |d| d.name.clone());
                match &imp.name {
                    Some(n) if n.name == "_" => {}
                    Some(n) if n.name == "." => {
                        self.error(n.span.lo, unsupported("dot imports"));
                    }
                    _ => {
                        let (name, pos) = match &imp.name {
                            Some(n) => (n.name.clone(), n.span.lo),
                            None => (dep_name.clone(), imp.path_span.lo),
                        };
                        let o = self.new_obj(&name, pos, ObjKind::PkgName(dep));
                        if let Some(n) = &imp.name {
                            self.p.info.defs.insert(n.id, o);
                        }
                        self.imports_used.insert(o, false);
                        let ident = Ident {
                            id: imp.name.as_ref().map_or(ast::NodeId(u32::MAX), |n| n.id),
                            name,
                            span: imp.span,
                        };
                        if let Some(old) = self.p.scopes.insert(fscope, &ident.name, o) {
                            let _ = old;
                            self.error(
                                imp.path_span.lo,
                                format!("{} redeclared in this block", ident.name),
                            );
                        }
                    }
                }
            }
            for (di, d) in f.decls.iter().enumerate() {
                match d {
                    ast::Decl::Const(specs) => {
                        let mut last: (Option<&'a Expr>, &'a [Expr]) = (None, &[]);
                        for spec in specs {
                            if spec.ty.is_some() || !spec.values.is_empty() {
                                last = (spec.ty.as_ref(), &spec.values);
                            }
                            let (ty, values) = if spec.values.is_empty() {
                                last
                            } else {
                                (spec.ty.as_ref(), &spec.values[..])
                            };
                            for (i, n) in spec.names.iter().enumerate() {
                                let o = self.new_obj(
                                    &n.name,
                                    n.span.lo,
                                    ObjKind::Const(ConstObj {
                                        ty: TypeId::INVALID,
                                        value: ConstValue::int(0),
                                    }),
                                );
                                if !n.is_blank() {
                                    self.p.info.defs.insert(n.id, o);
                                }
                                self.declare_pkg(n, o);
                                package.consts.push(o);
                                self.decls.insert(
                                    o,
                                    PkgDecl::Const {
                                        file: fi,
                                        ty,
                                        init: values.get(i),
                                        iota: spec.iota,
                                    },
                                );
                            }
                            self.check_const_arity(spec, values);
                        }
                    }
                    ast::Decl::Var(specs) => {
                        for (si, spec) in specs.iter().enumerate() {
                            let mut objs = Vec::new();
                            for n in &spec.names {
                                let o = self.new_var(n, TypeId::INVALID, VarKind::Global);
                                self.declare_pkg(n, o);
                                package.vars.push(o);
                                self.var_order.push(o);
                                objs.push(o);
                            }
                            let multi = spec.values.len() == 1 && spec.names.len() > 1;
                            if !multi
                                && !spec.values.is_empty()
                                && spec.values.len() != spec.names.len()
                            {
                                self.report_assign_count(
                                    spec.names.len(),
                                    &spec.values,
                                    spec.names[0].span.lo,
                                    false,
                                );
                            }
                            for (i, &o) in objs.iter().enumerate() {
                                let (init, lhs, vi) = if multi {
                                    (spec.values.first(), objs.clone(), 0)
                                } else {
                                    (spec.values.get(i), vec![o], i)
                                };
                                self.decls.insert(
                                    o,
                                    PkgDecl::Var {
                                        file: fi,
                                        ty: spec.ty.as_ref(),
                                        init,
                                        lhs,
                                        at: (fi as u32, di as u32, si as u32, vi as u32),
                                    },
                                );
                            }
                        }
                    }
                    ast::Decl::Type(specs) => {
                        for spec in specs {
                            let o = self.new_obj(
                                &spec.name.name,
                                spec.name.span.lo,
                                ObjKind::TypeName(TypeNameObj {
                                    ty: TypeId::INVALID,
                                    alias: spec.alias,
                                }),
                            );
                            if !spec.alias {
                                let t = self.p.types.new_named(o);
                                if let Some(ObjKind::TypeName(tn)) =
                                    self.p.objects.get_mut(o).map(|x| &mut x.kind)
                                {
                                    tn.ty = t;
                                }
                            }
                            if !spec.name.is_blank() {
                                self.p.info.defs.insert(spec.name.id, o);
                            }
                            self.declare_pkg(&spec.name, o);
                            package.type_names.push(o);
                            self.decls.insert(o, PkgDecl::Type { file: fi, spec });
                        }
                    }
                    ast::Decl::Func(fd) => {
                        let o = self.new_obj(
                            &fd.name.name,
                            fd.name.span.lo,
                            ObjKind::Func(FuncObj {
                                sig: TypeId::INVALID,
                                recv: None,
                                has_body: fd.body.is_some(),
                                decl: Some(DeclRef {
                                    file: fi as u32,
                                    decl: di as u32,
                                }),
                            }),
                        );
                        self.p.info.defs.insert(fd.name.id, o);
                        package.funcs.push(o);
                        if fd.body.is_none() && fd.name.name != "init" && !natives_allowed(package)
                        {
                            self.error(fd.name.span.lo, "missing function body");
                        }
                        self.decls.insert(o, PkgDecl::Func { file: fi, decl: fd });
                        if let Some(r) = &fd.recv {
                            // Methods are attached to their receiver type during resolution, right after
                            // the type itself (so method sets are complete before any value is checked).
                            if let Some(base) = receiver_base_name(&r.ty) {
                                self.methods_by_base
                                    .entry(base.to_string())
                                    .or_default()
                                    .push(o);
                            }
                            continue;
                        }
                        if fd.name.name == "init" {
                            package.inits.push(o);
                            if !fd.sig.params.is_empty() || !fd.sig.results.is_empty() {
                                self.error(
                                    fd.name.span.lo,
                                    "func init must have no arguments and no return values",
                                );
                            }
                            if fd.body.is_none() {
                                self.error(fd.name.span.lo, "missing function body");
                            }
                            continue;
                        }
                        if fd.name.name == "main" && package.name == "main" {
                            if !fd.sig.params.is_empty() || !fd.sig.results.is_empty() {
                                self.error(
                                    fd.name.span.lo,
                                    "func main must have no arguments and no return values",
                                );
                            }
                            if !fd.type_params.is_empty() {
                                self.error(
                                    fd.name.span.lo,
                                    "func main must have no type parameters",
                                );
                            }
                        }
                        self.declare_pkg(&fd.name, o);
                    }
                }
            }
        }
    }

    fn check_const_arity(&mut self, spec: &ast::ValueSpec, values: &[Expr]) {
        if spec.names.len() > values.len() {
            if values.is_empty() && spec.ty.is_none() {
                if let Some(n) = spec.names.first() {
                    self.error(n.span.lo, "missing init expr for const declaration");
                }
            } else if let Some(n) = spec.names.get(values.len()) {
                self.error(n.span.lo, "missing init expr for const declaration");
            }
        } else if spec.names.len() < values.len() && !spec.values.is_empty() {
            if let Some(v) = values.get(spec.names.len()) {
                self.error(v.span.lo, "extra init expr");
            }
        }
    }

    fn declare_pkg(&mut self, ident: &Ident, obj: ObjId) {
        if ident.is_blank() {
            return;
        }
        // A package-level name must not collide with an import in any file.
        let scope = self.pkg_scope;
        self.declare(scope, ident, obj);
    }

    /// Reports `assignment mismatch` for `n` names and the given values.
    pub fn report_assign_count(&mut self, n: usize, values: &[Expr], pos: Pos, _define: bool) {
        let vars = if n == 1 { "variable" } else { "variables" };
        let m = values.len();
        let vals = if m == 1 { "value" } else { "values" };
        self.error(
            pos,
            format!("assignment mismatch: {n} {vars} but {m} {vals}"),
        );
    }

    // ---- lazy resolution ----

    fn resolve_all(&mut self, package: &Package) {
        let mut all: Vec<ObjId> = Vec::new();
        all.extend(&package.type_names);
        all.extend(&package.consts);
        all.extend(&package.vars);
        all.extend(&package.funcs);
        all.sort();
        for o in all {
            self.resolve(o);
        }
    }

    /// Makes sure a package-level object of this package has its type (and value) computed.
    pub fn resolve(&mut self, obj: ObjId) {
        match self.state.get(&obj) {
            Some(State::Done) => return,
            Some(State::InProgress) => {
                self.report_cycle(obj);
                return;
            }
            None => {}
        }
        let Some(decl) = self.decls.get(&obj).cloned() else {
            return;
        };
        self.state.insert(obj, State::InProgress);
        self.path.push(obj);
        let file = match &decl {
            PkgDecl::Const { file, .. }
            | PkgDecl::Var { file, .. }
            | PkgDecl::Type { file, .. }
            | PkgDecl::Func { file, .. } => *file,
        };
        let saved = std::mem::take(&mut self.ctx);
        self.ctx.scope = self.file_scopes.get(file).copied();
        match decl {
            PkgDecl::Const { ty, init, iota, .. } => {
                self.ctx.iota = Some(iota);
                self.const_decl(obj, ty, init);
            }
            PkgDecl::Var { ty, init, lhs, .. } => {
                self.ctx.decl = Some(obj);
                self.deps.entry(obj).or_default();
                for &o in &lhs {
                    if o != obj {
                        self.state.insert(o, State::InProgress);
                    }
                }
                self.var_decl(&lhs, ty, init.map(std::slice::from_ref).unwrap_or(&[]));
                for &o in &lhs {
                    self.state.insert(o, State::Done);
                }
                // Multi-value initializers share dependencies.
                let d = self.deps.get(&obj).cloned().unwrap_or_default();
                for &o in &lhs {
                    self.deps.insert(o, d.clone());
                }
            }
            PkgDecl::Type { spec, .. } => {
                self.type_decl(obj, spec);
                self.state.insert(obj, State::Done);
                let methods = self
                    .methods_by_base
                    .get(&spec.name.name)
                    .cloned()
                    .unwrap_or_default();
                for m in methods {
                    self.resolve(m);
                }
            }
            PkgDecl::Func { decl, .. } => {
                self.func_decl_sig(obj, decl);
            }
        }
        self.ctx = saved;
        self.path.pop();
        self.state.insert(obj, State::Done);
    }

    fn report_cycle(&mut self, obj: ObjId) {
        let Some(start) = self.path.iter().position(|&o| o == obj) else {
            return;
        };
        let cycle: Vec<ObjId> = self.path[start..].to_vec();
        // Report once per cycle, at the earliest-declared member (as Go does).
        let Some(&first) = cycle.iter().min_by_key(|&&o| self.p.objects.get(o).pos) else {
            return;
        };
        if cycle.iter().any(|o| self.reported_cycles.contains(o)) {
            return;
        }
        self.reported_cycles.extend(cycle.iter().copied());
        let is_type = matches!(self.p.objects.get(obj).kind, ObjKind::TypeName(_));
        let is_func = |p: &Program, o: ObjId| matches!(p.objects.get(o).kind, ObjKind::Func(_));
        if !is_type && cycle.iter().any(|&o| is_func(self.p, o)) {
            // Cycles through function signatures are fine for values (reported later by init order).
            return;
        }
        let k = cycle.iter().position(|&o| o == first).unwrap_or(0);
        let mut rotated: Vec<ObjId> = cycle[k..].to_vec();
        rotated.extend_from_slice(&cycle[..k]);
        let name = |p: &Program, o: ObjId| p.objects.get(o).name.clone();
        let first_pos = self.p.objects.get(first).pos;
        let msg = if rotated.len() == 1 {
            if is_type {
                format!(
                    "invalid recursive type: {} refers to itself",
                    name(self.p, first)
                )
            } else {
                format!(
                    "initialization cycle: {} refers to itself",
                    name(self.p, first)
                )
            }
        } else {
            let mut m = if is_type {
                format!("invalid recursive type {}", name(self.p, first))
            } else {
                format!("initialization cycle for {}", name(self.p, first))
            };
            for (i, &o) in rotated.iter().enumerate() {
                let next = rotated[(i + 1) % rotated.len()];
                m.push_str(&format!(
                    "\n\t{}: {} refers to {}",
                    self.loc(self.p.objects.get(o).pos),
                    name(self.p, o),
                    name(self.p, next)
                ));
            }
            m
        };
        self.error(first_pos, msg);
    }

    fn const_decl(&mut self, obj: ObjId, ty: Option<&'a Expr>, init: Option<&'a Expr>) {
        let (t, v) = self.const_value(ty, init);
        if let Some(ObjKind::Const(c)) = self.p.objects.get_mut(obj).map(|o| &mut o.kind) {
            c.ty = t;
            c.value = v;
        }
        if let Some(te) = ty {
            let sp = self.spelling_of(te, t);
            self.set_obj_spelling(obj, sp);
        }
    }

    /// Evaluates a constant declaration's type and value.
    pub fn const_value(
        &mut self,
        ty: Option<&'a Expr>,
        init: Option<&'a Expr>,
    ) -> (TypeId, ConstValue) {
        let target = ty.map(|t| self.typ(t));
        if let Some(t) = target {
            if t != TypeId::INVALID
                && !self
                    .p
                    .types
                    .basic_kind(t)
                    .is_some_and(|k| k.is_const_type())
            {
                if let Some(te) = ty {
                    self.error(
                        te.span.lo,
                        format!("invalid constant type {}", self.tstr(t)),
                    );
                }
                return (TypeId::INVALID, ConstValue::int(0));
            }
        }
        let Some(init) = init else {
            return (TypeId::INVALID, ConstValue::int(0));
        };
        let mut x = self.expr(init);
        if x.mode == Mode::Invalid {
            return (TypeId::INVALID, ConstValue::int(0));
        }
        let Mode::Constant(_) = x.mode else {
            self.error(
                init.span.lo,
                format!("{} is not constant", self.describe(&x)),
            );
            return (TypeId::INVALID, ConstValue::int(0));
        };
        if let Some(t) = target {
            if t == TypeId::INVALID {
                return (TypeId::INVALID, ConstValue::int(0));
            }
            self.assignment(&mut x, t, "constant declaration");
        }
        match x.mode {
            Mode::Constant(v) => (x.ty, v),
            _ => (TypeId::INVALID, ConstValue::int(0)),
        }
    }

    fn type_decl(&mut self, obj: ObjId, spec: &'a ast::TypeSpec) {
        if !spec.type_params.is_empty() {
            // The definition is not checked: its type parameters are unknown names.
            self.error(spec.name.span.lo, unsupported("generic types"));
            return;
        }
        if spec.alias {
            let t = self.typ(&spec.ty);
            if let Some(ObjKind::TypeName(tn)) = self.p.objects.get_mut(obj).map(|o| &mut o.kind) {
                tn.ty = t;
            }
            let sp = self.spelling_of(&spec.ty, t);
            self.set_obj_spelling(obj, sp);
            return;
        }
        let named = self.p.objects.type_of(obj);
        let rhs = self.typ(&spec.ty);
        let under = self.resolve_underlying(rhs);
        if let Some(n) = self.p.types.named_mut(named) {
            n.underlying = under;
        }
    }

    /// The underlying type of `t`, resolving defined types of this package on demand.
    pub fn resolve_underlying(&mut self, t: TypeId) -> TypeId {
        let mut t = t;
        for _ in 0..100 {
            let Some(n) = self.p.types.named(t) else {
                return t;
            };
            if n.underlying != TypeId::INVALID {
                return n.underlying;
            }
            let obj = n.obj;
            if self.decls.contains_key(&obj) {
                if self.state.get(&obj) == Some(&State::InProgress) {
                    self.report_cycle(obj);
                    return TypeId::INVALID;
                }
                self.resolve(obj);
                let u = self.p.types.underlying(t);
                if u != TypeId::INVALID {
                    return u;
                }
                return TypeId::INVALID;
            }
            t = n.underlying;
        }
        TypeId::INVALID
    }

    /// Checks a function declaration's signature and attaches methods to their receiver type.
    fn func_decl_sig(&mut self, obj: ObjId, fd: &'a ast::FuncDecl) {
        if !fd.type_params.is_empty() {
            // Neither the signature nor the body is checked: their type parameters are unknown names.
            self.error(fd.name.span.lo, unsupported("generic functions"));
            return;
        }
        if let Some(r) = fd.recv.as_ref().filter(|r| generic_receiver(&r.ty)) {
            // A method of a generic type (`func (s *Stack[T]) Push(x T)`): not checked either.
            self.error(r.ty.span.lo, unsupported("generic types"));
            return;
        }
        let sig = self.func_type(&fd.sig, None);
        let sp = self.signature_spelling(&fd.sig, sig);
        self.set_obj_spelling(obj, sp);
        let mut recv_ty = None;
        if let Some(r) = &fd.recv {
            let rt = self.typ(&r.ty);
            let (base, _ptr) = match self.p.types.kind(rt) {
                TypeKind::Pointer(b) => (*b, true),
                _ => (rt, false),
            };
            let ok_base = self
                .p
                .types
                .named(base)
                .is_some_and(|n| self.p.objects.get(n.obj).pkg == Some(self.pkg));
            // Go reports receiver errors at the type after one `*`.
            let rpos = match &r.ty.kind {
                ExprKind::Star(inner) => inner.span.lo,
                _ => r.ty.span.lo,
            };
            if rt != TypeId::INVALID {
                if !ok_base {
                    if self.p.types.named(base).is_some()
                        || matches!(self.p.types.kind(base), TypeKind::Basic(_))
                    {
                        self.error(
                            rpos,
                            format!(
                                "cannot define new methods on non-local type {}",
                                self.tstr(base)
                            ),
                        );
                    } else {
                        self.error(rpos, format!("invalid receiver type {}", self.tstr(rt)));
                    }
                } else {
                    let under = self.resolve_underlying(base);
                    let bad = matches!(
                        self.p.types.kind(under),
                        TypeKind::Pointer(_) | TypeKind::Interface(_)
                    );
                    if bad {
                        let what = if self.p.types.is_interface(under) {
                            "interface"
                        } else {
                            "pointer"
                        };
                        self.error(
                            rpos,
                            format!(
                                "invalid receiver type {} (pointer or interface type)",
                                self.tstr(base)
                            ),
                        );
                        let _ = what;
                    } else {
                        self.add_method(base, obj, &fd.name);
                    }
                }
            }
            recv_ty = Some(rt);
        }
        if let Some(ObjKind::Func(f)) = self.p.objects.get_mut(obj).map(|o| &mut o.kind) {
            f.sig = sig;
            f.recv = recv_ty;
        }
    }

    fn add_method(&mut self, base: TypeId, obj: ObjId, name: &Ident) {
        if name.is_blank() {
            return;
        }
        // Duplicate method or field/method clash.
        let existing = self
            .p
            .types
            .named(base)
            .map(|n| n.methods.clone())
            .unwrap_or_default();
        for m in existing {
            if self.p.objects.get(m).name == name.name {
                let tn = self.tstr(base);
                self.error(
                    name.span.lo,
                    format!(
                        "method {}.{} already declared at {}",
                        tn,
                        name.name,
                        self.loc(self.p.objects.get(m).pos)
                    ),
                );
                return;
            }
        }
        let under = self.p.types.underlying(base);
        if let Some(fields) = self.p.types.struct_fields(under) {
            if let Some(f) = fields.iter().find(|f| f.name == name.name) {
                let fpos = self.p.objects.get(f.obj).pos;
                let tn = self.tstr(base);
                self.error(
                    name.span.lo,
                    format!(
                        "field and method with the same name {}\n\t{}: other declaration of {}",
                        name.name,
                        self.loc(fpos),
                        name.name
                    ),
                );
                let _ = tn;
                return;
            }
        }
        if let Some(n) = self.p.types.named_mut(base) {
            n.methods.push(obj);
        }
    }

    // ---- bodies ----

    fn check_bodies(&mut self, package: &Package) {
        for &f in &package.funcs {
            let Some(PkgDecl::Func { file, decl }) = self.decls.get(&f).cloned() else {
                continue;
            };
            let Some(body) = &decl.body else {
                continue;
            };
            if !decl.type_params.is_empty()
                || decl.recv.as_ref().is_some_and(|r| generic_receiver(&r.ty))
            {
                continue;
            }
            let sig = self.p.objects.type_of(f);
            self.ctx = Ctx {
                scope: self.file_scopes.get(file).copied(),
                func: None,
                iota: None,
                decl: Some(f),
            };
            self.deps.entry(f).or_default();
            self.func_body(decl.recv.as_ref(), &decl.sig, sig, body);
        }
        self.ctx = Ctx::default();
    }

    // ---- final passes ----

    /// Reports struct/array types that contain themselves by value (`invalid recursive type`).
    fn check_recursive_types(&mut self, package: &Package) {
        for &o in &package.type_names {
            let t = self.p.objects.type_of(o);
            if !self.p.types.is_named(t) || self.reported_cycles.contains(&o) {
                continue;
            }
            let mut path = vec![t];
            if let Some(cycle) = self.find_containment_cycle(t, t, &mut path, 0) {
                let objs: Vec<ObjId> = cycle
                    .iter()
                    .filter_map(|&t| self.p.types.named(t).map(|n| n.obj))
                    .collect();
                if objs.iter().any(|o| self.reported_cycles.contains(o)) {
                    continue;
                }
                self.path = objs.clone();
                if let Some(&first) = objs.first() {
                    self.report_cycle(first);
                }
                self.path.clear();
            }
        }
    }

    fn find_containment_cycle(
        &self,
        target: TypeId,
        t: TypeId,
        path: &mut Vec<TypeId>,
        depth: u32,
    ) -> Option<Vec<TypeId>> {
        if depth > 50 {
            return None;
        }
        let under = self.p.types.underlying(t);
        let children: Vec<TypeId> = match self.p.types.kind(under) {
            TypeKind::Struct { fields } => fields.iter().map(|f| f.ty).collect(),
            TypeKind::Array { elem, .. } => vec![*elem],
            _ => Vec::new(),
        };
        for c in children {
            if c == target {
                return Some(path.clone());
            }
            if self.p.types.is_named(c) {
                if path.contains(&c) {
                    continue;
                }
                path.push(c);
                if let Some(r) = self.find_containment_cycle(target, c, path, depth + 1) {
                    return Some(r);
                }
                path.pop();
            } else if let Some(r) = self.find_containment_cycle(target, c, path, depth + 1) {
                return Some(r);
            }
        }
        None
    }

    /// Any expression still recorded with an untyped type (other than nil) gets its default type.
    fn finish_untyped(&mut self) {
        let ids: Vec<ast::NodeId> = self
            .p
            .info
            .types
            .iter()
            .filter(|(_, tv)| {
                tv.ty != TypeId::UNTYPED_NIL
                    && self.p.types.is_untyped(tv.ty)
                    && tv.mode != Mode::TypeExpr
            })
            .map(|(id, _)| *id)
            .collect();
        for id in ids {
            if let Some(tv) = self.p.info.types.get_mut(&id) {
                let def = match self.p.types.kind(tv.ty) {
                    TypeKind::Basic(k) => TypeId::basic(k.default_kind()),
                    _ => tv.ty,
                };
                if let Mode::Constant(v) = &tv.mode {
                    if let Some(k) = self.p.types.basic_kind(def) {
                        if let Ok(nv) = v.represent(k) {
                            tv.mode = Mode::Constant(nv);
                        }
                    }
                }
                tv.ty = def;
            }
        }
    }

    fn init_order(&mut self, package: &Package) -> Vec<Initializer> {
        // Dependencies of each var on other vars, following functions transitively.
        let vars: HashSet<ObjId> = package.vars.iter().copied().collect();
        let mut var_deps: HashMap<ObjId, Vec<ObjId>> = HashMap::new();
        for &v in &package.vars {
            let mut seen = HashSet::new();
            let mut stack: Vec<ObjId> = self.deps.get(&v).cloned().unwrap_or_default();
            let mut out = Vec::new();
            while let Some(o) = stack.pop() {
                if !seen.insert(o) {
                    continue;
                }
                if vars.contains(&o) {
                    out.push(o);
                } else if let Some(d) = self.deps.get(&o) {
                    stack.extend(d.iter().copied());
                }
            }
            var_deps.insert(v, out);
        }
        let mut done: HashSet<ObjId> = HashSet::new();
        let mut order = Vec::new();
        let mut remaining: Vec<ObjId> = package.vars.clone();
        while !remaining.is_empty() {
            let ready = remaining.iter().position(|v| {
                var_deps
                    .get(v)
                    .is_none_or(|d| d.iter().all(|x| done.contains(x) || x == v))
            });
            let Some(i) = ready else {
                let v = remaining[0];
                if !self.reported_cycles.contains(&v) {
                    let pos = self.p.objects.get(v).pos;
                    let name = self.p.objects.get(v).name.clone();
                    self.error(
                        pos,
                        format!("initialization cycle or initialization loop for {name}"),
                    );
                }
                break;
            };
            let v = remaining.remove(i);
            if var_deps.get(&v).is_some_and(|d| d.contains(&v))
                && !self.reported_cycles.contains(&v)
            {
                let pos = self.p.objects.get(v).pos;
                let name = self.p.objects.get(v).name.clone();
                self.error(
                    pos,
                    format!("initialization cycle: {name} refers to itself"),
                );
            }
            let Some(PkgDecl::Var { init, lhs, at, .. }) = self.decls.get(&v).cloned() else {
                done.insert(v);
                continue;
            };
            for &o in &lhs {
                done.insert(o);
            }
            remaining.retain(|o| !lhs.contains(o));
            if let Some(init) = init {
                order.push(Initializer {
                    lhs,
                    rhs: init.id,
                    file: at.0,
                    decl: at.1,
                    spec: at.2,
                    value: at.3,
                });
            }
        }
        order
    }

    /// Reports the unused local variables declared since `self.locals[first]`, in source order, and forgets
    /// them.
    pub(crate) fn report_unused_locals(&mut self, first: usize) {
        let mut unused = Vec::new();
        for &o in self.locals.get(first..).unwrap_or(&[]) {
            let obj = self.p.objects.get(o);
            if obj.name == "_" {
                continue;
            }
            if let ObjKind::Var(v) = &obj.kind {
                if !v.used && v.kind == VarKind::Local {
                    unused.push((obj.pos, format!("declared and not used: {}", obj.name)));
                }
            }
        }
        self.locals.truncate(first);
        unused.sort_by_key(|u| u.0);
        for (pos, msg) in unused {
            self.error(pos, msg);
        }
    }

    fn report_unused(&mut self) {
        self.report_unused_locals(0);
        let imports: Vec<(ObjId, bool)> = self.imports_used.iter().map(|(k, v)| (*k, *v)).collect();
        for (o, used) in imports {
            if used {
                continue;
            }
            let obj = self.p.objects.get(o).clone();
            let ObjKind::PkgName(dep) = obj.kind else {
                continue;
            };
            let Some(d) = self.p.package(dep) else {
                continue;
            };
            let path = d.path.clone();
            let dname = d.name.clone();
            // The import spec position: find it by object position.
            let msg = if obj.name != dname {
                format!("{path:?} imported as {} and not used", obj.name)
            } else {
                format!("{path:?} imported and not used")
            };
            let pos = self.import_pos(obj.pos);
            self.error(pos, msg);
        }
    }

    fn import_pos(&self, pos: Pos) -> Pos {
        for f in self.files {
            for imp in &f.imports {
                if imp.path_span.lo == pos || imp.name.as_ref().is_some_and(|n| n.span.lo == pos) {
                    // Go reports a renamed import at its name.
                    return imp.name.as_ref().map_or(imp.path_span.lo, |n| n.span.lo);
                }
            }
        }
        pos
    }

    /// Marks a use of an object (for `declared and not used`, imports, init order, captures).
    pub fn note_use(&mut self, obj: ObjId, mark_used: bool) {
        let o = self.p.objects.get(obj);
        let in_pkg = o.pkg == Some(self.pkg);
        match &o.kind {
            ObjKind::PkgName(_) => {
                if let Some(u) = self.imports_used.get_mut(&obj) {
                    *u = true;
                }
            }
            ObjKind::Var(v) => {
                let kind = v.kind;
                if kind == VarKind::Global && in_pkg {
                    self.add_dep(obj);
                }
                if matches!(kind, VarKind::Local | VarKind::Param | VarKind::Result) {
                    let owner = self.var_owner.get(&obj).copied();
                    let cur = self.ctx.func.as_ref().map(|f| f.id);
                    if owner.is_some() && owner != cur {
                        if let Some(v) = self.p.objects.var_mut(obj) {
                            v.captured = true;
                        }
                    }
                }
                // Only this package's variables are reported unused (an imported one's flag is never read,
                // and its object may be shared with other programs: see `crate::layered`).
                // Package-level variables are never reported unused: leave their (maybe shared) objects be.
                if mark_used && in_pkg && kind != VarKind::Global {
                    if let Some(v) = self.p.objects.var_mut(obj) {
                        v.used = true;
                    }
                }
            }
            ObjKind::Func(_) if in_pkg => self.add_dep(obj),
            _ => {}
        }
    }

    pub fn add_dep(&mut self, obj: ObjId) {
        if let Some(d) = self.ctx.decl {
            let e = self.deps.entry(d).or_default();
            if !e.contains(&obj) {
                e.push(obj);
            }
        }
    }

    /// Resolves a package-level object of this package if needed (called when it is used).
    pub fn ensure_resolved(&mut self, obj: ObjId) {
        if self.decls.contains_key(&obj) && self.state.get(&obj) != Some(&State::Done) {
            // Type names referring to themselves are fine (the Named type already exists) unless the
            // underlying type is needed; values in progress are cycles.
            if self.state.get(&obj) == Some(&State::InProgress) {
                if let ObjKind::TypeName(tn) = &self.p.objects.get(obj).kind {
                    if !tn.alias {
                        return;
                    }
                }
                if let ObjKind::Func(_) = &self.p.objects.get(obj).kind {
                    return;
                }
            }
            self.resolve(obj);
        }
    }

    /// Looks up a name in the current scope chain.
    pub fn lookup(&self, name: &str) -> Option<ObjId> {
        self.p.scopes.lookup(self.scope(), name).map(|(o, _)| o)
    }

    /// True if the expression is the blank identifier.
    pub fn is_blank(e: &Expr) -> bool {
        matches!(&e.kind, ExprKind::Ident(i) if i.is_blank())
    }
}

/// Whether a receiver type names a generic type with its parameters (`Stack[T]`, `*Pair[K, V]`).
fn generic_receiver(ty: &ast::Expr) -> bool {
    match &ty.kind {
        ast::ExprKind::Paren(x) | ast::ExprKind::Star(x) => generic_receiver(x),
        ast::ExprKind::Index { .. } => true,
        _ => false,
    }
}
