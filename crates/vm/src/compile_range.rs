//! Range over functions (Go 1.23): the loop body becomes a closure passed to the iterator as `yield`.
//!
//! For `for k, v := range f { body }` in a function C the compiler emits, in C:
//!
//! ```text
//! state := READY; next := 0                    // boxed, captured by the body closure
//! f(func(k K, v V) bool {
//!     if state != READY { panic(range state error) }
//!     state = PANIC                            // stays so if the body panics
//!     body                                     // see below for how it leaves
//!     state = READY; return true
//! })
//! if state == PANIC { panic(missing panic) }   // the iterator swallowed a panic of the body
//! state = EXHAUSTED
//! if next == code { ...leave as the body asked... }
//! ```
//!
//! In the body, `continue` is `state = READY; return true`, `break` is `state = DONE; return false`, and
//! anything that leaves for further out (`return`, `break L` / `continue L` of an enclosing loop) stores an
//! exit code in `next`, sets `state = DONE` and returns false; C then performs it after the iterator returned
//! (passing it on outwards when C is itself a loop body). `return x` first stores `x` in hidden result variables
//! of the loop. A `defer` in the body belongs to the enclosing real function: the real function keeps its frame
//! depth in a variable the body captures, and the body defers its calls at that depth (`DeferValueAt`), so they
//! run, and may recover, as that function's own.

use super::*;

/// Loop states, as Go's runtime numbers them (`abi.RF_*`).
const RF_DONE: i32 = 0;
const RF_READY: i32 = 1;
const RF_PANIC: i32 = 2;
const RF_EXHAUSTED: i32 = 3;
const RF_MISSING_PANIC: i32 = 4;

/// Exit codes stored in a loop's `next` variable (0: none). Branches to labels get codes from 3 on.
const EXIT_RETURN: i32 = 1;
const EXIT_BARE_RETURN: i32 = 2;
const FIRST_BRANCH_CODE: i32 = 3;

/// Synthetic variables (loop state, hidden results) get object ids far above any the checker creates.
const SYNTHETIC_BASE: u32 = 0xE000_0000;

/// The compiler's range-over-func state shared by all functions.
#[derive(Clone, Default, serde::Serialize, serde::Deserialize)]
pub(super) struct RangeFuncs {
    /// Labelled branches that leave a loop body, by exit code (`FIRST_BRANCH_CODE + index`).
    branch_codes: Vec<(String, BranchKind)>,
    /// The native that panics with Go's message for a bad loop state.
    panic_native: Option<u32>,
    next_synthetic: u32,
}

impl RangeFuncs {
    /// Whether the natives it remembers are among the image's `n`.
    pub(super) fn natives_in(&self, n: usize) -> bool {
        self.panic_native.is_none_or(|i| (i as usize) < n)
    }
}

/// What a function that is the body of a range-over-func loop knows about its loop.
#[derive(Clone)]
pub(super) struct RangeBody {
    label: Option<String>,
    /// The loop's state and exit-code variables (in the enclosing function, captured).
    state: ObjId,
    next: ObjId,
    /// Hidden variables for the values of a `return` in the body.
    results: Vec<(ObjId, TypeId)>,
    /// The result types of the real function around the loop.
    func_results: Vec<TypeId>,
    /// The frame depth of the real function around the loop, for the body's (and nested loop bodies')
    /// deferred calls, which are that function's.
    defers: Option<ObjId>,
    /// Exit codes the body may leave with (for the enclosing function to dispatch).
    exits: Vec<i32>,
    /// Labels defined inside the body (a `goto` to any other label leaves it).
    labels: Vec<String>,
}

/// The panic message for a loop state (Go's `runtime.panicrangestate`).
fn range_state_message(state: i64) -> &'static str {
    match state as i32 {
        RF_DONE => "range function continued iteration after function for loop body returned false",
        RF_PANIC => "range function continued iteration after loop body panic",
        RF_EXHAUSTED => "range function continued iteration after whole loop exit",
        RF_MISSING_PANIC => {
            "range function recovered a loop body panic and did not resume panicking"
        }
        _ => "range function continued iteration",
    }
}

pub(crate) fn panic_range_state(
    _: &mut crate::native::NativeCtx,
    args: &mut [Value],
) -> Result<(), crate::native::NativeError> {
    let state = args.first().map_or(0, |v| v.as_int());
    Err(crate::native::NativeError::RuntimeError(
        range_state_message(state).to_string(),
    ))
}

/// The labels defined in statements (not counting function literals).
fn labels_in(stmts: &[Stmt], out: &mut Vec<String>) {
    for s in stmts {
        match &s.kind {
            StmtKind::Labeled { label, stmt } => {
                out.push(label.name.clone());
                labels_in(std::slice::from_ref(stmt), out);
            }
            StmtKind::Block(b) => labels_in(&b.stmts, out),
            StmtKind::If { then, els, .. } => {
                labels_in(&then.stmts, out);
                if let Some(e) = els {
                    labels_in(std::slice::from_ref(e), out);
                }
            }
            StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                labels_in(&body.stmts, out)
            }
            StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
                body.iter().for_each(|c| labels_in(&c.body, out))
            }
            StmtKind::Select { body, .. } => body.iter().for_each(|c| labels_in(&c.body, out)),
            _ => {}
        }
    }
}

/// Whether statements hold a `return` with values (not counting function literals).
fn has_value_return(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Return(v) => !v.is_empty(),
        StmtKind::Block(b) => has_value_return(&b.stmts),
        StmtKind::If { then, els, .. } => {
            has_value_return(&then.stmts)
                || els
                    .as_deref()
                    .is_some_and(|e| has_value_return(std::slice::from_ref(e)))
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => has_value_return(&body.stmts),
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            body.iter().any(|c| has_value_return(&c.body))
        }
        StmtKind::Labeled { stmt, .. } => has_value_return(std::slice::from_ref(stmt)),
        StmtKind::Select { body, .. } => body.iter().any(|c| has_value_return(&c.body)),
        _ => false,
    })
}

impl Compiler<'_> {
    fn synthetic_var(&mut self) -> ObjId {
        self.st.range.next_synthetic += 1;
        ObjId(SYNTHETIC_BASE + self.st.range.next_synthetic)
    }

    /// A synthetic variable of type `ty` in the current function, zeroed, boxed unless an aggregate (as
    /// captured variables are).
    fn hidden_var(&mut self, ty: TypeId, pos: Pos) -> R<ObjId> {
        let obj = self.synthetic_var();
        let r = self.temp(pos)?;
        self.zero_into(ty, r, pos)?;
        let v = if self.repr(ty) == Repr::Agg {
            Var::Reg(r)
        } else {
            self.emit(Instr::Box { dst: r, src: r });
            Var::Boxed(r)
        };
        self.fb().vars.insert(obj, v);
        Ok(obj)
    }

    fn hidden_int(&mut self, v: i32, pos: Pos) -> R<ObjId> {
        let obj = self.synthetic_var();
        let r = self.temp(pos)?;
        self.emit(Instr::LoadInt { dst: r, v });
        self.emit(Instr::Box { dst: r, src: r });
        self.fb().vars.insert(obj, Var::Boxed(r));
        Ok(obj)
    }

    fn set_int(&mut self, obj: ObjId, v: i32, pos: Pos) -> R<()> {
        let mark = self.fb().next;
        let t = self.temp(pos)?;
        self.emit(Instr::LoadInt { dst: t, v });
        self.store_var(obj, TypeId::INT, t, pos)?;
        self.release(mark);
        Ok(())
    }

    /// Jumps to `target` unless the int variable `obj` equals `v`.
    fn jump_unless_int(&mut self, obj: ObjId, v: i32, target: Label, pos: Pos) -> R<()> {
        let mark = self.fb().next;
        let x = self.load_var(obj, TypeId::INT, pos)?;
        let t = self.temp(pos)?;
        self.emit(Instr::LoadInt { dst: t, v });
        self.jump_with(
            Instr::JumpNotCmpI {
                a: x,
                b: t,
                cmp: Cmp::Eq,
                target: 0,
            },
            target,
        );
        self.release(mark);
        Ok(())
    }

    /// Panics with Go's message for loop state `state` (a register).
    fn panic_range(&mut self, state: Reg, pos: Pos) -> R<()> {
        let native = match self.st.range.panic_native {
            Some(n) => n,
            None => {
                self.st.image.natives.push(NativeEntry {
                    name: "runtime.panicrangestate".into(),
                    f: panic_range_state,
                    nslots: 1,
                });
                let n = (self.st.image.natives.len() - 1) as u32;
                self.st.range.panic_native = Some(n);
                n
            }
        };
        let base = self.temp(pos)?;
        self.emit(Instr::Move {
            dst: base,
            src: state,
        });
        self.set_line(pos);
        self.emit(Instr::CallNative { native, base });
        Ok(())
    }

    /// `for key, value := range x { body }` where `x` is an iterator function.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_func_stmt(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &ast::Block,
        label: Option<String>,
    ) -> R<()> {
        let pos = x.span.lo;
        let sig = self.sig_of(self.type_of(x));
        let Some(&yield_t) = sig.params.first() else {
            return err(pos, "internal compiler error: bad iterator");
        };
        let nparams = self.sig_of(yield_t).params.len();
        // The iterator is evaluated before the loop starts.
        let f0 = self.expr(x)?;
        let iter = self.temp(pos)?;
        self.emit(Instr::Move { dst: iter, src: f0 });
        let state = self.hidden_int(RF_READY, pos)?;
        let next = self.hidden_int(0, pos)?;
        let outer = self.fb().range_body.clone();
        let func_results = match &outer {
            Some(o) => o.func_results.clone(),
            None => self.fb().result_types.clone(),
        };
        let mut results = Vec::new();
        if has_value_return(&body.stmts) {
            for &t in &func_results {
                results.push((self.hidden_var(t, pos)?, t));
            }
        }
        let defers = match &outer {
            Some(o) => o.defers,
            None if has_defer(&body.stmts) => Some(self.start_defers(pos)?),
            None => None,
        };
        let loop_results = results.clone();
        let info = RangeBody {
            label,
            state,
            next,
            results,
            func_results,
            defers,
            exits: Vec::new(),
            labels: {
                let mut l = Vec::new();
                labels_in(&body.stmts, &mut l);
                l
            },
        };
        let (closure, exits) = self.range_body_closure(info, key, value, define, nparams, body)?;
        // Call the iterator with the body.
        let base = self.temp(pos)?;
        self.emit(Instr::Move {
            dst: base,
            src: closure,
        });
        self.set_line(pos);
        self.emit(Instr::CallValue { callee: iter, base });
        self.set_line(body.rbrace);
        let ok = self.new_label();
        self.jump_unless_int(state, RF_PANIC, ok, pos)?;
        let t = self.temp(pos)?;
        self.emit(Instr::LoadInt {
            dst: t,
            v: RF_MISSING_PANIC,
        });
        self.panic_range(t, body.rbrace)?;
        self.bind(ok);
        self.set_int(state, RF_EXHAUSTED, pos)?;
        for code in exits {
            let skip = self.new_label();
            self.jump_unless_int(next, code, skip, pos)?;
            self.exit_with(code, &loop_results, pos)?;
            self.bind(skip);
        }
        Ok(())
    }

    /// Compiles the loop body as a closure; returns the register holding it and the exit codes it may use.
    fn range_body_closure(
        &mut self,
        info: RangeBody,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        nparams: usize,
        body: &ast::Block,
    ) -> R<(Reg, Vec<i32>)> {
        let pos = body.lbrace;
        let outer_name = self.fb().name.clone();
        self.fb().range_count += 1;
        let n = self.fb().range_count;
        let mut fb = self.new_fb(format!("{outer_name}-range{n}"), pos);
        let state = info.state;
        fb.range_body = Some(info);
        self.fbs.push(fb);
        let r = self.range_body_code(state, key, value, define, nparams, body);
        let Some(fb) = self.fbs.pop() else {
            return err(pos, "internal compiler error");
        };
        r?;
        let exits = fb
            .range_body
            .as_ref()
            .map(|b| b.exits.clone())
            .unwrap_or_default();
        let captures = fb.captures.clone();
        // The body never runs deferred calls itself, so it never resumes after a recovered panic.
        let f = self.finish(fb, nparams as u16, 1, 0)?;
        let idx = self.st.image.add_func(f);
        let d = self.temp(pos)?;
        self.make_closure(idx, &captures, d, pos)?;
        Ok((d, exits))
    }

    fn range_body_code(
        &mut self,
        state: ObjId,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        nparams: usize,
        body: &ast::Block,
    ) -> R<()> {
        let pos = body.lbrace;
        let np = nparams as u32;
        let loops = has_loop(&body.stmts);
        {
            let fb = self.fb();
            fb.const_base = np.max(1);
            fb.next = fb.const_base + if loops { CONST_REGS } else { 0 };
            fb.nslots = fb.next;
            if !loops {
                fb.const_regs = Vec::new();
                fb.const_base = u32::MAX;
            }
        }
        let entry = self.new_label();
        self.bind(entry);
        self.set_line(pos);
        // The iterator must not call yield again once the loop is over (or while the body runs).
        let start = self.new_label();
        let s = self.load_var(state, TypeId::INT, pos)?;
        let ready = self.temp(pos)?;
        self.emit(Instr::LoadInt {
            dst: ready,
            v: RF_READY,
        });
        self.jump_with(
            Instr::JumpCmpI {
                a: s,
                b: ready,
                cmp: Cmp::Eq,
                target: 0,
            },
            start,
        );
        self.panic_range(s, pos)?;
        self.bind(start);
        self.set_int(state, RF_PANIC, pos)?;
        let targets = [key, value];
        for (i, t) in targets.iter().take(nparams).enumerate() {
            let Some(t) = t else { continue };
            if let ExprKind::Ident(id) = &t.kind {
                if id.is_blank() {
                    continue;
                }
            }
            let src = i as Reg;
            let ty = self.type_of(t);
            if define {
                let ExprKind::Ident(id) = &t.kind else {
                    return err(t.span.lo, "internal compiler error: range variable");
                };
                let Some(o) = self.prog.info.defs.get(&id.id).copied() else {
                    continue;
                };
                let ty = self.prog.objects.type_of(o);
                if self.repr(ty) == Repr::Agg {
                    let r = self.temp(pos)?;
                    let rt = self.rt(ty);
                    self.emit(Instr::CopyAgg {
                        dst: r,
                        src,
                        ty: rt,
                    });
                    self.fb().vars.insert(o, Var::Reg(r));
                } else {
                    self.declare_var_from(o, src, pos)?;
                }
            } else {
                let _ = ty;
                self.store(t, src)?;
            }
        }
        self.block(&body.stmts)?;
        self.set_line(body.rbrace);
        self.range_leave(true, body.rbrace)
    }

    /// Ends a body call: `continue` (state READY, return true) or `break` (state DONE, return false).
    fn range_leave(&mut self, cont: bool, pos: Pos) -> R<()> {
        let Some(b) = self.fb().range_body.as_ref().map(|b| b.state) else {
            return err(pos, "internal compiler error: not a loop body");
        };
        self.set_int(b, if cont { RF_READY } else { RF_DONE }, pos)?;
        self.emit(Instr::LoadBool { dst: 0, v: cont });
        self.emit(Instr::Return);
        Ok(())
    }

    /// Leaves the body for further out: the enclosing function performs exit `code` after the iterator.
    fn range_propagate(&mut self, code: i32, pos: Pos) -> R<()> {
        let Some(next) = self.fb().range_body.as_ref().map(|b| b.next) else {
            return err(pos, "internal compiler error: not a loop body");
        };
        self.set_int(next, code, pos)?;
        if let Some(b) = self.fb().range_body.as_mut() {
            if !b.exits.contains(&code) {
                b.exits.push(code);
            }
        }
        self.range_leave(false, pos)
    }

    /// `break` / `continue` (optionally labelled) in a loop body that no loop inside the body handles.
    pub(super) fn range_branch(
        &mut self,
        kind: BranchKind,
        label: Option<&str>,
        pos: Pos,
    ) -> R<()> {
        let own = self.fb().range_body.as_ref().map(|b| b.label.clone());
        let Some(own_label) = own else {
            return err(pos, "internal compiler error: branch target not found");
        };
        if kind != BranchKind::Goto && (label.is_none() || label == own_label.as_deref()) {
            return self.range_leave(kind == BranchKind::Continue, pos);
        }
        let name = label.unwrap_or_default().to_string();
        let idx = match self
            .st
            .range
            .branch_codes
            .iter()
            .position(|(n, k)| *n == name && *k == kind)
        {
            Some(i) => i,
            None => {
                self.st.range.branch_codes.push((name, kind));
                self.st.range.branch_codes.len() - 1
            }
        };
        let code = FIRST_BRANCH_CODE.saturating_add(idx as i32);
        self.range_propagate(code, pos)
    }

    /// `goto name`, leaving a range-over-func loop body first if the label is outside it.
    pub(super) fn goto_stmt(&mut self, name: &str, pos: Pos) -> R<()> {
        let leaves = self
            .fb()
            .range_body
            .as_ref()
            .is_some_and(|b| !b.labels.iter().any(|l| l == name));
        if leaves {
            return self.range_branch(BranchKind::Goto, Some(name), pos);
        }
        let target = self.goto_label(name);
        self.jump(target);
        Ok(())
    }

    /// `return` in a loop body: values go to the hidden result variables, then the body leaves.
    pub(super) fn range_return(&mut self, values: &[Expr], pos: Pos) -> R<()> {
        if values.is_empty() {
            return self.range_propagate(EXIT_BARE_RETURN, pos);
        }
        let results = self
            .fb()
            .range_body
            .as_ref()
            .map(|b| b.results.clone())
            .unwrap_or_default();
        let regs = self.return_values(values, &results, pos)?;
        for ((o, ty), r) in results.iter().zip(regs) {
            self.store_var(*o, *ty, r, pos)?;
        }
        self.range_propagate(EXIT_RETURN, pos)
    }

    /// After the iterator returned with exit `code` stored: perform it here, or pass it outwards.
    fn exit_with(&mut self, code: i32, loop_results: &[(ObjId, TypeId)], pos: Pos) -> R<()> {
        let in_body = self.fb().range_body.is_some();
        match code {
            EXIT_RETURN => {
                let mut regs = Vec::new();
                for (o, ty) in loop_results {
                    regs.push(self.load_var(*o, *ty, pos)?);
                }
                if in_body {
                    let outer = self
                        .fb()
                        .range_body
                        .as_ref()
                        .map(|b| b.results.clone())
                        .unwrap_or_default();
                    for ((o, ty), r) in outer.iter().zip(regs) {
                        self.store_var(*o, *ty, r, pos)?;
                    }
                    return self.range_propagate(EXIT_RETURN, pos);
                }
                if self.fb().direct_return {
                    for (i, r) in regs.into_iter().enumerate() {
                        self.emit(Instr::Move {
                            dst: i as Reg,
                            src: r,
                        });
                    }
                    self.emit(Instr::Return);
                    return Ok(());
                }
                let results = self.fb().results.clone();
                for ((o, ty), r) in results.iter().zip(regs) {
                    self.store_var(*o, *ty, r, pos)?;
                }
                let ep = self.fb().epilogue;
                self.jump(ep);
                Ok(())
            }
            EXIT_BARE_RETURN => {
                if in_body {
                    return self.range_propagate(EXIT_BARE_RETURN, pos);
                }
                let ep = self.fb().epilogue;
                self.jump(ep);
                Ok(())
            }
            _ => {
                let idx = code.saturating_sub(FIRST_BRANCH_CODE) as usize;
                let Some((name, kind)) = self.st.range.branch_codes.get(idx).cloned() else {
                    return err(pos, "internal compiler error: bad exit code");
                };
                if kind == BranchKind::Goto {
                    return self.goto_stmt(&name, pos);
                }
                self.branch_named(kind, Some(&name), pos)
            }
        }
    }

    /// A closure of guest function `idx` over the variables `captures` (box pointers or shared objects).
    pub(super) fn make_closure(
        &mut self,
        idx: u32,
        captures: &[(ObjId, bool)],
        d: Reg,
        pos: Pos,
    ) -> R<()> {
        if captures.is_empty() {
            let k = self.st.image.add_const(ConstValue::Value(Value::Func(idx)));
            self.emit(Instr::Const { dst: d, k });
            return Ok(());
        }
        let base = self.temps(captures.len() as u32, pos)?;
        for (i, (o, _)) in captures.iter().enumerate() {
            let v = self.lookup_var(*o, pos)?;
            let src = match v {
                Var::Reg(r) | Var::Boxed(r) => r,
                Var::Captured(ci, _) => {
                    let t = self.temp(pos)?;
                    self.emit(Instr::Capture { dst: t, idx: ci });
                    t
                }
                Var::Global(_) => return err(pos, "internal compiler error: captured global"),
            };
            self.emit(Instr::Move {
                dst: base + i as Reg,
                src,
            });
        }
        self.emit(Instr::MakeClosure {
            dst: d,
            func: idx,
            base,
            n: captures.len() as u16,
        });
        Ok(())
    }

    // ---- defer in a loop body ----

    /// In the real function at the start of an outermost loop whose body defers: a variable holding the
    /// function's frame depth, captured by the body, which defers its calls at that depth.
    fn start_defers(&mut self, pos: Pos) -> R<ObjId> {
        let obj = self.synthetic_var();
        let r = self.temp(pos)?;
        self.emit(Instr::FrameDepth { dst: r });
        self.emit(Instr::Box { dst: r, src: r });
        self.fb().vars.insert(obj, Var::Boxed(r));
        self.fb().has_defer = true;
        Ok(obj)
    }

    /// `defer f(args)` in a loop body: callee and arguments are evaluated now, and the call is deferred for
    /// the real function around the loop (so it runs, and may recover, exactly as Go's does).
    pub(super) fn range_defer(&mut self, e: &Expr, pos: Pos) -> R<()> {
        let Some(depth_var) = self.fb().range_body.as_ref().and_then(|b| b.defers) else {
            return err(pos, "internal compiler error: defer depth");
        };
        let ExprKind::Call {
            fun,
            args,
            ellipsis,
        } = &strip_parens(e).kind
        else {
            return err(pos, "defer requires a call");
        };
        let mark = self.fb().next;
        let (callee, base, nargs) = if let Some(b) = self.prog.info.builtin(fun.id) {
            // The built-in's wrapper function is the callee.
            let (w, vals) = self.deferred_builtin_call(b, args, pos)?;
            let c = self.temp(pos)?;
            let k = self.st.image.add_const(ConstValue::Value(Value::Func(w)));
            self.emit(Instr::Const { dst: c, k });
            let base = self.temps(vals.len().max(1) as u32, pos)?;
            for (j, v) in vals.iter().enumerate() {
                self.emit(Instr::Move {
                    dst: base + j as Reg,
                    src: *v,
                });
            }
            (c, base, vals.len())
        } else {
            let fun = strip_parens(fun);
            let sig = self.sig_of(self.type_of(fun));
            let spread = ellipsis.is_some();
            let nargs = self.arg_count(&sig, args.len(), spread);
            let c0 = self.expr(fun)?;
            let c = self.temp(pos)?;
            self.emit(Instr::Move { dst: c, src: c0 });
            let base = self.temps(nargs.max(1) as u32, pos)?;
            self.args(&sig, args, spread, base, pos)?;
            self.snapshot_agg_args(&sig, base, nargs, pos)?;
            (c, base, nargs)
        };
        let nargs = u16::try_from(nargs).map_err(|_| Diagnostic::new(pos, "too many arguments"))?;
        let depth = self.load_var(depth_var, TypeId::INT, pos)?;
        self.set_line(pos);
        self.emit(Instr::DeferValueAt {
            depth,
            callee,
            base,
            nargs,
        });
        self.release(mark);
        Ok(())
    }
}
