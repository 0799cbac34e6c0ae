//! Slot code: the instruction set, compiled functions and the program image.
//!
//! A function's frame is a window of slots (registers) on its goroutine's value stack. Parameters occupy slots
//! `0..nparams`; results are left in slots `0..nresults` when it returns. A call passes arguments in consecutive
//! slots starting at `base` of the caller's frame; the callee's frame starts there, so nothing is copied.
//! Instructions are specialised by static type (`AddI` is a 64-bit integer add; narrow integer types add a
//! `Wrap`). `NO_REG` marks an absent optional operand.

use std::sync::Arc;

use crate::native::NativeFn;
use crate::types::{ElemKind, TypeTable};
use crate::value::{IntKind, Value};

pub type Reg = u16;
/// An absent optional register operand.
pub const NO_REG: Reg = u16::MAX;

/// Which comparison a fused compare-and-branch performs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
}

#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Instr {
    Nop,
    /// Charges CPU gas for the basic block that starts here.
    Gas(u32),
    Move {
        dst: Reg,
        src: Reg,
    },
    /// Loads `image.consts[k]`.
    Const {
        dst: Reg,
        k: u32,
    },
    LoadInt {
        dst: Reg,
        v: i32,
    },
    LoadBool {
        dst: Reg,
        v: bool,
    },
    LoadNil {
        dst: Reg,
    },
    LoadGlobal {
        dst: Reg,
        g: u32,
    },
    StoreGlobal {
        g: u32,
        src: Reg,
    },
    /// A pointer to a package variable's cell (globals live in one object).
    AddrGlobal {
        dst: Reg,
        g: u32,
    },

    // 64-bit integer arithmetic (wrapping); unsigned division, remainder, shift and comparison are separate.
    AddI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    SubI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    MulI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    DivI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    RemI {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    DivU {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    RemU {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    And {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Or {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    Xor {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    AndNot {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// Shifts: the count is treated as unsigned if `unsigned_count`, else a negative count panics.
    Shl {
        dst: Reg,
        a: Reg,
        b: Reg,
        unsigned_count: bool,
    },
    Shr {
        dst: Reg,
        a: Reg,
        b: Reg,
        unsigned_count: bool,
    },
    ShrU {
        dst: Reg,
        a: Reg,
        b: Reg,
        unsigned_count: bool,
    },
    AddIImm {
        dst: Reg,
        a: Reg,
        imm: i32,
    },
    NegI {
        dst: Reg,
        src: Reg,
    },
    BitNot {
        dst: Reg,
        src: Reg,
    },
    /// Wraps an integer slot to a narrow width in place.
    Wrap {
        dst: Reg,
        kind: IntKind,
    },
    CmpI {
        dst: Reg,
        a: Reg,
        b: Reg,
        cmp: Cmp,
    },
    CmpU {
        dst: Reg,
        a: Reg,
        b: Reg,
        cmp: Cmp,
    },

    AddF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    SubF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    MulF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    DivF {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    NegF {
        dst: Reg,
        src: Reg,
    },
    CmpF {
        dst: Reg,
        a: Reg,
        b: Reg,
        cmp: Cmp,
    },
    /// Rounds a float slot to float32 precision in place.
    RoundF32 {
        dst: Reg,
    },
    IntToF {
        dst: Reg,
        src: Reg,
        unsigned: bool,
    },
    FToInt {
        dst: Reg,
        src: Reg,
        kind: IntKind,
    },

    Not {
        dst: Reg,
        src: Reg,
    },
    /// `==` on two values of runtime type `ty` (strings, structs, arrays, interfaces, pointers...).
    Eq {
        dst: Reg,
        a: Reg,
        b: Reg,
        ty: u32,
    },
    Ne {
        dst: Reg,
        a: Reg,
        b: Reg,
        ty: u32,
    },

    StrLen {
        dst: Reg,
        s: Reg,
    },
    /// `s[i]` (a byte).
    StrIndex {
        dst: Reg,
        s: Reg,
        i: Reg,
    },
    Concat {
        dst: Reg,
        a: Reg,
        b: Reg,
    },
    /// `s[lo:hi]`; absent bounds are `NO_REG`.
    StrSlice {
        dst: Reg,
        s: Reg,
        lo: Reg,
        hi: Reg,
    },
    CmpS {
        dst: Reg,
        a: Reg,
        b: Reg,
        cmp: Cmp,
    },
    /// `string(rune)`.
    RuneToStr {
        dst: Reg,
        src: Reg,
    },
    /// `string([]byte)` and `[]byte(string)`.
    BytesToStr {
        dst: Reg,
        src: Reg,
    },
    StrToBytes {
        dst: Reg,
        src: Reg,
    },

    Jump {
        target: u32,
    },
    JumpIf {
        cond: Reg,
        target: u32,
    },
    JumpIfNot {
        cond: Reg,
        target: u32,
    },
    /// Jumps if the integer comparison `a cmp b` holds.
    JumpCmpI {
        a: Reg,
        b: Reg,
        cmp: Cmp,
        target: u32,
    },
    /// Jumps if the integer comparison `a cmp b` does not hold.
    JumpNotCmpI {
        a: Reg,
        b: Reg,
        cmp: Cmp,
        target: u32,
    },

    // ---- Fused forms with an immediate operand, produced by `compile_opt` (perf branch's block). ----
    /// Jumps if `a cmp imm` holds.
    JumpCmpIImm {
        a: Reg,
        imm: i32,
        cmp: Cmp,
        target: u32,
    },
    /// Jumps if `a cmp imm` does not hold.
    JumpNotCmpIImm {
        a: Reg,
        imm: i32,
        cmp: Cmp,
        target: u32,
    },
    /// `a * imm`, `a & imm`, `a | imm`, `a ^ imm` (64-bit, wrapping).
    MulIImm {
        dst: Reg,
        a: Reg,
        imm: i32,
    },
    AndImm {
        dst: Reg,
        a: Reg,
        imm: i32,
    },
    OrImm {
        dst: Reg,
        a: Reg,
        imm: i32,
    },
    XorImm {
        dst: Reg,
        a: Reg,
        imm: i32,
    },
    /// Shifts by a constant count in `0..64`.
    ShlImm {
        dst: Reg,
        a: Reg,
        n: u8,
    },
    ShrImm {
        dst: Reg,
        a: Reg,
        n: u8,
    },
    ShrUImm {
        dst: Reg,
        a: Reg,
        n: u8,
    },
    /// Signed `a / imm` and `a % imm` with a nonzero constant divisor.
    DivIImm {
        dst: Reg,
        a: Reg,
        imm: i32,
    },
    RemIImm {
        dst: Reg,
        a: Reg,
        imm: i32,
    },
    /// Integer comparison with a constant: `dst = a cmp imm`.
    CmpIImm {
        dst: Reg,
        a: Reg,
        imm: i32,
        cmp: Cmp,
    },
    /// Loads through the box pointer held in capture `idx` of the running closure (`Capture` + `Load`).
    LoadCaptured {
        dst: Reg,
        idx: u16,
        kind: ElemKind,
    },
    /// Stores through the box pointer held in capture `idx` of the running closure (`Capture` + `Store`).
    StoreCaptured {
        idx: u16,
        src: Reg,
        kind: ElemKind,
    },
    /// `obj.i1.i2` where field (or constant-index element) `i1` of `obj` holds an owned struct or array:
    /// `Field { kind: Agg }` then `Field` on its result, without the intermediate register.
    Field2 {
        dst: Reg,
        obj: Reg,
        i1: u16,
        i2: u16,
        kind: ElemKind,
    },
    /// `obj.i1.i2 = src`, field `i1` as for `Field2` (`Field { kind: Agg }` then `SetField`).
    SetField2 {
        obj: Reg,
        i1: u16,
        i2: u16,
        src: Reg,
        kind: ElemKind,
    },
    /// `obj.idx op= src` on a 64-bit integer or float64 field (`Field`, the arithmetic, `SetField`).
    UpdateField {
        obj: Reg,
        idx: u16,
        src: Reg,
        op: FieldOp,
    },
    // ---- end of the perf block ----
    /// Calls guest function `func` with its frame starting at slot `base`.
    Call {
        func: u32,
        base: Reg,
    },
    CallNative {
        native: u32,
        base: Reg,
    },
    /// Calls the func value in slot `callee` (a `Func` or a `Closure`); `base` as for `Call`.
    CallValue {
        callee: Reg,
        base: Reg,
    },
    /// Calls method `method` (index into `image.method_names`) of the interface value in slot `base` (which
    /// is replaced by the receiver).
    CallIface {
        method: u32,
        base: Reg,
    },
    Return,
    Panic {
        src: Reg,
    },
    /// Pushes a deferred call of `func` with `nargs` arguments taken from slots `base..`.
    Defer {
        func: crate::types::FuncRef,
        base: Reg,
        nargs: u16,
    },
    /// As `Defer` for the func value in slot `callee`.
    DeferValue {
        callee: Reg,
        base: Reg,
        nargs: u16,
    },
    /// As `DeferValue`, for the frame at depth `depth` (an integer in that slot, from `FrameDepth`) rather
    /// than the current one: a `defer` in the body of a range-over-func loop defers for the function around
    /// the loop, which is further down the stack while the body runs.
    DeferValueAt {
        depth: Reg,
        callee: Reg,
        base: Reg,
        nargs: u16,
    },
    /// The current frame's depth (see `DeferValueAt`).
    FrameDepth {
        dst: Reg,
    },
    /// Runs the current frame's pending deferred calls (LIFO); stays on this instruction until none are left.
    RunDefers,
    Recover {
        dst: Reg,
    },

    /// A fresh zero value of the struct or array type `ty`.
    NewAgg {
        dst: Reg,
        ty: u32,
    },
    /// A deep copy of the aggregate in `src` (of type `ty`).
    CopyAgg {
        dst: Reg,
        src: Reg,
        ty: u32,
    },
    /// Copies the aggregate `src` into the existing aggregate object `dst` (in place: pointers to it see it).
    AssignAgg {
        dst: Reg,
        src: Reg,
        ty: u32,
    },
    /// Loads field (or array element with constant index) `idx` of the struct in `obj`.
    Field {
        dst: Reg,
        obj: Reg,
        idx: u32,
        kind: ElemKind,
    },
    SetField {
        obj: Reg,
        idx: u32,
        src: Reg,
        kind: ElemKind,
    },
    /// Boxes a value in a fresh one-cell object and yields a pointer to the cell.
    Box {
        dst: Reg,
        src: Reg,
    },
    /// Loads through a pointer (`Ptr` cell of an object of the given element storage).
    Load {
        dst: Reg,
        ptr: Reg,
        kind: ElemKind,
    },
    Store {
        ptr: Reg,
        src: Reg,
        kind: ElemKind,
    },
    /// Panics with a nil dereference if the slot is nil (for `*p` on a struct pointer).
    CheckNil {
        src: Reg,
    },
    /// `&s[i]` (slice or array).
    AddrIndex {
        dst: Reg,
        s: Reg,
        i: Reg,
    },
    /// `&x.f` where `x` holds a struct object.
    AddrField {
        dst: Reg,
        obj: Reg,
        idx: u32,
    },

    /// `make([]T, len, cap)`: `cap` may be `NO_REG`. `elem` is the element type.
    MakeSlice {
        dst: Reg,
        len: Reg,
        cap: Reg,
        elem: u32,
    },
    /// A slice or array element load / store; `s` holds a slice or an array object.
    Index {
        dst: Reg,
        s: Reg,
        i: Reg,
        kind: ElemKind,
    },
    SetIndex {
        s: Reg,
        i: Reg,
        src: Reg,
        kind: ElemKind,
    },
    Len {
        dst: Reg,
        s: Reg,
    },
    Cap {
        dst: Reg,
        s: Reg,
    },
    /// `append(s, v)` for one element.
    Append {
        dst: Reg,
        s: Reg,
        v: Reg,
        elem: u32,
    },
    /// `append(s, t...)`.
    AppendSlice {
        dst: Reg,
        s: Reg,
        t: Reg,
        elem: u32,
    },
    /// `s[lo:hi:max]` on a slice, or on an array object (`&arr` or addressable array).
    SliceSlice {
        dst: Reg,
        s: Reg,
        lo: Reg,
        hi: Reg,
        max: Reg,
    },
    /// `copy(dst, src)` yielding the count in `n`.
    CopySlice {
        n: Reg,
        dst: Reg,
        src: Reg,
    },

    MakeMap {
        dst: Reg,
        ty: u32,
    },
    /// `m[k]` with the zero value `zero` (slot) when absent; `ty` is the map type.
    MapGet {
        dst: Reg,
        m: Reg,
        k: Reg,
        ty: u32,
    },
    /// `v, ok := m[k]`: `dst` and `dst+1`.
    MapGetOk {
        dst: Reg,
        m: Reg,
        k: Reg,
        ty: u32,
    },
    MapSet {
        m: Reg,
        k: Reg,
        v: Reg,
        ty: u32,
    },
    MapDelete {
        m: Reg,
        k: Reg,
        ty: u32,
    },
    MapLen {
        dst: Reg,
        m: Reg,
    },
    /// Range over a map: `it` holds the next entry position (an Int); writes key to `k`, value to `k+1`,
    /// advances `it`, and jumps to `done` when no entries are left.
    MapNext {
        it: Reg,
        m: Reg,
        k: Reg,
        done: u32,
    },

    /// Boxes `src` of dynamic type `ty` as an interface value.
    ToIface {
        dst: Reg,
        src: Reg,
        ty: u32,
    },
    /// `x.(T)` for a concrete `T`: panics with Go's message when the dynamic type differs.
    /// `iface` is the static interface type (for the message).
    AssertType {
        dst: Reg,
        src: Reg,
        ty: u32,
        iface: u32,
    },
    /// `v, ok := x.(T)`: `dst` and `dst+1`.
    AssertTypeOk {
        dst: Reg,
        src: Reg,
        ty: u32,
    },
    /// The dynamic type id of an interface (-1 for nil), for type switches.
    DynType {
        dst: Reg,
        src: Reg,
    },

    /// A closure of `func` capturing slots `base..base+n`.
    MakeClosure {
        dst: Reg,
        func: u32,
        base: Reg,
        n: u16,
    },
    /// Loads capture `idx` of the running closure.
    Capture {
        dst: Reg,
        idx: u16,
    },

    // -- language features (vm2) --
    // Rare instructions, handled outside the dispatch loop (machine/ext.rs).
    /// `print`/`println` of `n` operands in `base..`, each boxed as an interface of its static type.
    Print {
        base: Reg,
        n: u16,
        newline: bool,
    },
    /// `clear(s)` on a slice with element type `elem`: zeroes `s[0:len(s)]`.
    ClearSlice {
        s: Reg,
        elem: u32,
    },
    /// `clear(m)` on a map.
    ClearMap {
        m: Reg,
    },
    /// `complex(re, im)`; components are rounded to float32 if `f32`.
    MakeComplex {
        dst: Reg,
        re: Reg,
        im: Reg,
        f32: bool,
    },
    /// `real(c)` (`imag: false`) or `imag(c)`.
    ComplexPart {
        dst: Reg,
        src: Reg,
        imag: bool,
    },
    /// Complex arithmetic `a op b` (complex64 rounds every step to float32 if `f32`).
    ComplexArith {
        dst: Reg,
        a: Reg,
        b: Reg,
        op: ComplexOp,
        f32: bool,
    },
    /// Range over a string: `it` holds the byte offset of the next rune; writes the offset to `k` and the rune
    /// to `k+1` (invalid UTF-8 gives U+FFFD, width 1), advances `it`, jumps to `done` at the end.
    StrNext {
        it: Reg,
        s: Reg,
        k: Reg,
        done: u32,
    },
    /// `[]rune(s)`.
    StrToRunes {
        dst: Reg,
        src: Reg,
    },
    /// `string(runes)`.
    RunesToStr {
        dst: Reg,
        src: Reg,
    },
    /// `x.(I)` for an interface type `iface`: panics with Go's message when the dynamic type lacks a method.
    /// `from` is the static type of `x` (for the message).
    AssertIface {
        dst: Reg,
        src: Reg,
        iface: u32,
        from: u32,
    },
    /// `v, ok := x.(I)`: `dst` and `dst+1`.
    AssertIfaceOk {
        dst: Reg,
        src: Reg,
        iface: u32,
    },
    /// `min(a, b)` / `max(a, b)` on floats: NaN if either is NaN, -0 below +0.
    FloatMinMax {
        dst: Reg,
        a: Reg,
        b: Reg,
        max: bool,
    },
    /// `append(s, v1, ..., vn)` with the values in `base..base+n` (one growth for all of them, as in Go).
    AppendN {
        dst: Reg,
        s: Reg,
        base: Reg,
        n: u16,
        elem: u32,
    },
    /// `copy(dst, src)` for struct or array elements of type `elem` (copied into the destination's own
    /// element objects), yielding the count in `n`.
    CopyAggSlice {
        n: Reg,
        dst: Reg,
        src: Reg,
        elem: u32,
    },
    /// `[N]T(s)` (a copy) or `(*[N]T)(s)` (`ptr`): `ty` is the array type; panics if `len(s) < N`.
    SliceToArray {
        dst: Reg,
        src: Reg,
        ty: u32,
        ptr: bool,
    },
}

/// The operator of a [`Instr::UpdateField`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum FieldOp {
    AddI,
    SubI,
    AddF,
    SubF,
}

/// The operator of a [`Instr::ComplexArith`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ComplexOp {
    Add,
    Sub,
    Mul,
    Div,
    /// `-a` (`b` is ignored).
    Neg,
}

/// A compiled function.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Func {
    /// As Go prints it in stack traces: `main.main`, `main.(*T).Inc`, `main.main.func1`.
    pub name: Arc<str>,
    pub nparams: u16,
    pub nresults: u16,
    /// Frame size in slots.
    pub nslots: u16,
    /// Shared, like the name and lines: a transaction's image is a clone of a cached one, and cloning a
    /// function must not copy its code. Never changed once compiled (validation relies on it, see
    /// `validate::Validated`).
    pub code: Arc<[Instr]>,
    /// Source line of each instruction (same length as `code`).
    pub lines: Arc<[u32]>,
    /// Index into `Image::files`.
    pub file: u32,
    /// Index into `Image::packages` of the package whose code this is (closures and generated wrappers belong
    /// to the package being compiled when they were made).
    pub pkg: u32,
    /// Where execution continues when a panic is recovered in this function's deferred call: the epilogue
    /// that runs remaining defers, moves the (named) results into place and returns.
    pub recover_pc: u32,
}

/// A native function as the image refers to it.
#[derive(Clone)]
pub struct NativeEntry {
    pub name: String,
    pub f: NativeFn,
    /// The frame window the native receives (max of arguments and results).
    pub nslots: u16,
}

/// Natives the compiler adds to an image itself (not from the `Natives` it is given).
const BUILT_IN_NATIVES: [(&str, NativeFn); 2] = [
    ("runtime.Error.Error", crate::native::runtime_error_error),
    (
        "runtime.panicrangestate",
        crate::compile::range_func::panic_range_state,
    ),
];

/// What a stored native is until [`Image::resolve_natives`] finds its function by name.
fn unresolved_native(
    _: &mut crate::native::NativeCtx,
    _: &mut [Value],
) -> Result<(), crate::native::NativeError> {
    Err(crate::native::NativeError::Panic(
        "internal error: native function not resolved".into(),
    ))
}

/// A native is stored by name (a function pointer means nothing to another process).
impl serde::Serialize for NativeEntry {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&(&self.name, self.nslots), s)
    }
}

/// Read back unresolved: the image is unusable until [`Image::resolve_natives`] succeeds.
impl<'de> serde::Deserialize<'de> for NativeEntry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (name, nslots): (String, u16) = serde::Deserialize::deserialize(d)?;
        Ok(NativeEntry {
            name,
            f: unresolved_native,
            nslots,
        })
    }
}

impl std::fmt::Debug for NativeEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "native {}", self.name)
    }
}

/// A constant the image needs materialised in the heap at start (string literals).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum ConstValue {
    Value(Value),
    Str(Vec<u8>),
}

/// What kind of package a path names (DESIGN.md §3): an element `r` makes a realm, an element `p` a library.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum PackageKind {
    /// Stateful: its package block persists.
    Realm,
    /// Stateless after `init`: its package variables are frozen.
    Library,
    /// Anything else (`main`, the standard library): runs ephemerally.
    #[default]
    Plain,
}

impl PackageKind {
    pub fn of_path(path: &str) -> PackageKind {
        for elem in path.split('/') {
            match elem {
                "r" => return PackageKind::Realm,
                "p" => return PackageKind::Library,
                _ => {}
            }
        }
        PackageKind::Plain
    }
}

/// One package of an image, in compile order (dependencies first).
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct PackageInfo {
    /// The import path (`main`, `strings`, `r/counter`).
    pub path: String,
    /// The name from the `package` clause.
    pub name: String,
    pub kind: PackageKind,
    /// The package's variables: globals `globals.start..globals.end`, in source order.
    pub globals: std::ops::Range<u32>,
    /// The name of each of those variables (`_` for blank ones).
    pub global_names: Vec<String>,
    /// The runtime type of each of those variables.
    pub global_types: Vec<u32>,
    /// The package's initialisers in the order they run: variable initialisation, then its `init` functions.
    pub init: Vec<u32>,
}

/// A compiled program, ready to run.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Image {
    pub funcs: Vec<Func>,
    pub natives: Vec<NativeEntry>,
    pub consts: Vec<ConstValue>,
    pub types: TypeTable,
    /// Method names used by interface calls (`CallIface::method` indexes this).
    pub method_names: Vec<String>,
    pub files: Vec<String>,
    /// Number of package-level variables.
    pub nglobals: u32,
    /// Initial values of globals (zero values; aggregates are created by the init code).
    pub global_zero: Vec<ConstValue>,
    /// Functions run in order before `main`: package variable initialisation and `init` functions.
    pub init: Vec<u32>,
    /// The packages compiled into the image, dependencies first (`Func::pkg` indexes this).
    pub packages: Vec<PackageInfo>,
    pub main: Option<u32>,
    /// What validation proved of this image's functions when it was last remembered (see
    /// [`Image::remember_validation`]); never stored, never trusted beyond what it can re-check.
    #[serde(skip)]
    pub validated: crate::validate::Validated,
}

impl Image {
    /// An empty image with the built-in runtime types and natives every image has.
    pub fn new() -> Image {
        Image {
            natives: vec![NativeEntry {
                name: "runtime.Error.Error".into(),
                f: crate::native::runtime_error_error,
                nslots: 1,
            }],
            types: TypeTable::new(),
            ..Default::default()
        }
    }

    pub fn add_const(&mut self, c: ConstValue) -> u32 {
        if let Some(i) = self.consts.iter().position(|x| *x == c) {
            return i as u32;
        }
        self.consts.push(c);
        (self.consts.len() - 1) as u32
    }

    pub fn add_func(&mut self, f: Func) -> u32 {
        self.funcs.push(f);
        (self.funcs.len() - 1) as u32
    }

    /// Gives each native of a stored image its function, by name, from `natives` (those the image was
    /// compiled with) or the compiler's own. A name not found, or a frame window other than the compiler
    /// gives that native, is an error: the image was compiled against other natives.
    pub fn resolve_natives(&mut self, natives: &crate::native::Natives) -> Result<(), String> {
        for entry in &mut self.natives {
            let (f, nslots) = if let Some(&(_, f)) = BUILT_IN_NATIVES
                .iter()
                .find(|(name, _)| *name == entry.name)
            {
                (f, entry.nslots)
            } else if let Some(def) = natives.get(&entry.name) {
                (def.f, def.nargs.max(def.nresults).max(1))
            } else {
                return Err(format!("unknown native {}", entry.name));
            };
            if nslots != entry.nslots {
                return Err(format!("native {} has another frame window", entry.name));
            }
            entry.f = f;
        }
        Ok(())
    }
}
