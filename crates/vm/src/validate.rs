//! Image validation: every register operand lies within its function's frame, every jump target and function,
//! native, constant and type index exists, and no code can run off its end. The machine relies on this to
//! access registers and fetch instructions without bounds checks.

use std::sync::Arc;

use crate::code::{Func, Image, Instr, Reg, NO_REG};
use crate::types::FuncRef;

/// Where control goes after an instruction.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Flow {
    Next,
    Goto(u32),
    /// Either the next instruction or the target.
    Branch(u32),
    /// Leaves the function.
    Stop,
}

/// Up to four single registers (absent optional operands left out).
#[derive(Clone, Copy, Debug, Default)]
pub struct Regs {
    regs: [u32; 4],
    n: u8,
}

impl Regs {
    fn of(list: &[Reg]) -> Regs {
        let mut s = Regs::default();
        for &r in list {
            if r != NO_REG && (s.n as usize) < s.regs.len() {
                s.regs[s.n as usize] = r as u32;
                s.n += 1;
            }
        }
        s
    }
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.regs.iter().take(self.n as usize).copied()
    }
    pub fn contains(&self, r: u32) -> bool {
        self.iter().any(|x| x == r)
    }
}

/// A run of consecutive registers.
#[derive(Clone, Copy, Debug)]
pub struct Span {
    pub start: u32,
    /// `u32::MAX` for "up to the end of the frame".
    pub len: u32,
    /// Whether the whole run must lie in the frame (argument and result runs). A callee's window may extend
    /// past the caller's frame: then only its start is checked and users clip it to the frame.
    pub in_frame: bool,
}

impl Span {
    const NONE: Span = Span {
        start: 0,
        len: 0,
        in_frame: true,
    };
    fn of(start: Reg, len: u32) -> Span {
        Span {
            start: start as u32,
            len,
            in_frame: true,
        }
    }
    /// A callee's window: `len` registers from `start`, possibly past the frame.
    fn window(start: Reg, len: u32) -> Span {
        Span {
            start: start as u32,
            len,
            in_frame: false,
        }
    }
    fn contains(&self, r: u32) -> bool {
        r >= self.start && r - self.start < self.len
    }
    /// The registers of the run inside a frame of `nslots`.
    pub fn clipped(&self, nslots: u32) -> std::ops::Range<u32> {
        let end = self.start.saturating_add(self.len).min(nslots);
        self.start.min(end)..end
    }
}

/// What an instruction does to its frame's registers and to control flow: the one table that validation, the
/// optimiser's liveness and its rewrites all use.
#[derive(Clone, Copy, Debug)]
pub struct Effect {
    /// Registers read (`args` too). May over-approximate.
    pub reads: Regs,
    pub args: Span,
    /// Registers certainly written when the instruction completes (`results` too); used to end liveness.
    pub writes: Regs,
    pub results: Span,
    /// Registers that may be written besides `writes` (a range step's key and value)...
    pub clobbers: Regs,
    /// ...and, for a call, everything from its frame base up (the callee's frame).
    pub window: Option<u32>,
    pub flow: Flow,
}

impl Effect {
    pub fn for_each_read(&self, nslots: u32, mut f: impl FnMut(u32)) {
        self.reads.iter().for_each(&mut f);
        self.args.clipped(nslots).for_each(f);
    }
    pub fn for_each_write(&self, nslots: u32, mut f: impl FnMut(u32)) {
        self.writes.iter().for_each(&mut f);
        self.results.clipped(nslots).for_each(f);
    }
    /// Every register possibly written: `writes`, `clobbers` and the window.
    pub fn for_each_clobber(&self, nslots: u32, mut f: impl FnMut(u32)) {
        self.for_each_write(nslots, &mut f);
        self.clobbers.iter().for_each(&mut f);
        if let Some(w) = self.window {
            (w.min(nslots)..nslots).for_each(f);
        }
    }
    pub fn reads_reg(&self, r: u32) -> bool {
        self.reads.contains(r) || self.args.contains(r)
    }
    pub fn writes_reg(&self, r: u32) -> bool {
        self.writes.contains(r) || self.results.contains(r)
    }
    /// Whether `r` may be written (certainly or possibly).
    pub fn clobbers_reg(&self, r: u32) -> bool {
        self.writes_reg(r) || self.clobbers.contains(r) || self.window.is_some_and(|w| r >= w)
    }
    /// Whether `r` is read or possibly written.
    pub fn touches(&self, r: u32) -> bool {
        self.reads_reg(r) || self.clobbers_reg(r)
    }
}

/// The shapes of call targets the effect table needs: each function's parameter and result counts, each
/// native's window size.
pub struct CallShapes {
    pub funcs: Vec<(u16, u16)>,
    pub natives: Vec<u16>,
}

impl CallShapes {
    pub fn of(image: &Image) -> CallShapes {
        CallShapes {
            funcs: image
                .funcs
                .iter()
                .map(|f| (f.nparams, f.nresults))
                .collect(),
            natives: image.natives.iter().map(|n| n.nslots).collect(),
        }
    }
}

/// The effect of `ins` in a function with `nresults` results; `None` if it calls a function or native that
/// does not exist. Exhaustive on purpose: a new instruction must say what it does here.
pub fn effect(ins: &Instr, shapes: &CallShapes, nresults: u16) -> Option<Effect> {
    use Instr::*;
    let e = |reads: &[Reg], writes: &[Reg]| Effect {
        reads: Regs::of(reads),
        args: Span::NONE,
        writes: Regs::of(writes),
        results: Span::NONE,
        clobbers: Regs::default(),
        window: None,
        flow: Flow::Next,
    };
    let flow = |reads: &[Reg], flow: Flow| Effect {
        flow,
        ..e(reads, &[])
    };
    let call = |reads: &[Reg], args: Span, results: Span, base: Reg| Effect {
        args,
        results,
        window: Some(base as u32),
        ..e(reads, &[])
    };
    let with_args = |reads: &[Reg], base: Reg, n: u16, writes: &[Reg]| Effect {
        args: Span::of(base, n as u32),
        ..e(reads, writes)
    };
    Some(match *ins {
        Nop | Gas(_) | RunDefers => e(&[], &[]),
        Move { dst, src } => e(&[src], &[dst]),
        Const { dst, .. }
        | LoadInt { dst, .. }
        | LoadBool { dst, .. }
        | LoadNil { dst }
        | LoadGlobal { dst, .. }
        | AddrGlobal { dst, .. }
        | Recover { dst }
        | FrameDepth { dst }
        | NewAgg { dst, .. }
        | MakeMap { dst, .. }
        | Capture { dst, .. }
        | LoadCaptured { dst, .. } => e(&[], &[dst]),
        StoreGlobal { src, .. } | CheckNil { src } | StoreCaptured { src, .. } => e(&[src], &[]),
        Panic { src } => flow(&[src], Flow::Stop),
        AddI { dst, a, b }
        | SubI { dst, a, b }
        | MulI { dst, a, b }
        | DivI { dst, a, b }
        | RemI { dst, a, b }
        | DivU { dst, a, b }
        | RemU { dst, a, b }
        | And { dst, a, b }
        | Or { dst, a, b }
        | Xor { dst, a, b }
        | AndNot { dst, a, b }
        | Shl { dst, a, b, .. }
        | Shr { dst, a, b, .. }
        | ShrU { dst, a, b, .. }
        | CmpI { dst, a, b, .. }
        | CmpU { dst, a, b, .. }
        | AddF { dst, a, b }
        | SubF { dst, a, b }
        | MulF { dst, a, b }
        | DivF { dst, a, b }
        | CmpF { dst, a, b, .. }
        | Eq { dst, a, b, .. }
        | Ne { dst, a, b, .. }
        | Concat { dst, a, b }
        | CmpS { dst, a, b, .. }
        | StrIndex { dst, s: a, i: b }
        | AddrIndex { dst, s: a, i: b }
        | Index {
            dst, s: a, i: b, ..
        }
        | Append {
            dst, s: a, v: b, ..
        }
        | AppendSlice {
            dst, s: a, t: b, ..
        }
        | MakeComplex {
            dst, re: a, im: b, ..
        }
        | ComplexArith { dst, a, b, .. }
        | FloatMinMax { dst, a, b, .. } => e(&[a, b], &[dst]),
        AddIImm { dst, a, .. }
        | MulIImm { dst, a, .. }
        | AndImm { dst, a, .. }
        | OrImm { dst, a, .. }
        | XorImm { dst, a, .. }
        | ShlImm { dst, a, .. }
        | ShrImm { dst, a, .. }
        | ShrUImm { dst, a, .. }
        | DivIImm { dst, a, .. }
        | RemIImm { dst, a, .. }
        | CmpIImm { dst, a, .. }
        | NegI { dst, src: a }
        | BitNot { dst, src: a }
        | NegF { dst, src: a }
        | IntToF { dst, src: a, .. }
        | FToInt { dst, src: a, .. }
        | Not { dst, src: a }
        | RuneToStr { dst, src: a }
        | BytesToStr { dst, src: a }
        | StrToBytes { dst, src: a }
        | CopyAgg { dst, src: a, .. }
        | Box { dst, src: a }
        | ToIface { dst, src: a, .. }
        | AssertType { dst, src: a, .. }
        | DynType { dst, src: a }
        | StrLen { dst, s: a }
        | Len { dst, s: a }
        | Cap { dst, s: a }
        | Field { dst, obj: a, .. }
        | Field2 { dst, obj: a, .. }
        | Load { dst, ptr: a, .. }
        | AddrField { dst, obj: a, .. }
        | MapLen { dst, m: a }
        | ComplexPart { dst, src: a, .. }
        | StrToRunes { dst, src: a }
        | RunesToStr { dst, src: a }
        | AssertIface { dst, src: a, .. }
        | SliceToArray { dst, src: a, .. } => e(&[a], &[dst]),
        Wrap { dst, .. } | RoundF32 { dst } => e(&[dst], &[dst]),
        AssignAgg { dst, src, .. } => e(&[dst, src], &[]),
        AssertTypeOk { dst, src, .. } | AssertIfaceOk { dst, src, .. } => {
            e(&[src], &[dst, dst.saturating_add(1)])
        }
        StrSlice { dst, s, lo, hi } => e(&[s, lo, hi], &[dst]),
        SliceSlice {
            dst,
            s,
            lo,
            hi,
            max,
        } => e(&[s, lo, hi, max], &[dst]),
        MakeSlice { dst, len, cap, .. } => e(&[len, cap], &[dst]),
        SetField { obj, src, .. } | SetField2 { obj, src, .. } | UpdateField { obj, src, .. } => {
            e(&[obj, src], &[])
        }
        Store { ptr, src, .. } => e(&[ptr, src], &[]),
        SetIndex { s, i, src, .. } => e(&[s, i, src], &[]),
        CopySlice { n, dst, src } | CopyAggSlice { n, dst, src, .. } => e(&[dst, src], &[n]),
        MapGet { dst, m, k, .. } => e(&[m, k], &[dst]),
        MapGetOk { dst, m, k, .. } => e(&[m, k], &[dst, dst.saturating_add(1)]),
        MapSet { m, k, v, .. } => e(&[m, k, v], &[]),
        MapDelete { m, k, .. } => e(&[m, k], &[]),
        ClearSlice { s: a, .. } | ClearMap { m: a } => e(&[a], &[]),
        // A range step writes the key and value only while entries are left.
        MapNext { it, m: a, k, done } | StrNext { it, s: a, k, done } => Effect {
            clobbers: Regs::of(&[it, k, k.saturating_add(1)]),
            ..flow(&[it, a], Flow::Branch(done))
        },
        Jump { target } => flow(&[], Flow::Goto(target)),
        JumpIf { cond, target } | JumpIfNot { cond, target } => flow(&[cond], Flow::Branch(target)),
        JumpCmpI { a, b, target, .. } | JumpNotCmpI { a, b, target, .. } => {
            flow(&[a, b], Flow::Branch(target))
        }
        JumpCmpIImm { a, target, .. } | JumpNotCmpIImm { a, target, .. } => {
            flow(&[a], Flow::Branch(target))
        }
        Call { func, base } => {
            let &(np, nr) = shapes.funcs.get(func as usize)?;
            call(
                &[],
                Span::of(base, np as u32),
                Span::of(base, nr as u32),
                base,
            )
        }
        CallNative { native, base } => {
            let &n = shapes.natives.get(native as usize)?;
            call(&[], Span::window(base, n as u32), Span::NONE, base)
        }
        // The argument count is known only at run time: everything from `base` may be an argument.
        CallIface { base, .. } => call(&[], Span::window(base, u32::MAX), Span::NONE, base),
        CallValue { callee, base } => {
            call(&[callee], Span::window(base, u32::MAX), Span::NONE, base)
        }
        Defer { base, nargs, .. } => with_args(&[], base, nargs, &[]),
        DeferValue {
            callee,
            base,
            nargs,
        } => with_args(&[callee], base, nargs, &[]),
        DeferValueAt {
            depth,
            callee,
            base,
            nargs,
        } => with_args(&[depth, callee], base, nargs, &[]),
        MakeClosure { dst, base, n, .. } => with_args(&[], base, n, &[dst]),
        Print { base, n, .. } => with_args(&[], base, n, &[]),
        AppendN {
            dst, s, base, n, ..
        } => with_args(&[s], base, n, &[dst]),
        Return => Effect {
            args: Span::of(0, nresults as u32),
            ..flow(&[], Flow::Stop)
        },
    })
}

/// Calls `f` with every register an instruction names (optional operands that are absent are skipped;
/// instructions that use a run of registers report its first and last one); `None` if it calls a function
/// or native that does not exist.
pub fn for_each_reg(ins: &Instr, shapes: &CallShapes, f: impl FnMut(u32)) -> Option<()> {
    named_regs(&effect(ins, shapes, 0)?, f);
    Some(())
}

/// Calls `f` with every register an effect names (see `for_each_reg`).
fn named_regs(e: &Effect, mut f: impl FnMut(u32)) {
    e.reads.iter().for_each(&mut f);
    e.writes.iter().for_each(&mut f);
    e.clobbers.iter().for_each(&mut f);
    for span in [e.args, e.results] {
        if span.len > 0 {
            f(span.start);
            if span.in_frame {
                f(span.start.saturating_add(span.len - 1));
            }
        }
    }
    if let Some(w) = e.window {
        f(w);
    }
}

/// The functions of an image that passed validation, and the sizes of the tables they were checked against.
/// A later image whose first functions are these very ones (the same shared code, the same frame shapes) and
/// whose tables only grew is valid in those functions too: an index below a table's old length is below its
/// new one, and a call's shape is its callee's, which is among them.
#[derive(Clone, Default)]
pub struct Validated(Option<Arc<Proved>>);

struct Proved {
    funcs: Vec<Func>,
    natives: Vec<u16>,
    consts: usize,
    types: usize,
    globals: u32,
    methods: usize,
}

impl std::fmt::Debug for Validated {
    // Not part of what an image is: images built in the same steps print the same, remembered or not.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Validated")
    }
}

/// Same shared code and lines, same frame shape.
fn same_func(a: &Func, b: &Func) -> bool {
    Arc::ptr_eq(&a.code, &b.code)
        && Arc::ptr_eq(&a.lines, &b.lines)
        && (a.nparams, a.nresults, a.nslots, a.recover_pc)
            == (b.nparams, b.nresults, b.nslots, b.recover_pc)
}

/// How many of `image`'s first functions its remembered validation still covers (0 if it covers none).
fn proved_prefix(image: &Image) -> usize {
    let Some(p) = &image.validated.0 else {
        return 0;
    };
    let tables_grew = p.consts <= image.consts.len()
        && p.types <= image.types.types.len()
        && p.globals <= image.nglobals
        && p.methods <= image.method_names.len()
        && p.natives.len() <= image.natives.len()
        && p.natives
            .iter()
            .zip(&image.natives)
            .all(|(&n, m)| n == m.nslots);
    let same_funcs = p.funcs.len() <= image.funcs.len()
        && p.funcs
            .iter()
            .zip(&image.funcs)
            .all(|(a, b)| same_func(a, b));
    if tables_grew && same_funcs {
        p.funcs.len()
    } else {
        0
    }
}

/// Validates `image` and remembers what was proved in it (see [`Validated`]).
pub fn remember(image: &mut Image) -> Result<(), String> {
    validate(image)?;
    image.validated = Validated(Some(Arc::new(Proved {
        funcs: image.funcs.clone(),
        natives: image.natives.iter().map(|n| n.nslots).collect(),
        consts: image.consts.len(),
        types: image.types.types.len(),
        globals: image.nglobals,
        methods: image.method_names.len(),
    })));
    Ok(())
}

/// Checks an image; the error names the first problem found.
pub fn validate(image: &Image) -> Result<(), String> {
    let nfuncs = image.funcs.len() as u32;
    let nnatives = image.natives.len() as u32;
    let ntypes = image.types.types.len() as u32;
    let shapes = CallShapes::of(image);
    // Functions a remembered validation covers are not checked again (every transaction validates its
    // image, most of which is the cached program's).
    let first = proved_prefix(image);
    for (fi, f) in image.funcs.iter().enumerate().skip(first) {
        let err = |pc: usize, what: &str| format!("{} (function {fi}) pc {pc}: {what}", f.name);
        if f.nslots == NO_REG {
            return Err(err(0, "frame too large"));
        }
        if f.code.len() >= u32::MAX as usize || f.lines.len() != f.code.len() {
            return Err(err(0, "bad code or line table length"));
        }
        match f.code.last() {
            Some(Instr::Return | Instr::Jump { .. } | Instr::Panic { .. }) => {}
            _ => return Err(err(f.code.len(), "code may run off its end")),
        }
        if f.recover_pc as usize >= f.code.len() {
            return Err(err(0, "recovery pc out of range"));
        }
        if f.nparams > f.nslots || f.nresults > f.nslots.max(f.nparams) {
            return Err(err(0, "parameters or results exceed the frame"));
        }
        let n = f.code.len() as u32;
        for (pc, ins) in f.code.iter().enumerate() {
            // One effect per instruction (its registers, its targets): validation runs before every
            // transaction, so it is kept to one pass.
            let Some(e) = effect(ins, &shapes, f.nresults) else {
                return Err(err(pc, "index out of range"));
            };
            let mut bad_reg = false;
            named_regs(&e, |r| bad_reg |= r >= f.nslots as u32);
            if bad_reg {
                return Err(err(pc, "register out of frame"));
            }
            let target_ok = match e.flow {
                Flow::Goto(t) | Flow::Branch(t) => t < n,
                _ => true,
            };
            if !target_ok {
                return Err(err(pc, "index out of range"));
            }
            let ok = match *ins {
                Instr::DivIImm { imm, .. } | Instr::RemIImm { imm, .. } => imm != 0,
                Instr::ShlImm { n: c, .. }
                | Instr::ShrImm { n: c, .. }
                | Instr::ShrUImm { n: c, .. } => c < 64,
                Instr::Call { func, .. } | Instr::MakeClosure { func, .. } => func < nfuncs,
                Instr::CallNative { native, .. } => native < nnatives,
                Instr::Defer { func, .. } => match func {
                    FuncRef::Guest(g) => g < nfuncs,
                    FuncRef::Native(x) => x < nnatives,
                },
                Instr::Const { k, .. } => (k as usize) < image.consts.len(),
                Instr::LoadGlobal { g, .. }
                | Instr::StoreGlobal { g, .. }
                | Instr::AddrGlobal { g, .. } => g < image.nglobals,
                Instr::CallIface { method, .. } => (method as usize) < image.method_names.len(),
                Instr::Eq { ty, .. }
                | Instr::Ne { ty, .. }
                | Instr::NewAgg { ty, .. }
                | Instr::CopyAgg { ty, .. }
                | Instr::AssignAgg { ty, .. }
                | Instr::MakeMap { ty, .. }
                | Instr::MapGet { ty, .. }
                | Instr::MapGetOk { ty, .. }
                | Instr::MapSet { ty, .. }
                | Instr::MapDelete { ty, .. }
                | Instr::ToIface { ty, .. }
                | Instr::AssertTypeOk { ty, .. } => ty < ntypes,
                Instr::AssertType { ty, iface, .. } => ty < ntypes && iface < ntypes,
                Instr::MakeSlice { elem, .. }
                | Instr::Append { elem, .. }
                | Instr::AppendSlice { elem, .. } => elem < ntypes,
                _ => true,
            };
            if !ok {
                return Err(err(pc, "index out of range"));
            }
        }
    }
    for (i, n) in image.natives.iter().enumerate() {
        if n.nslots == NO_REG {
            return Err(format!("native {i} has too many slots"));
        }
    }
    if let Some(m) = image.main {
        if m >= nfuncs {
            return Err("bad main".into());
        }
    }
    if image.init.iter().any(|&f| f >= nfuncs) {
        return Err("bad init function".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(ins: Instr) -> Result<(), String> {
        let mut image = crate::samples::fib_image(10);
        let mut code = image.funcs[0].code.to_vec();
        code[1] = ins;
        image.funcs[0].code = code.into();
        validate(&image)
    }

    #[test]
    fn rejects_registers_outside_the_frame_and_bad_targets() {
        assert_eq!(validate(&crate::samples::fib_image(10)), Ok(()));
        assert_eq!(with(Instr::Move { dst: 3, src: 0 }), Ok(()));
        let e = with(Instr::Move { dst: 4, src: 0 }).unwrap_err();
        assert!(e.ends_with("pc 1: register out of frame"), "{e}");
        // fib takes one argument and returns one result: its frame at slot 3 fits, at slot 4 it does not.
        assert_eq!(with(Instr::Call { func: 0, base: 3 }), Ok(()));
        assert!(with(Instr::Call { func: 0, base: 4 }).is_err());
        let e = with(Instr::Call { func: 99, base: 0 }).unwrap_err();
        assert!(e.ends_with("pc 1: index out of range"), "{e}");
        let e = with(Instr::Jump { target: 1000 }).unwrap_err();
        assert!(e.ends_with("pc 1: index out of range"), "{e}");
    }

    /// A remembered validation covers only functions that are still the very ones it checked, in an image
    /// whose tables only grew; anything else is checked again.
    #[test]
    fn remembered_validation_covers_only_what_it_proved() {
        let mut base = crate::samples::fib_image(10);
        assert_eq!(remember(&mut base), Ok(()));
        assert_eq!(proved_prefix(&base), base.funcs.len());
        let bad = |image: &mut Image, at: usize| {
            let mut code = image.funcs[at].code.to_vec();
            code[1] = Instr::Move { dst: 200, src: 0 };
            image.funcs[at].code = code.into();
        };
        // A function added to a clone is checked.
        let mut grown = base.clone();
        grown.funcs.push(base.funcs[0].clone());
        assert_eq!(validate(&grown), Ok(()));
        let n = grown.funcs.len() - 1;
        bad(&mut grown, n);
        assert!(validate(&grown).is_err());
        // A remembered function whose code was replaced is checked again.
        let mut changed = base.clone();
        bad(&mut changed, 0);
        assert_eq!(proved_prefix(&changed), 0);
        assert!(validate(&changed).is_err());
        // So is every function once a table shrank or a frame shape changed.
        let mut shrunk = base.clone();
        assert!(shrunk.natives.pop().is_some());
        assert_eq!(proved_prefix(&shrunk), 0);
        let mut reshaped = base.clone();
        reshaped.funcs[0].nslots = 1;
        assert_eq!(proved_prefix(&reshaped), 0);
        assert!(validate(&reshaped).is_err());
    }

    #[test]
    fn one_table_gives_reads_writes_and_flow() {
        let image = crate::samples::fib_image(10);
        let shapes = CallShapes::of(&image);
        let call = effect(&Instr::Call { func: 0, base: 2 }, &shapes, 1).unwrap();
        assert!(call.reads_reg(2) && !call.reads_reg(3));
        assert!(call.writes_reg(2) && !call.writes_reg(3));
        // The callee's frame may overwrite everything from its base up.
        assert!(call.clobbers_reg(3) && !call.clobbers_reg(1));
        assert_eq!(call.flow, Flow::Next);
        let step = Instr::MapNext {
            it: 0,
            m: 1,
            k: 2,
            done: 7,
        };
        let step = effect(&step, &shapes, 0).unwrap();
        assert_eq!(step.flow, Flow::Branch(7));
        assert!(step.clobbers_reg(3) && !step.writes_reg(3));
        let ret = effect(&Instr::Return, &shapes, 2).unwrap();
        assert!(ret.reads_reg(1) && !ret.reads_reg(2));
        assert_eq!(ret.flow, Flow::Stop);
        let slice = Instr::StrSlice {
            dst: 0,
            s: 1,
            lo: NO_REG,
            hi: 2,
        };
        let mut regs = Vec::new();
        for_each_reg(&slice, &shapes, |r| regs.push(r));
        assert_eq!(regs, vec![1, 2, 0]);
    }
}
