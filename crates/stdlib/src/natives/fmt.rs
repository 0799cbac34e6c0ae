//! The native behind fmt's printing: walks Go values on the heap and renders them with Go's rules.
//!
//! `fmt.render(kind int, format string, args []any, results []string, panicked []bool)
//!     (out string, errs []error, strs []Stringer, gostrs []GoStringer, how []int, wrapped []error, nwrapped int,
//!      fmts []Formatter, fmtDirs []int)`
//!
//! Natives never call guest code, so `Error()`, `String()` and `GoString()` are resolved by a loop in Go (see
//! `go/fmt/print.go`): every value whose method fmt would call gets the next index in walk order. When
//! `results` already holds that index, its string is used (or, if `panicked[i]`, Go's `%!v(PANIC=...)`
//! rendering of it); otherwise the value is appended to `errs`, `strs` or `gostrs` (by the method it needs) and
//! its `how` (0 Error, 1 String, 2 GoString, 3 Format, plus 4 when the receiver is a nil pointer) to `how`, and
//! for Format its directive to `fmtDirs` (verb, flags, width, precision), and nothing
//! is written for it. The Go side calls the pending methods in `how` order, appends their results and calls
//! again until nothing is pending. For Errorf, `nwrapped` counts the `%w` directives and `wrapped` holds
//! their operands that are errors, in argument order, each once.
//!
//! Value rendering follows Go's `printArg`/`printValue`: structs `{a b}`, `%+v` field names, `%#v` Go syntax,
//! maps sorted by key, pointers to aggregates as `&{...}` at top level and as addresses deeper, nil values
//! `<nil>`; leaves are rendered by [`crate::format::leaf`].

use amber_vm::heap::{Heap, Obj};
use amber_vm::native_api::{func_address, pointer_address};
use amber_vm::ops;
use amber_vm::types::{RtKind, TypeTable};
use amber_vm::value::{IntKind, Value, NIL_ARRAY};
use amber_vm::{NativeCtx, NativeError};

use crate::format::leaf::{self, Leaf};
use crate::format::printf::{self, Directive, Step};

use super::heap_util::{alloc_int_slice, alloc_value_slice, iface_parts};

/// What the Go side asks for.
pub const KIND_SPRINT: i64 = 0;
pub const KIND_SPRINTLN: i64 = 1;
pub const KIND_SPRINTF: i64 = 2;
/// Sprintf where `%w` takes an error (Errorf).
pub const KIND_ERRORF: i64 = 3;

/// Which method a pending value needs.
pub const HOW_ERROR: i64 = 0;
pub const HOW_STRING: i64 = 1;
pub const HOW_GOSTRING: i64 = 2;
/// `Format(State, rune)`: the directive goes with it (see [`Rendered::format_dirs`]).
pub const HOW_FORMAT: i64 = 3;
/// Added to `how` when the receiver is a nil pointer (a panic then prints `<nil>`).
pub const HOW_NIL_RECEIVER: i64 = 4;

/// Values nested deeper than this stop the walk with a panic instead of exhausting the host stack (Go itself
/// would overflow its stack on the cyclic structures that reach it).
const MAX_DEPTH: usize = 1000;

/// A method call the Go side must make.
struct Pending {
    ty: u32,
    val: Value,
    how: i64,
    /// For a Format call: verb, flags, width and precision (see [`Rendered::format_dirs`]).
    dir: Option<[i64; 4]>,
}

/// The walk over one call's arguments.
pub struct Walker<'h> {
    heap: &'h Heap,
    types: &'h TypeTable,
    /// Results of the methods called so far (string values), by walk index.
    results: &'h [Value],
    panicked: &'h [u8],
    next_method: usize,
    pending: Vec<Pending>,
    /// Errorf: `%w` accepts errors.
    wrap_errs: bool,
    /// Inside a bad-verb rendering, where Go calls no methods.
    erroring: bool,
    /// Work done (nodes visited), and the most allowed before stopping.
    work: u64,
    budget: u64,
    max_out: usize,
    failure: Option<NativeError>,
}

/// The result of one walk.
pub struct Rendered {
    pub out: Vec<u8>,
    pub work: u64,
    /// (dynamic type, value, how) of each method call still to make.
    pub pending: Vec<(u32, Value, i64)>,
    /// Four numbers per pending Format call, in order: the verb, the flags (1 `-`, 2 `+`, 4 `#`, 8 space,
    /// 16 `0`, as `State.Flag` reports them), the width and the precision (-1 when absent).
    pub format_dirs: Vec<i64>,
    pub wrapped: Vec<i64>,
}

impl<'h> Walker<'h> {
    pub fn new(
        heap: &'h Heap,
        types: &'h TypeTable,
        results: &'h [Value],
        panicked: &'h [u8],
    ) -> Self {
        Walker {
            heap,
            types,
            results,
            panicked,
            next_method: 0,
            pending: Vec::new(),
            wrap_errs: false,
            erroring: false,
            work: 0,
            budget: u64::MAX,
            max_out: usize::MAX,
            failure: None,
        }
    }

    /// Bounds the work (in gas units) and output size (bytes); exceeding them fails the walk.
    pub fn limit(mut self, budget: u64, max_out: usize) -> Self {
        self.budget = budget;
        self.max_out = max_out;
        self
    }

    /// Renders `args` (interface values) as Sprint (0), Sprintln (1), Sprintf (2) or Errorf (3).
    pub fn render(
        mut self,
        kind: i64,
        format: &[u8],
        args: &[Value],
    ) -> Result<Rendered, NativeError> {
        self.wrap_errs = kind == KIND_ERRORF;
        let args: Vec<(Option<u32>, Value)> =
            args.iter().map(|&a| iface_parts(self.heap, a)).collect();
        let mut out = Vec::new();
        let mut wrapped = Vec::new();
        match kind {
            KIND_SPRINT => {
                let mut prev_string = false;
                for (i, &(ty, v)) in args.iter().enumerate() {
                    let is_string = ty.is_some_and(|t| self.kind(t) == Some(&RtKind::String));
                    if i > 0 && !is_string && !prev_string {
                        out.push(b' ');
                    }
                    self.print_arg(&mut out, ty, v, &Directive::default());
                    prev_string = is_string;
                }
            }
            KIND_SPRINTLN => {
                for (i, &(ty, v)) in args.iter().enumerate() {
                    if i > 0 {
                        out.push(b' ');
                    }
                    self.print_arg(&mut out, ty, v, &Directive::default());
                }
                out.push(b'\n');
            }
            _ => self.printf(&mut out, format, &args, &mut wrapped),
        }
        if let Some(e) = self.failure {
            return Err(e);
        }
        wrapped.sort_unstable();
        let format_dirs = self
            .pending
            .iter()
            .filter_map(|p| p.dir)
            .flatten()
            .collect();
        Ok(Rendered {
            work: self.work + out.len() as u64 / 8,
            out,
            format_dirs,
            pending: self
                .pending
                .into_iter()
                .map(|p| (p.ty, p.val, p.how))
                .collect(),
            wrapped,
        })
    }

    fn printf(
        &mut self,
        out: &mut Vec<u8>,
        format: &[u8],
        args: &[(Option<u32>, Value)],
        wrapped: &mut Vec<i64>,
    ) {
        let mut parser = printf::Parser::new(format);
        let nargs = args.len();
        loop {
            if self.failure.is_some() {
                return;
            }
            let step = {
                let int_value = |i: usize| -> Option<i64> {
                    let (ty, v) = *args.get(i)?;
                    match self.kind(ty?)? {
                        RtKind::Int(k) if k.is_unsigned() && *k == IntKind::U64 => {
                            // uint64 values above MaxInt64 are not ints.
                            let x = v.as_int();
                            (x >= 0).then_some(x)
                        }
                        RtKind::Int(_) => Some(v.as_int()),
                        _ => None,
                    }
                };
                parser.next_step(nargs, &int_value)
            };
            let Some(step) = step else { break };
            match step {
                Step::Text(range) => out.extend_from_slice(format.get(range).unwrap_or(&[])),
                Step::Arg { index, directive } => {
                    let mut d = directive;
                    if d.verb == 'w' {
                        wrapped.push(index as i64);
                        // Go treats %w's flags as %v's.
                        d.sharp_v = d.sharp;
                        d.sharp = false;
                        d.plus_v = d.plus;
                        d.plus = false;
                    }
                    let (ty, v) = args.get(index).copied().unwrap_or((None, Value::Nil));
                    self.print_arg(out, ty, v, &d);
                }
                Step::Extra { from } => {
                    out.extend_from_slice(b"%!(EXTRA ");
                    for (n, &(ty, v)) in args.iter().enumerate().skip(from) {
                        if n > from {
                            out.extend_from_slice(b", ");
                        }
                        match ty {
                            None => out.extend_from_slice(b"<nil>"),
                            Some(t) => {
                                out.extend_from_slice(self.type_name(t));
                                out.push(b'=');
                                self.print_arg(out, ty, v, &Directive::default());
                            }
                        }
                    }
                    out.push(b')');
                }
                other => printf::render_error_step(out, &other),
            }
        }
    }

    // -----------------------------------------------------------------------------------------
    // Type helpers

    fn kind(&self, ty: u32) -> Option<&'h RtKind> {
        self.types.get(ty).map(|t| &t.kind)
    }

    fn type_name(&self, ty: u32) -> &'h [u8] {
        self.types.name(ty).as_bytes()
    }

    fn has_method(&self, ty: u32, name: &str) -> bool {
        self.types.get(ty).is_some_and(|t| {
            let Ok(k) = t.methods.binary_search_by(|(n, _)| n.as_str().cmp(name)) else {
                return false;
            };
            // Only a method with the signature of fmt's interface counts: `time.Time.Format(string) string`
            // does not make Time a Formatter. Types made by natives record no signatures.
            t.method_sigs
                .get(k)
                .is_none_or(|sig| fmt_method_signature_matches(name, sig))
        })
    }

    /// Whether fmt could call a method of this type (then it is not formatted as a plain leaf).
    fn has_fmt_methods(&self, ty: u32) -> bool {
        ["Error", "String", "GoString", "Format"]
            .iter()
            .any(|name| self.has_method(ty, name))
    }

    /// The value as a leaf when its kind is a scalar or string (for any type: named types without methods
    /// format like their underlying type).
    fn scalar_leaf(&self, ty: u32, v: Value) -> Option<Leaf<'h>> {
        Some(match self.kind(ty)? {
            RtKind::Bool => Leaf::Bool(v.as_bool()),
            RtKind::Int(k) => {
                let bits = k.bits() as u8;
                if k.is_unsigned() {
                    if self.types.name(ty) == "uintptr" {
                        Leaf::Uintptr(v.as_int() as u64)
                    } else {
                        Leaf::Uint {
                            value: v.as_int() as u64,
                            bits,
                        }
                    }
                } else {
                    Leaf::Int {
                        value: v.as_int(),
                        bits,
                    }
                }
            }
            RtKind::Float32 => Leaf::Float32(v.as_float() as f32),
            RtKind::Float64 => Leaf::Float64(v.as_float()),
            RtKind::String => Leaf::Str(self.heap.str_bytes(v)),
            RtKind::Complex64 => {
                let (re, im) = self.complex_parts(v);
                Leaf::Complex64(re as f32, im as f32)
            }
            RtKind::Complex128 => {
                let (re, im) = self.complex_parts(v);
                Leaf::Complex128(re, im)
            }
            _ => return None,
        })
    }

    /// The parts of a complex value (an immutable `[re, im]` object; nil is 0+0i).
    fn complex_parts(&self, v: Value) -> (f64, f64) {
        match v {
            Value::Ref(h) => match self.heap.get(h) {
                Some(Obj::Floats(f)) => (
                    f.first().copied().unwrap_or(0.0),
                    f.get(1).copied().unwrap_or(0.0),
                ),
                _ => (0.0, 0.0),
            },
            _ => (0.0, 0.0),
        }
    }

    /// The bytes of a byte slice or array value (`None` for a nil slice).
    fn bytes_of(&self, ty: u32, v: Value) -> Option<&'h [u8]> {
        match (self.kind(ty), v) {
            (Some(RtKind::Slice { .. }), Value::Slice { arr, off, len }) => {
                if arr == NIL_ARRAY {
                    return None;
                }
                let (base, _) = ops::resolve_view(self.heap, arr);
                match self.heap.get(base) {
                    Some(Obj::Bytes(b)) => b.get(off as usize..off as usize + len as usize),
                    _ => Some(&[]),
                }
            }
            (Some(RtKind::Array { .. }), Value::Ref(h)) => {
                // The array may be a window on a longer one (`(*[N]byte)(s)`).
                let (base, off, n) = ops::array_window(self.heap, h);
                match self.heap.get(base) {
                    Some(Obj::Bytes(b)) => b.get(off..off.saturating_add(n)).or(Some(&[])),
                    _ => Some(&[]),
                }
            }
            _ => Some(&[]),
        }
    }

    fn is_byte_elem(&self, elem: u32) -> bool {
        matches!(self.kind(elem), Some(RtKind::Int(IntKind::U8)))
    }

    // -----------------------------------------------------------------------------------------
    // Go's printArg / handleMethods / printValue

    /// Counts one unit of work; false when the walk must stop.
    fn step(&mut self, out: &[u8]) -> bool {
        if self.failure.is_some() {
            return false;
        }
        self.work += 1;
        if self.work.saturating_add(out.len() as u64 / 8) > self.budget {
            self.failure = Some(NativeError::OutOfGas);
            return false;
        }
        if out.len() > self.max_out {
            self.failure = Some(NativeError::OutOfMemory);
            return false;
        }
        true
    }

    /// One top-level operand (`ty` None is the nil interface).
    fn print_arg(&mut self, out: &mut Vec<u8>, ty: Option<u32>, v: Value, d: &Directive) {
        if !self.step(out) {
            return;
        }
        let Some(ty) = ty else {
            leaf::format(out, d, &Leaf::Nil, b"");
            return;
        };
        match d.verb {
            'T' => {
                leaf::pad_string(out, d, self.type_name(ty));
                return;
            }
            'p' => {
                self.fmt_pointer(out, ty, v, d, 0);
                return;
            }
            _ => {}
        }
        if !self.has_fmt_methods(ty) {
            if let Some(l) = self.scalar_leaf(ty, v) {
                leaf::format(out, d, &l, self.type_name(ty));
                return;
            }
            // An unnamed []byte is Go's special case (`[]byte{...}` under %#v).
            if self.types.name(ty) == "[]uint8" {
                let b = self.bytes_of(ty, v);
                leaf::format(out, d, &Leaf::Bytes(b), b"[]uint8");
                return;
            }
        }
        if self.handle_methods(out, ty, v, d, true) {
            return;
        }
        self.print_value(out, ty, v, d, 0, true);
    }

    /// Calls (or schedules) the Error/String/GoString method fmt would call; true if it handled the value.
    fn handle_methods(
        &mut self,
        out: &mut Vec<u8>,
        ty: u32,
        v: Value,
        d: &Directive,
        can_iface: bool,
    ) -> bool {
        if self.erroring || !can_iface {
            return false;
        }
        let mut d = *d;
        if d.verb == 'w' {
            if !self.has_method(ty, "Error") || !self.wrap_errs {
                self.bad_verb(out, ty, v, &d);
                return true;
            }
            d.verb = 'v';
        }
        let how = if self.has_method(ty, "Format") {
            HOW_FORMAT
        } else if d.sharp_v {
            if !self.has_method(ty, "GoString") {
                return false;
            }
            HOW_GOSTRING
        } else if printf::uses_string_method(&d) {
            if self.has_method(ty, "Error") {
                HOW_ERROR
            } else if self.has_method(ty, "String") {
                HOW_STRING
            } else {
                return false;
            }
        } else {
            return false;
        };
        let nil_receiver = matches!(self.kind(ty), Some(RtKind::Pointer { .. })) && v == Value::Nil;
        let index = self.next_method;
        self.next_method += 1;
        let Some(&result) = self.results.get(index) else {
            self.pending.push(Pending {
                ty,
                val: v,
                how: how + if nil_receiver { HOW_NIL_RECEIVER } else { 0 },
                dir: (how == HOW_FORMAT).then(|| format_directive(&d)),
            });
            return true;
        };
        let text = self.heap.str_bytes(result);
        if self.panicked.get(index).is_some_and(|&p| p != 0) {
            if nil_receiver {
                leaf::pad_string(out, &d, b"<nil>");
            } else {
                out.extend_from_slice(b"%!");
                crate::format::push_rune(out, i64::from(u32::from(d.verb)));
                out.extend_from_slice(b"(PANIC=");
                out.extend_from_slice(match how {
                    HOW_ERROR => b"Error".as_slice(),
                    HOW_STRING => b"String",
                    HOW_FORMAT => b"Format",
                    _ => b"GoString",
                });
                out.extend_from_slice(b" method: ");
                out.extend_from_slice(text);
                out.push(b')');
            }
        } else if how == HOW_FORMAT {
            // The method wrote its own output, padding included.
            out.extend_from_slice(text);
        } else if how == HOW_GOSTRING {
            leaf::pad_string(out, &d, text);
        } else {
            leaf::format(out, &d, &Leaf::Str(text), b"string");
        }
        true
    }

    /// `%!verb(type=value)` with the value printed as `%v` at depth 0 and no methods called.
    fn bad_verb(&mut self, out: &mut Vec<u8>, ty: u32, v: Value, d: &Directive) {
        let was = self.erroring;
        self.erroring = true;
        printf::bad_verb_open(out, d.verb, self.type_name(ty));
        let dv = Directive { verb: 'v', ..*d };
        self.print_value(out, ty, v, &dv, 0, true);
        out.push(b')');
        self.erroring = was;
    }

    fn print_value(
        &mut self,
        out: &mut Vec<u8>,
        ty: u32,
        v: Value,
        d: &Directive,
        depth: usize,
        can_iface: bool,
    ) {
        if !self.step(out) {
            return;
        }
        if depth > MAX_DEPTH {
            self.failure = Some(NativeError::Panic(
                "fmt: value nested too deeply to print".to_string(),
            ));
            return;
        }
        if depth > 0 && self.handle_methods(out, ty, v, d, can_iface) {
            return;
        }
        let Some(kind) = self.kind(ty) else {
            out.extend_from_slice(b"<invalid reflect.Value>");
            return;
        };
        if d.verb == 'w' {
            // %w on something that is not an error (handle_methods did not run: no methods here).
            if !self.erroring {
                self.bad_verb(out, ty, v, d);
                return;
            }
        }
        match kind {
            RtKind::Bool
            | RtKind::Int(_)
            | RtKind::Float32
            | RtKind::Float64
            | RtKind::Complex64
            | RtKind::Complex128
            | RtKind::String => {
                if let Some(l) = self.scalar_leaf(ty, v) {
                    leaf::format(out, d, &l, self.type_name(ty));
                }
            }
            RtKind::Interface => match iface_parts(self.heap, v) {
                (None, _) => {
                    if d.sharp_v {
                        out.extend_from_slice(self.type_name(ty));
                        out.extend_from_slice(b"(nil)");
                    } else {
                        out.extend_from_slice(b"<nil>");
                    }
                }
                (Some(t), inner) => self.print_value(out, t, inner, d, depth + 1, can_iface),
            },
            RtKind::Struct { fields } => {
                if d.sharp_v {
                    out.extend_from_slice(self.type_name(ty));
                }
                out.push(b'{');
                let cells: &[Value] = match v {
                    Value::Ref(h) => match self.heap.get(h) {
                        Some(Obj::Values(c)) => c,
                        _ => &[],
                    },
                    _ => &[],
                };
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(if d.sharp_v { b", " } else { b" " });
                    }
                    if (d.plus_v || d.sharp_v) && !f.name.is_empty() {
                        out.extend_from_slice(f.name.as_bytes());
                        out.push(b':');
                    }
                    let fv = cells.get(i).copied().unwrap_or(Value::Nil);
                    let exported = f.name.chars().next().is_some_and(char::is_uppercase);
                    let fiface = can_iface && exported;
                    // Go unwraps a non-nil interface field before printing it.
                    match (self.kind(f.ty), iface_parts(self.heap, fv)) {
                        (Some(RtKind::Interface), (Some(t), inner)) => {
                            self.print_value(out, t, inner, d, depth + 1, fiface)
                        }
                        _ => self.print_value(out, f.ty, fv, d, depth + 1, fiface),
                    }
                }
                out.push(b'}');
            }
            RtKind::Map { key, value } => {
                self.print_map(out, ty, *key, *value, v, d, depth, can_iface)
            }
            RtKind::Slice { elem } | RtKind::Array { elem, .. } => {
                let elem = *elem;
                let is_slice = matches!(kind, RtKind::Slice { .. });
                if matches!(d.verb, 's' | 'q' | 'x' | 'X') && self.is_byte_elem(elem) {
                    let b = self.bytes_of(ty, v);
                    leaf::format(out, d, &Leaf::Bytes(b), self.type_name(ty));
                    return;
                }
                let (h, off, len) = match v {
                    Value::Slice { arr, off, len } => (arr, off as usize, len as usize),
                    Value::Ref(h) => (h, 0, ops::array_len(self.heap, h)),
                    _ => (NIL_ARRAY, 0, 0),
                };
                if d.sharp_v {
                    out.extend_from_slice(self.type_name(ty));
                    if is_slice && h == NIL_ARRAY {
                        out.extend_from_slice(b"(nil)");
                        return;
                    }
                    out.push(b'{');
                } else {
                    out.push(b'[');
                }
                let ek = self.types.elem_kind(elem);
                for i in 0..len {
                    if self.failure.is_some() {
                        return;
                    }
                    if i > 0 {
                        out.extend_from_slice(if d.sharp_v { b", " } else { b" " });
                    }
                    let ev = ops::load_cell(self.heap, h, off + i, ek).unwrap_or(Value::Nil);
                    self.print_value(out, elem, ev, d, depth + 1, can_iface);
                }
                out.push(if d.sharp_v { b'}' } else { b']' });
            }
            RtKind::Pointer { elem } => {
                let elem = *elem;
                if depth == 0 && v != Value::Nil {
                    if let Some(
                        ek @ (RtKind::Array { .. }
                        | RtKind::Slice { .. }
                        | RtKind::Struct { .. }
                        | RtKind::Map { .. }),
                    ) = self.kind(elem)
                    {
                        let target = match (ek, v) {
                            (RtKind::Array { .. } | RtKind::Struct { .. }, _) => Some(v),
                            (_, Value::Ptr { obj, idx }) => ops::load_cell(
                                self.heap,
                                obj,
                                idx as usize,
                                self.types.elem_kind(elem),
                            ),
                            _ => None,
                        };
                        if let Some(target) = target {
                            out.push(b'&');
                            self.print_value(out, elem, target, d, depth + 1, can_iface);
                            return;
                        }
                    }
                }
                self.fmt_pointer(out, ty, v, d, depth);
            }
            RtKind::Chan { .. } | RtKind::Func => self.fmt_pointer(out, ty, v, d, depth),
        }
    }

    /// The address a pointer-like value prints as (0 for nil).
    fn address(&self, v: Value) -> u64 {
        match v {
            Value::Ref(h) => pointer_address(h, 0),
            Value::Ptr { obj, idx } => pointer_address(obj, idx),
            Value::Slice { arr, off, .. } if arr != NIL_ARRAY => pointer_address(arr, off),
            Value::Func(i) => func_address(i),
            _ => 0,
        }
    }

    /// Go's fmtPointer: `%p`, and `%v`/integer verbs on chans, funcs, pointers (maps and slices for %p).
    fn fmt_pointer(&mut self, out: &mut Vec<u8>, ty: u32, v: Value, d: &Directive, depth: usize) {
        let pointer_like = matches!(
            self.kind(ty),
            Some(
                RtKind::Pointer { .. }
                    | RtKind::Chan { .. }
                    | RtKind::Func
                    | RtKind::Map { .. }
                    | RtKind::Slice { .. }
            )
        );
        if !pointer_like || !matches!(d.verb, 'v' | 'p' | 'b' | 'o' | 'd' | 'x' | 'X') {
            self.bad_verb_value(out, ty, v, d, depth);
            return;
        }
        leaf::format(out, d, &Leaf::Pointer(self.address(v)), self.type_name(ty));
    }

    /// A bad verb on a value reached by printValue: leaves render themselves; others print `%v` at depth 0.
    fn bad_verb_value(
        &mut self,
        out: &mut Vec<u8>,
        ty: u32,
        v: Value,
        d: &Directive,
        _depth: usize,
    ) {
        if let Some(l) = self.scalar_leaf(ty, v) {
            leaf::format(out, d, &l, self.type_name(ty));
            return;
        }
        self.bad_verb(out, ty, v, d);
    }

    #[allow(clippy::too_many_arguments)]
    fn print_map(
        &mut self,
        out: &mut Vec<u8>,
        ty: u32,
        key: u32,
        value: u32,
        v: Value,
        d: &Directive,
        depth: usize,
        can_iface: bool,
    ) {
        let map = match v {
            Value::Ref(h) => match self.heap.get(h) {
                Some(Obj::Map(m)) => Some(m),
                _ => None,
            },
            _ => None,
        };
        if d.sharp_v {
            out.extend_from_slice(self.type_name(ty));
            if map.is_none() {
                out.extend_from_slice(b"(nil)");
                return;
            }
            out.push(b'{');
        } else {
            out.extend_from_slice(b"map[");
        }
        let mut entries = Vec::new();
        if let Some(m) = map {
            let mut pos = 0;
            while let Some((i, k, val)) = m.next_entry(pos) {
                entries.push((k, val));
                pos = i + 1;
            }
        }
        self.work += entries.len() as u64;
        entries.sort_by(|a, b| self.compare(key, a.0, b.0));
        for (i, (k, val)) in entries.into_iter().enumerate() {
            if self.failure.is_some() {
                return;
            }
            if i > 0 {
                out.extend_from_slice(if d.sharp_v { b", " } else { b" " });
            }
            self.print_value(out, key, k, d, depth + 1, can_iface);
            out.push(b':');
            self.print_value(out, value, val, d, depth + 1, can_iface);
        }
        out.push(if d.sharp_v { b'}' } else { b']' });
    }

    /// The order of Go's fmtsort: numbers, strings and bools naturally (NaN first), pointers by address,
    /// structs and arrays element by element, interfaces nil first, then by dynamic type, then by value.
    fn compare(&self, ty: u32, a: Value, b: Value) -> std::cmp::Ordering {
        use std::cmp::Ordering;
        match self.kind(ty) {
            Some(RtKind::Bool) => a.as_bool().cmp(&b.as_bool()),
            Some(RtKind::Int(k)) => {
                if k.is_unsigned() {
                    (a.as_int() as u64).cmp(&(b.as_int() as u64))
                } else {
                    a.as_int().cmp(&b.as_int())
                }
            }
            Some(RtKind::Float32 | RtKind::Float64) => {
                self.compare_floats(a.as_float(), b.as_float())
            }
            Some(RtKind::String) => self.heap.str_bytes(a).cmp(self.heap.str_bytes(b)),
            Some(RtKind::Complex64 | RtKind::Complex128) => {
                let ((ar, ai), (br, bi)) = (self.complex_parts(a), self.complex_parts(b));
                self.compare_floats(ar, br)
                    .then_with(|| self.compare_floats(ai, bi))
            }
            Some(RtKind::Struct { fields }) => {
                let (ca, cb) = (self.cells(a), self.cells(b));
                for (i, f) in fields.iter().enumerate() {
                    let x = ca.get(i).copied().unwrap_or(Value::Nil);
                    let y = cb.get(i).copied().unwrap_or(Value::Nil);
                    let c = self.compare(f.ty, x, y);
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            Some(RtKind::Array { len, elem }) => {
                let ek = self.types.elem_kind(*elem);
                let (Value::Ref(ha), Value::Ref(hb)) = (a, b) else {
                    return Ordering::Equal;
                };
                for i in 0..(*len as usize) {
                    let x = ops::load_cell(self.heap, ha, i, ek).unwrap_or(Value::Nil);
                    let y = ops::load_cell(self.heap, hb, i, ek).unwrap_or(Value::Nil);
                    let c = self.compare(*elem, x, y);
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            Some(RtKind::Interface) => {
                let (ta, va) = iface_parts(self.heap, a);
                let (tb, vb) = iface_parts(self.heap, b);
                match (ta, tb) {
                    (None, None) => Ordering::Equal,
                    (None, Some(_)) => Ordering::Less,
                    (Some(_), None) => Ordering::Greater,
                    (Some(x), Some(y)) if x != y => x.cmp(&y),
                    (Some(x), Some(_)) => self.compare(x, va, vb),
                }
            }
            _ => self.address(a).cmp(&self.address(b)),
        }
    }

    /// Floats in fmtsort's order: NaN first, then numerically.
    fn compare_floats(&self, x: f64, y: f64) -> std::cmp::Ordering {
        use std::cmp::Ordering;
        match (x.is_nan(), y.is_nan()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Less,
            (false, true) => Ordering::Greater,
            _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
        }
    }

    fn cells(&self, v: Value) -> &'h [Value] {
        match v {
            Value::Ref(h) => match self.heap.get(h) {
                Some(Obj::Values(c)) => c,
                _ => &[],
            },
            _ => &[],
        }
    }
}

/// What a Format method is told about its directive: verb, flags, width, precision (see
/// [`Rendered::format_dirs`]).
fn format_directive(d: &Directive) -> [i64; 4] {
    let flags = [
        (d.minus, 1),
        (d.plus || d.plus_v, 2),
        (d.sharp || d.sharp_v, 4),
        (d.space, 8),
        (d.zero, 16),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, bit)| bit)
    .sum();
    let opt = |n: Option<usize>| n.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX));
    [
        i64::from(u32::from(d.verb)),
        flags,
        opt(d.width),
        opt(d.prec),
    ]
}

/// `fmt.render`: see the module documentation.
pub fn render(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let [kind, format, args, results, panicked, ..] = *slots else {
        return Err(NativeError::Panic("fmt.render: bad frame".into()));
    };
    let budget = ctx.gas_left();
    let max_out = usize::try_from(ctx.heap.max_bytes).unwrap_or(usize::MAX);
    let rendered = {
        let heap: &Heap = ctx.heap;
        let format_bytes = heap.str_bytes(format);
        let args = super::heap_util::value_slice(heap, args);
        let results = super::heap_util::value_slice(heap, results);
        let panicked = super::heap_util::byte_slice(heap, panicked);
        Walker::new(heap, ctx.types, results, panicked)
            .limit(budget, max_out)
            .render(kind.as_int(), format_bytes, args)?
    };
    ctx.charge(rendered.work)?;
    let out = ctx.new_str(rendered.out)?;
    // Pending calls go to one list per method, so that the Go side calls them through interfaces of the
    // right static type without type assertions; `how` gives the order.
    let mut lists: [Vec<Value>; 4] = [Vec::new(), Vec::new(), Vec::new(), Vec::new()];
    let mut how = Vec::with_capacity(rendered.pending.len());
    for (ty, val, h) in rendered.pending {
        ctx.charge(amber_vm::gas::alloc_cost(16))?;
        let boxed = Value::Ref(ctx.heap.alloc(Obj::Iface { ty, val })?);
        if let Some(list) = lists.get_mut((h & 3) as usize) {
            list.push(boxed);
        }
        how.push(h);
    }
    // The %w operands that are errors, in argument order, each once.
    let nwrapped = rendered.wrapped.len() as i64;
    let mut wrapped = Vec::new();
    let arg_values = super::heap_util::value_slice(ctx.heap, args).to_vec();
    let mut last = None;
    for &i in &rendered.wrapped {
        if last == Some(i) {
            continue;
        }
        last = Some(i);
        let Some(&a) = arg_values.get(i as usize) else {
            continue;
        };
        if let (Some(t), _) = iface_parts(ctx.heap, a) {
            if ctx
                .types
                .get(t)
                .is_some_and(|t| t.method("Error").is_some())
            {
                wrapped.push(a);
            }
        }
    }
    let [errs, strs, gos, fmts] = lists;
    let outputs = [
        out,
        alloc_value_slice(ctx, errs)?,
        alloc_value_slice(ctx, strs)?,
        alloc_value_slice(ctx, gos)?,
        alloc_int_slice(ctx, how)?,
        alloc_value_slice(ctx, wrapped)?,
        Value::Int(nwrapped),
        alloc_value_slice(ctx, fmts)?,
        alloc_int_slice(ctx, rendered.format_dirs)?,
    ];
    for (slot, v) in slots.iter_mut().zip(outputs) {
        *slot = v;
    }
    Ok(())
}

/// `fmt.writeStdout(s string)`: appends to the program's standard output.
pub fn write_stdout(ctx: &mut NativeCtx, slots: &mut [Value]) -> Result<(), NativeError> {
    let Some(&s) = slots.first() else {
        return Ok(());
    };
    let bytes = ctx.heap.str_bytes(s);
    let n = bytes.len();
    // Output is a host effect: a failing writer is not the program's fault and not observable by it.
    let _ = ctx.out.write_all(bytes);
    ctx.charge_bytes(n)
}

#[cfg(test)]
mod tests;

/// Whether a method signature (as the checker spells it) is the one fmt's interface of that method name has.
fn fmt_method_signature_matches(name: &str, sig: &str) -> bool {
    match name {
        "Format" => sig == "func(fmt.State, rune)" || sig == "func(fmt.State, int32)",
        _ => sig == "func() string",
    }
}
