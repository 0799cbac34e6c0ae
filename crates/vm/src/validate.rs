//! Image validation: every register operand lies within its function's frame, every jump target and function,
//! native, constant and type index exists, and no code can run off its end. The machine relies on this to
//! access registers and fetch instructions without bounds checks.

use crate::code::{Image, Instr, Reg, NO_REG};
use crate::types::FuncRef;

/// Calls `f` with every register an instruction reads or writes (optional operands that are absent are skipped;
/// instructions that use a run of registers report its last one).
pub fn for_each_reg(ins: &Instr, image: &Image, mut f: impl FnMut(u32)) {
    use Instr::*;
    let mut r = |x: Reg| {
        if x != NO_REG {
            f(x as u32)
        }
    };
    match *ins {
        Nop | Gas(_) | Jump { .. } | Return | RunDefers => {}
        Move { dst, src } => {
            r(dst);
            r(src)
        }
        Const { dst, .. }
        | LoadInt { dst, .. }
        | LoadBool { dst, .. }
        | LoadNil { dst }
        | LoadGlobal { dst, .. }
        | AddrGlobal { dst, .. }
        | Wrap { dst, .. }
        | RoundF32 { dst }
        | Recover { dst }
        | NewAgg { dst, .. }
        | MakeMap { dst, .. }
        | Capture { dst, .. } => r(dst),
        StoreGlobal { src, .. } | Panic { src } | CheckNil { src } => r(src),
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
        | CmpS { dst, a, b, .. } => {
            r(dst);
            r(a);
            r(b)
        }
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
        | CmpIImm { dst, a, .. } => {
            r(dst);
            r(a)
        }
        JumpCmpIImm { a, .. } | JumpNotCmpIImm { a, .. } => r(a),
        LoadCaptured { dst, .. } => r(dst),
        Field2 { dst, obj, .. } => {
            r(dst);
            r(obj)
        }
        SetField2 { obj, src, .. } => {
            r(obj);
            r(src)
        }
        StoreCaptured { src, .. } => r(src),
        NegI { dst, src }
        | BitNot { dst, src }
        | NegF { dst, src }
        | IntToF { dst, src, .. }
        | FToInt { dst, src, .. }
        | Not { dst, src }
        | RuneToStr { dst, src }
        | BytesToStr { dst, src }
        | StrToBytes { dst, src }
        | CopyAgg { dst, src, .. }
        | AssignAgg { dst, src, .. }
        | Box { dst, src }
        | ToIface { dst, src, .. }
        | AssertType { dst, src, .. }
        | DynType { dst, src } => {
            r(dst);
            r(src)
        }
        AssertTypeOk { dst, src, .. } => {
            r(dst);
            r(dst.saturating_add(1));
            r(src)
        }
        StrLen { dst, s } | Len { dst, s } | Cap { dst, s } => {
            r(dst);
            r(s)
        }
        StrIndex { dst, s, i } | AddrIndex { dst, s, i } | Index { dst, s, i, .. } => {
            r(dst);
            r(s);
            r(i)
        }
        StrSlice { dst, s, lo, hi } => {
            r(dst);
            r(s);
            r(lo);
            r(hi)
        }
        JumpIf { cond, .. } | JumpIfNot { cond, .. } => r(cond),
        JumpCmpI { a, b, .. } | JumpNotCmpI { a, b, .. } => {
            r(a);
            r(b)
        }
        Call { func, base } => {
            let n = image
                .funcs
                .get(func as usize)
                .map_or(0, |f| f.nparams.max(f.nresults));
            r(base);
            if n > 0 {
                r(base.saturating_add(n - 1));
            }
        }
        CallNative { base, .. } | CallIface { base, .. } => r(base),
        CallValue { callee, base } => {
            r(callee);
            r(base)
        }
        Defer { base, nargs, .. } => {
            if nargs > 0 {
                r(base);
                r(base.saturating_add(nargs - 1));
            }
        }
        DeferValue {
            callee,
            base,
            nargs,
        } => {
            r(callee);
            if nargs > 0 {
                r(base);
                r(base.saturating_add(nargs - 1));
            }
        }
        MakeClosure { dst, base, n, .. } => {
            r(dst);
            if n > 0 {
                r(base);
                r(base.saturating_add(n - 1));
            }
        }
        Field { dst, obj, .. } => {
            r(dst);
            r(obj)
        }
        SetField { obj, src, .. } => {
            r(obj);
            r(src)
        }
        Load { dst, ptr, .. } => {
            r(dst);
            r(ptr)
        }
        Store { ptr, src, .. } => {
            r(ptr);
            r(src)
        }
        AddrField { dst, obj, .. } => {
            r(dst);
            r(obj)
        }
        MakeSlice { dst, len, cap, .. } => {
            r(dst);
            r(len);
            r(cap)
        }
        SetIndex { s, i, src, .. } => {
            r(s);
            r(i);
            r(src)
        }
        Append { dst, s, v, .. } => {
            r(dst);
            r(s);
            r(v)
        }
        AppendSlice { dst, s, t, .. } => {
            r(dst);
            r(s);
            r(t)
        }
        SliceSlice {
            dst,
            s,
            lo,
            hi,
            max,
        } => {
            r(dst);
            r(s);
            r(lo);
            r(hi);
            r(max)
        }
        CopySlice { n, dst, src } => {
            r(n);
            r(dst);
            r(src)
        }
        MapGet { dst, m, k, .. } | MapGetOk { dst, m, k, .. } => {
            r(dst);
            r(dst.saturating_add(1));
            r(m);
            r(k)
        }
        MapSet { m, k, v, .. } => {
            r(m);
            r(k);
            r(v)
        }
        MapDelete { m, k, .. } => {
            r(m);
            r(k)
        }
        MapLen { dst, m } => {
            r(dst);
            r(m)
        }
        MapNext { it, m, k, .. } => {
            r(it);
            r(m);
            r(k);
            r(k.saturating_add(1))
        }
        // -- language features (vm2) --
        Print { base, n, .. } => {
            if n > 0 {
                r(base);
                r(base.saturating_add(n - 1));
            }
        }
        ClearSlice { s, .. } => r(s),
        CopyAggSlice { n, dst, src, .. } => {
            r(n);
            r(dst);
            r(src)
        }
        AppendN {
            dst, s, base, n, ..
        } => {
            r(dst);
            r(s);
            if n > 0 {
                r(base);
                r(base.saturating_add(n - 1));
            }
        }
        ClearMap { m } => r(m),
        MakeComplex { dst, re, im, .. } => {
            r(dst);
            r(re);
            r(im)
        }
        ComplexPart { dst, src, .. }
        | StrToRunes { dst, src }
        | RunesToStr { dst, src }
        | AssertIface { dst, src, .. }
        | SliceToArray { dst, src, .. } => {
            r(dst);
            r(src)
        }
        ComplexArith { dst, a, b, .. } | FloatMinMax { dst, a, b, .. } => {
            r(dst);
            r(a);
            r(b)
        }
        StrNext { it, s, k, .. } => {
            r(it);
            r(s);
            r(k);
            r(k.saturating_add(1))
        }
        AssertIfaceOk { dst, src, .. } => {
            r(dst);
            r(dst.saturating_add(1));
            r(src)
        }
    }
}

/// Checks an image; the error names the first problem found.
pub fn validate(image: &Image) -> Result<(), String> {
    let nfuncs = image.funcs.len() as u32;
    let nnatives = image.natives.len() as u32;
    let ntypes = image.types.types.len() as u32;
    for (fi, f) in image.funcs.iter().enumerate() {
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
        for (pc, ins) in f.code.iter().enumerate() {
            let mut bad_reg = false;
            for_each_reg(ins, image, |r| bad_reg |= r >= f.nslots as u32);
            if bad_reg {
                return Err(err(pc, "register out of frame"));
            }
            let n = f.code.len() as u32;
            let ok = match *ins {
                Instr::Jump { target }
                | Instr::JumpIf { target, .. }
                | Instr::JumpIfNot { target, .. }
                | Instr::JumpCmpI { target, .. }
                | Instr::JumpNotCmpI { target, .. }
                | Instr::JumpCmpIImm { target, .. }
                | Instr::JumpNotCmpIImm { target, .. }
                | Instr::MapNext { done: target, .. }
                | Instr::StrNext { done: target, .. } => target < n,
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
