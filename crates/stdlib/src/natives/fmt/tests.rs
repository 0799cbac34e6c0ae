//! Tests of the fmt walker: values built by hand on a heap, rendered, compared with what Go 1.27 prints
//! for the same values (outputs taken from real Go runs).

use super::*;
use amber_vm::heap::Heap;
use amber_vm::map::{GoMap, Key, KeyKind, KeyRef};
use amber_vm::types::{FuncRef, RtField, RtType, TypeTable, INT_TYPE, STRING_TYPE};

/// A heap and a type table to build test values on.
pub struct Env {
    pub heap: Heap,
    pub types: TypeTable,
}

impl Env {
    pub fn new() -> Env {
        Env {
            heap: Heap::new(1 << 30),
            types: TypeTable::new(),
        }
    }

    pub fn ty(&mut self, name: &str, kind: RtKind) -> u32 {
        self.types.add(RtType::new(name, kind))
    }

    /// A type with the given (guest) methods.
    pub fn ty_with(&mut self, name: &str, kind: RtKind, methods: &[&str]) -> u32 {
        let mut t = RtType::new(name, kind);
        let mut m: Vec<String> = methods.iter().map(|s| s.to_string()).collect();
        m.sort();
        t.methods = m.into_iter().map(|n| (n, FuncRef::Guest(0))).collect();
        self.types.add(t)
    }

    pub fn str(&mut self, s: &str) -> Value {
        self.heap.alloc_str(s.as_bytes().to_vec()).unwrap()
    }

    pub fn iface(&mut self, ty: u32, v: Value) -> Value {
        Value::Ref(self.heap.alloc(Obj::Iface { ty, val: v }).unwrap())
    }

    pub fn obj(&mut self, o: Obj) -> Value {
        Value::Ref(self.heap.alloc(o).unwrap())
    }

    pub fn slice(&mut self, o: Obj, len: u32) -> Value {
        let arr = self.heap.alloc(o).unwrap();
        Value::Slice { arr, off: 0, len }
    }

    fn field(name: &str, ty: u32) -> RtField {
        RtField {
            name: name.into(),
            ty,
            embedded: false,
        }
    }
}

/// Stands in for a guest method call: (env, dynamic type, receiver, how) to (result, panicked).
type MethodCall = dyn Fn(&Env, u32, Value, i64) -> (String, bool);

/// Renders like the Go side does: walks, "calls" pending methods with `call`, walks again.
fn run(env: &mut Env, kind: i64, format: &str, args: &[Value], call: &MethodCall) -> String {
    let mut results: Vec<Value> = Vec::new();
    let mut panicked: Vec<u8> = Vec::new();
    for _ in 0..10 {
        let r = Walker::new(&env.heap, &env.types, &results, &panicked)
            .render(kind, format.as_bytes(), args)
            .unwrap();
        if r.pending.is_empty() {
            return String::from_utf8_lossy(&r.out).into_owned();
        }
        for (ty, v, how) in r.pending {
            let (s, p) = call(env, ty, v, how);
            results.push(env.heap.alloc_str(s.into_bytes()).unwrap());
            panicked.push(p as u8);
        }
    }
    panic!("did not settle");
}

fn no_methods(_: &Env, _: u32, _: Value, _: i64) -> (String, bool) {
    panic!("no method expected")
}

fn sprintf(env: &mut Env, format: &str, args: &[Value]) -> String {
    run(env, KIND_SPRINTF, format, args, &no_methods)
}

/// `type T struct { A int; b string }`, and T{1, "x"}.
fn t_struct(env: &mut Env) -> (u32, Value) {
    let t = env.ty(
        "main.T",
        RtKind::Struct {
            fields: vec![Env::field("A", INT_TYPE), Env::field("b", STRING_TYPE)],
        },
    );
    let x = env.str("x");
    let v = env.obj(Obj::Values(vec![Value::Int(1), x]));
    (t, v)
}

#[test]
fn structs_and_pointers_to_them() {
    let mut env = Env::new();
    let (t, v) = t_struct(&mut env);
    let pt = env.ty("*main.T", RtKind::Pointer { elem: t });
    let a = env.iface(t, v);
    let p = env.iface(pt, v);
    assert_eq!(
        sprintf(&mut env, "%v %+v %#v", &[a, a, a]),
        r#"{1 x} {A:1 b:x} main.T{A:1, b:"x"}"#
    );
    assert_eq!(
        sprintf(&mut env, "%v %+v %#v", &[p, p, p]),
        r#"&{1 x} &{A:1 b:x} &main.T{A:1, b:"x"}"#
    );
    assert_eq!(sprintf(&mut env, "%s|", &[p]), "&{%!s(int=1) x}|");
    // Deeper, a pointer is an address; a bad verb on it prints the value at depth 0.
    let spt = env.ty("[]*main.T", RtKind::Slice { elem: pt });
    let s = env.slice(Obj::Values(vec![v]), 1);
    let s = env.iface(spt, s);
    assert_eq!(sprintf(&mut env, "%s|", &[s]), "[%!s(*main.T=&{1 x})]|");
    let out = sprintf(&mut env, "%v", &[s]);
    assert!(out.starts_with("[0xc") && out.ends_with(']'), "{out}");
}

#[test]
fn nil_values() {
    let mut env = Env::new();
    let ip = env.ty("*int", RtKind::Pointer { elem: INT_TYPE });
    let p = env.iface(ip, Value::Nil);
    assert_eq!(
        sprintf(&mut env, "%v %d %#v %p", &[p, p, p, p]),
        "<nil> 0 (*int)(nil) 0x0"
    );
    assert_eq!(
        sprintf(&mut env, "%v %d %T", &[Value::Nil, Value::Nil, Value::Nil]),
        "<nil> %!d(<nil>) <nil>"
    );
    let m = env.ty(
        "map[string]int",
        RtKind::Map {
            key: STRING_TYPE,
            value: INT_TYPE,
        },
    );
    let nm = env.iface(m, Value::Nil);
    assert_eq!(
        sprintf(&mut env, "%v %#v", &[nm, nm]),
        "map[] map[string]int(nil)"
    );
    let si = env.ty("[]int", RtKind::Slice { elem: INT_TYPE });
    let ns = env.iface(si, Value::NIL_SLICE);
    let one = env.slice(Obj::Ints(vec![1]), 1);
    let one = env.iface(si, one);
    assert_eq!(
        sprintf(&mut env, "%v %#v %#v", &[ns, ns, one]),
        "[] []int(nil) []int{1}"
    );
    let any = env.ty("interface {}", RtKind::Interface);
    let st = env.ty(
        "struct { A interface {} }",
        RtKind::Struct {
            fields: vec![Env::field("A", any)],
        },
    );
    let sv = env.obj(Obj::Values(vec![Value::Nil]));
    let sv = env.iface(st, sv);
    assert_eq!(
        sprintf(&mut env, "%#v %v", &[sv, sv]),
        "struct { A interface {} }{A:interface {}(nil)} {<nil>}"
    );
}

#[test]
fn slices_of_any_and_extra_args() {
    let mut env = Env::new();
    let any = env.ty("interface {}", RtKind::Interface);
    let sa = env.ty("[]interface {}", RtKind::Slice { elem: any });
    let one = env.iface(INT_TYPE, Value::Int(1));
    let a = env.str("a");
    let a = env.iface(STRING_TYPE, a);
    let s = env.slice(Obj::Values(vec![one, a, Value::Nil]), 3);
    let s = env.iface(sa, s);
    assert_eq!(
        sprintf(&mut env, "%v %#v", &[s, s]),
        r#"[1 a <nil>] []interface {}{1, "a", interface {}(nil)}"#
    );
    assert_eq!(
        sprintf(&mut env, "%d", &[one, a, Value::Nil]),
        "1%!(EXTRA string=a, <nil>)"
    );
    assert_eq!(sprintf(&mut env, "%d %s", &[one]), "1 %!s(MISSING)");
}

#[test]
fn maps_are_sorted_by_key() {
    let mut env = Env::new();
    let m = env.ty(
        "map[string]int",
        RtKind::Map {
            key: STRING_TYPE,
            value: INT_TYPE,
        },
    );
    let mut gm = GoMap::new(KeyKind::Str, 0);
    for (k, v) in [("b", 2), ("a", 1)] {
        let kv = env.str(k);
        gm.insert(KeyRef::Str(k.as_bytes()), kv, Value::Int(v), &env.heap);
    }
    let mv = env.obj(Obj::Map(Box::new(gm)));
    let mv = env.iface(m, mv);
    assert_eq!(
        sprintf(&mut env, "%v|%#v", &[mv, mv]),
        r#"map[a:1 b:2]|map[string]int{"a":1, "b":2}"#
    );

    // map[any]int: nil first, then by type, then by value.
    let any = env.ty("interface {}", RtKind::Interface);
    let m2 = env.ty(
        "map[interface {}]int",
        RtKind::Map {
            key: any,
            value: INT_TYPE,
        },
    );
    let mut gm = GoMap::new(KeyKind::Other, 0);
    let entries = [
        (env.str("b"), STRING_TYPE, 4),
        (Value::Int(2), INT_TYPE, 2),
        (env.str("a"), STRING_TYPE, 1),
        (Value::Int(1), INT_TYPE, 3),
    ];
    for (i, (k, t, v)) in entries.into_iter().enumerate() {
        let kv = env.iface(t, k);
        gm.insert(
            KeyRef::Other(Key::Int(i as i64)),
            kv,
            Value::Int(v),
            &env.heap,
        );
    }
    gm.insert(
        KeyRef::Other(Key::Nil),
        Value::Nil,
        Value::Int(6),
        &env.heap,
    );
    let mv = env.obj(Obj::Map(Box::new(gm)));
    let mv = env.iface(m2, mv);
    // STRING_TYPE (1) sorts before INT_TYPE (2) by type id.
    assert_eq!(
        sprintf(&mut env, "%v", &[mv]),
        "map[<nil>:6 a:1 b:4 1:3 2:2]"
    );
}

/// `type S struct{ X int }` with `func (s S) String() string { return fmt.Sprintf("S<%d>", s.X) }`.
fn s_type(env: &mut Env) -> u32 {
    env.ty_with(
        "main.S",
        RtKind::Struct {
            fields: vec![Env::field("X", INT_TYPE)],
        },
        &["String"],
    )
}

fn call_s(env: &Env, _ty: u32, v: Value, how: i64) -> (String, bool) {
    assert_eq!(how, HOW_STRING);
    let Value::Ref(h) = v else {
        panic!("struct expected")
    };
    let Some(Obj::Values(c)) = env.heap.get(h) else {
        panic!()
    };
    (format!("S<{}>", c[0].as_int()), false)
}

#[test]
fn string_methods_are_resolved_in_walk_order() {
    let mut env = Env::new();
    let s = s_type(&mut env);
    // type W struct { s S; S S }: the unexported field's method is not called.
    let w = env.ty(
        "main.W",
        RtKind::Struct {
            fields: vec![Env::field("s", s), Env::field("S", s)],
        },
    );
    let s1 = env.obj(Obj::Values(vec![Value::Int(1)]));
    let s2 = env.obj(Obj::Values(vec![Value::Int(2)]));
    let wv = env.obj(Obj::Values(vec![s1, s2]));
    let wv = env.iface(w, wv);
    assert_eq!(
        run(&mut env, KIND_SPRINTLN, "", &[wv], &call_s),
        "{{1} S<2>}\n"
    );
    assert_eq!(
        run(&mut env, KIND_SPRINTF, "%+v", &[wv], &call_s),
        "{s:{X:1} S:S<2>}"
    );
    assert_eq!(
        run(&mut env, KIND_SPRINTF, "%#v", &[wv], &call_s),
        "main.W{s:main.S{X:1}, S:main.S{X:2}}"
    );
    let a = env.iface(s, s1);
    let b = env.iface(s, s2);
    assert_eq!(
        run(
            &mut env,
            KIND_SPRINTF,
            "%10s|%-10v|%q|%x|%d",
            &[a, b, a, a, a],
            &call_s
        ),
        r#"      S<1>|S<2>      |"S<1>"|533c313e|{1}"#
    );
    assert_eq!(
        run(&mut env, KIND_SPRINTF, "%t", &[a], &call_s),
        "{%!t(int=1)}"
    );
    // A slice of pointers to S calls String through the pointer's method set.
    let ps = env.ty_with("*main.S", RtKind::Pointer { elem: s }, &["String"]);
    let sps = env.ty("[]*main.S", RtKind::Slice { elem: ps });
    let sl = env.slice(Obj::Values(vec![s1, s2]), 2);
    let sl = env.iface(sps, sl);
    assert_eq!(
        run(&mut env, KIND_SPRINTF, "%v", &[sl], &call_s),
        "[S<1> S<2>]"
    );
}

#[test]
fn panicking_and_nil_receiver_methods() {
    let mut env = Env::new();
    let bad = env.ty_with("main.Bad", RtKind::Struct { fields: vec![] }, &["String"]);
    let bv = env.obj(Obj::Values(vec![]));
    let b = env.iface(bad, bv);
    let boom = |_: &Env, _: u32, _: Value, _: i64| ("boom".to_string(), true);
    assert_eq!(
        run(&mut env, KIND_SPRINTF, "%v|%s|%d|%x", &[b, b, b, b], &boom),
        "%!v(PANIC=String method: boom)|%!s(PANIC=String method: boom)|{}|%!x(PANIC=String method: boom)"
    );
    let np = env.ty(
        "main.NP",
        RtKind::Struct {
            fields: vec![Env::field("X", INT_TYPE)],
        },
    );
    let pnp = env.ty_with("*main.NP", RtKind::Pointer { elem: np }, &["String"]);
    let n = env.iface(pnp, Value::Nil);
    let nil_deref = |_: &Env, _: u32, _: Value, how: i64| {
        assert_eq!(how, HOW_STRING + HOW_NIL_RECEIVER);
        (
            "runtime error: invalid memory address or nil pointer dereference".to_string(),
            true,
        )
    };
    assert_eq!(
        run(&mut env, KIND_SPRINTF, "%v|%s|%5v|", &[n, n, n], &nil_deref),
        "<nil>|<nil>|<nil>|"
    );
}

#[test]
fn errors_and_wrapping() {
    let mut env = Env::new();
    let e = env.ty_with(
        "*errors.errorString",
        RtKind::Pointer { elem: STRING_TYPE },
        &["Error"],
    );
    let inner = env.str("inner");
    let ev = env.iface(e, inner);
    let call = |env: &Env, _: u32, v: Value, how: i64| {
        assert_eq!(how, HOW_ERROR);
        (
            String::from_utf8_lossy(env.heap.str_bytes(v)).into_owned(),
            false,
        )
    };
    let r = Walker::new(&env.heap, &env.types, &[], &[])
        .render(KIND_ERRORF, b"wrap: %w", &[ev])
        .unwrap();
    assert_eq!(r.wrapped, vec![0]);
    assert_eq!(r.pending.len(), 1);
    assert_eq!(
        run(&mut env, KIND_ERRORF, "wrap: %w", &[ev], &call),
        "wrap: inner"
    );
    // %w outside Errorf, or on a non-error, is a bad verb that calls no method.
    let five = env.iface(INT_TYPE, Value::Int(5));
    assert_eq!(
        run(&mut env, KIND_ERRORF, "%w", &[five], &call),
        "%!w(int=5)"
    );
    assert_eq!(
        run(&mut env, KIND_ERRORF, "%w", &[Value::Nil], &call),
        "%!w(<nil>)"
    );
}

#[test]
fn byte_slices_and_arrays() {
    let mut env = Env::new();
    let u8t = env.ty("uint8", RtKind::Int(IntKind::U8));
    let bs = env.ty("[]uint8", RtKind::Slice { elem: u8t });
    let a3 = env.ty("[3]uint8", RtKind::Array { len: 3, elem: u8t });
    let b = env.slice(Obj::Bytes(vec![1]), 1);
    let b = env.iface(bs, b);
    let arr = env.obj(Obj::Bytes(vec![65, 66, 67]));
    let arr = env.iface(a3, arr);
    assert_eq!(sprintf(&mut env, "%#v", &[b]), "[]byte{0x1}");
    assert_eq!(
        sprintf(&mut env, "%v %d %s %x %#v", &[arr, arr, arr, arr, arr]),
        "[65 66 67] [65 66 67] ABC 414243 [3]uint8{0x41, 0x42, 0x43}"
    );
    let st = env.ty(
        "struct { B []uint8 }",
        RtKind::Struct {
            fields: vec![Env::field("B", bs)],
        },
    );
    let inner = env.slice(Obj::Bytes(vec![1]), 1);
    let sv = env.obj(Obj::Values(vec![inner]));
    let sv = env.iface(st, sv);
    assert_eq!(
        sprintf(&mut env, "%#v", &[sv]),
        "struct { B []uint8 }{B:[]uint8{0x1}}"
    );
}

#[test]
fn sprint_spacing_and_floats() {
    let mut env = Env::new();
    let f = env.ty("float64", RtKind::Float64);
    let a = env.str("a");
    let a = env.iface(STRING_TYPE, a);
    let one = env.iface(INT_TYPE, Value::Int(1));
    let two = env.iface(INT_TYPE, Value::Int(2));
    let x = env.iface(f, Value::Float(4.5));
    let out = run(
        &mut env,
        KIND_SPRINT,
        "",
        &[one, two, a, one, a, a, x, Value::Nil, Value::Nil],
        &no_methods,
    );
    assert_eq!(out, "1 2a1aa4.5 <nil> <nil>");
    let sf = env.ty("[]float64", RtKind::Slice { elem: f });
    let fs = env.slice(Obj::Floats(vec![1.234, 2.0]), 2);
    let fs = env.iface(sf, fs);
    assert_eq!(sprintf(&mut env, "%6.2v|", &[fs]), "[   1.2      2]|");
}

#[test]
fn cyclic_values_stop_without_crashing() {
    let mut env = Env::new();
    let any = env.ty("interface {}", RtKind::Interface);
    let sa = env.ty("[]interface {}", RtKind::Slice { elem: any });
    // s := []any{nil, nil}; s[0] = s; s[1] = s
    let arr = env
        .heap
        .alloc(Obj::Values(vec![Value::Nil, Value::Nil]))
        .unwrap();
    let s = Value::Slice {
        arr,
        off: 0,
        len: 2,
    };
    let boxed = env.iface(sa, s);
    if let Some(Obj::Values(c)) = env.heap.get_mut(arr) {
        c[0] = boxed;
        c[1] = boxed;
    }
    let r = Walker::new(&env.heap, &env.types, &[], &[])
        .limit(1_000_000, 1 << 20)
        .render(KIND_SPRINT, b"", &[boxed]);
    assert!(r.is_err());
}

#[test]
fn pointer_addresses_are_deterministic() {
    let mut env = Env::new();
    let ip = env.ty("*int", RtKind::Pointer { elem: INT_TYPE });
    let p = env.iface(ip, Value::Ptr { obj: 5, idx: 1 });
    assert_eq!(
        sprintf(&mut env, "%p %v", &[p, p]),
        "0xc000500008 0xc000500008"
    );
    assert_eq!(
        sprintf(&mut env, "%#p %d", &[p, p]),
        "c000500008 824638963720"
    );
}

/// Methods count only with the signatures of fmt's interfaces: a `Format(string) string` method (time.Time's)
/// makes no Formatter, a `String() int` method no Stringer (Go prints the value then).
#[test]
fn methods_with_other_signatures_are_not_called() {
    let mut env = Env::new();
    let mut t = RtType::new(
        "main.Stamp",
        RtKind::Struct {
            fields: vec![Env::field("N", INT_TYPE)],
        },
    );
    t.methods = vec![
        ("Format".to_string(), FuncRef::Guest(0)),
        ("String".to_string(), FuncRef::Guest(0)),
    ];
    t.method_sigs = vec!["func(string) string".into(), "func() string".into()];
    let stamp = env.types.add(t);
    let v = env.obj(Obj::Values(vec![Value::Int(7)]));
    let v = env.iface(stamp, v);
    let call = |_: &Env, _: u32, _: Value, how: i64| {
        assert_eq!(how, HOW_STRING);
        ("stamp".to_string(), false)
    };
    assert_eq!(run(&mut env, KIND_SPRINTLN, "", &[v], &call), "stamp\n");

    let mut t = RtType::new(
        "main.Odd",
        RtKind::Struct {
            fields: vec![Env::field("N", INT_TYPE)],
        },
    );
    t.methods = vec![("String".to_string(), FuncRef::Guest(0))];
    t.method_sigs = vec!["func() int".into()];
    let odd = env.types.add(t);
    let v = env.obj(Obj::Values(vec![Value::Int(7)]));
    let v = env.iface(odd, v);
    assert_eq!(sprintf(&mut env, "%v %s", &[v, v]), "{7} {%!s(int=7)}");
}
