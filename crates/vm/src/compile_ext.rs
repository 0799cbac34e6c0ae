//! The compiler's support for the rarer language features: print/println, complex constants, method values and
//! expressions, wrapper functions for promoted methods, interface assertions and goto.

use super::*;

impl Compiler<'_> {
    /// `print(args...)` / `println(args...)`: each operand boxed with its static type, then one `Print`.
    pub(super) fn print_builtin(&mut self, args: &[Expr], newline: bool, pos: Pos) -> R<()> {
        let n = u16::try_from(args.len()).map_err(|_| Diagnostic::new(pos, "too many operands"))?;
        let base = self.temps(args.len() as u32, pos)?;
        for (i, a) in args.iter().enumerate() {
            let mark = self.fb().next;
            let r = self.expr(a)?;
            let ty = self.rt(self.type_of(a));
            self.emit(Instr::ToIface {
                dst: base + i as Reg,
                src: r,
                ty,
            });
            self.release(mark);
        }
        self.set_line(pos);
        self.emit(Instr::Print { base, n, newline });
        Ok(())
    }

    /// Arguments already evaluated (the results of a multi-value call), converted to the parameter types and
    /// moved to `at..`, packing the variadic ones into a slice.
    pub(super) fn args_from_regs(
        &mut self,
        sig: &amber_check::types::Signature,
        vals: &[(Reg, TypeId)],
        at: Reg,
        pos: Pos,
    ) -> R<()> {
        let nfixed = if sig.variadic {
            sig.params.len().saturating_sub(1)
        } else {
            sig.params.len()
        };
        for (i, (r, t)) in vals.iter().enumerate().take(nfixed) {
            let pt = sig.params.get(i).copied().unwrap_or(TypeId::INVALID);
            let r = self.convert_implicit(*r, *t, pt, pos)?;
            self.emit(Instr::Move {
                dst: at + i as Reg,
                src: r,
            });
        }
        if !sig.variadic {
            return Ok(());
        }
        let st = sig.params.last().copied().unwrap_or(TypeId::INVALID);
        let elem = match self.types().under(st) {
            TypeKind::Slice(e) => *e,
            _ => TypeId::INVALID,
        };
        let extra = vals.get(nfixed..).unwrap_or(&[]);
        let dst = at + nfixed as Reg;
        if extra.is_empty() {
            let k = self.st.image.add_const(ConstValue::Value(Value::NIL_SLICE));
            self.emit(Instr::Const { dst, k });
            return Ok(());
        }
        let len = self.temp(pos)?;
        self.emit(Instr::LoadInt {
            dst: len,
            v: extra.len() as i32,
        });
        let et = self.rt(elem);
        self.emit(Instr::MakeSlice {
            dst,
            len,
            cap: NO_REG,
            elem: et,
        });
        let kind = self.elem_kind(elem);
        let idx = self.temp(pos)?;
        for (i, (r, t)) in extra.iter().enumerate() {
            let r = self.convert_implicit(*r, *t, elem, pos)?;
            self.emit(Instr::LoadInt {
                dst: idx,
                v: i as i32,
            });
            self.emit(Instr::SetIndex {
                s: dst,
                i: idx,
                src: r,
                kind,
            });
        }
        Ok(())
    }

    /// A place whose operand registers are copied, so that later assignments to variables (`i, s[i] = ...`)
    /// do not change which location it names.
    pub(super) fn snapshot_place(&mut self, p: Place, pos: Pos) -> R<Place> {
        let copy = |s: &mut Self, r: Reg| -> R<Reg> {
            let t = s.temp(pos)?;
            s.emit(Instr::Move { dst: t, src: r });
            Ok(t)
        };
        Ok(match p {
            Place::Index { s, i } => Place::Index {
                s: copy(self, s)?,
                i: copy(self, i)?,
            },
            Place::Map { m, k, ty } => Place::Map {
                m: copy(self, m)?,
                k: copy(self, k)?,
                ty,
            },
            Place::Field { obj, idx } => Place::Field {
                obj: copy(self, obj)?,
                idx,
            },
            Place::Deref { ptr, elem } => Place::Deref {
                ptr: copy(self, ptr)?,
                elem,
            },
            p => p,
        })
    }

    /// Loads the complex constant `re + im i` into `dst`.
    pub(super) fn complex_const(
        &mut self,
        re: f64,
        im: f64,
        f32: bool,
        dst: Reg,
        pos: Pos,
    ) -> R<()> {
        let (a, b) = (self.temp(pos)?, self.temp(pos)?);
        let ka = self.st.image.add_const(ConstValue::Value(Value::Float(re)));
        let kb = self.st.image.add_const(ConstValue::Value(Value::Float(im)));
        self.emit(Instr::Const { dst: a, k: ka });
        self.emit(Instr::Const { dst: b, k: kb });
        self.emit(Instr::MakeComplex {
            dst,
            re: a,
            im: b,
            f32,
        });
        Ok(())
    }
}

/// Go's runtime spelling of a type (as `%T` and panics print it) from the checker's: `interface {}`,
/// `struct { X int }`, `[]interface {}` for `[]any`.
pub(super) fn runtime_type_name(checker: &str) -> String {
    let b = checker.as_bytes();
    let mut out = String::with_capacity(b.len() + 8);
    // For each open brace: whether its closing one needs a space before it.
    let mut braces: Vec<bool> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let rest = &checker[i..];
        // `...any` is a type too; `pkg.any` is not the predeclared alias.
        let word_start = i == 0
            || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_' || b[i - 1] == b'.')
            || checker[..i].ends_with("...");
        if b[i] == b'"' {
            // A struct tag: copied as is, escapes included.
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            let end = (j + 1).min(b.len());
            out.push_str(&checker[i..end]);
            i = end;
            continue;
        }
        let mut matched = false;
        for kw in ["struct{", "interface{"] {
            if word_start && rest.starts_with(kw) {
                out.push_str(&kw[..kw.len() - 1]);
                if rest[kw.len()..].starts_with('}') {
                    out.push_str(" {}");
                    i += kw.len() + 1;
                } else {
                    out.push_str(" { ");
                    braces.push(true);
                    i += kw.len();
                }
                matched = true;
                break;
            }
        }
        if matched {
            continue;
        }
        if word_start
            && rest.starts_with("any")
            && !rest[3..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
        {
            out.push_str("interface {}");
            i += 3;
            continue;
        }
        match b[i] {
            b'{' => {
                braces.push(false);
                out.push('{');
            }
            b'}' => {
                if braces.pop() == Some(true) {
                    out.push(' ');
                }
                out.push('}');
            }
            _ => {
                let ch = rest.chars().next().unwrap_or(' ');
                out.push(ch);
                i += ch.len_utf8();
                continue;
            }
        }
        i += 1;
    }
    out
}

/// What a generated method wrapper does: take a receiver of type `recv` (capture 0 if `bound`, else parameter
/// 0), follow the embedded-field `path`, adjust it to the method's receiver and call `method` (through the
/// interface if the value reached is an interface), passing the other parameters through.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub(super) struct WrapperKey {
    pub recv: TypeId,
    pub path: Vec<u32>,
    pub method: ObjId,
    pub bound: bool,
}

/// A builtin call deferred with its arguments evaluated: a wrapper taking them as parameters.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DeferredBuiltin {
    Panic,
    Print {
        newline: bool,
    },
    Recover,
    Delete {
        map_ty: u32,
    },
    ClearMap,
    ClearSlice {
        elem: u32,
    },
    /// `copy`; `agg_elem` is the element type when elements are structs or arrays.
    Copy {
        agg_elem: Option<u32>,
    },
}

impl Compiler<'_> {
    /// The label `goto name` jumps to in the current function.
    pub(super) fn goto_label(&mut self, name: &str) -> Label {
        if let Some(l) = self.fb().goto_labels.get(name) {
            return *l;
        }
        let l = self.new_label();
        self.fb().goto_labels.insert(name.to_string(), l);
        l
    }

    /// Whether method `m` has a pointer receiver (`None` for interface methods).
    pub(super) fn recv_is_ptr(&self, m: ObjId) -> Option<bool> {
        let recv = self.prog.objects.func(m)?.recv?;
        if self.types().is_interface(recv) {
            return None;
        }
        Some(self.types().is_pointer(recv))
    }

    /// The type reached from `ty` by following embedded fields `path` (through pointers).
    pub(super) fn path_type(&self, ty: TypeId, path: &[u32]) -> TypeId {
        let mut t = ty;
        for &i in path {
            let st = self.types().pointer_elem(t).unwrap_or(t);
            t = self
                .types()
                .struct_fields(st)
                .and_then(|f| f.get(i as usize))
                .map_or(TypeId::INVALID, |f| f.ty);
        }
        t
    }

    /// Follows `path` from the value in `r` of type `ty`, then adjusts the value reached to a pointer
    /// (`want_ptr == Some(true)`) or a value (`Some(false)`) receiver. Struct pointers and struct values share
    /// a representation (the object), so only other types need work.
    pub(super) fn follow_path(
        &mut self,
        r: Reg,
        ty: TypeId,
        path: &[u32],
        want_ptr: Option<bool>,
        pos: Pos,
    ) -> R<Reg> {
        let mut r = r;
        let mut ty = ty;
        for (k, &idx) in path.iter().enumerate() {
            let fty = self.path_type(ty, &[idx]);
            let t = self.temp(pos)?;
            let last = k + 1 == path.len();
            if last
                && want_ptr == Some(true)
                && !self.types().is_pointer(fty)
                && self.repr(fty) != Repr::Agg
            {
                self.emit(Instr::AddrField {
                    dst: t,
                    obj: r,
                    idx,
                });
                return Ok(t);
            }
            let kind = self.elem_kind(fty);
            self.emit(Instr::Field {
                dst: t,
                obj: r,
                idx,
                kind,
            });
            r = t;
            ty = fty;
        }
        if want_ptr == Some(false) && self.types().is_pointer(ty) {
            let elem = self.types().pointer_elem(ty).unwrap_or(TypeId::INVALID);
            if self.repr(elem) == Repr::Agg {
                self.emit(Instr::CheckNil { src: r });
            } else {
                let t = self.temp(pos)?;
                let kind = self.elem_kind(elem);
                self.emit(Instr::Load {
                    dst: t,
                    ptr: r,
                    kind,
                });
                r = t;
            }
        }
        Ok(r)
    }

    /// The receiver a call of the concrete method selected by `s` on `x` passes: embedded fields followed,
    /// address taken or pointer dereferenced as the method needs, and a value receiver copied if `snapshot`
    /// (method values and deferred calls bind the receiver's value at evaluation time).
    pub(super) fn method_receiver(
        &mut self,
        x: &Expr,
        s: &amber_check::Selection,
        snapshot: bool,
        pos: Pos,
    ) -> R<Reg> {
        let want_ptr = self.recv_is_ptr(s.obj);
        let r = if s.path.is_empty() && want_ptr == Some(true) && !self.types().is_pointer(s.recv) {
            let d = self.temp(pos)?;
            self.address_of(x, d, pos)?;
            d
        } else {
            let r = self.expr(x)?;
            self.follow_path(r, s.recv, &s.path, want_ptr, pos)?
        };
        if snapshot && want_ptr == Some(false) {
            let recv_ty = self
                .prog
                .objects
                .func(s.obj)
                .and_then(|f| f.recv)
                .unwrap_or(TypeId::INVALID);
            if self.repr(recv_ty) == Repr::Agg {
                let t = self.temp(pos)?;
                let ty = self.rt(recv_ty);
                self.emit(Instr::CopyAgg { dst: t, src: r, ty });
                return Ok(t);
            }
        }
        Ok(r)
    }

    /// A method value `x.M`: a closure binding the receiver, evaluated now.
    pub(super) fn method_value(
        &mut self,
        x: &Expr,
        s: &amber_check::Selection,
        d: Reg,
        pos: Pos,
    ) -> R<()> {
        let end_ty = self.path_type(s.recv, &s.path);
        let (recv, key) = if self.types().is_interface(end_ty) {
            let r = self.expr(x)?;
            let r = self.follow_path(r, s.recv, &s.path, None, pos)?;
            // Evaluating a method value of a nil interface panics at once.
            self.emit(Instr::CheckNil { src: r });
            let key = WrapperKey {
                recv: end_ty,
                path: Vec::new(),
                method: s.obj,
                bound: true,
            };
            (r, key)
        } else {
            let r = self.method_receiver(x, s, true, pos)?;
            let recv_ty = self
                .prog
                .objects
                .func(s.obj)
                .and_then(|f| f.recv)
                .unwrap_or(TypeId::INVALID);
            let key = WrapperKey {
                recv: recv_ty,
                path: Vec::new(),
                method: s.obj,
                bound: true,
            };
            (r, key)
        };
        let w = self.method_wrapper(key, pos)?;
        let t = self.temp(pos)?;
        self.emit(Instr::Move { dst: t, src: recv });
        self.emit(Instr::MakeClosure {
            dst: d,
            func: w,
            base: t,
            n: 1,
        });
        Ok(())
    }

    /// A method expression `T.M` / `(*T).M` / `I.M`: a function taking the receiver first.
    pub(super) fn method_expr(&mut self, s: &amber_check::Selection, d: Reg, pos: Pos) -> R<()> {
        let direct = s.path.is_empty()
            && match self.recv_is_ptr(s.obj) {
                Some(p) => p == self.types().is_pointer(s.recv),
                None => false,
            };
        if direct {
            if let Some(FuncRef::Guest(g)) = self.st.funcs.get(&s.obj).copied() {
                let k = self.st.image.add_const(ConstValue::Value(Value::Func(g)));
                self.emit(Instr::Const { dst: d, k });
                return Ok(());
            }
        }
        let w = self.method_wrapper(
            WrapperKey {
                recv: s.recv,
                path: s.path.clone(),
                method: s.obj,
                bound: false,
            },
            pos,
        )?;
        let k = self.st.image.add_const(ConstValue::Value(Value::Func(w)));
        self.emit(Instr::Const { dst: d, k });
        Ok(())
    }

    /// The function implementing method `m` for values of type `t` stored in an interface: the method itself,
    /// or a wrapper that follows embedded fields or dereferences.
    pub(super) fn iface_method_entry(
        &mut self,
        t: TypeId,
        m: &amber_check::MethodSetEntry,
        pos: Pos,
    ) -> R<Option<FuncRef>> {
        let want_ptr = self.recv_is_ptr(m.func);
        if m.path.is_empty() {
            let needs_deref = want_ptr == Some(false)
                && self.types().is_pointer(t)
                && self.types().pointer_elem(t).map(|e| self.repr(e)) != Some(Repr::Agg);
            if !needs_deref {
                return Ok(self.st.funcs.get(&m.func).copied());
            }
        }
        let w = self.method_wrapper(
            WrapperKey {
                recv: t,
                path: m.path.clone(),
                method: m.func,
                bound: false,
            },
            pos,
        )?;
        Ok(Some(FuncRef::Guest(w)))
    }

    /// Generates (once) the wrapper function described by `key`.
    pub(super) fn method_wrapper(&mut self, key: WrapperKey, pos: Pos) -> R<u32> {
        if let Some(&w) = self.st.wrappers.get(&key) {
            return Ok(w);
        }
        let method_name = self.prog.objects.get(key.method).name.clone();
        let sig = self.sig_of(self.prog.objects.type_of(key.method));
        let (npm, nr) = (sig.params.len() as u32, sig.results.len() as u32);
        let np = npm + u32::from(!key.bound);
        let end_ty = self.path_type(key.recv, &key.path);
        let via_iface = self.types().is_interface(end_ty);
        let base_name = if via_iface {
            format!("{}.{}", self.prog.type_string(end_ty, None), method_name)
        } else {
            self.func_name(key.method)
        };
        let name = if key.bound {
            format!("{base_name}-fm")
        } else {
            base_name
        };
        let fb = self.new_fb(name, pos);
        self.fbs.push(fb);
        let body = (|| -> R<u32> {
            {
                let fb = self.fb();
                fb.next = np.max(nr);
                fb.nslots = fb.next;
                fb.const_base = u32::MAX;
            }
            let entry = self.new_label();
            self.bind(entry);
            let recv = if key.bound {
                let t = self.temp(pos)?;
                self.emit(Instr::Capture { dst: t, idx: 0 });
                t
            } else {
                0
            };
            let want_ptr = if via_iface {
                None
            } else {
                self.recv_is_ptr(key.method)
            };
            let r = self.follow_path(recv, key.recv, &key.path, want_ptr, pos)?;
            let base = self.temps((1 + npm).max(nr), pos)?;
            self.emit(Instr::Move { dst: base, src: r });
            let first_param = u32::from(!key.bound);
            for i in 0..npm {
                self.emit(Instr::Move {
                    dst: base + 1 + i as Reg,
                    src: (first_param + i) as Reg,
                });
            }
            if via_iface {
                let method = self.method_index(&method_name);
                self.emit(Instr::CallIface { method, base });
            } else {
                match self.st.funcs.get(&key.method).copied() {
                    Some(FuncRef::Guest(func)) => self.emit(Instr::Call { func, base }),
                    Some(FuncRef::Native(native)) => self.emit(Instr::CallNative { native, base }),
                    None => return err(pos, "internal compiler error: wrapper of unknown method"),
                };
            }
            for i in 0..nr {
                self.emit(Instr::Move {
                    dst: i as Reg,
                    src: base + i as Reg,
                });
            }
            let ret = self.emit(Instr::Return);
            Ok(ret as u32)
        })();
        let fb = self.fbs.pop();
        let ret = body?;
        let Some(fb) = fb else {
            return err(pos, "internal compiler error");
        };
        let f = self.finish(fb, np as u16, nr as u16, ret)?;
        let idx = self.st.image.add_func(f);
        self.st.wrappers.insert(key, idx);
        Ok(idx)
    }

    /// A guest function calling native `n` (the function `o`), so that natives can be used as func values.
    pub(super) fn native_value_wrapper(&mut self, o: ObjId, n: u32, pos: Pos) -> R<u32> {
        let key = WrapperKey {
            recv: TypeId::INVALID,
            path: Vec::new(),
            method: o,
            bound: false,
        };
        if let Some(&w) = self.st.wrappers.get(&key) {
            return Ok(w);
        }
        let sig = self.sig_of(self.prog.objects.type_of(o));
        let (np, nr) = (sig.params.len() as u32, sig.results.len() as u32);
        let window = self
            .st
            .image
            .natives
            .get(n as usize)
            .map_or(1, |e| e.nslots) as u32;
        let name = self.func_name(o);
        let fb = self.new_fb(name, pos);
        self.fbs.push(fb);
        let ret = {
            let fb = self.fb();
            fb.next = np.max(nr).max(window);
            fb.nslots = fb.next;
            fb.const_base = u32::MAX;
            let entry = self.new_label();
            self.bind(entry);
            // The native works in place on the frame: arguments in 0.., results left in 0...
            self.emit(Instr::CallNative { native: n, base: 0 });
            self.emit(Instr::Return) as u32
        };
        let Some(fb) = self.fbs.pop() else {
            return err(pos, "internal compiler error");
        };
        let f = self.finish(fb, np as u16, nr as u16, ret)?;
        let idx = self.st.image.add_func(f);
        self.st.wrappers.insert(key, idx);
        Ok(idx)
    }

    /// `defer builtin(args)`: the arguments are evaluated now and passed to a small wrapper run later.
    pub(super) fn defer_builtin(&mut self, b: Builtin, args: &[Expr], pos: Pos) -> R<()> {
        let (w, vals) = self.deferred_builtin_call(b, args, pos)?;
        let n = vals.len() as u32;
        let base = self.temps(n.max(1), pos)?;
        for (i, v) in vals.into_iter().enumerate() {
            self.emit(Instr::Move {
                dst: base + i as Reg,
                src: v,
            });
        }
        self.set_line(pos);
        self.emit(Instr::Defer {
            func: FuncRef::Guest(w),
            base,
            nargs: n as u16,
        });
        Ok(())
    }

    /// A deferred call of a built-in function: the wrapper function that performs it and the registers
    /// holding its arguments, evaluated now.
    pub(super) fn deferred_builtin_call(
        &mut self,
        b: Builtin,
        args: &[Expr],
        pos: Pos,
    ) -> R<(u32, Vec<Reg>)> {
        let (what, vals) = match b {
            Builtin::Panic => {
                let Some(a) = args.first() else {
                    return err(pos, "missing argument");
                };
                let r = self.value_as(a, TypeId::EMPTY_INTERFACE)?;
                (DeferredBuiltin::Panic, vec![r])
            }
            Builtin::Print | Builtin::Println => {
                let mut v = Vec::new();
                for a in args {
                    let r = self.expr(a)?;
                    let t = self.temp(pos)?;
                    let ty = self.rt(self.type_of(a));
                    self.emit(Instr::ToIface { dst: t, src: r, ty });
                    v.push(t);
                }
                (
                    DeferredBuiltin::Print {
                        newline: b == Builtin::Println,
                    },
                    v,
                )
            }
            Builtin::Recover => (DeferredBuiltin::Recover, Vec::new()),
            Builtin::Delete => {
                let (Some(m), Some(k)) = (args.first(), args.get(1)) else {
                    return err(pos, "missing argument");
                };
                let mt = self.type_of(m);
                let key = match self.types().under(mt) {
                    TypeKind::Map { key, .. } => *key,
                    _ => TypeId::INVALID,
                };
                let mr = self.expr(m)?;
                let kr = self.value_as(k, key)?;
                let map_ty = self.rt(mt);
                (DeferredBuiltin::Delete { map_ty }, vec![mr, kr])
            }
            Builtin::Clear => {
                let Some(a) = args.first() else {
                    return err(pos, "missing argument");
                };
                let at = self.type_of(a);
                let r = self.expr(a)?;
                match self.types().under(at).clone() {
                    TypeKind::Slice(elem) => {
                        let elem = self.rt(elem);
                        (DeferredBuiltin::ClearSlice { elem }, vec![r])
                    }
                    _ => (DeferredBuiltin::ClearMap, vec![r]),
                }
            }
            Builtin::Copy => {
                let (Some(x), Some(y)) = (args.first(), args.get(1)) else {
                    return err(pos, "missing argument");
                };
                let elem = match self.types().under(self.type_of(x)) {
                    TypeKind::Slice(e) => *e,
                    _ => TypeId::INVALID,
                };
                let agg_elem = if self.repr(elem) == Repr::Agg {
                    Some(self.rt(elem))
                } else {
                    None
                };
                let a = self.expr(x)?;
                let s = self.expr(y)?;
                (DeferredBuiltin::Copy { agg_elem }, vec![a, s])
            }
            _ => {
                return err(
                    pos,
                    format!("defer of builtin {} is not supported yet", b.name()),
                )
            }
        };
        let n = vals.len() as u32;
        let w = self.builtin_wrapper(what, n, pos)?;
        Ok((w, vals))
    }

    fn builtin_wrapper(&mut self, what: DeferredBuiltin, n: u32, pos: Pos) -> R<u32> {
        let name = match what {
            DeferredBuiltin::Panic => "panic",
            DeferredBuiltin::Print { newline: false } => "print",
            DeferredBuiltin::Print { newline: true } => "println",
            DeferredBuiltin::Recover => "recover",
            DeferredBuiltin::Delete { .. } => "delete",
            DeferredBuiltin::ClearMap | DeferredBuiltin::ClearSlice { .. } => "clear",
            DeferredBuiltin::Copy { .. } => "copy",
        };
        let fb = self.new_fb(format!("runtime.{name}"), pos);
        self.fbs.push(fb);
        let ret = {
            {
                let fb = self.fb();
                // One more slot than the arguments: `copy` needs a register for its count.
                fb.next = n.max(1) + 1;
                fb.nslots = fb.next;
                fb.const_base = u32::MAX;
            }
            let entry = self.new_label();
            self.bind(entry);
            match what {
                DeferredBuiltin::Panic => {
                    self.emit(Instr::Panic { src: 0 });
                }
                DeferredBuiltin::Print { newline } => {
                    self.emit(Instr::Print {
                        base: 0,
                        n: n as u16,
                        newline,
                    });
                }
                DeferredBuiltin::Recover => {
                    // `defer recover()` never recovers: recover is not called *by* a deferred function.
                }
                DeferredBuiltin::Delete { map_ty } => {
                    self.emit(Instr::MapDelete {
                        m: 0,
                        k: 1,
                        ty: map_ty,
                    });
                }
                DeferredBuiltin::ClearMap => {
                    self.emit(Instr::ClearMap { m: 0 });
                }
                DeferredBuiltin::ClearSlice { elem } => {
                    self.emit(Instr::ClearSlice { s: 0, elem });
                }
                DeferredBuiltin::Copy { agg_elem: None } => {
                    self.emit(Instr::CopySlice {
                        n: 2,
                        dst: 0,
                        src: 1,
                    });
                }
                DeferredBuiltin::Copy {
                    agg_elem: Some(elem),
                } => {
                    self.emit(Instr::CopyAggSlice {
                        n: 2,
                        dst: 0,
                        src: 1,
                        elem,
                    });
                }
            }
            self.emit(Instr::Return) as u32
        };
        let fb = self.fbs.pop();
        let Some(fb) = fb else {
            return err(pos, "internal compiler error");
        };
        let f = self.finish(fb, n as u16, 0, ret)?;
        Ok(self.st.image.add_func(f))
    }
}

#[cfg(test)]
mod tests {
    use super::runtime_type_name;

    #[test]
    fn runtime_names_are_spelled_like_reflect() {
        assert_eq!(runtime_type_name("any"), "interface {}");
        assert_eq!(runtime_type_name("[]any"), "[]interface {}");
        assert_eq!(runtime_type_name("main.any2"), "main.any2");
        assert_eq!(
            runtime_type_name("func(string, ...any) (int, error)"),
            "func(string, ...interface {}) (int, error)"
        );
        assert_eq!(runtime_type_name("interface{}"), "interface {}");
        assert_eq!(
            runtime_type_name("struct{X int; Y struct{}}"),
            "struct { X int; Y struct {} }"
        );
        assert_eq!(
            runtime_type_name("map[string]interface{String() string}"),
            "map[string]interface { String() string }"
        );
        assert_eq!(
            runtime_type_name("struct{A int \"json:\\\"{a}\\\"\"}"),
            "struct { A int \"json:\\\"{a}\\\"\" }"
        );
    }
}
