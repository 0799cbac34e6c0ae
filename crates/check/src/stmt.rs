//! Statements and function bodies: declarations, assignments, control flow, labels, `missing return`.

use std::collections::HashMap;

use amber_syntax::ast::{self, AssignOp, BinOp, Block, BranchKind, Expr, ExprKind, Stmt, StmtKind};
use amber_syntax::Pos;

use crate::checker::{unsupported, Checker, FuncCtx};
use crate::constant::{ArithOp, ConstValue};
use crate::expr::{strip_parens, Operand};
use crate::info::Mode;
use crate::lookup;
use crate::objects::{ObjId, ObjKind, VarKind};
use crate::scope::{ScopeId, ScopeKind};
use crate::types::{TypeId, TypeKind};
use amber_syntax::print::expr_string;

/// An enclosing breakable statement.
#[derive(Clone)]
struct Enclosing {
    label: Option<String>,
    is_loop: bool,
}

/// Per-function statement context.
#[derive(Default, Clone)]
pub(crate) struct StmtCtx {
    enclosing: Vec<Enclosing>,
    labels: HashMap<String, (ObjId, bool)>,
}

impl<'a> Checker<'a> {
    /// Checks a declared function's body (receiver and parameters declared in a new function scope).
    pub fn func_body(
        &mut self,
        recv: Option<&'a ast::Field>,
        ft: &'a ast::FuncType,
        _sig: TypeId,
        body: &'a Block,
    ) {
        let scope = self.p.scopes.new_scope(Some(self.scope()), ScopeKind::Func);
        let id = self.next_func_id;
        self.next_func_id += 1;
        self.ctx.func = Some(FuncCtx {
            sig: TypeId::INVALID,
            id,
            named_results: Vec::new(),
        });
        self.ctx.scope = Some(scope);
        if let Some(r) = recv {
            let rt = self
                .p
                .info
                .types
                .get(&r.ty.id)
                .map_or(TypeId::INVALID, |t| t.ty);
            for n in &r.names {
                let o = self.new_var(n, rt, VarKind::Param);
                self.declare(scope, n, o);
            }
        }
        // Re-evaluate the signature to declare the parameters (types are hash-consed: same ids).
        let t = self.func_type(ft, Some(scope));
        if let Some(f) = &mut self.ctx.func {
            f.sig = t;
        }
        self.func_body_in(scope, t, body);
    }

    /// Checks a body whose parameters are already declared in `scope`.
    pub fn func_body_in(&mut self, scope: ScopeId, sig: TypeId, body: &'a Block) {
        let saved = std::mem::take(&mut self.sctx);
        let first_local = self.locals.len();
        self.collect_labels(&body.stmts);
        self.check_gotos(body);
        self.ctx.scope = Some(scope);
        self.stmt_list(&body.stmts);
        let has_results = self.p.types.sig(sig).is_some_and(|s| !s.results.is_empty());
        if has_results && !self.is_terminating_list(&body.stmts, None) {
            self.error(body.rbrace, "missing return");
        }
        let labels: Vec<(String, (ObjId, bool))> = self.sctx.labels.drain().collect();
        for (name, (o, used)) in labels {
            if !used {
                let pos = self.p.objects.get(o).pos;
                self.error(pos, format!("label {name} defined and not used"));
            }
        }
        // Go reports a function's unused variables when it has checked the function, which decides which
        // errors are among the first ten it prints.
        self.report_unused_locals(first_local);
        self.sctx = saved;
    }

    /// Reports `goto` statements that jump into a block or over a variable declaration (spec "Goto
    /// statements"), for one function body.
    fn check_gotos(&mut self, body: &'a Block) {
        let mut g = GotoScan::default();
        g.blocks.push(GotoBlock {
            start: body.lbrace,
            decls: Vec::new(),
        });
        g.list(self, &body.stmts, &mut vec![0]);
        for (name, label_pos, goto_pos, path) in &g.gotos {
            let Some((lpath, lpos)) = g.labels.get(name.as_str()) else {
                continue;
            };
            let Some(&lblock) = lpath.last() else {
                continue;
            };
            let Some(block) = g.blocks.get(lblock) else {
                continue;
            };
            if !path.starts_with(lpath) {
                let at = self.loc(block.start);
                self.error(
                    *label_pos,
                    format!("goto {name} jumps into block starting at {at}"),
                );
                continue;
            }
            // A forward jump must not skip a variable declaration of the label's block.
            if let Some((dpos, names)) = block
                .decls
                .iter()
                .rev()
                .find(|(p, _)| *p > *goto_pos && *p < *lpos)
            {
                let at = self.loc(*dpos);
                self.error(
                    *label_pos,
                    format!("goto {name} jumps over declaration of {names} at {at}"),
                );
            }
        }
    }

    fn collect_labels(&mut self, stmts: &'a [Stmt]) {
        for s in stmts {
            self.collect_labels_stmt(s);
        }
    }

    fn collect_labels_stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => {
                if label.name != "_" {
                    if let Some((old, _)) = self.sctx.labels.get(&label.name) {
                        let opos = self.p.objects.get(*old).pos;
                        self.error(
                            label.span.lo,
                            format!(
                                "label {} already defined\n\t{}: previous definition",
                                label.name,
                                self.loc(opos)
                            ),
                        );
                    } else {
                        let o = self.new_obj(&label.name, label.span.lo, ObjKind::Label);
                        self.p.info.defs.insert(label.id, o);
                        self.sctx.labels.insert(label.name.clone(), (o, false));
                    }
                }
                self.collect_labels_stmt(stmt);
            }
            StmtKind::Block(b) => self.collect_labels(&b.stmts),
            StmtKind::If { then, els, .. } => {
                self.collect_labels(&then.stmts);
                if let Some(e) = els {
                    self.collect_labels_stmt(e);
                }
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                for c in body {
                    self.collect_labels(&c.body);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.collect_labels(&body.stmts)
            }
            StmtKind::Select { body, .. } => {
                for c in body {
                    self.collect_labels(&c.body);
                }
            }
            _ => {}
        }
    }

    fn open_scope(&mut self) -> Option<ScopeId> {
        let old = self.ctx.scope;
        let s = self
            .p
            .scopes
            .new_scope(Some(self.scope()), ScopeKind::Block);
        self.ctx.scope = Some(s);
        old
    }

    pub fn stmt_list(&mut self, stmts: &'a [Stmt]) {
        let n = stmts.len();
        for (i, s) in stmts.iter().enumerate() {
            self.stmt(s, i + 1 == n);
        }
    }

    fn stmt(&mut self, s: &'a Stmt, last: bool) {
        if !self.enter(s.span.lo) {
            return;
        }
        self.stmt_inner(s, last);
        self.depth -= 1;
    }

    fn stmt_inner(&mut self, s: &'a Stmt, _last: bool) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Decl(d) => self.local_decl(d),
            StmtKind::Labeled { label, stmt } => {
                let name = label.name.clone();
                let is_breakable = matches!(
                    stmt.kind,
                    StmtKind::For { .. }
                        | StmtKind::Range { .. }
                        | StmtKind::Switch { .. }
                        | StmtKind::TypeSwitch { .. }
                        | StmtKind::Select { .. }
                );
                if is_breakable {
                    self.labeled_target = Some(name);
                }
                self.stmt(stmt, _last);
                self.labeled_target = None;
            }
            StmtKind::Expr(e) => {
                let x = self.expr_or_type(e);
                if x.is_invalid() {
                    return;
                }
                let inner = strip_parens(e);
                let is_call = matches!(inner.kind, ExprKind::Call { .. });
                let is_conv_or_builtin_value = match &inner.kind {
                    ExprKind::Call { fun, .. } => {
                        let tv = self.p.info.types.get(&fun.id).cloned();
                        match tv.map(|t| t.mode) {
                            Some(Mode::TypeExpr) => true,
                            Some(Mode::Builtin(b)) => !matches!(
                                b,
                                crate::Builtin::Copy
                                    | crate::Builtin::Panic
                                    | crate::Builtin::Print
                                    | crate::Builtin::Println
                                    | crate::Builtin::Recover
                                    | crate::Builtin::Clear
                                    | crate::Builtin::Close
                                    | crate::Builtin::Delete
                            ),
                            _ => false,
                        }
                    }
                    _ => false,
                };
                if !is_call || is_conv_or_builtin_value {
                    let x = self.single_value(x);
                    if !x.is_invalid() {
                        self.error(e.span.lo, format!("{} is not used", self.describe(&x)));
                    }
                }
            }
            StmtKind::Send { ch, value } => {
                self.expr(ch);
                self.expr(value);
                self.error(s.span.lo, unsupported("channel operations"));
            }
            StmtKind::IncDec { x, inc } => {
                let xv = self.expr(x);
                if xv.is_invalid() {
                    return;
                }
                if !self.p.types.is_numeric(xv.ty) {
                    let op = if *inc { "++" } else { "--" };
                    self.error(
                        x.span.lo,
                        format!(
                            "invalid operation: {}{op} (non-numeric type {})",
                            expr_string(x),
                            self.tstr(xv.ty)
                        ),
                    );
                    return;
                }
                self.check_assignable_target(x, &xv);
            }
            StmtKind::Assign { lhs, op, rhs } => match op {
                AssignOp::Define => self.short_var_decl(s, lhs, rhs),
                AssignOp::Assign => self.assign(s, lhs, rhs),
                AssignOp::Op(bop) => self.op_assign(*bop, lhs, rhs),
            },
            StmtKind::Go(e) => {
                self.expr_or_type(e);
                self.error(s.span.lo, unsupported("go statements"));
            }
            StmtKind::Defer(e) => {
                let inner = strip_parens(e);
                if !matches!(inner.kind, ExprKind::Call { .. }) {
                    self.expr_or_type(e);
                    self.error(e.span.lo, "expression in defer must be function call");
                    return;
                }
                let x = self.expr_or_type(e);
                if let ExprKind::Call { fun, .. } = &inner.kind {
                    let tv = self.p.info.types.get(&fun.id).cloned();
                    if let Some(Mode::TypeExpr) = tv.map(|t| t.mode) {
                        self.error(
                            e.span.lo,
                            "defer requires function call, not conversion".to_string(),
                        );
                    }
                }
                let _ = x;
            }
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Branch { kind, label } => self.branch(s, *kind, label.as_ref()),
            StmtKind::Block(b) => {
                let old = self.open_scope();
                self.stmt_list(&b.stmts);
                self.ctx.scope = old;
            }
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                let old = self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, false);
                }
                self.condition(cond, "if statement");
                let inner = self.open_scope();
                self.stmt_list(&then.stmts);
                self.ctx.scope = inner;
                if let Some(e) = els {
                    self.stmt(e, false);
                }
                self.ctx.scope = old;
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                let label = self.labeled_target.take();
                let old = self.open_scope();
                if let Some(i) = init {
                    self.stmt(i, false);
                }
                if let Some(c) = cond {
                    self.condition(c, "for statement");
                }
                if let Some(p) = post {
                    if let StmtKind::Assign {
                        op: AssignOp::Define,
                        ..
                    } = p.kind
                    {
                        self.error(p.span.lo, "cannot declare in post statement of for loop");
                    } else {
                        self.stmt(p, false);
                    }
                }
                self.sctx.enclosing.push(Enclosing {
                    label,
                    is_loop: true,
                });
                let inner = self.open_scope();
                self.stmt_list(&body.stmts);
                self.ctx.scope = inner;
                self.sctx.enclosing.pop();
                self.ctx.scope = old;
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
                extra_var,
            } => {
                if let Some(pos) = extra_var {
                    self.error(*pos, "range clause permits at most two iteration variables");
                }
                let label = self.labeled_target.take();
                self.range_stmt(s, key.as_ref(), value.as_ref(), *define, x, body, label);
            }
            StmtKind::Switch {
                init, tag, body, ..
            } => {
                let label = self.labeled_target.take();
                self.switch_stmt(init.as_deref(), tag.as_ref(), body, label);
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
                ..
            } => {
                let label = self.labeled_target.take();
                self.type_switch(s, init.as_deref(), bind.as_ref(), x, body, label);
            }
            StmtKind::Select { .. } => {
                self.error(s.span.lo, unsupported("select statements"));
            }
        }
    }

    fn condition(&mut self, cond: &'a Expr, what: &str) {
        let mut x = self.expr(cond);
        if x.is_invalid() {
            return;
        }
        if !self.p.types.is_boolean(x.ty) {
            self.error(cond.span.lo, format!("non-boolean condition in {what}"));
            return;
        }
        self.default_convert(&mut x);
    }

    // ---- declarations inside functions ----

    fn local_decl(&mut self, d: &'a ast::Decl) {
        match d {
            ast::Decl::Var(specs) => {
                for spec in specs {
                    let objs: Vec<ObjId> = spec
                        .names
                        .iter()
                        .map(|n| self.new_var(n, TypeId::INVALID, VarKind::Local))
                        .collect();
                    let multi = spec.values.len() == 1 && spec.names.len() > 1;
                    if !multi && !spec.values.is_empty() && spec.values.len() != spec.names.len() {
                        self.report_assign_count(
                            spec.names.len(),
                            &spec.values,
                            spec.names[0].span.lo,
                            false,
                        );
                        for v in &spec.values {
                            self.expr_or_type(v);
                        }
                        if let Some(t) = &spec.ty {
                            let t = self.typ(t);
                            for &o in &objs {
                                if let Some(v) = self.p.objects.var_mut(o) {
                                    v.ty = t;
                                }
                            }
                        }
                    } else {
                        self.var_decl(&objs, spec.ty.as_ref(), &spec.values);
                    }
                    let scope = self.scope();
                    for (n, &o) in spec.names.iter().zip(&objs) {
                        self.declare(scope, n, o);
                        self.locals.push(o);
                    }
                }
            }
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
                    let mut objs = Vec::new();
                    for (i, n) in spec.names.iter().enumerate() {
                        let saved = self.ctx.iota;
                        self.ctx.iota = Some(spec.iota);
                        let (t, v) = self.const_value(ty, values.get(i));
                        self.ctx.iota = saved;
                        let o = self.new_obj(
                            &n.name,
                            n.span.lo,
                            ObjKind::Const(crate::ConstObj { ty: t, value: v }),
                        );
                        if !n.is_blank() {
                            self.p.info.defs.insert(n.id, o);
                        }
                        objs.push(o);
                    }
                    if spec.names.len() > values.len() {
                        if let Some(n) = spec.names.get(values.len()) {
                            self.error(n.span.lo, "missing init expr for const declaration");
                        }
                    } else if spec.names.len() < values.len() && !spec.values.is_empty() {
                        if let Some(v) = values.get(spec.names.len()) {
                            self.error(v.span.lo, "extra init expr");
                        }
                    }
                    let scope = self.scope();
                    for (n, &o) in spec.names.iter().zip(&objs) {
                        self.declare(scope, n, o);
                    }
                }
            }
            ast::Decl::Type(specs) => {
                for spec in specs {
                    let o = self.new_obj(
                        &spec.name.name,
                        spec.name.span.lo,
                        ObjKind::TypeName(crate::TypeNameObj {
                            ty: TypeId::INVALID,
                            alias: spec.alias,
                        }),
                    );
                    if !spec.name.is_blank() {
                        self.p.info.defs.insert(spec.name.id, o);
                    }
                    let scope = self.scope();
                    if !spec.type_params.is_empty() {
                        // Declared, so that uses are not undefined, but not checked (see `type_decl`).
                        self.error(spec.name.span.lo, unsupported("generic types"));
                        self.declare(scope, &spec.name, o);
                    } else if spec.alias {
                        let t = self.typ(&spec.ty);
                        if let Some(ObjKind::TypeName(tn)) =
                            self.p.objects.get_mut(o).map(|x| &mut x.kind)
                        {
                            tn.ty = t;
                        }
                        self.declare(scope, &spec.name, o);
                    } else {
                        let named = self.p.types.new_named(o);
                        if let Some(ObjKind::TypeName(tn)) =
                            self.p.objects.get_mut(o).map(|x| &mut x.kind)
                        {
                            tn.ty = named;
                        }
                        // The name is in scope inside its own definition (recursive types).
                        self.declare(scope, &spec.name, o);
                        let rhs = self.typ(&spec.ty);
                        let under = self.resolve_underlying(rhs);
                        if under == TypeId::INVALID && rhs == named {
                            self.error(
                                spec.name.span.lo,
                                format!(
                                    "invalid recursive type: {} refers to itself",
                                    spec.name.name
                                ),
                            );
                        }
                        if let Some(n) = self.p.types.named_mut(named) {
                            n.underlying = under;
                        }
                    }
                }
            }
            ast::Decl::Func(f) => {
                self.error(
                    f.span.lo,
                    "function declaration not allowed inside a function",
                );
            }
        }
    }

    /// Types variables `lhs` from an optional declared type and initial values (shared by package-level and
    /// local `var` declarations).
    pub fn var_decl(&mut self, lhs: &[ObjId], ty: Option<&'a Expr>, values: &'a [Expr]) {
        let declared = ty.map(|t| self.typ(t));
        let set_ty = |c: &mut Self, o: ObjId, t: TypeId| {
            if let Some(v) = c.p.objects.var_mut(o) {
                v.ty = t;
            }
        };
        let declared_spelling = match (ty, declared) {
            (Some(te), Some(t)) => self.spelling_of(te, t),
            _ => None,
        };
        if let Some(t) = declared {
            for &o in lhs {
                set_ty(self, o, t);
                self.set_obj_spelling(o, declared_spelling);
            }
        }
        if values.is_empty() {
            return;
        }
        if lhs.len() > 1 && values.len() == 1 {
            let types = self.multi_value(&values[0], lhs.len(), true);
            match types {
                Some(ts) => {
                    for (&o, &vt) in lhs.iter().zip(&ts) {
                        match declared {
                            Some(t) => {
                                let x = Operand {
                                    mode: Mode::Value,
                                    ty: vt,
                                    expr: Some(&values[0]),
                                };
                                if self.assignable(&x, t).is_err() {
                                    let d = format!(
                                        "{} (value of type {})",
                                        expr_string(&values[0]),
                                        self.tstr(vt)
                                    );
                                    self.error(
                                        values[0].span.lo,
                                        format!(
                                            "cannot use {d} as {} value in assignment",
                                            self.tstr(t)
                                        ),
                                    );
                                }
                            }
                            None => set_ty(self, o, vt),
                        }
                    }
                }
                None => {
                    if declared.is_none() {
                        for &o in lhs {
                            set_ty(self, o, TypeId::INVALID);
                        }
                    }
                }
            }
            return;
        }
        for (i, &o) in lhs.iter().enumerate() {
            let Some(v) = values.get(i) else {
                break;
            };
            let mut x = self.expr(v);
            match declared {
                Some(t) => {
                    self.target_spelling = declared_spelling;
                    self.assignment(&mut x, t, "variable declaration");
                    self.target_spelling = None;
                }
                None => {
                    if x.ty == TypeId::UNTYPED_NIL {
                        self.error(v.span.lo, "use of untyped nil in variable declaration");
                        x.mode = Mode::Invalid;
                    }
                    self.default_convert(&mut x);
                    let t = if x.is_invalid() {
                        TypeId::INVALID
                    } else {
                        x.ty
                    };
                    set_ty(self, o, t);
                    let sp = self.spelling_of(v, t);
                    self.set_obj_spelling(o, sp);
                }
            }
        }
    }

    /// Evaluates a single expression that must provide `n` values (a multi-value call, or a comma-ok form
    /// when `n == 2`). Reports `assignment mismatch` otherwise. Returns the value types.
    fn multi_value(&mut self, e: &'a Expr, n: usize, _decl: bool) -> Option<Vec<TypeId>> {
        let inner = strip_parens(e);
        let comma_ok = matches!(
            inner.kind,
            ExprKind::Index { .. } | ExprKind::TypeAssert { .. }
        ) || matches!(
            inner.kind,
            ExprKind::Unary {
                op: ast::UnOp::Recv,
                ..
            }
        );
        let x = self.expr_or_type(e);
        if x.is_invalid() {
            return None;
        }
        if let TypeKind::Tuple(ts) = self.p.types.kind(x.ty).clone() {
            if ts.len() == n {
                return Some(ts);
            }
            let name = match &inner.kind {
                ExprKind::Call { fun, .. } => expr_string(fun),
                _ => expr_string(e),
            };
            let vars = if n == 1 { "variable" } else { "variables" };
            let vals = if ts.len() == 1 { "value" } else { "values" };
            self.error(
                e.span.lo,
                format!(
                    "assignment mismatch: {n} {vars} but {name} returns {} {vals}",
                    ts.len()
                ),
            );
            return None;
        }
        let x = self.single_value(x);
        if x.is_invalid() {
            return None;
        }
        if comma_ok
            && n == 2
            && (x.mode == Mode::MapIndex || matches!(inner.kind, ExprKind::TypeAssert { .. }))
        {
            let mut tv = self
                .p
                .info
                .types
                .get(&e.id)
                .cloned()
                .unwrap_or(crate::TypeAndValue {
                    mode: Mode::CommaOk,
                    ty: x.ty,
                });
            tv.mode = Mode::CommaOk;
            self.p.info.types.insert(e.id, tv.clone());
            if inner.id != e.id {
                self.p.info.types.insert(inner.id, tv);
            }
            return Some(vec![x.ty, TypeId::BOOL]);
        }
        let vars = if n == 1 { "variable" } else { "variables" };
        let msg = match &inner.kind {
            ExprKind::Call { fun, .. } => format!(
                "assignment mismatch: {n} {vars} but {} returns 1 value",
                expr_string(fun)
            ),
            _ => format!("assignment mismatch: {n} {vars} but 1 value"),
        };
        self.error(e.span.lo, msg);
        None
    }

    /// Evaluates the right-hand side of an `n:n` assignment or `:=`. A lone call that returns several values
    /// is an `assignment mismatch` (Go words it so rather than as a single-value context).
    fn assigned_value(&mut self, r: &'a Expr, n: usize) -> Operand<'a> {
        let x = self.expr_or_type(r);
        if n == 1 && !x.is_invalid() && x.mode != Mode::NoValue {
            if let (TypeKind::Tuple(ts), ExprKind::Call { fun, .. }) =
                (self.p.types.kind(x.ty), &strip_parens(r).kind)
            {
                let m = ts.len();
                let vals = if m == 1 { "value" } else { "values" };
                self.error(
                    r.span.lo,
                    format!(
                        "assignment mismatch: 1 variable but {} returns {m} {vals}",
                        expr_string(fun)
                    ),
                );
                return Operand::invalid(r);
            }
        }
        self.single_value(x)
    }

    /// Checks that `x` (already evaluated) can be assigned to.
    fn check_assignable_target(&mut self, e: &'a Expr, x: &Operand<'a>) -> bool {
        match x.mode {
            Mode::Variable | Mode::MapIndex => true,
            Mode::Invalid => false,
            _ => {
                // Assigning to a field of a struct in a map.
                if let ExprKind::Selector { x: inner, .. } = &strip_parens(e).kind {
                    if self
                        .p
                        .info
                        .types
                        .get(&inner.id)
                        .is_some_and(|t| t.mode == Mode::MapIndex)
                    {
                        self.error(
                            e.span.lo,
                            format!("cannot assign to struct field {} in map", expr_string(e)),
                        );
                        return false;
                    }
                }
                let d = self.describe(x);
                let what = match x.mode {
                    Mode::Constant(_) | Mode::Value | Mode::NoValue => format!(
                        "cannot assign to {} (neither addressable nor a map index expression)",
                        expr_string(e)
                    ),
                    _ => format!("cannot assign to {d}"),
                };
                let what = if matches!(x.mode, Mode::Value)
                    && self.p.types.is_string(
                        self.p
                            .info
                            .types
                            .get(&strip_index_base(e).id)
                            .map_or(TypeId::INVALID, |t| t.ty),
                    )
                    && matches!(strip_parens(e).kind, ExprKind::Index { .. })
                {
                    format!(
                        "cannot assign to {} (neither addressable nor a map index expression)",
                        expr_string(e)
                    )
                } else {
                    what
                };
                self.error(e.span.lo, what);
                false
            }
        }
    }

    /// Evaluates an assignment target; plain identifiers of variables are not counted as uses.
    fn lhs_expr(&mut self, e: &'a Expr) -> Operand<'a> {
        if let ExprKind::Ident(id) = &strip_parens(e).kind {
            if id.is_blank() {
                return Operand {
                    mode: Mode::Variable,
                    ty: TypeId::INVALID,
                    expr: Some(e),
                };
            }
            if let Some(o) = self.lookup(&id.name) {
                if let ObjKind::Var(v) = &self.p.objects.get(o).kind {
                    let was_used = v.used;
                    let x = self.expr(e);
                    // Restore the "used" flag: assignment is not a use.
                    if let Some(v) = self.p.objects.var_mut(o) {
                        v.used = was_used;
                    }
                    return x;
                }
            }
        }
        self.expr(e)
    }

    fn assign(&mut self, s: &'a Stmt, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let _ = s;
        if lhs.len() != rhs.len() {
            if rhs.len() == 1 {
                let targets: Vec<Operand<'a>> = lhs.iter().map(|l| self.lhs_expr(l)).collect();
                let Some(ts) = self.multi_value(&rhs[0], lhs.len(), false) else {
                    return;
                };
                for ((l, t), vt) in lhs.iter().zip(&targets).zip(ts) {
                    if Self::is_blank(l) || t.is_invalid() {
                        continue;
                    }
                    if !self.check_assignable_target(l, t) {
                        continue;
                    }
                    let x = Operand {
                        mode: Mode::Value,
                        ty: vt,
                        expr: Some(&rhs[0]),
                    };
                    if self.assignable(&x, t.ty).is_err() {
                        let d =
                            format!("{} (value of type {})", expr_string(&rhs[0]), self.tstr(vt));
                        self.error(
                            rhs[0].span.lo,
                            format!("cannot use {d} as {} value in assignment", self.tstr(t.ty)),
                        );
                    }
                }
                return;
            }
            for l in lhs {
                self.lhs_expr(l);
            }
            for r in rhs {
                self.expr_or_type(r);
            }
            let (n, m) = (lhs.len(), rhs.len());
            let vars = if n == 1 { "variable" } else { "variables" };
            let vals = if m == 1 { "value" } else { "values" };
            self.error(
                lhs[0].span.lo,
                format!("assignment mismatch: {n} {vars} but {m} {vals}"),
            );
            return;
        }
        let targets: Vec<Operand<'a>> = lhs.iter().map(|l| self.lhs_expr(l)).collect();
        for ((l, t), r) in lhs.iter().zip(&targets).zip(rhs) {
            let mut x = self.assigned_value(r, lhs.len());
            if Self::is_blank(l) {
                if x.ty == TypeId::UNTYPED_NIL {
                    self.error(r.span.lo, "use of untyped nil in assignment");
                }
                self.default_convert(&mut x);
                continue;
            }
            if !self.check_assignable_target(l, t) {
                continue;
            }
            self.assignment(&mut x, t.ty, "assignment");
        }
    }

    fn op_assign(&mut self, op: BinOp, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let (Some(l), Some(r)) = (lhs.first(), rhs.first()) else {
            return;
        };
        if lhs.len() != 1 || rhs.len() != 1 {
            self.error(
                l.span.lo,
                format!(
                    "assignment operation {}= requires single-valued expressions",
                    op.as_str()
                ),
            );
            return;
        }
        let x = self.expr(l);
        let mut y = self.expr(r);
        if x.is_invalid() || y.is_invalid() {
            return;
        }
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            if self.p.types.is_untyped(y.ty) {
                self.convert_untyped(&mut y, TypeId::UINT);
            }
            if !self.p.types.is_integer(x.ty) || !self.p.types.is_integer(y.ty) {
                self.error(
                    l.span.lo,
                    format!(
                        "invalid operation: shifted operand {} must be integer",
                        self.describe(&x)
                    ),
                );
            }
        } else {
            if self.p.types.is_untyped(y.ty) && self.implicit_convert(&mut y, x.ty).is_err() {
                self.error(
                    l.span.lo,
                    format!(
                        "invalid operation: {} {}= {} (mismatched types {} and {})",
                        expr_string(l),
                        op.as_str(),
                        expr_string(r),
                        self.tstr(x.ty),
                        self.tstr(y.ty)
                    ),
                );
                return;
            }
            if x.ty != y.ty {
                self.error(
                    l.span.lo,
                    format!(
                        "invalid operation: {} {}= {} (mismatched types {} and {})",
                        expr_string(l),
                        op.as_str(),
                        expr_string(r),
                        self.tstr(x.ty),
                        self.tstr(y.ty)
                    ),
                );
                return;
            }
            let t = x.ty;
            let ok = match op {
                BinOp::Add => self.p.types.is_numeric(t) || self.p.types.is_string(t),
                BinOp::Sub | BinOp::Mul | BinOp::Div => self.p.types.is_numeric(t),
                _ => self.p.types.is_integer(t),
            };
            if !ok {
                self.error(
                    l.span.lo,
                    format!(
                        "invalid operation: operator {} not defined on {}",
                        op.as_str(),
                        self.describe(&x)
                    ),
                );
                return;
            }
            if matches!(op, BinOp::Div | BinOp::Rem)
                && y.value().is_some_and(ConstValue::is_zero)
                && self.p.types.is_integer(t)
            {
                self.error(r.span.lo, "invalid operation: division by zero");
                return;
            }
            let _ = ArithOp::Add;
        }
        self.check_assignable_target(l, &x);
    }

    fn short_var_decl(&mut self, _s: &'a Stmt, lhs: &'a [Expr], rhs: &'a [Expr]) {
        // All left-hand sides must be identifiers.
        let mut idents = Vec::new();
        for l in lhs {
            match &l.kind {
                ExprKind::Ident(id) => idents.push(id),
                _ => {
                    self.expr_or_type(l);
                    self.error(
                        l.span.lo,
                        format!("non-name {} on left side of :=", expr_string(l)),
                    );
                    for r in rhs {
                        self.expr_or_type(r);
                    }
                    return;
                }
            }
        }
        let scope = self.scope();
        // Which names are new in this scope.
        let mut new_any = false;
        let mut objs: Vec<Option<ObjId>> = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for id in &idents {
            if id.is_blank() {
                objs.push(None);
                continue;
            }
            if seen.contains(&id.name.as_str()) {
                self.error(
                    id.span.lo,
                    format!("{} repeated on left side of :=", id.name),
                );
                objs.push(None);
                continue;
            }
            seen.push(&id.name);
            match self.p.scopes.lookup_local(scope, &id.name) {
                Some(o) => {
                    self.p.info.uses.insert(id.id, o);
                    objs.push(Some(o));
                }
                None => {
                    new_any = true;
                    objs.push(None);
                }
            }
        }
        if !new_any {
            self.error(
                self.define_pos(lhs, rhs),
                "no new variables on left side of :=",
            );
        }
        // Evaluate the right-hand side before declaring the new names.
        let types: Vec<Option<(Operand<'a>, TypeId)>> = if lhs.len() == rhs.len() {
            rhs.iter()
                .map(|r| {
                    let mut x = self.assigned_value(r, lhs.len());
                    if x.ty == TypeId::UNTYPED_NIL {
                        self.error(r.span.lo, "use of untyped nil in assignment");
                        x.mode = Mode::Invalid;
                    }
                    if x.is_invalid() {
                        None
                    } else {
                        let t = x.ty;
                        Some((x, t))
                    }
                })
                .collect()
        } else if rhs.len() == 1 {
            match self.multi_value(&rhs[0], lhs.len(), true) {
                Some(ts) => ts
                    .into_iter()
                    .map(|t| {
                        Some((
                            Operand {
                                mode: Mode::Value,
                                ty: t,
                                expr: Some(&rhs[0]),
                            },
                            t,
                        ))
                    })
                    .collect(),
                None => vec![None; lhs.len()],
            }
        } else {
            for r in rhs {
                self.expr_or_type(r);
            }
            let (n, m) = (lhs.len(), rhs.len());
            let vars = if n == 1 { "variable" } else { "variables" };
            let vals = if m == 1 { "value" } else { "values" };
            self.error(
                lhs[0].span.lo,
                format!("assignment mismatch: {n} {vars} but {m} {vals}"),
            );
            vec![None; lhs.len()]
        };
        let mut to_declare = Vec::new();
        for (i, id) in idents.iter().enumerate() {
            let tv = types.get(i).cloned().flatten();
            match objs[i] {
                Some(o) => {
                    // Existing variable: plain assignment.
                    if let Some((mut x, _)) = tv {
                        let t = self.p.objects.type_of(o);
                        if lhs.len() == rhs.len() {
                            self.assignment(&mut x, t, "assignment");
                        } else if self.assignable(&x, t).is_err() {
                            let d = format!(
                                "{} (value of type {})",
                                expr_string(&rhs[0]),
                                self.tstr(x.ty)
                            );
                            self.error(
                                rhs[0].span.lo,
                                format!("cannot use {d} as {} value in assignment", self.tstr(t)),
                            );
                        }
                    }
                }
                None => {
                    let t = match tv {
                        Some((mut x, _)) => {
                            if lhs.len() == rhs.len() {
                                self.default_convert(&mut x);
                            }
                            if x.is_invalid() {
                                TypeId::INVALID
                            } else {
                                x.ty
                            }
                        }
                        None => TypeId::INVALID,
                    };
                    let o = self.new_var(id, t, VarKind::Local);
                    if lhs.len() == rhs.len() {
                        let sp = self.spelling_of(&rhs[i], t);
                        self.set_obj_spelling(o, sp);
                    }
                    if !id.is_blank() {
                        self.locals.push(o);
                        to_declare.push((*id, o));
                    }
                }
            }
        }
        for (id, o) in to_declare {
            self.declare(scope, id, o);
        }
    }

    /// Position of the `:=` between `lhs` and `rhs` (the AST does not keep it; we find it in the text).
    pub(crate) fn define_pos(&self, lhs: &[Expr], rhs: &[Expr]) -> Pos {
        let (Some(l), Some(r)) = (lhs.last(), rhs.first()) else {
            return lhs.first().map_or(0, |e| e.span.lo);
        };
        if let Some(f) = self.sm.file_of(l.span.hi) {
            let lo = l.span.hi.saturating_sub(f.base) as usize;
            let hi = r.span.lo.saturating_sub(f.base) as usize;
            if let Some(between) = f.text.get(lo..hi) {
                if let Some(i) = between.find(":=") {
                    return l.span.hi + i as u32;
                }
            }
        }
        l.span.hi
    }

    fn return_stmt(&mut self, s: &'a Stmt, results: &'a [Expr]) {
        let Some(f) = self.ctx.func.clone() else {
            return;
        };
        let want = self
            .p
            .types
            .sig(f.sig)
            .map(|s| s.results.clone())
            .unwrap_or_default();
        if results.is_empty() {
            if !want.is_empty() && f.named_results.is_empty() {
                let w: Vec<String> = want.iter().map(|&t| self.tstr(t)).collect();
                self.error(
                    s.span.lo,
                    format!(
                        "not enough return values\n\thave ()\n\twant ({})",
                        w.join(", ")
                    ),
                );
            }
            // Named results shadowed in this scope make a bare return invalid.
            for &r in &f.named_results {
                let name = self.p.objects.get(r).name.clone();
                if let Some(o) = self.lookup(&name) {
                    if o != r {
                        let pos = self.p.objects.get(o).pos;
                        self.error(
                            s.span.lo,
                            format!("result parameter {name} not in scope at return\n\t{}: inner declaration of {name}", self.loc(pos)),
                        );
                    }
                }
            }
            return;
        }
        if want.is_empty() {
            for r in results {
                self.expr_or_type(r);
            }
            let have: Vec<String> = results
                .iter()
                .map(|r| match self.p.info.types.get(&r.id) {
                    Some(tv) => self.summary_type(tv.ty),
                    None => String::new(),
                })
                .collect();
            self.error(
                results[0].span.lo,
                format!(
                    "too many return values\n\thave ({})\n\twant ()",
                    have.join(", ")
                ),
            );
            return;
        }
        let xs = self.eval_args(results);
        if xs.iter().any(|x| x.is_invalid()) {
            return;
        }
        if xs.len() != want.len() {
            let have: Vec<String> = xs.iter().map(|x| self.summary_type(x.ty)).collect();
            let w: Vec<String> = want.iter().map(|&t| self.tstr(t)).collect();
            let (msg, pos) = if xs.len() > want.len() {
                (
                    "too many return values",
                    results
                        .get(want.len())
                        .map_or(results[0].span.lo, |r| r.span.lo),
                )
            } else {
                // At the last value, as Go reports it.
                (
                    "not enough return values",
                    results.last().map_or(results[0].span.lo, |r| r.span.lo),
                )
            };
            self.error(
                pos,
                format!(
                    "{msg}\n\thave ({})\n\twant ({})",
                    have.join(", "),
                    w.join(", ")
                ),
            );
            return;
        }
        let spread = results.len() == 1 && xs.len() > 1;
        for (mut x, &t) in xs.into_iter().zip(&want) {
            if spread {
                if self.assignable(&x, t).is_err() {
                    let d = format!(
                        "{} (value of type {})",
                        expr_string(&results[0]),
                        self.tstr(x.ty)
                    );
                    self.error(
                        results[0].span.lo,
                        format!(
                            "cannot use {d} as {} value in return statement",
                            self.tstr(t)
                        ),
                    );
                }
            } else {
                self.assignment(&mut x, t, "return statement");
            }
        }
    }

    fn branch(&mut self, s: &'a Stmt, kind: BranchKind, label: Option<&'a ast::Ident>) {
        match kind {
            BranchKind::Break | BranchKind::Continue => {
                let kw = if kind == BranchKind::Break {
                    "break"
                } else {
                    "continue"
                };
                if let Some(l) = label {
                    let Some((o, _)) = self.sctx.labels.get(&l.name).cloned() else {
                        self.error(l.span.lo, format!("{kw} label not defined: {}", l.name));
                        return;
                    };
                    self.sctx.labels.insert(l.name.clone(), (o, true));
                    self.p.info.uses.insert(l.id, o);
                    let target = self
                        .sctx
                        .enclosing
                        .iter()
                        .rev()
                        .find(|e| e.label.as_deref() == Some(&l.name))
                        .cloned();
                    match target {
                        Some(t) if kind == BranchKind::Break || t.is_loop => {}
                        _ => self.error(l.span.lo, format!("invalid {kw} label {}", l.name)),
                    }
                    return;
                }
                let ok = if kind == BranchKind::Break {
                    !self.sctx.enclosing.is_empty()
                } else {
                    self.sctx.enclosing.iter().any(|e| e.is_loop)
                };
                if !ok {
                    let msg = if kind == BranchKind::Break {
                        "break is not in a loop, switch, or select"
                    } else {
                        "continue is not in a loop"
                    };
                    self.error(s.span.lo, msg);
                }
            }
            BranchKind::Goto => {
                if let Some(l) = label {
                    match self.sctx.labels.get(&l.name).cloned() {
                        Some((o, _)) => {
                            self.sctx.labels.insert(l.name.clone(), (o, true));
                            self.p.info.uses.insert(l.id, o);
                        }
                        None => self.error(l.span.lo, format!("label {} not defined", l.name)),
                    }
                }
            }
            BranchKind::Fallthrough => {
                if !self.fallthrough_ok {
                    self.error(s.span.lo, "fallthrough statement out of place");
                }
            }
        }
    }

    // ---- switch ----

    fn switch_stmt(
        &mut self,
        init: Option<&'a Stmt>,
        tag: Option<&'a Expr>,
        body: &'a [ast::CaseClause],
        label: Option<String>,
    ) {
        let old = self.open_scope();
        if let Some(i) = init {
            self.stmt(i, false);
        }
        let mut tagx = match tag {
            Some(t) => {
                let mut x = self.expr(t);
                self.default_convert(&mut x);
                if x.ty == TypeId::UNTYPED_NIL {
                    self.error(t.span.lo, "use of untyped nil in switch expression");
                    x.mode = Mode::Invalid;
                }
                Some(x)
            }
            None => None,
        };
        let mut seen: Vec<(ConstValue, TypeId, Pos)> = Vec::new();
        let mut default_seen: Option<Pos> = None;
        self.sctx.enclosing.push(Enclosing {
            label,
            is_loop: false,
        });
        let n = body.len();
        for (ci, clause) in body.iter().enumerate() {
            if clause.is_default {
                if let Some(p) = default_seen {
                    self.error(
                        clause.span.lo,
                        format!("multiple defaults in switch (first at {})", self.loc(p)),
                    );
                }
                default_seen = Some(clause.span.lo);
            }
            for ce in &clause.exprs {
                let mut x = self.expr(ce);
                if x.is_invalid() {
                    continue;
                }
                match &mut tagx {
                    Some(t) if !t.is_invalid() => {
                        // case x  ==>  tag == x
                        let tt = t.ty;
                        if self.p.types.is_untyped(x.ty)
                            && self.implicit_convert(&mut x, tt).is_err()
                        {
                            let msg = format!(
                                "cannot convert {} to type {}",
                                self.describe(&x),
                                self.tstr(tt)
                            );
                            self.error(ce.span.lo, msg);
                            continue;
                        }
                        let ok =
                            self.assignable(&x, tt).is_ok() || self.assignable(t, x.ty).is_ok();
                        if !ok {
                            let msg = format!(
                                "invalid case {} in switch on {} (mismatched types {} and {})",
                                expr_string(ce),
                                t.expr.map(expr_string).unwrap_or_default(),
                                self.tstr(x.ty),
                                self.tstr(tt)
                            );
                            self.error(ce.span.lo, msg);
                            continue;
                        }
                        if let Some(v) = x.value().cloned() {
                            if let Some((_, _, p)) =
                                seen.iter().find(|(sv, st, _)| *sv == v && *st == x.ty)
                            {
                                let p = *p;
                                self.error(
                                    ce.span.lo,
                                    format!("duplicate case {} in expression switch\n\t{}: previous case", self.describe(&x), self.loc(p)),
                                );
                            } else {
                                seen.push((v, x.ty, ce.span.lo));
                            }
                        }
                    }
                    Some(_) => {}
                    None => {
                        if self.p.types.is_untyped(x.ty) && !self.p.types.is_boolean(x.ty) {
                            // `case 1:` in a tagless switch: Go tries to convert to the implied `true`.
                            let msg = format!("cannot convert {} to type bool", self.describe(&x));
                            self.error(ce.span.lo, msg);
                            continue;
                        }
                        if !self.p.types.is_boolean(x.ty) {
                            let d = self.describe(&x);
                            self.error(
                                ce.span.lo,
                                format!(
                                    "invalid case {} in switch on true (mismatched types {} and bool)",
                                    expr_string(ce),
                                    self.tstr(x.ty)
                                ),
                            );
                            let _ = d;
                            continue;
                        }
                        self.default_convert(&mut x);
                    }
                }
            }
            let inner = self
                .p
                .scopes
                .new_scope(Some(self.scope()), ScopeKind::Block);
            let saved = self.ctx.scope;
            self.ctx.scope = Some(inner);
            // fallthrough is allowed as the last statement of a non-final clause.
            let nb = clause.body.len();
            for (i, st) in clause.body.iter().enumerate() {
                let is_ft = matches!(
                    st.kind,
                    StmtKind::Branch {
                        kind: BranchKind::Fallthrough,
                        ..
                    }
                );
                if is_ft && i + 1 == nb {
                    if ci + 1 == n {
                        self.error(st.span.lo, "cannot fallthrough final case in switch");
                    }
                    continue;
                }
                self.stmt(st, false);
            }
            self.ctx.scope = saved;
        }
        self.sctx.enclosing.pop();
        self.ctx.scope = old;
    }

    fn type_switch(
        &mut self,
        _s: &'a Stmt,
        init: Option<&'a Stmt>,
        bind: Option<&'a ast::Ident>,
        x: &'a Expr,
        body: &'a [ast::CaseClause],
        label: Option<String>,
    ) {
        let old = self.open_scope();
        if let Some(i) = init {
            self.stmt(i, false);
        }
        let xv = self.expr(x);
        let valid = !xv.is_invalid();
        if valid && !self.p.types.is_interface(xv.ty) {
            self.error(
                x.span.lo,
                format!("{} is not an interface", self.describe(&xv)),
            );
        }
        let iface_ok = valid && self.p.types.is_interface(xv.ty);
        let mut seen: Vec<(TypeId, Pos)> = Vec::new();
        let mut clause_vars = Vec::new();
        let mut default_seen: Option<Pos> = None;
        self.sctx.enclosing.push(Enclosing {
            label,
            is_loop: false,
        });
        for clause in body {
            if clause.is_default {
                if let Some(p) = default_seen {
                    self.error(
                        clause.span.lo,
                        format!("multiple defaults in switch (first at {})", self.loc(p)),
                    );
                }
                default_seen = Some(clause.span.lo);
            }
            let mut single: Option<TypeId> = None;
            for ce in &clause.exprs {
                let is_nil = matches!(&ce.kind, ExprKind::Ident(i) if i.name == "nil" && self.lookup("nil").is_some_and(|o| matches!(self.p.objects.get(o).kind, ObjKind::Nil)));
                let t = if is_nil {
                    let o = self.lookup("nil");
                    if let ExprKind::Ident(i) = &ce.kind {
                        if let Some(o) = o {
                            self.p.info.uses.insert(i.id, o);
                        }
                    }
                    self.record(ce, Mode::Value, TypeId::UNTYPED_NIL);
                    TypeId::UNTYPED_NIL
                } else {
                    self.typ(ce)
                };
                if t == TypeId::INVALID {
                    continue;
                }
                if clause.exprs.len() == 1 {
                    single = Some(t);
                }
                if let Some((_, p)) = seen.iter().find(|(st, _)| *st == t) {
                    let p = *p;
                    let ts = if t == TypeId::UNTYPED_NIL {
                        "nil".to_string()
                    } else {
                        self.tstr(t)
                    };
                    self.error(
                        ce.span.lo,
                        format!(
                            "duplicate case {ts} in type switch\n\t{}: previous case",
                            self.loc(p)
                        ),
                    );
                } else {
                    seen.push((t, ce.span.lo));
                }
                if iface_ok && t != TypeId::UNTYPED_NIL && !self.p.types.is_interface(t) {
                    if let Some(m) = lookup::missing_method(self.p, t, xv.ty) {
                        let reason = self.missing_reason(t, xv.ty, &m);
                        let reason = reason
                            .split_once(" (")
                            .map_or(reason.clone(), |(_, r)| format!("({r}"));
                        self.error(
                            ce.span.lo,
                            format!(
                                "impossible type switch case: {}\n\t{} cannot have dynamic type {} {reason}",
                                expr_string(ce),
                                self.describe(&xv),
                                self.tstr(t)
                            ),
                        );
                    }
                }
            }
            let inner = self
                .p
                .scopes
                .new_scope(Some(self.scope()), ScopeKind::Block);
            let saved = self.ctx.scope;
            self.ctx.scope = Some(inner);
            if let Some(b) = bind {
                if !b.is_blank() {
                    let t = match single {
                        Some(t) if t != TypeId::UNTYPED_NIL => t,
                        _ => xv.ty,
                    };
                    let o = self.new_obj(
                        &b.name,
                        b.span.lo,
                        ObjKind::Var(crate::VarObj {
                            ty: if valid { t } else { TypeId::INVALID },
                            kind: VarKind::Local,
                            captured: false,
                            address_taken: false,
                            used: false,
                        }),
                    );
                    if let Some(f) = &self.ctx.func {
                        self.var_owner.insert(o, f.id);
                    }
                    self.p.scopes.insert(inner, &b.name, o);
                    self.p.info.implicits.insert(clause.span.lo, o);
                    clause_vars.push(o);
                }
            }
            for st in &clause.body {
                if let StmtKind::Branch {
                    kind: BranchKind::Fallthrough,
                    ..
                } = st.kind
                {
                    self.error(st.span.lo, "cannot fallthrough in type switch");
                    continue;
                }
                self.stmt(st, false);
            }
            self.ctx.scope = saved;
        }
        self.sctx.enclosing.pop();
        if let Some(b) = bind {
            if b.is_blank() {
                self.error(b.span.lo, "no new variable on left side of :=");
            } else {
                let used = clause_vars
                    .iter()
                    .any(|&o| self.p.objects.var(o).is_some_and(|v| v.used));
                // The binding itself defines an object too (for tools); report unused once.
                let o = self.new_obj(
                    &b.name,
                    b.span.lo,
                    ObjKind::Var(crate::VarObj {
                        ty: xv.ty,
                        kind: VarKind::Local,
                        captured: false,
                        address_taken: false,
                        used,
                    }),
                );
                self.p.info.defs.insert(b.id, o);
                if !used {
                    // Go words this one differently from other unused variables.
                    self.error(b.span.lo, format!("{} declared and not used", b.name));
                }
            }
        }
        self.ctx.scope = old;
    }

    // ---- range ----

    #[allow(clippy::too_many_arguments)]
    fn range_stmt(
        &mut self,
        _s: &'a Stmt,
        key: Option<&'a Expr>,
        value: Option<&'a Expr>,
        define: bool,
        x: &'a Expr,
        body: &'a Block,
        label: Option<String>,
    ) {
        let old = self.open_scope();
        let mut xv = self.expr(x);
        let mut kt = TypeId::INVALID;
        let mut vt = TypeId::INVALID;
        let mut max_vars = 2;
        let mut range_func = false;
        if !xv.is_invalid() {
            let under = self.p.types.under(xv.ty).clone();
            match under {
                TypeKind::Basic(k) if k.is_string() => {
                    self.default_convert(&mut xv);
                    kt = TypeId::INT;
                    vt = TypeId::RUNE;
                }
                TypeKind::Basic(k) if k.is_integer() => {
                    self.default_convert(&mut xv);
                    kt = xv.ty;
                    max_vars = 1;
                }
                TypeKind::Array { elem, .. } | TypeKind::Slice(elem) => {
                    kt = TypeId::INT;
                    vt = elem;
                }
                TypeKind::Pointer(p) => match self.p.types.under(p).clone() {
                    TypeKind::Array { elem, .. } => {
                        kt = TypeId::INT;
                        vt = elem;
                    }
                    _ => {
                        self.error(
                            x.span.lo,
                            format!("cannot range over {}", self.describe(&xv)),
                        );
                        xv.mode = Mode::Invalid;
                    }
                },
                TypeKind::Map { key, value } => {
                    kt = key;
                    vt = value;
                }
                TypeKind::Signature(sig) => match self.yield_params(&sig) {
                    Ok(ps) => {
                        max_vars = ps.len();
                        kt = ps.first().copied().unwrap_or(TypeId::INVALID);
                        vt = ps.get(1).copied().unwrap_or(TypeId::INVALID);
                        range_func = true;
                    }
                    Err(why) => {
                        self.error(
                            x.span.lo,
                            format!(
                                "cannot range over {}: func must be func(yield func(...) bool): {why}",
                                self.describe(&xv)
                            ),
                        );
                        xv.mode = Mode::Invalid;
                    }
                },
                TypeKind::Chan { .. } => {
                    self.error(x.span.lo, unsupported("channel operations"));
                    xv.mode = Mode::Invalid;
                }
                _ => {
                    self.error(
                        x.span.lo,
                        format!("cannot range over {}", self.describe(&xv)),
                    );
                    xv.mode = Mode::Invalid;
                }
            }
        }
        if max_vars == 0 {
            if let Some(k) = key.or(value) {
                self.error(
                    k.span.lo,
                    format!(
                        "range over {} permits no iteration variables",
                        self.describe(&xv)
                    ),
                );
            }
        }
        // The body of a range-over-func loop runs as a closure passed to the iterator (the compiler makes it
        // one): its loop variables belong to it, and the variables it uses from outside are captured.
        let outer_func = self.ctx.func.clone();
        if range_func {
            let id = self.next_func_id;
            self.next_func_id += 1;
            if let Some(f) = &mut self.ctx.func {
                f.id = id;
            }
        }
        if max_vars == 1 {
            if let Some(v) = value {
                self.error(
                    v.span.lo,
                    format!(
                        "range over {} permits only one iteration variable",
                        self.describe(&xv)
                    ),
                );
            }
        }
        let vars = [(key, kt), (value, vt)];
        if define {
            let mut decls = Vec::new();
            for (e, t) in vars {
                let Some(e) = e else { continue };
                let ExprKind::Ident(id) = &e.kind else {
                    self.error(
                        e.span.lo,
                        format!("non-name {} on left side of :=", expr_string(e)),
                    );
                    continue;
                };
                let t = if xv.is_invalid() { TypeId::INVALID } else { t };
                let o = self.new_var(id, t, VarKind::Local);
                self.record(e, Mode::Variable, t);
                if !id.is_blank() {
                    self.locals.push(o);
                    decls.push((id, o));
                }
            }
            let scope = self.scope();
            for (id, o) in decls {
                self.declare(scope, id, o);
            }
        } else {
            for (e, t) in vars {
                let Some(e) = e else { continue };
                if Self::is_blank(e) {
                    continue;
                }
                let target = self.lhs_expr(e);
                if target.is_invalid() || xv.is_invalid() {
                    continue;
                }
                if !self.check_assignable_target(e, &target) {
                    continue;
                }
                let op = Operand {
                    mode: Mode::Value,
                    ty: t,
                    expr: Some(x),
                };
                if self.assignable(&op, target.ty).is_err() {
                    self.error(
                        e.span.lo,
                        format!(
                            "cannot assign {} to {} in range",
                            self.tstr(t),
                            self.describe(&target)
                        ),
                    );
                }
            }
        }
        self.sctx.enclosing.push(Enclosing {
            label,
            is_loop: true,
        });
        let inner = self.open_scope();
        self.stmt_list(&body.stmts);
        self.ctx.scope = inner;
        self.sctx.enclosing.pop();
        self.ctx.scope = old;
        if range_func {
            self.ctx.func = outer_func;
        }
    }

    /// The yield parameter types of an iterator signature `func(yield func(...) bool)`, or why it is not one
    /// (Go's wording).
    fn yield_params(&self, sig: &crate::types::Signature) -> Result<Vec<TypeId>, &'static str> {
        let [yield_t] = sig.params[..] else {
            return Err("wrong argument count");
        };
        if !sig.results.is_empty() {
            return Err("unexpected results");
        }
        let Some(ysig) = self.p.types.sig(yield_t).cloned() else {
            return Err("argument is not func");
        };
        if ysig.params.len() > 2 {
            return Err("yield func has too many parameters");
        }
        if ysig.results.len() != 1 || !self.p.types.is_boolean(ysig.results[0]) {
            return Err("yield func does not return bool");
        }
        Ok(ysig.params)
    }

    // ---- terminating statements (spec "Terminating statements") ----

    fn is_terminating_list(&self, stmts: &[Stmt], label: Option<&str>) -> bool {
        // Trailing empty statements are ignored.
        let last = stmts
            .iter()
            .rev()
            .find(|s| !matches!(s.kind, StmtKind::Empty));
        last.is_some_and(|s| self.is_terminating(s, label))
    }

    fn is_terminating(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Return(_) => true,
            StmtKind::Branch {
                kind: BranchKind::Goto,
                ..
            } => true,
            StmtKind::Expr(e) => {
                if let ExprKind::Call { fun, .. } = &strip_parens(e).kind {
                    return matches!(
                        self.p.info.types.get(&fun.id).map(|t| &t.mode),
                        Some(Mode::Builtin(crate::Builtin::Panic))
                    );
                }
                false
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts, None),
            StmtKind::If { then, els, .. } => {
                let Some(e) = els else { return false };
                self.is_terminating_list(&then.stmts, None) && self.is_terminating(e, None)
            }
            StmtKind::Labeled { label, stmt } => self.is_terminating(stmt, Some(&label.name)),
            StmtKind::For { cond, body, .. } => {
                cond.is_none() && !has_break(&body.stmts, label, true)
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                body.iter().any(|c| c.is_default)
                    && body.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.is_terminating_list(&c.body, None)
                                || c.body.last().is_some_and(|s| {
                                    matches!(
                                        s.kind,
                                        StmtKind::Branch {
                                            kind: BranchKind::Fallthrough,
                                            ..
                                        }
                                    )
                                }))
                    })
            }
            StmtKind::Select { body, .. } => body.iter().all(|c| {
                !has_break(&c.body, label, true) && self.is_terminating_list(&c.body, None)
            }),
            _ => false,
        }
    }
}

/// A block of a function body, for the `goto` checks.
struct GotoBlock {
    /// Where Go says the block starts (its `{`, or a case clause's keyword).
    start: Pos,
    /// Variable declarations directly in the block: position and the names Go shows.
    decls: Vec<(Pos, String)>,
}

/// Labels, gotos and blocks of one function body; a path is the list of enclosing block indices.
#[derive(Default)]
struct GotoScan {
    blocks: Vec<GotoBlock>,
    labels: HashMap<String, (Vec<usize>, Pos)>,
    /// Label name, label position in the goto, goto position, enclosing blocks.
    gotos: Vec<(String, Pos, Pos, Vec<usize>)>,
}

impl GotoScan {
    fn list(&mut self, c: &Checker, stmts: &[Stmt], path: &mut Vec<usize>) {
        for s in stmts {
            self.stmt(c, s, path);
        }
    }

    fn block(&mut self, c: &Checker, start: Pos, stmts: &[Stmt], path: &mut Vec<usize>) {
        if path.len() > 1000 {
            return; // absurd nesting: the parser limits it long before
        }
        self.blocks.push(GotoBlock {
            start,
            decls: Vec::new(),
        });
        path.push(self.blocks.len() - 1);
        self.list(c, stmts, path);
        path.pop();
    }

    fn decl(&mut self, path: &[usize], pos: Pos, names: String) {
        if let Some(b) = path.last().and_then(|&i| self.blocks.get_mut(i)) {
            b.decls.push((pos, names));
        }
    }

    fn stmt(&mut self, c: &Checker, s: &Stmt, path: &mut Vec<usize>) {
        match &s.kind {
            StmtKind::Decl(ast::Decl::Var(specs)) => {
                // Go names the first variable of the declaration.
                if let Some(n) = specs.first().and_then(|sp| sp.names.first()) {
                    self.decl(path, n.span.lo, n.name.clone());
                }
            }
            StmtKind::Assign {
                lhs,
                op: AssignOp::Define,
                rhs,
            } => {
                let names: Vec<String> = lhs.iter().map(expr_string).collect();
                self.decl(path, c.define_pos(lhs, rhs), names.join(", "));
            }
            StmtKind::Labeled { label, stmt } => {
                self.labels
                    .entry(label.name.clone())
                    .or_insert((path.clone(), label.span.lo));
                self.stmt(c, stmt, path);
            }
            StmtKind::Branch {
                kind: BranchKind::Goto,
                label: Some(l),
            } => self
                .gotos
                .push((l.name.clone(), l.span.lo, s.span.lo, path.clone())),
            StmtKind::Block(b) => self.block(c, b.lbrace, &b.stmts, path),
            StmtKind::If { then, els, .. } => {
                self.block(c, then.lbrace, &then.stmts, path);
                if let Some(e) = els {
                    self.stmt(c, e, path);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                self.block(c, body.lbrace, &body.stmts, path)
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                for cl in body {
                    self.block(c, cl.span.lo, &cl.body, path);
                }
            }
            StmtKind::Select { body, .. } => {
                for cl in body {
                    self.block(c, cl.span.lo, &cl.body, path);
                }
            }
            _ => {}
        }
    }
}

fn strip_index_base(e: &Expr) -> &Expr {
    match &strip_parens(e).kind {
        ExprKind::Index { x, .. } => x,
        _ => e,
    }
}

/// Whether `stmts` contain a `break` that targets the enclosing statement (unlabeled at top nesting level,
/// or labeled with `label`).
fn has_break(stmts: &[Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| has_break_stmt(s, label, top))
}

fn has_break_stmt(s: &Stmt, label: Option<&str>, top: bool) -> bool {
    match &s.kind {
        StmtKind::Branch {
            kind: BranchKind::Break,
            label: l,
        } => match l {
            None => top,
            Some(l) => Some(l.name.as_str()) == label,
        },
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els.as_ref().is_some_and(|e| has_break_stmt(e, label, top))
        }
        StmtKind::Labeled { stmt, .. } => has_break_stmt(stmt, label, top),
        // Nested breakable statements capture unlabeled breaks.
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            body.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select { body, .. } => body.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}
