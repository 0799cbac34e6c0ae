//! A post-pass over compiled slot code: jump threading, dead-code removal, register moves folded into the
//! instruction that produced the value, constant operands folded into immediate forms, and gas re-charged per
//! basic block with block costs moved into their predecessors where that is exact.
//!
//! Gas stays a deterministic function of the executed code: every block's cost is still charged exactly once per
//! execution of the block, only sometimes at the start of the block that always runs just before it. A function
//! holding an instruction this pass does not know is left untouched (so new instructions are safe by default).

use crate::code::{Cmp, Func, Image, Instr, Reg};
use crate::types::ElemKind;
use crate::validate::{CallShapes, Effect, Flow};

/// Functions larger than this are left as compiled (keeps the liveness bitsets small).
const MAX_WORK: usize = 1 << 26;

/// Optimises every function of the image in place. In debug builds, setting `AMBER_NO_OPT` in the environment
/// turns the pass off (for differential testing of the pass itself). Never in release builds: the pass decides
/// where gas is charged, and gas must not depend on a process's environment.
pub fn optimize(image: &mut Image) {
    optimize_from(image, 0);
}

/// Optimises the functions of `image` from index `first` on (those compiled last; the earlier ones were
/// optimised when they were compiled).
pub fn optimize_from(image: &mut Image, first: usize) {
    if cfg!(debug_assertions) && std::env::var_os("AMBER_NO_OPT").is_some() {
        return;
    }
    let shapes = CallShapes::of(image);
    for f in image.funcs.iter_mut().skip(first) {
        optimize_func(f, &shapes);
    }
}

struct Ctx<'a> {
    shapes: &'a CallShapes,
    nslots: u32,
    nparams: u32,
    nresults: u32,
}

/// The effect of `ins` (see [`crate::validate::effect`]), or `None` for a call of a function that does not exist.
fn effect(ins: &Instr, cx: &Ctx) -> Option<Effect> {
    crate::validate::effect(ins, cx.shapes, cx.nresults as u16)
}

/// The jump target of an instruction, for rewriting.
fn target_mut(ins: &mut Instr) -> Option<&mut u32> {
    match ins {
        Instr::Jump { target }
        | Instr::JumpIf { target, .. }
        | Instr::JumpIfNot { target, .. }
        | Instr::JumpCmpI { target, .. }
        | Instr::JumpNotCmpI { target, .. }
        | Instr::JumpCmpIImm { target, .. }
        | Instr::JumpNotCmpIImm { target, .. }
        | Instr::MapNext { done: target, .. }
        | Instr::StrNext { done: target, .. } => Some(target),
        _ => None,
    }
}

/// The target of a conditional branch on registers (not of range steps, which also write registers).
fn branch_target(ins: &Instr) -> Option<u32> {
    match *ins {
        Instr::JumpIf { target, .. }
        | Instr::JumpIfNot { target, .. }
        | Instr::JumpCmpI { target, .. }
        | Instr::JumpNotCmpI { target, .. }
        | Instr::JumpCmpIImm { target, .. }
        | Instr::JumpNotCmpIImm { target, .. } => Some(target),
        _ => None,
    }
}

/// The branch taken exactly when the conditional branch `ins` is not, going to `target`.
fn inverted_branch(ins: &Instr, target: u32) -> Option<Instr> {
    Some(match *ins {
        Instr::JumpIf { cond, .. } => Instr::JumpIfNot { cond, target },
        Instr::JumpIfNot { cond, .. } => Instr::JumpIf { cond, target },
        Instr::JumpCmpI { a, b, cmp, .. } => Instr::JumpNotCmpI { a, b, cmp, target },
        Instr::JumpNotCmpI { a, b, cmp, .. } => Instr::JumpCmpI { a, b, cmp, target },
        Instr::JumpCmpIImm { a, imm, cmp, .. } => Instr::JumpNotCmpIImm {
            a,
            imm,
            cmp,
            target,
        },
        Instr::JumpNotCmpIImm { a, imm, cmp, .. } => Instr::JumpCmpIImm {
            a,
            imm,
            cmp,
            target,
        },
        _ => return None,
    })
}

/// The single destination of an instruction that reads all its operands before writing `dst` and writes
/// nothing else, so that it may write any other register instead.
fn retargetable_dst(ins: &mut Instr) -> Option<&mut Reg> {
    use Instr::*;
    match ins {
        Move { dst, .. }
        | Const { dst, .. }
        | LoadInt { dst, .. }
        | LoadBool { dst, .. }
        | LoadNil { dst }
        | LoadGlobal { dst, .. }
        | AddrGlobal { dst, .. }
        | NewAgg { dst, .. }
        | MakeMap { dst, .. }
        | Capture { dst, .. }
        | AddI { dst, .. }
        | SubI { dst, .. }
        | MulI { dst, .. }
        | DivI { dst, .. }
        | RemI { dst, .. }
        | DivU { dst, .. }
        | RemU { dst, .. }
        | And { dst, .. }
        | Or { dst, .. }
        | Xor { dst, .. }
        | AndNot { dst, .. }
        | Shl { dst, .. }
        | Shr { dst, .. }
        | ShrU { dst, .. }
        | CmpI { dst, .. }
        | CmpU { dst, .. }
        | AddF { dst, .. }
        | SubF { dst, .. }
        | MulF { dst, .. }
        | DivF { dst, .. }
        | CmpF { dst, .. }
        | Eq { dst, .. }
        | Ne { dst, .. }
        | Concat { dst, .. }
        | CmpS { dst, .. }
        | StrIndex { dst, .. }
        | AddrIndex { dst, .. }
        | Index { dst, .. }
        | Append { dst, .. }
        | AppendSlice { dst, .. }
        | AddIImm { dst, .. }
        | MulIImm { dst, .. }
        | AndImm { dst, .. }
        | OrImm { dst, .. }
        | XorImm { dst, .. }
        | ShlImm { dst, .. }
        | ShrImm { dst, .. }
        | ShrUImm { dst, .. }
        | DivIImm { dst, .. }
        | RemIImm { dst, .. }
        | CmpIImm { dst, .. }
        | NegI { dst, .. }
        | BitNot { dst, .. }
        | NegF { dst, .. }
        | IntToF { dst, .. }
        | FToInt { dst, .. }
        | Not { dst, .. }
        | RuneToStr { dst, .. }
        | BytesToStr { dst, .. }
        | StrToBytes { dst, .. }
        | CopyAgg { dst, .. }
        | Box { dst, .. }
        | ToIface { dst, .. }
        | AssertType { dst, .. }
        | DynType { dst, .. }
        | StrLen { dst, .. }
        | Len { dst, .. }
        | Cap { dst, .. }
        | Field { dst, .. }
        | Field2 { dst, .. }
        | Load { dst, .. }
        | AddrField { dst, .. }
        | MapLen { dst, .. }
        | StrSlice { dst, .. }
        | SliceSlice { dst, .. }
        | MakeSlice { dst, .. }
        | MapGet { dst, .. }
        | LoadCaptured { dst, .. }
        | MakeClosure { dst, .. } => Some(dst),
        _ => None,
    }
}

/// Instructions without effects besides writing their destination (they cannot fail on well-typed code).
fn is_pure(ins: &Instr) -> bool {
    use Instr::*;
    matches!(
        ins,
        Move { .. }
            | Const { .. }
            | LoadInt { .. }
            | LoadBool { .. }
            | LoadNil { .. }
            | AddrGlobal { .. }
            | AddI { .. }
            | SubI { .. }
            | MulI { .. }
            | And { .. }
            | Or { .. }
            | Xor { .. }
            | AndNot { .. }
            | AddIImm { .. }
            | MulIImm { .. }
            | AndImm { .. }
            | OrImm { .. }
            | XorImm { .. }
            | ShlImm { .. }
            | ShrImm { .. }
            | ShrUImm { .. }
            | CmpI { .. }
            | CmpU { .. }
            | CmpIImm { .. }
            | Not { .. }
            | NegI { .. }
            | BitNot { .. }
    )
}

/// A function's code being rewritten: instructions with their source lines.
struct Body {
    code: Vec<Instr>,
    lines: Vec<u32>,
    recover_pc: u32,
    /// Whether the function defers calls: only then can a recovered panic resume it at `recover_pc`.
    may_recover: bool,
}

impl Body {
    /// Removes the instructions not kept; jumps to a removed instruction go to the next kept one.
    fn compact(&mut self, keep: &[bool]) {
        let n = self.code.len();
        let mut map = vec![0u32; n + 1];
        let mut k = 0u32;
        for (m, &kept) in map.iter_mut().zip(keep) {
            *m = k;
            if kept {
                k += 1;
            }
        }
        map[n] = k;
        let mut code = Vec::with_capacity(k as usize);
        let mut lines = Vec::with_capacity(k as usize);
        for ((ins, &line), &kept) in self.code.iter().zip(&self.lines).zip(keep) {
            if kept {
                let mut ins = *ins;
                if let Some(t) = target_mut(&mut ins) {
                    *t = map[(*t as usize).min(n)];
                }
                code.push(ins);
                lines.push(line);
            }
        }
        self.recover_pc = map[(self.recover_pc as usize).min(n)];
        self.code = code;
        self.lines = lines;
    }
}

fn optimize_func(f: &mut Func, shapes: &CallShapes) {
    let cx = Ctx {
        shapes,
        nslots: f.nslots as u32,
        nparams: f.nparams as u32,
        nresults: f.nresults as u32,
    };
    let n = f.code.len();
    if n == 0
        || f.lines.len() != n
        || f.recover_pc as usize >= n
        || n.saturating_mul(f.nslots as usize + 64) > MAX_WORK
    {
        return;
    }
    // Leave alone code this pass does not fully understand, or that is malformed (the validator reports it).
    for ins in f.code.iter() {
        match effect(ins, &cx) {
            None => return,
            Some(e) => match e.flow {
                Flow::Goto(t) | Flow::Branch(t) if t as usize >= n => return,
                _ => {}
            },
        }
    }
    if !matches!(
        f.code.last(),
        Some(Instr::Return | Instr::Jump { .. } | Instr::Panic { .. })
    ) {
        return;
    }
    let may_recover = f.code.iter().any(|i| {
        matches!(
            i,
            Instr::Defer { .. } | Instr::DeferValue { .. } | Instr::RunDefers
        )
    });
    let mut body = Body {
        code: f.code.to_vec(),
        lines: f.lines.to_vec(),
        recover_pc: f.recover_pc,
        may_recover,
    };
    // Gas is recomputed at the end; drop the compiler's markers first.
    let keep: Vec<bool> = body
        .code
        .iter()
        .map(|i| !matches!(i, Instr::Gas(_) | Instr::Nop))
        .collect();
    body.compact(&keep);
    for _ in 0..4 {
        let mut changed = simplify_jumps(&mut body, &cx);
        changed |= fold_registers(&mut body, &cx);
        if !changed {
            break;
        }
    }
    charge_gas(&mut body, &cx);
    // Without deferred calls `recover_pc` is never used, but it must stay a valid pc.
    f.recover_pc = body
        .recover_pc
        .min(body.code.len().saturating_sub(1) as u32);
    f.code = body.code.into();
    f.lines = body.lines.into();
}

/// Threads jumps to jumps, removes jumps to the next instruction and unreachable code.
fn simplify_jumps(body: &mut Body, cx: &Ctx) -> bool {
    let n = body.code.len();
    let mut changed = false;
    for i in 0..n {
        let mut ins = body.code[i];
        if let Some(t) = target_mut(&mut ins) {
            let mut hops = 0;
            while let Some(Instr::Jump { target: u }) = body.code.get(*t as usize) {
                if *u == *t || hops > 8 {
                    break;
                }
                *t = *u;
                hops += 1;
            }
        }
        // Loop inversion: a `Jump` back to a conditional branch whose target is the instruction after the
        // `Jump` (a loop's exit test) becomes the opposite branch to the loop body: one dispatch less per
        // iteration, same path through the code.
        if let Instr::Jump { target: t } = ins {
            if let Some(test) = body.code.get(t as usize) {
                if branch_target(test) == Some(i as u32 + 1) && (t as usize) + 1 < n {
                    if let Some(inv) = inverted_branch(test, t + 1) {
                        ins = inv;
                    }
                }
            }
        }
        if ins != body.code[i] {
            body.code[i] = ins;
            changed = true;
        }
    }
    // A jump to a short straight-line block ending in `Return` becomes a copy of it.
    let mut i = 0;
    while i < body.code.len() {
        if let Instr::Jump { target } = body.code[i] {
            let t = target as usize;
            let tail: Option<usize> =
                (t..body.code.len().min(t + 4)).find(|&k| matches!(body.code[k], Instr::Return));
            if let Some(end) = tail {
                let straight = body.code[t..end]
                    .iter()
                    .all(|x| effect(x, cx).is_some_and(|e| e.flow == Flow::Next));
                if straight && body.code.len() < 1 << 20 {
                    let copy: Vec<Instr> = body.code[t..=end].to_vec();
                    let lines: Vec<u32> = body.lines[t..=end].to_vec();
                    let k = copy.len();
                    body.code.splice(i..=i, copy);
                    body.lines.splice(i..=i, lines);
                    // Later targets shift by the inserted length.
                    let shift = (k - 1) as u32;
                    for (j, ins) in body.code.iter_mut().enumerate() {
                        if j >= i && j < i + k {
                            continue;
                        }
                        if let Some(tt) = target_mut(ins) {
                            if *tt as usize > i {
                                *tt += shift;
                            }
                        }
                    }
                    if body.recover_pc as usize > i {
                        body.recover_pc += shift;
                    }
                    changed = true;
                    i += k;
                    continue;
                }
            }
        }
        i += 1;
    }
    let n = body.code.len();
    // Reachability from the entry and the recovery point.
    let mut reach = vec![false; n];
    let mut work = vec![0usize];
    if body.may_recover {
        work.push(body.recover_pc as usize);
    }
    while let Some(i) = work.pop() {
        if i >= n || reach[i] {
            continue;
        }
        reach[i] = true;
        let Some(e) = effect(&body.code[i], cx) else {
            return changed;
        };
        match e.flow {
            Flow::Next => work.push(i + 1),
            Flow::Goto(t) => work.push(t as usize),
            Flow::Branch(t) => {
                work.push(i + 1);
                work.push(t as usize);
            }
            Flow::Stop => {}
        }
    }
    let mut keep = reach;
    for (i, k) in keep.iter_mut().enumerate() {
        // A jump to the next instruction does nothing, unless it is the last one (code must not run off).
        if let Instr::Jump { target } = body.code[i] {
            if target as usize == i + 1 && i + 1 < n && *k {
                *k = false;
            }
        }
    }
    if keep.iter().any(|k| !k) {
        body.compact(&keep);
        changed = true;
    }
    changed
}

/// Block structure: `leader[i]` is true where a block starts.
fn leaders(body: &Body, effects: &[Effect]) -> Vec<bool> {
    let n = body.code.len();
    let mut lead = vec![false; n + 1];
    lead[0] = true;
    if body.may_recover {
        if let Some(l) = lead.get_mut(body.recover_pc as usize) {
            *l = true;
        }
    }
    for (i, e) in effects.iter().enumerate() {
        match e.flow {
            Flow::Next => {}
            Flow::Goto(t) | Flow::Branch(t) => {
                if let Some(l) = lead.get_mut(t as usize) {
                    *l = true;
                }
                lead[i + 1] = true;
            }
            Flow::Stop => lead[i + 1] = true,
        }
    }
    lead.truncate(n);
    lead
}

struct Bits {
    words: usize,
    data: Vec<u64>,
}

impl Bits {
    fn new(sets: usize, bits: usize) -> Bits {
        let words = bits.div_ceil(64).max(1);
        Bits {
            words,
            data: vec![0; sets * words],
        }
    }
    fn set(&self, i: usize) -> &[u64] {
        &self.data[i * self.words..(i + 1) * self.words]
    }
}

fn has(set: &[u64], r: u32) -> bool {
    set.get(r as usize / 64)
        .is_some_and(|w| w & (1 << (r % 64)) != 0)
}
fn add(set: &mut [u64], r: u32) {
    if let Some(w) = set.get_mut(r as usize / 64) {
        *w |= 1 << (r % 64);
    }
}
fn remove(set: &mut [u64], r: u32) {
    if let Some(w) = set.get_mut(r as usize / 64) {
        *w &= !(1 << (r % 64));
    }
}

/// Live-out sets of every instruction.
fn liveness(body: &Body, effects: &[Effect], lead: &[bool], nslots: u32) -> Bits {
    let n = body.code.len();
    // Blocks: start indices.
    let starts: Vec<usize> = (0..n).filter(|&i| lead[i]).collect();
    let mut block_of = vec![0usize; n];
    for (b, &s) in starts.iter().enumerate() {
        let end = starts.get(b + 1).copied().unwrap_or(n);
        for x in block_of.iter_mut().take(end).skip(s) {
            *x = b;
        }
    }
    let nb = starts.len();
    let mut live_in = Bits::new(nb, nslots as usize);
    let words = live_in.words;
    // With deferred calls a recovered panic resumes at `recover_pc` from any instruction: what it reads is live
    // everywhere.
    let may_recover = body.may_recover;
    let mut out = vec![0u64; words];
    let block_out = |live_in: &Bits, b: usize, out: &mut Vec<u64>| {
        out.iter_mut().for_each(|w| *w = 0);
        let end = starts.get(b + 1).copied().unwrap_or(n);
        let last = end - 1;
        let mut succ = |s: usize| {
            if s < n {
                let sb = block_of[s];
                for (o, w) in out.iter_mut().zip(live_in.set(sb)) {
                    *o |= w;
                }
            }
        };
        match effects[last].flow {
            Flow::Next => succ(end),
            Flow::Goto(t) => succ(t as usize),
            Flow::Branch(t) => {
                succ(end);
                succ(t as usize);
            }
            Flow::Stop => {}
        }
        if may_recover {
            succ(body.recover_pc as usize);
        }
    };
    let transfer = |set: &mut [u64], e: &Effect| {
        e.for_each_write(nslots, |w| remove(set, w));
        e.for_each_read(nslots, |r| add(set, r));
    };
    // A panic may leave any instruction before it writes, for the recovery point: what that reads is live
    // before every instruction, not only at block ends.
    let recover_block =
        (may_recover && (body.recover_pc as usize) < n).then(|| block_of[body.recover_pc as usize]);
    let mut recover_live = vec![0u64; words];
    let join_recover = |out: &mut [u64], recover_live: &[u64]| {
        if recover_block.is_some() {
            for (o, w) in out.iter_mut().zip(recover_live) {
                *o |= w;
            }
        }
    };
    let mut changed = true;
    let mut rounds = 0;
    while changed && rounds < 1000 {
        changed = false;
        rounds += 1;
        for b in (0..nb).rev() {
            block_out(&live_in, b, &mut out);
            if let Some(rb) = recover_block {
                recover_live.copy_from_slice(live_in.set(rb));
            }
            let end = starts.get(b + 1).copied().unwrap_or(n);
            for i in (starts[b]..end).rev() {
                transfer(&mut out, &effects[i]);
                join_recover(&mut out, &recover_live);
            }
            let dst = &mut live_in.data[b * words..(b + 1) * words];
            if dst != &out[..] {
                dst.copy_from_slice(&out);
                changed = true;
            }
        }
    }
    // Per-instruction live-out.
    let mut per = Bits::new(n, nslots as usize);
    if let Some(rb) = recover_block {
        recover_live.copy_from_slice(live_in.set(rb));
    }
    for b in 0..nb {
        block_out(&live_in, b, &mut out);
        let end = starts.get(b + 1).copied().unwrap_or(n);
        for i in (starts[b]..end).rev() {
            per.data[i * words..(i + 1) * words].copy_from_slice(&out);
            transfer(&mut out, &effects[i]);
            join_recover(&mut out, &recover_live);
        }
    }
    per
}

/// Registers holding one integer constant for the whole function: written once, by a `LoadInt` in the entry
/// block's straight-line prefix, not read before it, never possibly written by anything else (callees' frames
/// included), and not a parameter.
fn constant_regs(body: &Body, effects: &[Effect], lead: &[bool], cx: &Ctx) -> Vec<Option<i32>> {
    let nslots = cx.nslots as usize;
    let mut writes = vec![0u32; nslots];
    for e in effects {
        e.for_each_clobber(cx.nslots, |w| {
            if let Some(c) = writes.get_mut(w as usize) {
                *c = c.saturating_add(1);
            }
        });
    }
    let mut read_before = vec![false; nslots];
    let mut consts = vec![None; nslots];
    for (i, ins) in body.code.iter().enumerate() {
        if (i > 0 && lead[i]) || effects[i].flow != Flow::Next {
            break;
        }
        if let Instr::LoadInt { dst, v } = *ins {
            let r = dst as usize;
            if r >= cx.nparams as usize && writes.get(r) == Some(&1) && !read_before[r] {
                consts[r] = Some(v);
            }
        }
        effects[i].for_each_read(cx.nslots, |x| {
            if let Some(b) = read_before.get_mut(x as usize) {
                *b = true;
            }
        });
    }
    consts
}

/// Folds moves into the instruction producing the value and constant operands into immediate forms.
fn fold_registers(body: &mut Body, cx: &Ctx) -> bool {
    let n = body.code.len();
    let Some(effects) = body
        .code
        .iter()
        .map(|i| effect(i, cx))
        .collect::<Option<Vec<Effect>>>()
    else {
        return false;
    };
    let lead = leaders(body, &effects);
    let live = liveness(body, &effects, &lead, cx.nslots);
    let consts = constant_regs(body, &effects, &lead, cx);
    let is_const = |r: Reg| consts.get(r as usize).copied().flatten();
    let mut keep = vec![true; n];
    let mut touched = vec![false; n];
    let mut changed = false;
    let dead_after = |i: usize, r: Reg| !has(live.set(i), r as u32);
    let mut i = 0;
    while i < n {
        let ins = body.code[i];
        // A constant loaded just before its only use.
        let local_const = |r: Reg| -> Option<i32> {
            if i > 0 && keep[i - 1] && !lead[i] {
                if let Instr::LoadInt { dst, v } = body.code[i - 1] {
                    if dst == r && dead_after(i, r) {
                        return Some(v);
                    }
                }
            }
            None
        };
        let konst = |r: Reg| -> Option<(i32, bool)> {
            if let Some(v) = is_const(r) {
                return Some((v, false));
            }
            local_const(r).map(|v| (v, true))
        };
        let mut new: Option<(Instr, bool)> = None;
        let mut unread = true;
        effects[i].for_each_write(cx.nslots, |w| unread &= !has(live.set(i), w));
        if is_pure(&ins) && unread {
            // A value nobody reads.
            keep[i] = false;
            changed = true;
            i += 1;
            continue;
        }
        match ins {
            Instr::Move { dst, src } if dst == src => {
                keep[i] = false;
                changed = true;
            }
            Instr::Move { dst, src } if i > 0 && !lead[i] && dead_after(i, src) => {
                // Find the instruction that produced `src` earlier in this block; if nothing in between reads
                // `src` or touches `dst`, it can write `dst` directly.
                let mut p = i;
                let mut found = None;
                while p > 0 && i - p < 12 {
                    p -= 1;
                    if !keep[p] || touched[p] {
                        // Changed in this round: its recorded effect is stale.
                        break;
                    }
                    let e = &effects[p];
                    if e.writes_reg(src as u32) {
                        found = Some(p);
                        break;
                    }
                    if e.touches(src as u32)
                        || e.touches(dst as u32)
                        || e.flow != Flow::Next
                        || lead[p]
                    {
                        break;
                    }
                }
                if let Some(p) = found {
                    let mut prev = body.code[p];
                    if let Some(d) = retargetable_dst(&mut prev) {
                        if *d == src {
                            *d = dst;
                            body.code[p] = prev;
                            touched[p] = true;
                            keep[i] = false;
                            changed = true;
                        }
                    }
                }
            }
            Instr::Load { dst, ptr, kind } if i > 0 && keep[i - 1] && !lead[i] => {
                if let Instr::Capture { dst: t, idx } = body.code[i - 1] {
                    if t == ptr && (dst == t || dead_after(i, t)) {
                        body.code[i] = Instr::LoadCaptured { dst, idx, kind };
                        touched[i] = true;
                        keep[i - 1] = false;
                        changed = true;
                    }
                }
            }
            Instr::Store { ptr, src, kind } if i > 0 && keep[i - 1] && !lead[i] && src != ptr => {
                if let Instr::Capture { dst: t, idx } = body.code[i - 1] {
                    if t == ptr && dead_after(i, t) {
                        body.code[i] = Instr::StoreCaptured { idx, src, kind };
                        touched[i] = true;
                        keep[i - 1] = false;
                        changed = true;
                    }
                }
            }
            Instr::JumpCmpI { a, b, cmp, target } | Instr::JumpNotCmpI { a, b, cmp, target }
                if a != b =>
            {
                let pos = matches!(ins, Instr::JumpCmpI { .. });
                if let Some((v, local)) = konst(b) {
                    let ins = if pos {
                        Instr::JumpCmpIImm {
                            a,
                            imm: v,
                            cmp,
                            target,
                        }
                    } else {
                        Instr::JumpNotCmpIImm {
                            a,
                            imm: v,
                            cmp,
                            target,
                        }
                    };
                    new = Some((ins, local));
                } else if let Some((v, local)) = konst(a) {
                    // `v cmp b` as a comparison of `b` with `v`: `v < b` is `!(b <= v)`, `v <= b` is `!(b < v)`.
                    let (cmp, flip) = match cmp {
                        Cmp::Eq => (Cmp::Eq, false),
                        Cmp::Ne => (Cmp::Ne, false),
                        Cmp::Lt => (Cmp::Le, true),
                        Cmp::Le => (Cmp::Lt, true),
                    };
                    let ins = if pos != flip {
                        Instr::JumpCmpIImm {
                            a: b,
                            imm: v,
                            cmp,
                            target,
                        }
                    } else {
                        Instr::JumpNotCmpIImm {
                            a: b,
                            imm: v,
                            cmp,
                            target,
                        }
                    };
                    new = Some((ins, local));
                }
            }
            Instr::Field {
                dst: t,
                obj,
                idx,
                kind: ElemKind::Agg,
            } if t != obj && idx <= u16::MAX as u32 && !touched[i] => {
                let uses = nested_field_uses(body, &effects, &lead, &keep, &touched, i, &|j, r| {
                    dead_after(j, r)
                });
                for &j in &uses {
                    if let Some(f) = fuse_nested_field(body.code[j], obj, idx as u16) {
                        body.code[j] = f;
                        touched[j] = true;
                    }
                }
                if !uses.is_empty() {
                    keep[i] = false;
                    changed = true;
                }
            }
            Instr::SetField {
                obj,
                idx,
                src,
                kind: ElemKind::Int | ElemKind::Float,
            } if i >= 2
                && !lead[i]
                && keep[i - 1]
                && !touched[i - 1]
                && src != obj
                && idx <= u16::MAX as u32
                && dead_after(i, src) =>
            {
                if let Some((q, update)) =
                    field_update(body, &effects, &lead, &keep, &touched, i, &|j, r| {
                        dead_after(j, r)
                    })
                {
                    body.code[i] = update;
                    touched[i] = true;
                    keep[i - 1] = false;
                    keep[q] = false;
                    changed = true;
                }
            }
            Instr::CmpI { dst, a, b, cmp } if a != b => {
                if let Some((v, local)) = konst(b) {
                    new = Some((
                        Instr::CmpIImm {
                            dst,
                            a,
                            imm: v,
                            cmp,
                        },
                        local,
                    ));
                }
            }
            Instr::AddI { dst, a, b } | Instr::SubI { dst, a, b } if a != b => {
                let sub = matches!(ins, Instr::SubI { .. });
                if let Some((v, local)) = konst(b) {
                    let imm = if sub { v.checked_neg() } else { Some(v) };
                    if let Some(imm) = imm {
                        new = Some((Instr::AddIImm { dst, a, imm }, local));
                    }
                } else if !sub {
                    if let Some((v, local)) = konst(a) {
                        new = Some((Instr::AddIImm { dst, a: b, imm: v }, local));
                    }
                }
            }
            Instr::MulI { dst, a, b }
            | Instr::And { dst, a, b }
            | Instr::Or { dst, a, b }
            | Instr::Xor { dst, a, b }
                if a != b =>
            {
                let (x, kv) = match (konst(b), konst(a)) {
                    (Some(k), _) => (a, Some(k)),
                    (None, Some(k)) => (b, Some(k)),
                    _ => (a, None),
                };
                if let Some((imm, local)) = kv {
                    let f = match ins {
                        Instr::MulI { .. } => Instr::MulIImm { dst, a: x, imm },
                        Instr::And { .. } => Instr::AndImm { dst, a: x, imm },
                        Instr::Or { .. } => Instr::OrImm { dst, a: x, imm },
                        _ => Instr::XorImm { dst, a: x, imm },
                    };
                    new = Some((f, local));
                }
            }
            Instr::DivI { dst, a, b } | Instr::RemI { dst, a, b } if a != b => {
                if let Some((imm, local)) = konst(b) {
                    if imm != 0 {
                        let f = if matches!(ins, Instr::DivI { .. }) {
                            Instr::DivIImm { dst, a, imm }
                        } else {
                            Instr::RemIImm { dst, a, imm }
                        };
                        new = Some((f, local));
                    }
                }
            }
            Instr::Shl { dst, a, b, .. }
            | Instr::Shr { dst, a, b, .. }
            | Instr::ShrU { dst, a, b, .. }
                if a != b =>
            {
                if let Some((v, local)) = konst(b) {
                    if (0..64).contains(&v) {
                        let n = v as u8;
                        let f = match ins {
                            Instr::Shl { .. } => Instr::ShlImm { dst, a, n },
                            Instr::Shr { .. } => Instr::ShrImm { dst, a, n },
                            _ => Instr::ShrUImm { dst, a, n },
                        };
                        new = Some((f, local));
                    }
                }
            }
            _ => {}
        }
        if let Some((f, local)) = new {
            body.code[i] = f;
            touched[i] = true;
            if local {
                keep[i - 1] = false;
            }
            changed = true;
        }
        i += 1;
    }
    if keep.iter().any(|k| !k) {
        body.compact(&keep);
    }
    changed
}

/// For `Field { dst: t, obj, idx, kind: Agg }` at `i` (an owned struct `t` taken out of `obj` only to reach into
/// it): the later instructions of its block that use `t` only as the struct of a `Field` or a scalar `SetField`,
/// when every use of `t` can be rewritten to reach through `obj` itself (`Field2`, `SetField2`). Empty when
/// that is not possible. Reaching through `obj` again at each use is exact because nothing between the load
/// and the first use can fail or have effects, and nothing between the uses can replace the struct held in
/// `obj`'s field (only scalar stores, field loads and arithmetic are allowed there) or change `obj`.
fn nested_field_uses(
    body: &Body,
    effects: &[Effect],
    lead: &[bool],
    keep: &[bool],
    touched: &[bool],
    i: usize,
    dead_after: &dyn Fn(usize, Reg) -> bool,
) -> Vec<usize> {
    let Instr::Field { dst: t, obj, .. } = body.code[i] else {
        return Vec::new();
    };
    let (t32, obj32) = (t as u32, obj as u32);
    let mut uses = Vec::new();
    let mut redefined = false;
    let mut j = i + 1;
    while j < body.code.len() && j - i <= 32 {
        if lead[j] || !keep[j] || touched[j] {
            break;
        }
        let ins = body.code[j];
        if fuse_nested_field(ins, obj, 0).is_some() {
            match ins {
                // The first use is where a nil or missing struct now faults: it must report the same line.
                _ if uses.is_empty() && body.lines.get(j) != body.lines.get(i) => break,
                Instr::Field { obj: o, dst, .. } if o == t => {
                    uses.push(j);
                    if dst == t {
                        redefined = true;
                        break;
                    }
                    j += 1;
                    continue;
                }
                Instr::SetField { obj: o, src, .. } if o == t && src != t => {
                    uses.push(j);
                    j += 1;
                    continue;
                }
                _ => {}
            }
        }
        let e = &effects[j];
        if e.reads_reg(t32) {
            return Vec::new();
        }
        if e.writes_reg(t32) {
            redefined = true;
            break;
        }
        if e.clobbers_reg(t32) {
            return Vec::new();
        }
        let heap_safe = if uses.is_empty() {
            is_pure(&ins)
        } else {
            keeps_struct_fields(&ins)
        };
        if !heap_safe || e.flow != Flow::Next || e.clobbers_reg(obj32) {
            break;
        }
        j += 1;
    }
    match uses.last() {
        Some(&last) if redefined || dead_after(last, t) => uses,
        _ => Vec::new(),
    }
}

/// For `SetField { obj, idx, src }` at `i` storing `src = t op y` computed just before, where `t` was loaded
/// from the same field earlier in the block: the `UpdateField` doing all three, and the position of the load.
/// Loading the field at the store instead is exact because nothing in between writes the heap, `obj` or `t`,
/// and nothing in between can fail except with the same nil-dereference panic on the same line.
fn field_update(
    body: &Body,
    effects: &[Effect],
    lead: &[bool],
    keep: &[bool],
    touched: &[bool],
    i: usize,
    dead_after: &dyn Fn(usize, Reg) -> bool,
) -> Option<(usize, Instr)> {
    use crate::code::FieldOp;
    let Instr::SetField {
        obj, idx, src: t2, ..
    } = body.code[i]
    else {
        return None;
    };
    let p = i - 1;
    let (op, a, b, commutes) = match body.code[p] {
        Instr::AddI { dst, a, b } if dst == t2 => (FieldOp::AddI, a, b, true),
        Instr::SubI { dst, a, b } if dst == t2 => (FieldOp::SubI, a, b, false),
        Instr::AddF { dst, a, b } if dst == t2 => (FieldOp::AddF, a, b, true),
        Instr::SubF { dst, a, b } if dst == t2 => (FieldOp::SubF, a, b, false),
        _ => return None,
    };
    let line = body.lines.get(i)?;
    let candidates = if commutes {
        vec![(a, b), (b, a)]
    } else {
        vec![(a, b)]
    };
    for (t, y) in candidates {
        if t == y || t == obj || !dead_after(p, t) {
            continue;
        }
        let (t32, obj32) = (t as u32, obj as u32);
        let mut q = p;
        while q > 0 && p - q < 16 {
            if lead[q] {
                break;
            }
            q -= 1;
            if !keep[q] || touched[q] || body.lines.get(q) != Some(line) {
                break;
            }
            match body.code[q] {
                Instr::Field {
                    dst,
                    obj: o,
                    idx: f,
                    ..
                } if dst == t && o == obj && f == idx => {
                    let update = Instr::UpdateField {
                        obj,
                        idx: idx as u16,
                        src: y,
                        op,
                    };
                    return Some((q, update));
                }
                ins => {
                    let e = &effects[q];
                    let quiet = is_pure(&ins)
                        || matches!(
                            ins,
                            Instr::AddF { .. }
                                | Instr::SubF { .. }
                                | Instr::MulF { .. }
                                | Instr::DivF { .. }
                                | Instr::NegF { .. }
                                | Instr::Field { .. }
                                | Instr::Field2 { .. }
                        );
                    if !quiet || e.touches(t32) || e.clobbers_reg(obj32) || e.flow != Flow::Next {
                        break;
                    }
                }
            }
        }
    }
    None
}

/// `ins` (a `Field` or scalar `SetField` on the struct taken from field `i1` of `obj`) reaching through `obj`.
fn fuse_nested_field(ins: Instr, obj: Reg, i1: u16) -> Option<Instr> {
    match ins {
        Instr::Field { dst, idx, kind, .. } if idx <= u16::MAX as u32 => Some(Instr::Field2 {
            dst,
            obj,
            i1,
            i2: idx as u16,
            kind,
        }),
        Instr::SetField { idx, src, kind, .. }
            if idx <= u16::MAX as u32 && kind != ElemKind::Agg =>
        {
            Some(Instr::SetField2 {
                obj,
                i1,
                i2: idx as u16,
                src,
                kind,
            })
        }
        _ => None,
    }
}

/// Instructions that cannot replace the struct or array object held in an aggregate field: they write no
/// heap object, or only a scalar field.
fn keeps_struct_fields(ins: &Instr) -> bool {
    use Instr::*;
    is_pure(ins)
        || matches!(
            ins,
            AddF { .. }
                | SubF { .. }
                | MulF { .. }
                | DivF { .. }
                | NegF { .. }
                | CmpF { .. }
                | DivI { .. }
                | RemI { .. }
                | DivU { .. }
                | RemU { .. }
                | DivIImm { .. }
                | RemIImm { .. }
                | Shl { .. }
                | Shr { .. }
                | ShrU { .. }
                | IntToF { .. }
                | FToInt { .. }
                | Wrap { .. }
                | RoundF32 { .. }
                | Field { .. }
                | Field2 { .. }
                | Index { .. }
                | Len { .. }
                | StrLen { .. }
                | LoadGlobal { .. }
                | SetField2 { .. }
        )
        || matches!(ins, SetField { kind, .. } if *kind != ElemKind::Agg)
}

/// Inserts one `Gas` per basic block that still has a cost after moving the cost of blocks whose every
/// predecessor flows unconditionally into them (fall-through or `Jump`) into those predecessors.
fn charge_gas(body: &mut Body, cx: &Ctx) {
    let n = body.code.len();
    let Some(effects) = body
        .code
        .iter()
        .map(|i| effect(i, cx))
        .collect::<Option<Vec<Effect>>>()
    else {
        return;
    };
    let lead = leaders(body, &effects);
    let starts: Vec<usize> = (0..n).filter(|&i| lead[i]).collect();
    let nb = starts.len();
    let mut block_of = vec![0usize; n];
    for (b, &s) in starts.iter().enumerate() {
        let end = starts.get(b + 1).copied().unwrap_or(n);
        for x in block_of.iter_mut().take(end).skip(s) {
            *x = b;
        }
    }
    let mut cost: Vec<u64> = (0..nb)
        .map(|b| {
            let end = starts.get(b + 1).copied().unwrap_or(n);
            body.code[starts[b]..end]
                .iter()
                .map(crate::gas::instr_cost)
                .sum()
        })
        .collect();
    // Predecessors, and whether each flows into the block unconditionally.
    let mut preds: Vec<Vec<(usize, bool)>> = vec![Vec::new(); nb];
    for b in 0..nb {
        let end = starts.get(b + 1).copied().unwrap_or(n);
        let last = end - 1;
        match effects[last].flow {
            Flow::Next => {
                if end < n {
                    preds[block_of[end]].push((b, true));
                }
            }
            Flow::Goto(t) => {
                if let Some(&tb) = block_of.get(t as usize) {
                    preds[tb].push((b, true));
                }
            }
            Flow::Branch(t) => {
                if end < n {
                    preds[block_of[end]].push((b, false));
                }
                if let Some(&tb) = block_of.get(t as usize) {
                    preds[tb].push((b, false));
                }
            }
            Flow::Stop => {}
        }
    }
    let entry_blocks = [
        0usize,
        if body.may_recover {
            block_of.get(body.recover_pc as usize).copied().unwrap_or(0)
        } else {
            0
        },
    ];
    // A block entered only from one conditional branch is paid for by the branching block (the larger of the
    // two successors when both are such blocks): a bounded, deterministic overcharge on the other edge that
    // saves a `Gas` on every branch. A loop header (a block entered by a back edge) takes over only its
    // fall-through successor (the body), so that the loop does not pay for its exit on every iteration.
    // Successors are handled before their predecessors so that costs move as far up as they can.
    for b in (0..nb).rev() {
        let end = starts.get(b + 1).copied().unwrap_or(n);
        let Flow::Branch(t) = effects[end - 1].flow else {
            continue;
        };
        let loop_header = preds[b].iter().any(|&(p, _)| p >= b);
        let mut succs = vec![];
        if end < n {
            succs.push(block_of[end]);
        }
        if let Some(&tb) = block_of.get(t as usize) {
            if !succs.contains(&tb) && !loop_header {
                succs.push(tb);
            }
        }
        let only_from_here: Vec<usize> = succs
            .into_iter()
            .filter(|&s| s != b && !entry_blocks.contains(&s) && preds[s].len() == 1)
            .collect();
        let max = only_from_here.iter().map(|&s| cost[s]).max().unwrap_or(0);
        for &s in &only_from_here {
            cost[s] = 0;
        }
        cost[b] = cost[b].saturating_add(max);
    }
    // The first block of an inverted loop's body (entered by falling through the loop's entry test, and by
    // the conditional back edge at the bottom of the body) is paid for by both: the body then charges gas once
    // per iteration, overcharging one body's cost when the loop exits.
    for b in 1..nb {
        if entry_blocks.contains(&b) || preds[b].len() != 2 {
            continue;
        }
        let entry_test = preds[b].iter().any(|&(p, uncond)| !uncond && p + 1 == b);
        let back_edge = preds[b].iter().find(|&&(p, uncond)| {
            let end = starts.get(p + 1).copied().unwrap_or(n);
            !uncond && p > b && effects[end - 1].flow == Flow::Branch(starts[b] as u32)
        });
        if let (true, Some(&(latch, _))) = (entry_test, back_edge) {
            let c = cost[b];
            cost[b - 1] = cost[b - 1].saturating_add(c);
            cost[latch] = cost[latch].saturating_add(c);
            cost[b] = 0;
        }
    }
    for b in 0..nb {
        if entry_blocks.contains(&b) || preds[b].is_empty() {
            continue;
        }
        if preds[b].iter().all(|&(p, uncond)| uncond && p != b) {
            let c = cost[b];
            for &(p, _) in &preds[b] {
                cost[p] = cost[p].saturating_add(c);
            }
            cost[b] = 0;
        }
    }
    // Rebuild with a Gas at each block start that has a cost.
    let mut map = vec![0u32; n + 1];
    let mut code = Vec::with_capacity(n + nb);
    let mut lines = Vec::with_capacity(n + nb);
    for i in 0..n {
        map[i] = code.len() as u32;
        if lead[i] {
            let c = cost[block_of[i]];
            if c > 0 {
                code.push(Instr::Gas(c.min(u32::MAX as u64) as u32));
                lines.push(body.lines[i]);
            }
        }
        code.push(body.code[i]);
        lines.push(body.lines[i]);
    }
    map[n] = code.len() as u32;
    for ins in code.iter_mut() {
        if let Some(t) = target_mut(ins) {
            *t = map[(*t as usize).min(n)];
        }
    }
    body.recover_pc = map[(body.recover_pc as usize).min(n)];
    body.code = code;
    body.lines = lines;
}

#[cfg(test)]
mod tests {
    use crate::testkit::run_go;
    use crate::Limits;

    const PROGRAM: &str = r#"package main

import "fmt"

func named(n int) (r int, err int) {
	defer func() {
		if x := recover(); x != nil {
			r = r + 100
			err = n
		}
	}()
	r = n * 2
	if n > 3 {
		var a []int
		_ = a[n]
	}
	return r, 0
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n = n / 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	total := 0
	for i := 1; i < 30; i++ {
		total += collatz(i) << 2
		total ^= i & 5
		if 7 < i {
			total -= 3
		}
	}
	a, b := named(2)
	c, d := named(5)
	m := map[string]int{"a": 1, "b": 2}
	keys := 0
	for k, v := range m {
		keys += len(k) + v
	}
	x := 10
	f := func() int { x++; return x * 3 }
	fmt.Println(total, a, b, c, d, keys, f(), f(), x)
}
"#;

    #[test]
    fn optimised_code_prints_what_go_prints() {
        // Expected output from `go run` (Go 1.27).
        let (out, err) = run_go(PROGRAM, Limits::default(), false);
        assert_eq!(err, None);
        assert_eq!(out, "1641 4 0 110 5 5 33 36 12\n");
    }

    #[test]
    fn constants_become_immediates_and_moves_disappear() {
        let src = "package main\n\nimport \"fmt\"\n\nfunc fib(n int) int {\n\tif n < 2 {\n\t\treturn n\n\t}\n\treturn fib(n-1) + fib(n-2)\n}\n\nfunc main() { fmt.Println(fib(20)) }\n";
        let (out, err) = run_go(src, Limits::default(), true);
        assert_eq!(err, None);
        assert!(out.ends_with("6765\n"), "{out}");
        let fib: String = out
            .split("\n\n")
            .find(|f| f.starts_with("func main.fib"))
            .unwrap_or_default()
            .to_string();
        assert!(
            fib.contains("JumpNotCmpIImm { a: 0, imm: 2, cmp: Lt"),
            "{fib}"
        );
        assert!(!fib.contains("LoadInt"), "{fib}");
        assert!(!fib.contains("Gas(0)"), "{fib}");
    }

    const NESTED: &str = r#"package main

import "fmt"

type Vec struct{ X, Y int }

type Body struct {
	Pos, Vel Vec
	Next     *Body
}

func step(b *Body) int {
	b.Pos.X += b.Vel.X
	b.Pos.Y += b.Vel.Y
	old := b.Pos
	b.Pos = Vec{b.Pos.Y, b.Pos.X}
	b.Vel.X = -b.Vel.X
	return old.X*10 + b.Pos.X
}

func main() {
	b := &Body{Pos: Vec{1, 2}, Vel: Vec{3, 4}}
	b.Next = b
	s := 0
	for i := 0; i < 5; i++ {
		s += step(b)
		b.Next.Pos.X++
	}
	fmt.Println(s, b.Pos.X, b.Pos.Y, b.Vel.X, b.Vel.Y, b.Next.Next.Pos.Y)
	defer func() { fmt.Println("recovered:", recover()) }()
	var n *Body
	fmt.Println(n.Pos.X)
}
"#;

    #[test]
    fn nested_fields_are_reached_through_their_struct() {
        // Expected output from `go run` (Go 1.27).
        let (out, err) = run_go(NESTED, Limits::default(), false);
        assert_eq!(err, None);
        assert_eq!(
            out,
            "508 11 20 -3 4 20\nrecovered: runtime error: invalid memory address or nil pointer dereference\n"
        );
        let (code, _) = run_go(NESTED, Limits::default(), true);
        let step: String = code
            .split("\n\n")
            .find(|f| f.starts_with("func main.step"))
            .unwrap_or_default()
            .to_string();
        assert!(step.contains("Field2 { dst: "), "{step}");
        assert!(step.contains("SetField2 { obj: 0, i1: 0, i2: 0"), "{step}");
    }

    #[test]
    fn loops_branch_back_to_their_body() {
        let src = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tt := 0\n\tfor i := 0; i < 10; i++ {\n\t\tt += i\n\t}\n\tfmt.Println(t)\n}\n";
        let (out, err) = run_go(src, Limits::default(), true);
        assert_eq!(err, None);
        assert!(out.ends_with("45\n"), "{out}");
        let main: String = out
            .split("\n\n")
            .find(|f| f.starts_with("func main.main"))
            .unwrap_or_default()
            .to_string();
        // The loop ends in a conditional branch back to its body: no `Jump`, and one `Gas` inside the loop.
        assert!(main.contains("JumpCmpIImm { a: "), "{main}");
        assert!(!main.contains("Jump { target"), "{main}");
    }

    const UPDATES: &str = r#"package main

import "fmt"

type P struct {
	N    int
	F    float64
	A    [3]float64
	I    [2]int
	Next *P
}

func work(p *P, k int, x float64) {
	p.N += k
	p.N -= 2 * k
	p.F += x * p.F
	p.F -= x
	p.A[1] += x
	p.I[0] -= k
	p.N = k - p.N
	p.F = p.F + p.F
	p.Next.N += p.N
}

func main() {
	p := &P{N: 1, F: 0.5}
	p.Next = p
	for i := 0; i < 4; i++ {
		work(p, i, 1.5)
	}
	fmt.Println(p.N, p.F, p.A[1], p.I[0])
	defer func() { fmt.Println("recovered:", recover()) }()
	var q *P
	work(q, 1, 2)
}
"#;

    #[test]
    fn field_updates_are_done_in_place() {
        // Expected output from `go run` (Go 1.27).
        let (out, err) = run_go(UPDATES, Limits::default(), false);
        assert_eq!(err, None);
        assert_eq!(
            out,
            "28 -155.5 6 -6\nrecovered: runtime error: invalid memory address or nil pointer dereference\n"
        );
        let (code, _) = run_go(UPDATES, Limits::default(), true);
        assert!(
            code.contains("UpdateField { obj: 0, idx: 0, src: 1, op: AddI }"),
            "{code}"
        );
        // `p.N = k - p.N` is not an update of `p.N` by a value.
        assert!(code.contains("SubI { dst: 3, a: 1, b: 4 }"), "{code}");
    }

    #[test]
    fn comparisons_follow_go_for_every_operator_and_nan() {
        // Expected output from `go run` (Go 1.27).
        let src = r#"package main

import "fmt"

func main() {
	zero := 0.0
	nan := zero / zero
	xs := []float64{-1, 0, 2, nan}
	n := 0
	for i, x := range xs {
		for j, y := range xs {
			if x == y {
				n += 1
			}
			if x != y {
				n += 10
			}
			if x < y {
				n += 100
			}
			if x <= y {
				n += 1000
			}
			a, b := i-1, j-1
			if a < b {
				n += 10000
			}
			if a <= b {
				n += 100000
			}
			if uint(a) < uint(b) {
				n += 1000000
			}
		}
	}
	fmt.Println(n)
}
"#;
        let (out, err) = run_go(src, Limits::default(), false);
        assert_eq!(err, None);
        assert_eq!(out, "7066433\n");
    }

    #[test]
    fn every_loop_still_charges_gas() {
        let src = "package main\n\nfunc main() {\n\tx := 0\n\tfor {\n\t\tx++\n\t}\n}\n";
        let limits = Limits {
            gas: 10_000,
            ..Limits::default()
        };
        let (_, err) = run_go(src, limits.clone(), false);
        let err = err.unwrap_or_default();
        assert!(err.starts_with("out of gas"), "{err}");
        // Deterministic: the same trace every time.
        assert_eq!(run_go(src, limits, false).1, Some(err));
    }
}
