//! Hand-assembled programs (fib, the `loop` benchmark) used by unit tests and by `examples/dispatch.rs` to
//! measure dispatch speed independently of the compiler.

use crate::code::{Cmp, Func, Image, Instr};
use crate::native::{NativeCtx, NativeError};
use crate::value::Value;

/// A test native that prints its integer arguments separated by spaces, then a newline.
pub fn print_ints(ctx: &mut NativeCtx, args: &mut [Value]) -> Result<(), NativeError> {
    let line: Vec<String> = args
        .iter()
        .map(|v| match v {
            Value::Int(i) => i.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Str { .. } => String::from_utf8_lossy(ctx.str_bytes(*v)).into_owned(),
            _ => format!("{v:?}"),
        })
        .collect();
    ctx.charge(1)?;
    writeln!(ctx.out, "{}", line.join(" ")).map_err(|_| NativeError::Panic("write failed".into()))
}

/// Adds `print_ints` with `nargs` arguments to an image and returns its native index.
pub fn add_print(image: &mut Image, nargs: u16) -> u32 {
    image.natives.push(crate::code::NativeEntry {
        name: "test.print".into(),
        f: print_ints,
        nslots: nargs,
    });
    (image.natives.len() - 1) as u32
}

fn func(name: &str, nparams: u16, nresults: u16, nslots: u16, code: Vec<Instr>) -> Func {
    let lines = (1..=code.len() as u32).collect();
    Func {
        name: name.into(),
        nparams,
        nresults,
        nslots,
        code: code.into(),
        lines,
        file: 0,
        pkg: 0,
        recover_pc: 0,
    }
}

/// `fib(n)` recursive, then main prints it.
pub fn fib_image(n: i32) -> Image {
    use Instr::*;
    let mut image = Image::new();
    image.files.push("fib.go".into());
    let print = add_print(&mut image, 1);
    image.add_func(func(
        "main.fib",
        1,
        1,
        4,
        vec![
            Gas(3),
            LoadInt { dst: 1, v: 2 },
            JumpNotCmpI {
                a: 0,
                b: 1,
                cmp: Cmp::Lt,
                target: 4,
            },
            Return,
            Gas(6),
            AddIImm {
                dst: 2,
                a: 0,
                imm: -1,
            },
            Call { func: 0, base: 2 },
            AddIImm {
                dst: 3,
                a: 0,
                imm: -2,
            },
            Call { func: 0, base: 3 },
            AddI { dst: 0, a: 2, b: 3 },
            Return,
        ],
    ));
    let main = image.add_func(func(
        "main.main",
        0,
        0,
        2,
        vec![
            Gas(4),
            LoadInt { dst: 0, v: n },
            Call { func: 0, base: 0 },
            CallNative {
                native: print,
                base: 0,
            },
            Return,
        ],
    ));
    image.main = Some(main);
    image
}

/// The `loop` benchmark (nested loops with mixed arithmetic), `n` iterations per loop.
pub fn loop_image(n: i32) -> Image {
    use Instr::*;
    let mut image = Image::new();
    image.files.push("loop.go".into());
    let print = add_print(&mut image, 2);
    let k = image.add_const(crate::code::ConstValue::Value(Value::Int(
        6364136223846793005u64 as i64,
    )));
    // Slots: 0 acc, 1 total, 2 i, 3 n, 4 j, 5 x, 6 t, 7 one, 8 zero, 9 three, 10 seven, 11 K.
    let code = vec![
        /* 0 */ Gas(9),
        LoadInt { dst: 0, v: 1 },
        LoadInt { dst: 1, v: 0 },
        LoadInt { dst: 2, v: 0 },
        LoadInt { dst: 3, v: n },
        LoadInt { dst: 7, v: 1 },
        LoadInt { dst: 8, v: 0 },
        LoadInt { dst: 9, v: 3 },
        LoadInt { dst: 10, v: 7 },
        Const { dst: 11, k },
        /* 10 outer */ Gas(2),
        JumpNotCmpI {
            a: 2,
            b: 3,
            cmp: Cmp::Lt,
            target: 31,
        },
        LoadInt { dst: 4, v: 0 },
        /* 13 inner */ Gas(7),
        JumpNotCmpI {
            a: 4,
            b: 3,
            cmp: Cmp::Lt,
            target: 28,
        },
        MulI { dst: 5, a: 2, b: 4 },
        Xor { dst: 6, a: 2, b: 4 },
        AddI { dst: 5, a: 5, b: 6 },
        And { dst: 6, a: 5, b: 7 },
        JumpCmpI {
            a: 6,
            b: 8,
            cmp: Cmp::Ne,
            target: 24,
        },
        /* 20 */ Gas(3),
        Shr {
            dst: 6,
            a: 5,
            b: 9,
            unsigned_count: true,
        },
        AddI { dst: 1, a: 1, b: 6 },
        /* 23 (else falls here too: the then-branch skips via jump below) */
        Nop,
        Nop,
        Nop,
        Nop,
        Nop,
        /* 28 inner end */ Gas(2),
        AddIImm {
            dst: 2,
            a: 2,
            imm: 1,
        },
        Jump { target: 10 },
        /* 31 end */ Gas(3),
        Move { dst: 12, src: 1 },
        Move { dst: 13, src: 0 },
        CallNative {
            native: print,
            base: 12,
        },
        Return,
    ];
    // Patch the inner loop's tail properly: then-branch jumps over the else-branch to the join.
    let mut code = code;
    code[23] = Jump { target: 40 };
    code[24] = Gas(3);
    code[25] = RemI {
        dst: 6,
        a: 5,
        b: 10,
    };
    code[26] = SubI { dst: 1, a: 1, b: 6 };
    code[27] = Jump { target: 40 };
    // 35.. join: acc = acc*K + j; j++; loop.
    code.extend([
        /* 35 */ Nop,
        Nop,
        Nop,
        Nop,
        Nop,
        /* 40 join */ Gas(4),
        MulI {
            dst: 0,
            a: 0,
            b: 11,
        },
        AddI { dst: 0, a: 0, b: 4 },
        AddIImm {
            dst: 4,
            a: 4,
            imm: 1,
        },
        Jump { target: 13 },
    ]);
    let main = image.add_func(func("main.main", 0, 0, 14, code));
    image.main = Some(main);
    image
}

/// What the `loop` program prints for `n`, computed natively (for checking the hand-assembled version).
pub fn loop_expected(n: i64) -> (i64, u64) {
    let mut acc: u64 = 1;
    let mut total: i64 = 0;
    for i in 0..n {
        for j in 0..n {
            let x = i * j + (i ^ j);
            if x & 1 == 0 {
                total += x >> 3;
            } else {
                total -= x % 7;
            }
            acc = acc.wrapping_mul(6364136223846793005).wrapping_add(j as u64);
        }
    }
    (total, acc)
}
