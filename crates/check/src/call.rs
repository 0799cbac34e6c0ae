//! Calls: function and method calls, conversions `T(x)`, and the builtin functions.

use amber_syntax::ast::{Expr, ExprKind};
use amber_syntax::Pos;

use crate::checker::{unsupported, Checker};
use crate::constant::{CmpOp, ConstValue};
use crate::expr::Operand;
use crate::info::Mode;
use crate::objects::Builtin;
use crate::spelling::Spelling;
use crate::types::{BasicKind, TypeId, TypeKind};
use amber_syntax::print::expr_string;

impl<'a> Checker<'a> {
    pub fn call(
        &mut self,
        e: &'a Expr,
        fun: &'a Expr,
        args: &'a [Expr],
        ellipsis: Option<Pos>,
    ) -> Operand<'a> {
        let f = self.expr_or_type(fun);
        match f.mode.clone() {
            Mode::Invalid => {
                for a in args {
                    self.expr_or_type(a);
                }
                Operand::invalid(e)
            }
            Mode::TypeExpr => {
                let sp = self.spelling_of(fun, f.ty);
                self.conversion(e, (f.ty, sp), args)
            }
            Mode::Builtin(b) => self.builtin(e, b, args, ellipsis),
            _ => {
                let Some(sig) = self.p.types.sig(f.ty).cloned() else {
                    self.error(
                        e.span.lo,
                        format!(
                            "invalid operation: cannot call {}: {} is not a function",
                            self.describe(&f),
                            self.tstr(f.ty)
                        ),
                    );
                    for a in args {
                        self.expr_or_type(a);
                    }
                    return Operand::invalid(e);
                };
                let name = expr_string(fun);
                self.param_spellings = self
                    .spelling_of(fun, f.ty)
                    .and_then(|s| self.p.spellings.params(s))
                    .unwrap_or_default();
                self.arguments(e, &name, &sig.params, sig.variadic, args, ellipsis);
                self.param_spellings.clear();
                let (mode, ty) = match sig.results.len() {
                    0 => (Mode::NoValue, self.p.types.tuple(Vec::new())),
                    1 => (Mode::Value, sig.results[0]),
                    _ => (Mode::Value, self.p.types.tuple(sig.results.clone())),
                };
                Operand {
                    mode,
                    ty,
                    expr: Some(e),
                }
            }
        }
    }

    /// Evaluates call arguments, spreading a single multi-value call `f(g())`.
    pub fn eval_args(&mut self, args: &'a [Expr]) -> Vec<Operand<'a>> {
        if args.len() == 1 {
            let x = self.expr_or_type(&args[0]);
            if let TypeKind::Tuple(ts) = self.p.types.kind(x.ty).clone() {
                if x.mode == Mode::Value && ts.len() > 1 {
                    return ts
                        .iter()
                        .map(|&t| Operand {
                            mode: Mode::Value,
                            ty: t,
                            expr: Some(&args[0]),
                        })
                        .collect();
                }
            }
            return vec![self.single_value(x)];
        }
        args.iter().map(|a| self.expr(a)).collect()
    }

    fn arguments(
        &mut self,
        call: &'a Expr,
        name: &str,
        params: &[TypeId],
        variadic: bool,
        args: &'a [Expr],
        ellipsis: Option<Pos>,
    ) {
        // Set by the caller for this call; taken before nested calls in the arguments reuse it.
        let spellings = std::mem::take(&mut self.param_spellings);
        let mut xs = self.eval_args(args);
        if xs.iter().any(|x| x.is_invalid()) {
            return;
        }
        let spread = args.len() == 1 && xs.len() > 1;
        if ellipsis.is_some() {
            if !variadic {
                self.error(
                    call.span.lo,
                    format!("cannot use ... in call to non-variadic {name}"),
                );
                return;
            }
            if xs.len() != params.len() {
                self.count_error(call, name, params, variadic, (&xs, args, true), &spellings);
                return;
            }
            for (x, &p) in xs.iter_mut().zip(params) {
                self.assignment(x, p, &format!("argument to {name}"));
            }
            return;
        }
        let n = params.len();
        let ok_count = if variadic {
            xs.len() + 1 >= n
        } else {
            xs.len() == n
        };
        if !ok_count {
            self.count_error(call, name, params, variadic, (&xs, args, false), &spellings);
            return;
        }
        let ctx = format!("argument to {name}");
        for (i, x) in xs.iter_mut().enumerate() {
            let pt = if variadic && i + 1 >= n {
                match self.p.types.kind(params[n - 1]) {
                    TypeKind::Slice(e) => *e,
                    _ => params[n - 1],
                }
            } else {
                params[i]
            };
            if spread {
                // Values from a multi-value call: no untyped values; assignability only.
                if self.assignable(x, pt).is_err() {
                    let d = format!(
                        "{} (value of type {})",
                        expr_string(&args[0]),
                        self.tstr(x.ty)
                    );
                    self.error(
                        args[0].span.lo,
                        format!("cannot use {d} as {} value in {ctx}", self.tstr(pt)),
                    );
                }
            } else {
                self.target_spelling = if variadic && i + 1 >= n {
                    spellings.get(n - 1).and_then(|&s| self.p.spellings.elem(s))
                } else {
                    spellings.get(i).copied()
                };
                self.assignment(x, pt, &ctx);
                self.target_spelling = None;
            }
        }
    }

    fn count_error(
        &mut self,
        call: &'a Expr,
        name: &str,
        params: &[TypeId],
        variadic: bool,
        (xs, args, spread): (&[Operand<'a>], &'a [Expr], bool),
        spellings: &[Spelling],
    ) {
        let mut have: Vec<String> = xs.iter().map(|x| self.summary_type(x.ty)).collect();
        if spread {
            // `f(a, s...)`: Go shows the spread argument as `[]T...`.
            if let Some(last) = have.last_mut() {
                last.push_str("...");
            }
        }
        // Parameter types as declared (`any`, not `interface{}`); the variadic one as `...T`.
        let want: Vec<String> = params
            .iter()
            .enumerate()
            .map(|(i, &p)| {
                let s = self.spelled(p, spellings.get(i).copied());
                match s.strip_prefix("[]") {
                    Some(elem) if variadic && i + 1 == params.len() => format!("...{elem}"),
                    _ => s,
                }
            })
            .collect();
        let too_many = xs.len() > params.len();
        let (msg, pos) = if too_many {
            let pos = args.get(params.len()).map_or(call.span.lo, |a| a.span.lo);
            ("too many arguments", pos)
        } else {
            // Go reports at the last argument, or at the call when there are none.
            let pos = args.last().map_or(call.span.lo, |a| a.span.lo);
            ("not enough arguments", pos)
        };
        self.error(
            pos,
            format!(
                "{msg} in call to {name}\n\thave ({})\n\twant ({})",
                have.join(", "),
                want.join(", ")
            ),
        );
    }

    // ---- conversions ----

    fn conversion(
        &mut self,
        e: &'a Expr,
        (t, sp): (TypeId, Option<Spelling>),
        args: &'a [Expr],
    ) -> Operand<'a> {
        if args.len() != 1 {
            let ts = self.spelled(t, sp);
            for a in args {
                self.expr(a);
            }
            let msg = if args.is_empty() {
                format!("missing argument in conversion to {ts}")
            } else {
                format!("too many arguments in conversion to {ts}")
            };
            let pos = if args.is_empty() {
                e.span.hi.saturating_sub(1)
            } else {
                args[1].span.lo
            };
            self.error(pos, msg);
            return Operand::invalid(e);
        }
        let mut x = self.expr(&args[0]);
        if x.is_invalid() || t == TypeId::INVALID {
            return Operand::invalid(e);
        }
        let tk = self.p.types.basic_kind(t);
        // Constant conversions produce constants.
        if let (Some(v), Some(k)) = (x.value().cloned(), tk) {
            if k.is_const_type() {
                let xk = self.p.types.basic_kind(x.ty).unwrap_or(BasicKind::Invalid);
                let result = if k.is_string() && xk.is_integer() {
                    // string(65) == "A"; out-of-range code points give "\uFFFD".
                    let c = v
                        .to_i64()
                        .and_then(|i| u32::try_from(i).ok())
                        .and_then(char::from_u32)
                        .unwrap_or('\u{FFFD}');
                    Some(ConstValue::string(&c.to_string()))
                } else if (k.is_numeric() && xk.is_numeric())
                    || (k.is_string() && xk.is_string())
                    || (k.is_boolean() && xk.is_boolean())
                {
                    // Converting a non-integral float constant to an integer type is an error ("truncated").
                    match v.represent(k) {
                        Ok(nv) => Some(nv),
                        Err(r) => {
                            let d = self.describe(&x);
                            let msg = if matches!(r, crate::constant::Unrepresentable::Overflows)
                                && xk.is_integer()
                                && k.is_integer()
                            {
                                format!("constant {v} overflows {}", self.spelled(t, sp))
                            } else {
                                format!("cannot convert {d} to type {}", self.spelled(t, sp))
                            };
                            self.error(x.pos(), msg);
                            return Operand::invalid(e);
                        }
                    }
                } else {
                    None
                };
                if let Some(nv) = result {
                    if self.p.types.is_untyped(x.ty) {
                        let fin = if k.is_string() && xk.is_integer() {
                            self.p.types.default_type(x.ty)
                        } else {
                            t
                        };
                        if let Some(ae) = x.expr {
                            self.set_final_type(ae, fin);
                        }
                    }
                    return Operand {
                        mode: Mode::Constant(nv),
                        ty: t,
                        expr: Some(e),
                    };
                }
            }
        }
        if self.p.types.is_untyped(x.ty) {
            // Untyped non-convertible-as-constant: convert to the target if possible, else default.
            let target = if x.ty == TypeId::UNTYPED_NIL {
                t
            } else if self.p.types.is_interface(t) || tk.is_none() {
                self.p.types.default_type(x.ty)
            } else {
                t
            };
            if x.ty == TypeId::UNTYPED_NIL {
                let ok = matches!(
                    self.p.types.under(t),
                    TypeKind::Pointer(_)
                        | TypeKind::Slice(_)
                        | TypeKind::Map { .. }
                        | TypeKind::Signature(_)
                        | TypeKind::Interface(_)
                        | TypeKind::Chan { .. }
                );
                if !ok {
                    self.error(
                        x.pos(),
                        format!("cannot convert nil to type {}", self.spelled(t, sp)),
                    );
                    return Operand::invalid(e);
                }
                if let Some(ae) = x.expr {
                    self.set_final_type(ae, t);
                }
                return Operand {
                    mode: Mode::Value,
                    ty: t,
                    expr: Some(e),
                };
            }
            if self.implicit_convert(&mut x, target).is_err() {
                let d = self.describe(&x);
                self.error(
                    x.pos(),
                    format!("cannot convert {d} to type {}", self.spelled(t, sp)),
                );
                return Operand::invalid(e);
            }
        }
        if !self.convertible(x.ty, t, &x) {
            let d = self.describe(&x);
            self.error(
                x.pos(),
                format!("cannot convert {d} to type {}", self.spelled(t, sp)),
            );
            return Operand::invalid(e);
        }
        Operand {
            mode: Mode::Value,
            ty: t,
            expr: Some(e),
        }
    }

    /// Spec "Conversions" for non-constant values.
    pub fn convertible(&mut self, v: TypeId, t: TypeId, x: &Operand<'a>) -> bool {
        if self.assignable(x, t).is_ok() {
            return true;
        }
        let vu = self.p.types.underlying(v);
        let tu = self.p.types.underlying(t);
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (TypeKind::Pointer(a), TypeKind::Pointer(b)) =
            (self.p.types.kind(v).clone(), self.p.types.kind(t).clone())
        {
            let (au, bu) = (self.p.types.underlying(a), self.p.types.underlying(b));
            if self.identical_ignore_tags(au, bu) {
                return true;
            }
        }
        let (vk, tk) = (self.p.types.basic_kind(v), self.p.types.basic_kind(t));
        if let (Some(a), Some(b)) = (vk, tk) {
            if a.is_numeric() && b.is_numeric() {
                return true;
            }
            if a.is_integer() && b.is_string() {
                return true;
            }
            if a.is_string() && b.is_string() {
                return true;
            }
        }
        let byte_or_rune_slice = |c: &Self, s: TypeId| match c.p.types.under(s) {
            TypeKind::Slice(e) => matches!(
                c.p.types.basic_kind(*e),
                Some(BasicKind::Uint8 | BasicKind::Int32)
            ),
            _ => false,
        };
        if tk.is_some_and(|k| k.is_string()) && byte_or_rune_slice(self, v) {
            return true;
        }
        if vk.is_some_and(|k| k.is_string()) && byte_or_rune_slice(self, t) {
            return true;
        }
        // Slice to array or array pointer.
        if let TypeKind::Slice(se) = self.p.types.kind(vu).clone() {
            match self.p.types.kind(tu).clone() {
                TypeKind::Array { elem, .. } if elem == se => return true,
                TypeKind::Pointer(p) => {
                    if let TypeKind::Array { elem, .. } = self.p.types.under(p) {
                        if *elem == se {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        if a == b {
            return true;
        }
        match (self.p.types.kind(a), self.p.types.kind(b)) {
            (TypeKind::Struct { fields: fa }, TypeKind::Struct { fields: fb }) => {
                fa.len() == fb.len()
                    && fa.iter().zip(fb).all(|(x, y)| {
                        x.name == y.name
                            && x.ty == y.ty
                            && x.embedded == y.embedded
                            && x.pkg == y.pkg
                    })
            }
            _ => false,
        }
    }

    // ---- builtins ----

    fn builtin(
        &mut self,
        e: &'a Expr,
        b: Builtin,
        args: &'a [Expr],
        ellipsis: Option<Pos>,
    ) -> Operand<'a> {
        let name = b.name();
        let value = |ty: TypeId| Operand {
            mode: Mode::Value,
            ty,
            expr: Some(e),
        };
        let novalue = Operand {
            mode: Mode::NoValue,
            ty: TypeId::INVALID,
            expr: Some(e),
        };
        let nargs = args.len();
        let (min, max): (usize, Option<usize>) = match b {
            Builtin::Append => (1, None),
            Builtin::Cap
            | Builtin::Len
            | Builtin::Clear
            | Builtin::Close
            | Builtin::Imag
            | Builtin::Real
            | Builtin::New
            | Builtin::Panic => (1, Some(1)),
            Builtin::Complex | Builtin::Copy | Builtin::Delete => (2, Some(2)),
            Builtin::Make => (1, Some(3)),
            Builtin::Max | Builtin::Min => (1, None),
            Builtin::Print | Builtin::Println => (0, None),
            Builtin::Recover => (0, Some(0)),
        };
        if ellipsis.is_some() && b != Builtin::Append {
            self.error(
                e.span.lo,
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            for a in args {
                self.expr_or_type(a);
            }
            return Operand::invalid(e);
        }
        if nargs < min || max.is_some_and(|m| nargs > m) {
            let (what, pos) = if nargs < min {
                ("not enough", e.span.hi.saturating_sub(1))
            } else {
                (
                    "too many",
                    args.get(max.unwrap_or(0)).map_or(e.span.lo, |a| a.span.lo),
                )
            };
            let expected = min;
            let _ = pos;
            for a in args {
                self.expr_or_type(a);
            }
            self.error(
                if nargs < min { e.span.lo } else { pos },
                format!("invalid operation: {what} arguments for {} (expected {expected}, found {nargs})", expr_string(e)),
            );
            return Operand::invalid(e);
        }
        match b {
            Builtin::Len | Builtin::Cap => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                let mut t = self.p.types.underlying(x.ty);
                if let TypeKind::Pointer(p) = self.p.types.kind(t) {
                    if let TypeKind::Array { .. } = self.p.types.under(*p) {
                        t = self.p.types.underlying(*p);
                    }
                }
                let ok = match self.p.types.kind(t) {
                    TypeKind::Basic(k) => k.is_string() && b == Builtin::Len,
                    TypeKind::Array { .. } | TypeKind::Slice(_) => true,
                    TypeKind::Map { .. } => b == Builtin::Len,
                    _ => false,
                };
                if !ok {
                    self.error(
                        x.pos(),
                        format!(
                            "invalid argument: {} for built-in {name}",
                            self.describe(&x)
                        ),
                    );
                    return Operand::invalid(e);
                }
                // Constant for constant strings and arrays (without function calls; we approximate by
                // "x is a constant or a variable of array type").
                if let Some(bytes) = x.value().and_then(|v| v.as_bytes()) {
                    let n = bytes.len() as i64;
                    if let Some(ae) = x.expr {
                        self.set_final_type(ae, TypeId::STRING);
                    }
                    return Operand {
                        mode: Mode::Constant(ConstValue::int(n)),
                        ty: TypeId::INT,
                        expr: Some(e),
                    };
                }
                if let TypeKind::Array { len, .. } = self.p.types.kind(t) {
                    if !contains_call(&args[0]) {
                        return Operand {
                            mode: Mode::Constant(ConstValue::int(*len as i64)),
                            ty: TypeId::INT,
                            expr: Some(e),
                        };
                    }
                }
                value(TypeId::INT)
            }
            Builtin::Append => {
                let s = self.expr(&args[0]);
                if s.is_invalid() {
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return Operand::invalid(e);
                }
                let TypeKind::Slice(elem) = self.p.types.under(s.ty).clone() else {
                    if s.ty == TypeId::UNTYPED_NIL {
                        self.error(
                            s.pos(),
                            "first argument to append must be a typed slice; found untyped nil",
                        );
                    } else {
                        self.error(
                            s.pos(),
                            format!(
                                "invalid append: argument must be a slice; have {}",
                                self.describe(&s)
                            ),
                        );
                    }
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return Operand::invalid(e);
                };
                if ellipsis.is_some() {
                    if nargs != 2 {
                        self.error(e.span.lo, "can only use ... with final argument in list");
                        return Operand::invalid(e);
                    }
                    let mut x = self.expr(&args[1]);
                    if x.is_invalid() {
                        return Operand::invalid(e);
                    }
                    // append([]byte, string...) is allowed.
                    if elem == TypeId::BYTE && self.p.types.is_string(x.ty) {
                        if self.p.types.is_untyped(x.ty) {
                            self.convert_untyped(&mut x, TypeId::STRING);
                        }
                        return value(s.ty);
                    }
                    self.assignment(&mut x, s.ty, "append");
                    return value(s.ty);
                }
                for a in &args[1..] {
                    let mut x = self.expr(a);
                    self.assignment(&mut x, elem, "argument to append");
                }
                value(s.ty)
            }
            Builtin::Make => {
                let t = self.typ(&args[0]);
                if t == TypeId::INVALID {
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return Operand::invalid(e);
                }
                let (lo, hi) = match self.p.types.under(t) {
                    TypeKind::Slice(_) => (2, 3),
                    TypeKind::Map { .. } => (1, 2),
                    TypeKind::Chan { .. } => (1, 2),
                    _ => {
                        self.error(
                            args[0].span.lo,
                            format!("invalid argument: cannot make {}: type must be slice, map, or channel", expr_string(&args[0])),
                        );
                        for a in &args[1..] {
                            self.expr(a);
                        }
                        return Operand::invalid(e);
                    }
                };
                if nargs < lo || nargs > hi {
                    self.error(
                        e.span.lo,
                        format!(
                            "invalid operation: {} expects {lo} or {hi} arguments; found {nargs}",
                            expr_string(e)
                        ),
                    );
                    return Operand::invalid(e);
                }
                let mut sizes = Vec::new();
                for a in &args[1..] {
                    sizes.push(self.size_arg(a, "make"));
                }
                if let [Some(l), Some(c)] = sizes[..] {
                    if l > c {
                        self.error(
                            args[1].span.lo,
                            "invalid argument: length and capacity swapped".to_string(),
                        );
                    }
                }
                value(t)
            }
            Builtin::New => {
                let t = self.typ(&args[0]);
                if t == TypeId::INVALID {
                    return Operand::invalid(e);
                }
                let pt = self.p.types.pointer(t);
                value(pt)
            }
            Builtin::Delete => {
                let m = self.expr(&args[0]);
                let mut k = self.expr(&args[1]);
                if m.is_invalid() || k.is_invalid() {
                    return Operand::invalid(e);
                }
                let TypeKind::Map { key, .. } = self.p.types.under(m.ty).clone() else {
                    self.error(
                        m.pos(),
                        format!("invalid argument: {} is not a map", self.describe(&m)),
                    );
                    return Operand::invalid(e);
                };
                self.assignment(&mut k, key, "argument to delete");
                novalue
            }
            Builtin::Clear => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                if !matches!(
                    self.p.types.under(x.ty),
                    TypeKind::Map { .. } | TypeKind::Slice(_)
                ) {
                    self.error(
                        x.pos(),
                        format!(
                            "invalid argument: {} must be a map or slice",
                            self.describe(&x)
                        ),
                    );
                    return Operand::invalid(e);
                }
                novalue
            }
            Builtin::Close => {
                self.expr(&args[0]);
                self.error(e.span.lo, unsupported("channel operations"));
                Operand::invalid(e)
            }
            Builtin::Copy => {
                let d = self.expr(&args[0]);
                let mut s = self.expr(&args[1]);
                if d.is_invalid() || s.is_invalid() {
                    return Operand::invalid(e);
                }
                let TypeKind::Slice(de) = self.p.types.under(d.ty).clone() else {
                    self.error(
                        d.pos(),
                        format!(
                            "invalid copy: argument must be a slice; have {}",
                            self.describe(&d)
                        ),
                    );
                    return Operand::invalid(e);
                };
                let sdesc = self.describe(&s);
                let se = match self.p.types.under(s.ty).clone() {
                    TypeKind::Slice(se) => se,
                    TypeKind::Basic(k) if k.is_string() => {
                        if self.p.types.is_untyped(s.ty) {
                            self.convert_untyped(&mut s, TypeId::STRING);
                        }
                        TypeId::BYTE
                    }
                    _ => {
                        self.error(
                            s.pos(),
                            format!(
                                "invalid copy: argument must be a slice; have {}",
                                self.describe(&s)
                            ),
                        );
                        return Operand::invalid(e);
                    }
                };
                if de != se {
                    let (dd, sd) = (self.describe(&d), sdesc);
                    // Go names a string's element type `byte`.
                    let ses = if self.p.types.is_string(s.ty) {
                        "byte".to_string()
                    } else {
                        self.tstr(se)
                    };
                    self.error(
                        d.pos(),
                        format!("invalid copy: arguments {dd} and {sd} have different element types {} and {ses}", self.tstr(de)),
                    );
                    return Operand::invalid(e);
                }
                value(TypeId::INT)
            }
            Builtin::Panic => {
                let mut x = self.expr(&args[0]);
                self.assignment(&mut x, TypeId::EMPTY_INTERFACE, "argument to panic");
                novalue
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let mut x = self.expr(a);
                    if x.ty == TypeId::UNTYPED_NIL {
                        self.error(
                            x.pos(),
                            format!("use of untyped nil in argument to built-in {name}"),
                        );
                        continue;
                    }
                    self.default_convert(&mut x);
                }
                novalue
            }
            Builtin::Recover => value(TypeId::EMPTY_INTERFACE),
            Builtin::Min | Builtin::Max => {
                let mut xs: Vec<Operand<'a>> = args.iter().map(|a| self.expr(a)).collect();
                if xs.iter().any(|x| x.is_invalid()) {
                    return Operand::invalid(e);
                }
                // All operands must have one ordered type (untyped ones adapt).
                let mut t = xs[0].ty;
                for i in 1..xs.len() {
                    let (mut a, mut bx) = (Operand { ..xs[0].clone() }, xs[i].clone());
                    a.ty = t;
                    let ut = self.p.types.is_untyped(t);
                    let ub = self.p.types.is_untyped(bx.ty);
                    if ut && !ub {
                        t = bx.ty;
                    } else if !ut && ub {
                        if self.implicit_convert(&mut bx, t).is_err() {
                            self.error(
                                bx.pos(),
                                format!("invalid argument: mismatched types {} (previous argument) and {} (type of {})", self.tstr(t), self.tstr(xs[i].ty), expr_string(&args[i])),
                            );
                            return Operand::invalid(e);
                        }
                    } else if ut && ub {
                        if self.implicit_convert(&mut a, bx.ty).is_err()
                            && self.implicit_convert(&mut bx, t).is_err()
                        {
                            self.error(
                                bx.pos(),
                                format!("invalid argument: mismatched types {} (previous argument) and {} (type of {})", self.tstr(t), self.tstr(xs[i].ty), expr_string(&args[i])),
                            );
                            return Operand::invalid(e);
                        }
                        let rank = |k: Option<BasicKind>| match k {
                            Some(BasicKind::UntypedInt) => 0,
                            Some(BasicKind::UntypedRune) => 1,
                            Some(BasicKind::UntypedFloat) => 2,
                            _ => 3,
                        };
                        if rank(self.p.types.basic_kind(bx.ty)) > rank(self.p.types.basic_kind(t)) {
                            t = bx.ty;
                        }
                    } else if t != bx.ty {
                        self.error(
                            bx.pos(),
                            format!("invalid argument: mismatched types {} (previous argument) and {} (type of {})", self.tstr(t), self.tstr(bx.ty), expr_string(&args[i])),
                        );
                        return Operand::invalid(e);
                    }
                }
                if !self.p.types.is_ordered(t) {
                    self.error(
                        xs[0].pos(),
                        format!(
                            "invalid argument: {} cannot be ordered",
                            self.describe(&xs[0])
                        ),
                    );
                    return Operand::invalid(e);
                }
                for x in xs.iter_mut() {
                    if self.p.types.is_untyped(x.ty) && !self.p.types.is_untyped(t) {
                        self.convert_untyped(x, t);
                    } else if self.p.types.is_untyped(x.ty) {
                        let _ = self.implicit_convert(x, t);
                    }
                }
                // Constant result if all constant.
                if xs.iter().all(|x| x.value().is_some()) {
                    let mut best = xs[0].value().cloned();
                    for x in &xs[1..] {
                        if let (Some(bv), Some(xv)) = (&best, x.value()) {
                            let op = if b == Builtin::Min {
                                CmpOp::Lt
                            } else {
                                CmpOp::Gt
                            };
                            if xv.compare(op, bv) == Some(true) {
                                best = Some(xv.clone());
                            }
                        }
                    }
                    if let Some(v) = best {
                        return Operand {
                            mode: Mode::Constant(v),
                            ty: t,
                            expr: Some(e),
                        };
                    }
                }
                value(t)
            }
            Builtin::Complex => {
                let mut re = self.expr(&args[0]);
                let mut im = self.expr(&args[1]);
                if re.is_invalid() || im.is_invalid() {
                    return Operand::invalid(e);
                }
                let ure = self.p.types.is_untyped(re.ty);
                let uim = self.p.types.is_untyped(im.ty);
                if ure && !uim {
                    self.convert_untyped(&mut re, im.ty);
                } else if uim && !ure {
                    self.convert_untyped(&mut im, re.ty);
                }
                if let (Some(a), Some(bv)) = (re.value(), im.value()) {
                    if ure && uim {
                        let (Some(ConstValue::Float(r)), Some(ConstValue::Float(i))) =
                            (a.to_float(), bv.to_float())
                        else {
                            // Numeric untyped arguments are seen as untyped floats in the message.
                            let shown = |c: &Self, t: TypeId| {
                                if c.p.types.is_numeric(t) && !c.p.types.is_complex(t) {
                                    "untyped float".to_string()
                                } else {
                                    c.tstr(t)
                                }
                            };
                            self.error(
                                re.pos(),
                                format!(
                                    "invalid operation: {} (mismatched types {} and {})",
                                    expr_string(e),
                                    shown(self, re.ty),
                                    shown(self, im.ty)
                                ),
                            );
                            return Operand::invalid(e);
                        };
                        return Operand {
                            mode: Mode::Constant(ConstValue::Complex(r, i)),
                            ty: TypeId::UNTYPED_COMPLEX,
                            expr: Some(e),
                        };
                    }
                }
                if ure && uim {
                    self.convert_untyped(&mut re, TypeId::FLOAT64);
                    self.convert_untyped(&mut im, TypeId::FLOAT64);
                }
                if re.ty != im.ty {
                    self.error(
                        e.span.lo,
                        format!(
                            "invalid operation: {} (mismatched types {} and {})",
                            expr_string(e),
                            self.tstr(re.ty),
                            self.tstr(im.ty)
                        ),
                    );
                    return Operand::invalid(e);
                }
                let t = match self.p.types.basic_kind(re.ty) {
                    Some(BasicKind::Float32) => TypeId::COMPLEX64,
                    Some(BasicKind::Float64) => TypeId::COMPLEX128,
                    _ => {
                        self.error(
                            re.pos(),
                            format!(
                                "invalid argument: arguments have type {}, expected floating-point",
                                self.tstr(re.ty)
                            ),
                        );
                        return Operand::invalid(e);
                    }
                };
                value(t)
            }
            Builtin::Real | Builtin::Imag => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return Operand::invalid(e);
                }
                if let Some(v) = x.value() {
                    if self.p.types.is_untyped(x.ty) {
                        if let Some((r, i)) = v.real_imag() {
                            let v = if b == Builtin::Real { r } else { i };
                            return Operand {
                                mode: Mode::Constant(v),
                                ty: TypeId::UNTYPED_FLOAT,
                                expr: Some(e),
                            };
                        }
                    }
                }
                let t = match self.p.types.basic_kind(x.ty) {
                    Some(BasicKind::Complex64) => TypeId::FLOAT32,
                    Some(BasicKind::Complex128) => TypeId::FLOAT64,
                    _ => {
                        self.error(
                            x.pos(),
                            format!(
                                "invalid argument: {} must be of complex type",
                                self.describe(&x)
                            ),
                        );
                        return Operand::invalid(e);
                    }
                };
                if let Some(v) = x.value() {
                    if let Some((r, i)) = v.real_imag() {
                        let v = if b == Builtin::Real { r } else { i };
                        return Operand {
                            mode: Mode::Constant(v),
                            ty: t,
                            expr: Some(e),
                        };
                    }
                }
                value(t)
            }
        }
    }

    /// A size argument of `make`: integer, non-negative constant. Returns its constant value.
    fn size_arg(&mut self, a: &'a Expr, _what: &str) -> Option<i64> {
        let mut x = self.expr(a);
        if x.is_invalid() {
            return None;
        }
        if self.p.types.is_untyped(x.ty) {
            if let Some(v) = x.value() {
                if v.to_int().is_none() {
                    let d = self.describe(&x);
                    self.error(a.span.lo, format!("{d} truncated to int"));
                    return None;
                }
            }
            self.convert_untyped(&mut x, TypeId::INT);
            if x.is_invalid() {
                return None;
            }
        }
        if !self.p.types.is_integer(x.ty) {
            let d = self.describe(&x);
            self.error(a.span.lo, format!("cannot convert {d} to type int"));
            return None;
        }
        let v = x.value()?.to_i64();
        if let Some(n) = v {
            if n < 0 {
                let d = self.describe(&x);
                self.error(
                    a.span.lo,
                    format!("invalid argument: index {d} must not be negative"),
                );
            }
        }
        v
    }
}

/// Whether an expression contains a function call or channel receive (then `len` of an array is not
/// constant).
fn contains_call(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Call { .. } => true,
        ExprKind::Unary { x, op } => *op == amber_syntax::ast::UnOp::Recv || contains_call(x),
        ExprKind::Paren(x) | ExprKind::Star(x) => contains_call(x),
        ExprKind::Selector { x, .. } => contains_call(x),
        ExprKind::Index { x, indices } => contains_call(x) || indices.iter().any(contains_call),
        ExprKind::Binary { x, y, .. } => contains_call(x) || contains_call(y),
        _ => false,
    }
}
