//! The machine's rarer instructions (print/println, complex numbers, string ranges and rune conversions, clear,
//! assertions to interface types), handled outside the dispatch loop with checked register access.

use super::*;
use crate::code::ComplexOp;

impl<'img> Machine<'img> {
    /// Sets where `print`/`println` write (standard error of the program; discarded by default).
    pub fn set_stderr(&mut self, w: Box<dyn Write + 'img>) {
        self.err = w;
    }

    /// Handles the instructions of the `language features (vm2)` block. The frame's pc is already past `ins`.
    pub(super) fn slow_ext(&mut self, ins: Instr, out: &mut dyn Write) -> Result<(), Fault> {
        let _ = out;
        let fr = self
            .g
            .frames
            .last()
            .copied()
            .ok_or_else(|| internal("no frame"))?;
        let base = fr.base as usize;
        let get = |m: &Machine, r: u16| -> Result<Value, Fault> {
            m.g.stack
                .get(base + r as usize)
                .copied()
                .ok_or_else(|| internal("register out of range"))
        };
        let set = |m: &mut Machine, r: u16, v: Value| -> Result<(), Fault> {
            match m.g.stack.get_mut(base + r as usize) {
                Some(s) => {
                    *s = v;
                    Ok(())
                }
                None => Err(internal("register out of range")),
            }
        };
        match ins {
            Instr::Print {
                base: b,
                n,
                newline,
            } => {
                let mut text = Vec::new();
                for i in 0..n {
                    if newline && i > 0 {
                        text.push(b' ');
                    }
                    let v = get(self, b + i)?;
                    self.print_operand(&mut text, v);
                }
                if newline {
                    text.push(b'\n');
                }
                self.unloaded()?;
                self.charge(crate::gas::copy_cost(text.len() as u64))?;
                let _ = self.err.write_all(&text);
            }
            Instr::ClearSlice { s, elem } => {
                let Value::Slice { arr, off, len } = get(self, s)? else {
                    return Ok(());
                };
                self.charge(crate::gas::copy_cost(len as u64 * 8))?;
                let (h, _) = ops::resolve_view(&self.heap, arr);
                let types = &self.image.types;
                let agg = types.get(elem).is_some_and(|t| t.is_aggregate());
                for i in off as usize..off as usize + len as usize {
                    let zero = ops::zero_value(&mut self.heap, types, elem)?;
                    if agg {
                        // Aggregate elements are owned objects: reset them in place (pointers to them stay).
                        let cur = ops::load_cell(&self.heap, h, i, ElemKind::Agg)
                            .ok_or_else(|| internal("clear"))?;
                        ops::assign_agg(&mut self.heap, types, elem, cur, zero)?;
                    } else if !ops::store_cell(&mut self.heap, h, i, zero) {
                        return Err(internal("clear"));
                    }
                }
            }
            Instr::ClearMap { m } => {
                if let Value::Ref(h) = get(self, m)? {
                    if let Some(Obj::Map(map)) = self.heap.get_mut(h) {
                        map.clear();
                    }
                }
            }
            Instr::MakeComplex { dst, re, im, f32 } => {
                let (mut x, mut y) = (get(self, re)?.as_float(), get(self, im)?.as_float());
                if f32 {
                    x = x as f32 as f64;
                    y = y as f32 as f64;
                }
                let v = self.new_complex(x, y)?;
                set(self, dst, v)?;
            }
            Instr::ComplexPart { dst, src, imag } => {
                let (re, im) = ops::complex_parts(&self.heap, get(self, src)?);
                self.unloaded()?;
                set(self, dst, Value::Float(if imag { im } else { re }))?;
            }
            Instr::ComplexArith { dst, a, b, op, f32 } => {
                let x = ops::complex_parts(&self.heap, get(self, a)?);
                let y = ops::complex_parts(&self.heap, get(self, b)?);
                self.unloaded()?;
                let (re, im) = complex_arith(op, x, y, f32);
                let v = self.new_complex(re, im)?;
                set(self, dst, v)?;
            }
            Instr::StrNext { it, s, k, done } => {
                let at = get(self, it)?.as_int();
                let bytes = self.heap.str_bytes(get(self, s)?);
                let Some(rest) = usize::try_from(at).ok().and_then(|i| bytes.get(i..)) else {
                    return Err(internal("string range position"));
                };
                if rest.is_empty() {
                    if let Some(top) = self.g.frames.last_mut() {
                        top.pc = done;
                    }
                    return Ok(());
                }
                let (r, width) = decode_rune(rest);
                set(self, k, Value::Int(at))?;
                set(self, k.saturating_add(1), Value::Int(r as i64))?;
                set(self, it, Value::Int(at + width as i64))?;
            }
            Instr::StrToRunes { dst, src } => {
                let bytes = self.heap.str_bytes(get(self, src)?).to_vec();
                let mut runes = Vec::new();
                let mut rest = &bytes[..];
                while !rest.is_empty() {
                    let (r, w) = decode_rune(rest);
                    runes.push(r as i64);
                    rest = rest.get(w..).unwrap_or(&[]);
                }
                self.charge(crate::gas::alloc_cost(runes.len() as u64 * 8))?;
                let len = u32::try_from(runes.len()).map_err(|_| Fault::OutOfMemory)?;
                let arr = if runes.is_empty() {
                    NIL_ARRAY
                } else {
                    self.heap.alloc(Obj::Ints(runes))?
                };
                // `[]rune("")` is an empty, non-nil slice.
                let arr = if arr == NIL_ARRAY {
                    self.heap.alloc(Obj::Ints(Vec::new()))?
                } else {
                    arr
                };
                set(self, dst, Value::Slice { arr, off: 0, len })?;
            }
            Instr::RunesToStr { dst, src } => {
                let mut s = Vec::new();
                if let Value::Slice { arr, off, len } = get(self, src)? {
                    let (h, _) = ops::resolve_view(&self.heap, arr);
                    for i in off as usize..off as usize + len as usize {
                        let r = ops::load_cell(&self.heap, h, i, ElemKind::Int)
                            .ok_or_else(|| internal("runes"))?
                            .as_int();
                        encode_rune(&mut s, r);
                    }
                }
                self.charge(crate::gas::alloc_cost(s.len() as u64))?;
                let v = self.heap.alloc_str(s)?;
                set(self, dst, v)?;
            }
            Instr::AssertIface {
                dst,
                src,
                iface,
                from,
            } => {
                let v = get(self, src)?;
                let types = &self.image.types;
                let (dt, _) = ops::iface_parts(&self.heap, v);
                let Some(dt) = dt else {
                    return Err(Fault::RuntimeText(format!(
                        "interface conversion: interface is nil, not {}",
                        types.name(iface)
                    )));
                };
                if let Some(missing) = missing_method(types, dt, iface) {
                    let _ = from;
                    return Err(Fault::RuntimeText(format!(
                        "interface conversion: {} is not {}: missing method {}",
                        types.name(dt),
                        types.name(iface),
                        missing
                    )));
                }
                set(self, dst, v)?;
            }
            Instr::AssertIfaceOk { dst, src, iface } => {
                let v = get(self, src)?;
                let types = &self.image.types;
                let ok = match ops::iface_parts(&self.heap, v).0 {
                    Some(dt) => missing_method(types, dt, iface).is_none(),
                    None => false,
                };
                self.unloaded()?;
                set(self, dst, if ok { v } else { Value::Nil })?;
                set(self, dst.saturating_add(1), Value::Bool(ok))?;
            }
            Instr::FloatMinMax { dst, a, b, max } => {
                let (x, y) = (get(self, a)?.as_float(), get(self, b)?.as_float());
                let v = if x.is_nan() || y.is_nan() {
                    f64::NAN
                } else if x == y {
                    // Equal values differ only in the sign of zero: min prefers -0, max +0.
                    if (x.is_sign_negative() && !max) || (!x.is_sign_negative() && max) {
                        x
                    } else {
                        y
                    }
                } else if (x < y) != max {
                    x
                } else {
                    y
                };
                set(self, dst, Value::Float(v))?;
            }
            Instr::AppendN {
                dst,
                s,
                base: b,
                n,
                elem,
            } => {
                let start = base + b as usize;
                let vals = self
                    .g
                    .stack
                    .get(start..start + n as usize)
                    .ok_or_else(|| internal("register out of range"))?
                    .to_vec();
                let old = get(self, s)?;
                let types = &self.image.types;
                let v = super::append(
                    &mut self.heap,
                    types,
                    old,
                    &vals,
                    None,
                    elem,
                    &mut self.gas_left,
                )?;
                set(self, dst, v)?;
            }
            Instr::CopyAggSlice { n, dst, src, elem } => {
                let count = self.copy_agg_slice(get(self, dst)?, get(self, src)?, elem)?;
                set(self, n, Value::Int(count as i64))?;
            }
            Instr::SliceToArray { dst, src, ty, ptr } => {
                let v = self.slice_to_array(get(self, src)?, ty, ptr)?;
                set(self, dst, v)?;
            }
            _ => return Err(internal("unexpected slow instruction")),
        }
        Ok(())
    }

    /// The value of a runtime panic: an error of Go's runtime type for the kind of failure (`%T` prints it),
    /// boxing its message. `runtime` is false for messages that are not `runtime error: ...`: those the machine
    /// raises are errors too (nil map writes, failed assertions); any other comes from a native's
    /// `panic("...")` and is a plain string, as in Go.
    pub(super) fn runtime_error_value(
        &mut self,
        msg: String,
        runtime: bool,
    ) -> Result<Value, RunError> {
        use crate::types::*;
        let ty = if runtime {
            let rest = msg.strip_prefix("runtime error: ").unwrap_or(&msg);
            if rest.starts_with("index out of range")
                || rest.starts_with("slice bounds out of range")
                || rest.starts_with("cannot convert slice")
            {
                BOUNDS_ERROR_TYPE
            } else if rest.starts_with("panic called with nil argument") {
                PANIC_NIL_ERROR_TYPE
            } else {
                RUNTIME_ERROR_TYPE
            }
        } else if msg.starts_with("interface conversion:") {
            TYPE_ASSERTION_ERROR_TYPE
        } else if msg == "assignment to entry in nil map" {
            PLAIN_ERROR_TYPE
        } else {
            STRING_TYPE
        };
        let s = self
            .heap
            .alloc_str(msg.into_bytes())
            .map_err(|_| RunError::OutOfMemory)?;
        let h = self
            .heap
            .alloc(Obj::Iface { ty, val: s })
            .map_err(|_| RunError::OutOfMemory)?;
        Ok(Value::Ref(h))
    }

    /// A panic value as Go prints it after `panic: `: errors by `Error()`, Stringers by `String()`, basic kinds
    /// by value (named ones as `main.T(value)`), anything else as `(T) address`; newlines are followed by a
    /// tab so that continuation lines stay indented.
    pub(super) fn panic_message(&mut self, v: Value, out: &mut dyn Write) -> String {
        let text = self.panic_text(v, out);
        text.replace('\n', "\n\t")
    }

    fn panic_text(&mut self, v: Value, out: &mut dyn Write) -> String {
        // A panic value may be a persisted object not loaded yet (an error kept in a package variable).
        if self.load_value(v).is_err() {
            return "?".into();
        }
        let (_, inner) = ops::iface_parts(&self.heap, v);
        if self.load_value(inner).is_err() {
            return "?".into();
        }
        let (ty, val) = ops::iface_parts(&self.heap, v);
        let Some(ty) = ty else {
            return "nil".into();
        };
        let image = self.image;
        let types = &image.types;
        let Some(t) = types.get(ty) else {
            return "?".into();
        };
        for m in ["Error", "String"] {
            match t.method(m) {
                Some(FuncRef::Native(_)) => {
                    return String::from_utf8_lossy(self.heap.str_bytes(val)).into();
                }
                Some(FuncRef::Guest(f)) => {
                    let depth = self.g.frames.len();
                    if let Ok(r) = self.invoke(f, &[val], out) {
                        if let Some(s) = r.first() {
                            return String::from_utf8_lossy(self.heap.str_bytes(*s)).into();
                        }
                    }
                    self.g.frames.truncate(depth);
                }
                None => {}
            }
        }
        let named = t.name.contains('.');
        let plain = match &t.kind {
            RtKind::String => {
                let s = String::from_utf8_lossy(self.heap.str_bytes(val)).into_owned();
                if named {
                    return format!("{}(\"{}\")", t.name, s);
                }
                s
            }
            RtKind::Int(k) if k.is_unsigned() => (val.as_int() as u64).to_string(),
            RtKind::Int(_) => val.as_int().to_string(),
            RtKind::Float32 => format_float(val.as_float(), true),
            RtKind::Float64 => format_float(val.as_float(), false),
            RtKind::Complex64 | RtKind::Complex128 => {
                let (re, im) = ops::complex_parts(&self.heap, val);
                format_complex(re, im, matches!(t.kind, RtKind::Complex64))
            }
            RtKind::Bool => val.as_bool().to_string(),
            _ => return format!("({}) {:#x}", t.name, value_address(val)),
        };
        if named {
            format!("{}({})", t.name, plain)
        } else {
            plain
        }
    }

    /// `[N]T(s)` / `(*[N]T)(s)`. The value form copies; the pointer form shares the slice's elements: the
    /// slice's array itself when that array is exactly those elements, otherwise a window (`Obj::View` with an
    /// offset) on it.
    fn slice_to_array(&mut self, s: Value, ty: u32, ptr: bool) -> Result<Value, Fault> {
        let types = &self.image.types;
        let Some(RtKind::Array { len: n, elem }) = types.get(ty).map(|t| t.kind.clone()) else {
            return Err(internal("slice to array of a non-array"));
        };
        let (arr, off, len) = match s {
            Value::Slice { arr, off, len } => (arr, off, len),
            _ => (NIL_ARRAY, 0, 0),
        };
        if (len as u64) < n {
            return Err(Fault::Runtime(format!(
                "runtime error: cannot convert slice with length {len} to array or pointer to array with length {n}"
            )));
        }
        if ptr && arr == NIL_ARRAY {
            return Ok(Value::Nil);
        }
        let (base, _) = ops::resolve_view(&self.heap, arr);
        let whole = ops::array_len(&self.heap, base) as u64 == n;
        self.unloaded()?;
        if ptr && off == 0 && whole && base != NIL_ARRAY {
            return Ok(Value::Ref(base));
        }
        if ptr {
            let end = u32::try_from(off as u64 + n).map_err(|_| internal("slice to array"))?;
            let view = self.heap.alloc(Obj::View { base, off, end })?;
            return Ok(Value::Ref(view));
        }
        self.charge(crate::gas::copy_cost(n.saturating_mul(8)))?;
        let out = ops::zero_value(&mut self.heap, types, ty)?;
        let Value::Ref(dst) = out else {
            return Err(internal("array"));
        };
        let kind = types.elem_kind(elem);
        for i in 0..n as usize {
            let v = ops::load_cell(&self.heap, base, off as usize + i, kind)
                .ok_or_else(|| internal("slice to array"))?;
            let v = if kind == ElemKind::Agg {
                ops::copy_agg(&mut self.heap, types, elem, v)?
            } else {
                v
            };
            if !ops::store_cell(&mut self.heap, dst, i, v) {
                return Err(internal("slice to array"));
            }
        }
        Ok(out)
    }

    /// `copy` of struct/array elements: each destination element object receives a copy of its source
    /// (all sources are copied first, so overlapping ranges behave like memmove).
    fn copy_agg_slice(&mut self, dst: Value, src: Value, elem: u32) -> Result<usize, Fault> {
        let (
            Value::Slice {
                arr: da,
                off: doff,
                len: dlen,
            },
            Value::Slice {
                arr: sa,
                off: soff,
                len: slen,
            },
        ) = (dst, src)
        else {
            return Ok(0);
        };
        let n = dlen.min(slen) as usize;
        let types = &self.image.types;
        let (size, _) = ops::go_size(types, elem);
        self.charge(crate::gas::copy_cost(size.saturating_mul(n as u64)))?;
        let (db, _) = ops::resolve_view(&self.heap, da);
        let (sb, _) = ops::resolve_view(&self.heap, sa);
        let mut copies = Vec::with_capacity(n);
        for i in 0..n {
            let v = ops::load_cell(&self.heap, sb, soff as usize + i, ElemKind::Agg)
                .ok_or_else(|| internal("copy source"))?;
            copies.push(ops::copy_agg(&mut self.heap, types, elem, v)?);
        }
        // Every destination element is loaded before the first write (the copy may run again).
        for i in 0..n {
            if let Some(d) = ops::load_cell(&self.heap, db, doff as usize + i, ElemKind::Agg) {
                ops::touch_agg(&self.heap, types, elem, d);
            }
        }
        self.unloaded()?;
        for (i, v) in copies.into_iter().enumerate() {
            let d = ops::load_cell(&self.heap, db, doff as usize + i, ElemKind::Agg)
                .ok_or_else(|| internal("copy destination"))?;
            ops::assign_agg(&mut self.heap, types, elem, d, v)?;
        }
        Ok(n)
    }

    /// Fails (so that the machine loads the object and runs the instruction again) if a read touched an
    /// object not loaded yet; called before an instruction acts on what it read.
    fn unloaded(&self) -> Result<(), Fault> {
        if self.heap.touched_stub() {
            return Err(internal("unloaded object"));
        }
        Ok(())
    }

    /// Loads the objects a value refers to directly, if they are not loaded yet (for host-side readers such
    /// as panic messages, which cannot simply run again).
    pub(crate) fn load_value(&mut self, v: Value) -> Result<(), Fault> {
        if let Some(h) = v.handle() {
            if self.heap.is_stub(h) {
                self.load_stub(h)?;
            }
        }
        Ok(())
    }

    fn charge(&mut self, n: u64) -> Result<(), Fault> {
        if self.gas_left < n {
            self.gas_left = 0;
            return Err(Fault::OutOfGas);
        }
        self.gas_left -= n;
        Ok(())
    }

    fn new_complex(&mut self, re: f64, im: f64) -> Result<Value, Fault> {
        self.charge(crate::gas::alloc_cost(16))?;
        Ok(Value::Ref(self.heap.alloc(Obj::Floats(vec![re, im]))?))
    }

    /// Appends one `print` operand (an interface box of the operand's static type) as Go's runtime prints it.
    fn print_operand(&self, out: &mut Vec<u8>, v: Value) {
        let types = &self.image.types;
        let (ty, val) = ops::iface_parts(&self.heap, v);
        let Some(t) = ty.and_then(|t| types.get(t)) else {
            out.extend_from_slice(b"(0x0,0x0)");
            return;
        };
        match &t.kind {
            RtKind::Bool => out.extend_from_slice(if val.as_bool() { b"true" } else { b"false" }),
            RtKind::Int(k) if k.is_unsigned() => {
                out.extend_from_slice((val.as_int() as u64).to_string().as_bytes())
            }
            RtKind::Int(_) => out.extend_from_slice(val.as_int().to_string().as_bytes()),
            RtKind::Float32 => out.extend_from_slice(format_float(val.as_float(), true).as_bytes()),
            RtKind::Float64 => {
                out.extend_from_slice(format_float(val.as_float(), false).as_bytes())
            }
            RtKind::Complex64 | RtKind::Complex128 => {
                let (re, im) = ops::complex_parts(&self.heap, val);
                let f32 = matches!(t.kind, RtKind::Complex64);
                out.extend_from_slice(format_complex(re, im, f32).as_bytes());
            }
            RtKind::String => out.extend_from_slice(self.heap.str_bytes(val)),
            RtKind::Interface => {
                let (dt, inner) = ops::iface_parts(&self.heap, val);
                let words = match dt {
                    None => "(0x0,0x0)".to_string(),
                    Some(d) => format!("({:#x},{:#x})", type_address(d), value_address(inner)),
                };
                out.extend_from_slice(words.as_bytes());
            }
            RtKind::Slice { .. } => {
                if let Value::Slice { arr, off, len } = val {
                    let cap = ops::slice_cap(&self.heap, arr, off);
                    let addr = if arr == NIL_ARRAY {
                        0
                    } else {
                        object_address(arr, off)
                    };
                    out.extend_from_slice(format!("[{len}/{cap}]{addr:#x}").as_bytes());
                }
            }
            _ => out.extend_from_slice(format!("{:#x}", value_address(val)).as_bytes()),
        }
    }
}

/// Go's `x.(I)` check: the first method (in sorted order) of interface `iface` that type `ty` lacks.
fn missing_method(types: &crate::types::TypeTable, ty: u32, iface: u32) -> Option<&str> {
    let t = types.get(ty)?;
    let i = types.get(iface)?;
    i.iface_methods
        .iter()
        .zip(i.iface_sigs.iter())
        .find(|(name, sig)| {
            // Types made without signatures (by natives) match by name.
            match t.methods.binary_search_by(|(n, _)| n.as_str().cmp(name)) {
                Ok(k) => t.method_sigs.get(k).is_some_and(|have| have != *sig),
                Err(_) => true,
            }
        })
        .map(|(name, _)| name.as_str())
}

/// The deterministic address printed for cell `idx` of object `h` (never a host address).
fn object_address(h: Handle, idx: u32) -> u64 {
    0xc000_000000u64
        .wrapping_add(u64::from(h) << 20)
        .wrapping_add(u64::from(idx) * 8)
}

fn type_address(ty: u32) -> u64 {
    0x4a_0000u64 + u64::from(ty) * 0x40
}

/// The address word of a pointer-like value (0 for nil).
fn value_address(v: Value) -> u64 {
    match v {
        Value::Ref(h) => object_address(h, 0),
        Value::Ptr { obj, idx } => object_address(obj, idx),
        Value::Slice { arr, off, .. } if arr != NIL_ARRAY => object_address(arr, off),
        Value::Str { h, off, .. } => object_address(h, off),
        Value::Func(i) => 0x48_0000u64 + u64::from(i) * 0x20,
        Value::Int(i) => i as u64,
        _ => 0,
    }
}

/// Complex arithmetic as Go does it. complex64 rounds every intermediate result to float32 (computing one
/// operation in f64 and rounding is exactly the float32 operation), except division, which Go performs in
/// complex128 and converts.
pub(crate) fn complex_arith(op: ComplexOp, x: (f64, f64), y: (f64, f64), f32: bool) -> (f64, f64) {
    let r = |v: f64| if f32 { v as f32 as f64 } else { v };
    let ((a, b), (c, d)) = (x, y);
    match op {
        ComplexOp::Add => (r(a + c), r(b + d)),
        ComplexOp::Sub => (r(a - c), r(b - d)),
        ComplexOp::Mul => (r(r(a * c) - r(b * d)), r(r(a * d) + r(b * c))),
        ComplexOp::Neg => (-a, -b),
        ComplexOp::Div => {
            let (e, f) = complex_div(a, b, c, d);
            (r(e), r(f))
        }
    }
}

/// `(a+bi) / (c+di)` by Smith's algorithm (scaling by the larger divisor component), with C99 Annex G's
/// recovery of infinities and zeros when the naive result is NaN+NaNi.
fn complex_div(a: f64, b: f64, c: f64, d: f64) -> (f64, f64) {
    let (mut e, mut f);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let one_if_inf = |x: f64| if x.is_infinite() { 1.0f64 } else { 0.0 };
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = f64::INFINITY.copysign(c) * a;
            f = f64::INFINITY.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let a2 = one_if_inf(a).copysign(a);
            let b2 = one_if_inf(b).copysign(b);
            e = f64::INFINITY * (a2 * c + b2 * d);
            f = f64::INFINITY * (b2 * c - a2 * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let c2 = one_if_inf(c).copysign(c);
            let d2 = one_if_inf(d).copysign(d);
            e = 0.0 * (a * c2 + b * d2);
            f = 0.0 * (b * c2 - a * d2);
        }
    }
    (e, f)
}

/// A float as Go's `println` (and fmt's `%v`) prints it: `%g` with the shortest digits that read back to the
/// same value (at float32 precision if `f32`); exponent form when the decimal exponent is < -4 or >= 6.
pub fn format_float(f: f64, f32: bool) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf" } else { "-Inf" }.into();
    }
    // Rust's `{:e}` gives the shortest round-trip digits: `-1.2345e-5`.
    let sci = if f32 {
        format!("{:e}", f as f32)
    } else {
        format!("{:e}", f)
    };
    let (neg, sci) = match sci.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, sci),
    };
    let (mant, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut s = String::new();
    if neg {
        s.push('-');
    }
    if !(-4..EXP_THRESHOLD).contains(&exp) {
        s.push_str(&digits[..1]);
        if digits.len() > 1 {
            s.push('.');
            s.push_str(&digits[1..]);
        }
        s.push('e');
        s.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            s.push('0');
        }
        s.push_str(&a.to_string());
    } else if exp < 0 {
        s.push_str("0.");
        for _ in 0..(-exp - 1) {
            s.push('0');
        }
        s.push_str(&digits);
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            s.push_str(&digits);
            for _ in digits.len()..int_len {
                s.push('0');
            }
        } else {
            s.push_str(&digits[..int_len]);
            s.push('.');
            s.push_str(&digits[int_len..]);
        }
    }
    s
}

/// `%g` with shortest precision uses precision 6 to choose the exponent form.
const EXP_THRESHOLD: i64 = 6;

/// A complex number as `print` and fmt's `%v` print it: `(1+2i)`.
pub fn format_complex(re: f64, im: f64, f32: bool) -> String {
    let mut i = format_float(im, f32);
    if !i.starts_with('-') && !i.starts_with('+') {
        i.insert(0, '+');
    }
    format!("({}{}i)", format_float(re, f32), i)
}

/// Decodes the first rune of a non-empty byte string as Go does: invalid encodings give U+FFFD with width 1.
pub(crate) fn decode_rune(s: &[u8]) -> (u32, usize) {
    let Some(&b0) = s.first() else {
        return (0xFFFD, 0);
    };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let (n, min, init) = match b0 {
        0xC2..=0xDF => (2, 0x80, (b0 & 0x1F) as u32),
        0xE0..=0xEF => (3, 0x800, (b0 & 0x0F) as u32),
        0xF0..=0xF4 => (4, 0x10000, (b0 & 0x07) as u32),
        _ => return (0xFFFD, 1),
    };
    let Some(tail) = s.get(1..n) else {
        return (0xFFFD, 1);
    };
    let mut r = init;
    for &b in tail {
        if b & 0xC0 != 0x80 {
            return (0xFFFD, 1);
        }
        r = (r << 6) | (b & 0x3F) as u32;
    }
    if r < min || r > 0x10FFFF || (0xD800..=0xDFFF).contains(&r) {
        return (0xFFFD, 1);
    }
    (r, n)
}

/// Appends rune `r` as UTF-8 (invalid runes as U+FFFD), as `string(r)` does.
pub(crate) fn encode_rune(out: &mut Vec<u8>, r: i64) {
    let c = u32::try_from(r)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_go() {
        let cases: [(f64, bool, &str); 12] = [
            (1.5, false, "1.5"),
            (1e21, false, "1e+21"),
            (1e20, false, "1e+20"),
            (1e6, false, "1e+06"),
            (123456.0, false, "123456"),
            (1234567.5, false, "1.2345675e+06"),
            (100.0, false, "100"),
            (1e-5, false, "1e-05"),
            (0.0001, false, "0.0001"),
            (-0.0, false, "-0"),
            (0.1, true, "0.1"),
            (16777216.0, true, "1.6777216e+07"),
        ];
        for (f, f32, want) in cases {
            assert_eq!(format_float(f, f32), want, "{f}");
        }
        assert_eq!(format_complex(1.0, 2.0, false), "(1+2i)");
        assert_eq!(format_complex(0.1, -3.0, true), "(0.1-3i)");
        assert_eq!(format_complex(f64::NAN, f64::INFINITY, false), "(NaN+Infi)");
    }

    #[test]
    fn runes_decode_like_go() {
        assert_eq!(decode_rune("é".as_bytes()), (0xE9, 2));
        assert_eq!(decode_rune(b"\xff"), (0xFFFD, 1));
        assert_eq!(decode_rune(b"\xe2\x82"), (0xFFFD, 1));
        assert_eq!(decode_rune(b"\xed\xa0\x80"), (0xFFFD, 1));
        assert_eq!(decode_rune(b"\xc0\x80"), (0xFFFD, 1));
    }

    #[test]
    fn complex_division_matches_go() {
        assert_eq!(
            complex_arith(ComplexOp::Div, (1.0, 2.0), (3.0, 4.0), false),
            (0.44, 0.08)
        );
        let (e, f) = complex_arith(ComplexOp::Div, (1.0, 0.0), (0.0, 0.0), false);
        assert!(e.is_infinite() && f.is_nan());
    }
}
