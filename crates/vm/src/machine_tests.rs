//! Tests of the machine with hand-assembled code: calls, arithmetic, panics and their messages, defer/recover,
//! gas, limits and the GC.

use crate::code::{Cmp, ConstValue, Func, Image, Instr, Instr::*};
use crate::samples;
use crate::types::{ElemKind, FuncRef, RtKind, RtType, INT_TYPE};
use crate::{Limits, Machine, RunError, Value};

fn run(image: &Image, limits: Limits) -> (String, Result<u64, RunError>) {
    let mut out = Vec::new();
    let r = Machine::new(image, limits).and_then(|mut m| m.run_main(&mut out).map(|o| o.gas_used));
    (String::from_utf8_lossy(&out).into_owned(), r)
}

fn func(name: &str, nparams: u16, nslots: u16, code: Vec<Instr>) -> Func {
    let lines = (1..=code.len() as u32).collect();
    Func {
        name: name.into(),
        nparams,
        nresults: 0,
        nslots,
        code: code.into(),
        lines,
        file: 0,
        pkg: 0,
        recover_pc: 0,
    }
}

fn image_with_main(code: Vec<Instr>, nslots: u16) -> Image {
    let mut image = Image::new();
    image.files.push("t.go".into());
    let m = image.add_func(func("main.main", 0, nslots, code));
    image.main = Some(m);
    image
}

#[test]
fn fib_runs() {
    let (out, r) = run(&samples::fib_image(20), Limits::default());
    assert_eq!(out, "6765\n");
    assert!(r.is_ok());
}

#[test]
fn loop_matches_native_computation() {
    let (out, r) = run(&samples::loop_image(100), Limits::default());
    let (total, acc) = samples::loop_expected(100);
    assert_eq!(out, format!("{total} {}\n", acc as i64));
    assert!(r.is_ok());
}

#[test]
fn gas_is_deterministic_and_runs_out_at_the_same_point() {
    let image = samples::fib_image(15);
    let (_, a) = run(&image, Limits::default());
    let (_, b) = run(&image, Limits::default());
    let used = a.clone().unwrap_or(0);
    assert!(used > 0);
    assert_eq!(a, b);
    let limits = Limits {
        gas: used / 2,
        ..Limits::default()
    };
    let (_, c) = run(&image, limits.clone());
    let (_, d) = run(&image, limits);
    assert!(matches!(c, Err(RunError::OutOfGas { .. })));
    assert_eq!(c, d);
}

#[test]
fn index_out_of_range_panics_with_go_message_and_trace() {
    let mut image = Image::new();
    image.files.push("t.go".into());
    let elem = INT_TYPE;
    let main = image.add_func(func(
        "main.main",
        0,
        4,
        vec![
            LoadInt { dst: 0, v: 3 },
            MakeSlice {
                dst: 1,
                len: 0,
                cap: crate::code::NO_REG,
                elem,
            },
            LoadInt { dst: 2, v: 5 },
            Index {
                dst: 3,
                s: 1,
                i: 2,
                kind: ElemKind::Int,
            },
            Return,
        ],
    ));
    image.main = Some(main);
    let (_, r) = run(&image, Limits::default());
    let Err(e) = r else {
        panic!("expected a panic")
    };
    assert_eq!(
        e.render(),
        "panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\nmain.main()\n\tt.go:4\n"
    );
}

#[test]
fn divide_by_zero_and_nil_map_write() {
    let image = image_with_main(
        vec![
            LoadInt { dst: 0, v: 1 },
            LoadInt { dst: 1, v: 0 },
            DivI { dst: 2, a: 0, b: 1 },
            Return,
        ],
        3,
    );
    let (_, r) = run(&image, Limits::default());
    assert!(r
        .unwrap_err()
        .render()
        .starts_with("panic: runtime error: integer divide by zero\n"));

    let mut image = Image::new();
    image.files.push("t.go".into());
    let mt = image.types.add(RtType::new(
        "map[int]int",
        RtKind::Map {
            key: INT_TYPE,
            value: INT_TYPE,
        },
    ));
    let m = image.add_func(func(
        "main.main",
        0,
        3,
        vec![
            LoadNil { dst: 0 },
            LoadInt { dst: 1, v: 1 },
            MapSet {
                m: 0,
                k: 1,
                v: 1,
                ty: mt,
            },
            Return,
        ],
    ));
    image.main = Some(m);
    let (_, r) = run(&image, Limits::default());
    assert!(r
        .unwrap_err()
        .render()
        .starts_with("panic: assignment to entry in nil map\n"));
}

#[test]
fn maps_store_and_iterate_in_insertion_order() {
    let mut image = Image::new();
    image.files.push("t.go".into());
    let print = samples::add_print(&mut image, 2);
    let mt = image.types.add(RtType::new(
        "map[int]int",
        RtKind::Map {
            key: INT_TYPE,
            value: INT_TYPE,
        },
    ));
    // m := map; m[3]=30; m[1]=10; m[2]=20; delete(m,1); for k, v := range m { print(k, v) }
    let code = vec![
        MakeMap { dst: 0, ty: mt },
        LoadInt { dst: 1, v: 3 },
        LoadInt { dst: 2, v: 30 },
        MapSet {
            m: 0,
            k: 1,
            v: 2,
            ty: mt,
        },
        LoadInt { dst: 1, v: 1 },
        LoadInt { dst: 2, v: 10 },
        MapSet {
            m: 0,
            k: 1,
            v: 2,
            ty: mt,
        },
        LoadInt { dst: 1, v: 2 },
        LoadInt { dst: 2, v: 20 },
        MapSet {
            m: 0,
            k: 1,
            v: 2,
            ty: mt,
        },
        LoadInt { dst: 1, v: 1 },
        MapDelete { m: 0, k: 1, ty: mt },
        LoadInt { dst: 3, v: 0 },
        /* 13 */
        MapNext {
            it: 3,
            m: 0,
            k: 4,
            done: 16,
        },
        CallNative {
            native: print,
            base: 4,
        },
        Jump { target: 13 },
        /* 16 */ MapLen { dst: 4, m: 0 },
        LoadInt { dst: 5, v: 0 },
        CallNative {
            native: print,
            base: 4,
        },
        Return,
    ];
    let m = image.add_func(func("main.main", 0, 6, code));
    image.main = Some(m);
    let (out, r) = run(&image, Limits::default());
    assert!(r.is_ok(), "{r:?}");
    assert_eq!(out, "3 30\n2 20\n2 0\n");
}

/// main: defer print(1); call f; print(2)   f: defer func(){ print(recover()) }(); panic("boom")
#[test]
fn defer_recover_resumes_after_the_panicking_call() {
    let mut image = Image::new();
    image.files.push("t.go".into());
    let print = samples::add_print(&mut image, 1);
    let boom = image.add_const(ConstValue::Str(b"boom".to_vec()));
    let st = crate::types::STRING_TYPE;
    // func 0: the deferred closure: r := recover(); print(r.(string))
    let mut deferred = func(
        "main.f.func1",
        0,
        2,
        vec![
            Recover { dst: 0 },
            AssertType {
                dst: 1,
                src: 0,
                ty: st,
                iface: st,
            },
            CallNative {
                native: print,
                base: 1,
            },
            Return,
        ],
    );
    deferred.nresults = 0;
    image.add_func(deferred);
    // func 1: f
    let mut f = func(
        "main.f",
        0,
        2,
        vec![
            Defer {
                func: FuncRef::Guest(0),
                base: 0,
                nargs: 0,
            },
            Const { dst: 0, k: boom },
            ToIface {
                dst: 0,
                src: 0,
                ty: st,
            },
            Panic { src: 0 },
            /* 4: recovery epilogue */ RunDefers,
            Return,
        ],
    );
    f.recover_pc = 4;
    image.add_func(f);
    let main = image.add_func(func(
        "main.main",
        0,
        3,
        vec![
            LoadInt { dst: 0, v: 1 },
            Defer {
                func: FuncRef::Native(print),
                base: 0,
                nargs: 1,
            },
            Call { func: 1, base: 1 },
            LoadInt { dst: 1, v: 2 },
            CallNative {
                native: print,
                base: 1,
            },
            RunDefers,
            Return,
        ],
    ));
    image.main = Some(main);
    let (out, r) = run(&image, Limits::default());
    assert!(r.is_ok(), "{r:?}");
    assert_eq!(out, "boom\n2\n1\n");
}

/// A panic in a deferred call after recovering: Go prints both, the first marked [recovered].
#[test]
fn repanic_after_recover_prints_both() {
    let mut image = Image::new();
    image.files.push("t.go".into());
    let st = crate::types::STRING_TYPE;
    let a = image.add_const(ConstValue::Str(b"a".to_vec()));
    let b = image.add_const(ConstValue::Str(b"b".to_vec()));
    image.add_func(func(
        "main.main.func1",
        0,
        2,
        vec![
            Recover { dst: 0 },
            Const { dst: 1, k: b },
            ToIface {
                dst: 1,
                src: 1,
                ty: st,
            },
            Panic { src: 1 },
        ],
    ));
    let main = image.add_func(func(
        "main.main",
        0,
        2,
        vec![
            Defer {
                func: FuncRef::Guest(0),
                base: 0,
                nargs: 0,
            },
            Const { dst: 0, k: a },
            ToIface {
                dst: 0,
                src: 0,
                ty: st,
            },
            Panic { src: 0 },
        ],
    ));
    image.main = Some(main);
    let (_, r) = run(&image, Limits::default());
    let text = r.unwrap_err().render();
    assert!(text.starts_with("panic: a [recovered]\n\tpanic: b\n\ngoroutine 1 [running]:\nmain.main.func1()\n\tt.go:4\nmain.main()\n"), "{text}");
}

#[test]
fn deep_recursion_is_a_clean_stack_overflow() {
    let mut image = Image::new();
    image.files.push("t.go".into());
    image.add_func(func(
        "main.r",
        0,
        1,
        vec![Call { func: 0, base: 0 }, Return],
    ));
    let main = image.add_func(func(
        "main.main",
        0,
        1,
        vec![Call { func: 0, base: 0 }, Return],
    ));
    image.main = Some(main);
    let limits = Limits {
        max_call_depth: 10_000,
        ..Limits::default()
    };
    let (_, r) = run(&image, limits);
    let e = r.unwrap_err();
    assert!(matches!(e, RunError::StackOverflow { .. }));
    assert!(e.render().starts_with(
        "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n"
    ));
}

#[test]
fn garbage_is_collected_while_running() {
    // for i := 0; i < 200000; i++ { s = make([]int, 100) } keeps the heap small.
    let image = image_with_main(
        vec![
            LoadInt { dst: 0, v: 0 },
            LoadInt { dst: 1, v: 200_000 },
            LoadInt { dst: 2, v: 100 },
            /* 3 */
            JumpNotCmpI {
                a: 0,
                b: 1,
                cmp: Cmp::Lt,
                target: 7,
            },
            MakeSlice {
                dst: 3,
                len: 2,
                cap: crate::code::NO_REG,
                elem: INT_TYPE,
            },
            AddIImm {
                dst: 0,
                a: 0,
                imm: 1,
            },
            Jump { target: 3 },
            Return,
        ],
        4,
    );
    let mut out = Vec::new();
    let mut m = Machine::new(
        &image,
        Limits {
            max_heap_bytes: 64 << 20,
            ..Limits::default()
        },
    )
    .unwrap();
    let r = m.run_main(&mut out);
    assert!(r.is_ok(), "{r:?}");
    assert!(m.heap.collections > 0);
    assert!(m.heap.live_bytes < 16 << 20);
}

#[test]
fn append_grows_and_shares_within_capacity() {
    let mut image = Image::new();
    image.files.push("t.go".into());
    let print = samples::add_print(&mut image, 3);
    let code = vec![
        LoadNil { dst: 0 },
        Const { dst: 0, k: 0 },
        LoadInt { dst: 1, v: 0 },
        /* 3 */ LoadInt { dst: 2, v: 1000 },
        JumpNotCmpI {
            a: 1,
            b: 2,
            cmp: Cmp::Lt,
            target: 8,
        },
        Append {
            dst: 0,
            s: 0,
            v: 1,
            elem: INT_TYPE,
        },
        AddIImm {
            dst: 1,
            a: 1,
            imm: 1,
        },
        Jump { target: 3 },
        /* 8 */ Len { dst: 3, s: 0 },
        LoadInt { dst: 2, v: 999 },
        Index {
            dst: 4,
            s: 0,
            i: 2,
            kind: ElemKind::Int,
        },
        Cap { dst: 5, s: 0 },
        CallNative {
            native: print,
            base: 3,
        },
        Return,
    ];
    image.consts.push(ConstValue::Value(Value::NIL_SLICE));
    let m = image.add_func(func("main.main", 0, 6, code));
    image.main = Some(m);
    let (out, r) = run(&image, Limits::default());
    assert!(r.is_ok(), "{r:?}");
    // Go: appending 1000 ints one by one to a nil slice gives capacity 1280 (size classes).
    assert_eq!(out, "1000 999 1280\n");
}

#[test]
fn capacity_growth_matches_go() {
    // Capacities Go 1.27 prints while appending one element at a time to a nil slice.
    let seq = |elem_size: u64, n: u64| {
        let (mut cap, mut out) = (0u64, vec![]);
        for len in 1..=n {
            if len > cap {
                // The first append gets the 32-byte buffer (see `append`), later ones grow.
                cap = if cap == 0 && elem_size <= 32 {
                    32 / elem_size
                } else {
                    crate::ops::grow_cap(cap, len, elem_size)
                };
                out.push(cap);
            }
        }
        out
    };
    assert_eq!(
        seq(8, 3000),
        [4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408]
    );
    assert_eq!(seq(1, 3000), [32, 64, 128, 256, 512, 896, 1408, 2048, 3072]);
    assert_eq!(seq(24, 300), [1, 2, 4, 8, 16, 32, 64, 128, 256, 512]);
    assert_eq!(crate::ops::grow_cap(3, 8, 8), 8);
}
