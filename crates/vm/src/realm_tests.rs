//! Realm ownership and isolation: which code may modify which objects, realm switching on calls, frozen
//! libraries, and what natives see as the current and previous realm.

use crate::heap::{realm_owner, FROZEN};
use crate::native::{NativeCtx, NativeError, Natives};
use crate::testkit::{compile_packages, Compiled};
use crate::{Limits, Machine, Value};

const REALMTEST: &str = r#"package realmtest

func Current() string
func Previous() string

// Zero sets s[0] to 0 from Rust, skipping the write (as some natives do) when the heap refuses it.
func Zero(s []int)
"#;

const LIB: &str = r#"package lib

import "realmtest"

type Box struct{ N int }

var Table = []int{1, 2, 3}
var Count int
var Shared = &Box{N: 1}

func Inc(b *Box)            { b.N++ }
func (b *Box) Add()         { b.N++ }
func SetFirst(s []int, v int) { s[0] = v }
func Bump()                 { Count++ }
func Where() string         { return realmtest.Current() + "<" + realmtest.Previous() }
"#;

const A: &str = r#"package a

import (
	"p/lib"
	"realmtest"
)

type Item struct{ N int }

var Count int
var Obj = &Item{N: 1}
var Items = []int{1, 2, 3}
var M = map[string]int{"x": 1}
var B = &lib.Box{N: 1}
var S = Item{N: 1}

func GetObj() *Item           { return Obj }
func GetItems() []int         { return Items }
func GetMap() map[string]int  { return M }
func GetBox() *lib.Box        { return B }
func CountPtr() *int          { return &Count }
func ZeroOwn()                { realmtest.Zero(Items) }
func (it *Item) Inc()         { it.N++ }
func Reset()                   { Obj.N = 0; Items[1] = 0; M["x"] = 0 }
func Inc()                    { Count++ }
func Apply(f func())          { f() }
func Writer() func(int)       { return func(n int) { Obj.N = n } }
func LibInc()                 { lib.Inc(B); lib.SetFirst(Items, 9) }
func N() int                  { return Obj.N }
func Items0() int             { return Items[0] }
func BoxAddValue()            { f := B.Add; f() }
func Where() string           { return realmtest.Current() + "<" + realmtest.Previous() }
func LibWhere() string        { return lib.Where() }
func Call(f func() string) string { return f() }
func WhereFn() func() string  { return func() string { return realmtest.Current() + "<" + realmtest.Previous() } }

// Try runs f and reports the recovered panic and the realm after recovering.
func Try(f func()) (msg string) {
	defer func() {
		if e, ok := recover().(error); ok {
			msg = e.Error() + " | then " + realmtest.Current()
		}
	}()
	f()
	return "no panic"
}
"#;

const B: &str = r#"package b

import (
	"p/lib"
	"r/a"
	"realmtest"
)

type Counter a.Item

func (c *Counter) Set(n int) { c.N = n }

var Mine map[string]int
var Own = &a.Item{N: 5}

func WriteReturned()  { p := a.GetObj(); p.N = 99 }
func WriteSlice()     { s := a.GetItems(); s[0] = 7 }
func Hold()           { Mine = a.GetMap() }
func WriteMap()       { Mine["y"] = 2 }
func ClosureToA()     { a.Apply(func() { a.GetObj().N = 5 }) }
func ClosureFromA()   { a.Writer()(42) }
func Method()         { (*Counter)(a.GetObj()).Set(3) }
func AMethod()        { a.GetObj().Inc() }
func WriteVar()       { a.Count = 5 }
func LibOnA()         { lib.Inc(a.GetBox()) }
func LibOnOwn()       { lib.Inc((*lib.Box)(nil)) }
func AppendAlias()    { s := a.GetItems()[:1]; s = append(s, 8); _ = s }
func CopyInto()       { copy(a.GetItems(), []int{4, 4}) }
func WriteOwn()       { Own.N = 6 }

type Wrap struct{ lib.Box }

var OwnBox = &lib.Box{N: 1}
var OwnWrap = &Wrap{}

// Method values and promoted methods of library types: the generated wrappers are library code too.
func OwnBoxAddValue() { f := OwnBox.Add; f() }
type Adder interface{ Add() }

func IfaceExpr()      { Adder.Add(OwnBox); g := Adder(OwnBox).Add; g(); (*lib.Box).Add(OwnBox); h := (*Wrap).Add; h(OwnWrap) }
func OwnWrapAdd()     { var i interface{ Add() } = OwnWrap; i.Add(); f := OwnWrap.Add; f() }
func WriteVarPtr()    { *a.CountPtr() = 5 }
func WriteVarAddr()   { p := &a.Count; *p = 5 }
func WriteStructVar() { a.S.N = 5 }
func AssignStructVar() { a.S = a.Item{N: 5} }
func DeleteMap()      { delete(a.GetMap(), "x") }
func ClearMap()       { clear(a.GetMap()) }
func ClearSlice()     { clear(a.GetItems()) }
func NativeWrite()    { realmtest.Zero(a.GetItems()) }
func Where() string   { return realmtest.Current() + "<" + realmtest.Previous() }
func ViaA() string    { return a.Where() }
func ViaLib() string  { return lib.Where() }
func ViaAFn() string  { return a.WhereFn()() }
func Back() string    { return a.Call(func() string { return Where() }) }
func TryForeign() string {
	r := a.Try(func() { a.GetObj().N = 1 })
	return r + " | back in " + realmtest.Current()
}
func TryOwn() (msg string) {
	defer func() {
		if e, ok := recover().(error); ok {
			msg = e.Error() + " | then " + realmtest.Current()
		}
	}()
	WriteReturned()
	return "no panic"
}
"#;

const MAIN: &str = r#"package main

import (
	"p/lib"
	"r/a"
	"r/b"
)

func WriteVar()     { a.Count = 1 }

// Wrappers first compiled into B (for B's interface type) must not lend B's authority to later packages.
func ViaBWrapper()      { b.Adder.Add(b.OwnBox) }
func ViaBWrapperValue() { f := b.Adder(b.OwnBox).Add; f() }
func ViaBPromoted()     { var i b.Adder = b.OwnWrap; i.Add() }
func WriteObj()     { a.GetObj().N = 2 }
func LibVar()       { lib.Count = 3 }
func LibTable()     { lib.Table[0] = 5 }
func LibShared()    { lib.Shared.N = 2 }
func LibBump()      { lib.Bump() }
func Where() string { return a.Where() }
func main()         {}
"#;

fn name_or_user(s: Option<&str>) -> String {
    s.unwrap_or("user").to_string()
}

fn current(ctx: &mut NativeCtx, args: &mut [Value]) -> Result<(), NativeError> {
    let s = name_or_user(ctx.current_realm());
    args[0] = ctx.new_str(s.into_bytes())?;
    Ok(())
}

fn previous(ctx: &mut NativeCtx, args: &mut [Value]) -> Result<(), NativeError> {
    let s = name_or_user(ctx.previous_realm());
    args[0] = ctx.new_str(s.into_bytes())?;
    Ok(())
}

fn zero(ctx: &mut NativeCtx, args: &mut [Value]) -> Result<(), NativeError> {
    if let Value::Slice { arr, off, len } = args[0] {
        if len > 0 {
            if let Some(crate::heap::Obj::Ints(v)) = ctx.heap.get_mut(arr) {
                if let Some(c) = v.get_mut(off as usize) {
                    *c = 0;
                }
            }
        }
    }
    Ok(())
}

fn compiled() -> Compiled {
    let mut natives = Natives::new();
    natives.register("realmtest.Zero", 1, 0, zero);
    natives.register("realmtest.Current", 0, 1, current);
    natives.register("realmtest.Previous", 0, 1, previous);
    let pkgs = [
        ("realmtest", REALMTEST),
        ("p/lib", LIB),
        ("r/a", A),
        ("r/b", B),
        ("main", MAIN),
    ];
    match compile_packages(&pkgs, &natives) {
        Ok(c) => c,
        Err(e) => panic!("compile: {e}"),
    }
}

fn pkg_index(image: &crate::Image, path: &str) -> u32 {
    image
        .packages
        .iter()
        .position(|p| p.path == path)
        .unwrap_or_else(|| panic!("no package {path}")) as u32
}

/// A machine after every package's initialisers, with the realms' state owned by their realms (as the
/// persistence layer does when it commits or loads) and `p/lib` frozen.
fn setup(image: &crate::Image) -> Machine<'_> {
    let mut m = Machine::new(image, Limits::default()).expect("machine");
    let mut out = Vec::new();
    for &f in &image.init {
        m.invoke(f, &[], &mut out).expect("init");
    }
    for path in ["r/a", "r/b"] {
        let i = pkg_index(image, path);
        let p = &image.packages[i as usize];
        let roots: Vec<Value> = p.globals.clone().map(|g| global(&m, g)).collect();
        m.heap.claim_reachable(&roots, realm_owner(i));
    }
    m.freeze_package("p/lib").expect("freeze");
    m
}

fn global(m: &Machine, g: u32) -> Value {
    match m.heap.get(m.globals_handle()) {
        Some(crate::heap::Obj::Values(vs)) => vs[g as usize],
        _ => Value::Nil,
    }
}

/// Calls function `name` (`r/b.WriteReturned`): its string result, or the rendered error.
fn call(m: &mut Machine, name: &str) -> Result<String, String> {
    let image = m.image();
    let f = image
        .funcs
        .iter()
        .position(|f| &*f.name == name)
        .unwrap_or_else(|| panic!("no function {name}")) as u32;
    let mut out = Vec::new();
    let r = m.invoke(f, &[], &mut out).map_err(|e| e.render())?;
    Ok(match r.first() {
        Some(v @ Value::Str { .. }) => String::from_utf8_lossy(m.heap.str_bytes(*v)).into_owned(),
        Some(v) => format!("{v:?}"),
        None => String::new(),
    })
}

/// Calls a function that must not fail.
fn ok(m: &mut Machine, name: &str) {
    if let Err(e) = call(m, name) {
        panic!("{name}: {e}");
    }
}

fn call_int(m: &mut Machine, name: &str) -> String {
    call(m, name).expect("no error")
}

fn denied(m: &mut Machine, name: &str) -> String {
    match call(m, name) {
        Ok(r) => panic!("{name} was allowed ({r})"),
        Err(e) => e,
    }
}

#[test]
fn a_modifies_its_own_objects() {
    let c = compiled();
    let mut m = setup(&c.image);
    ok(&mut m, "r/a.Reset");
    assert_eq!(call_int(&mut m, "r/a.N"), "Int(0)");
    ok(&mut m, "r/a.Inc");
    // p/ code called by A works on A's objects with A's authority.
    ok(&mut m, "r/a.LibInc");
    assert_eq!(call_int(&mut m, "r/a.Items0"), "Int(9)");
    // A native called by A writes A's objects.
    ok(&mut m, "r/a.ZeroOwn");
    assert_eq!(call_int(&mut m, "r/a.Items0"), "Int(0)");
}

#[test]
fn b_cannot_modify_a() {
    let c = compiled();
    let mut m = setup(&c.image);
    let msg = "panic: cannot modify object of realm r/a from realm r/b";
    for f in [
        "r/b.WriteReturned",
        "r/b.WriteSlice",
        "r/b.ClosureToA",
        "r/b.Method",
        "r/b.LibOnA",
        "r/b.AppendAlias",
        "r/b.CopyInto",
        "r/b.WriteStructVar",
        "r/b.AssignStructVar",
        "r/b.DeleteMap",
        "r/b.ClearMap",
        "r/b.ClearSlice",
        "r/b.NativeWrite",
    ] {
        let e = denied(&mut m, f);
        assert!(e.starts_with(msg), "{f}: {e}");
        assert!(e.contains("goroutine 1 [running]:\n"), "{f}: {e}");
        assert!(e.contains("\nr/b."), "{f}: {e}");
    }
    // A map held by both: B may store the reference, not write through it.
    ok(&mut m, "r/b.Hold");
    assert!(denied(&mut m, "r/b.WriteMap").starts_with(msg));
    for f in ["r/b.WriteVar", "r/b.WriteVarPtr", "r/b.WriteVarAddr"] {
        let e = denied(&mut m, f);
        assert!(
            e.starts_with("panic: cannot modify variable Count of realm r/a from realm r/b"),
            "{f}: {e}"
        );
    }
    // Nothing of it happened.
    assert_eq!(call_int(&mut m, "r/a.N"), "Int(1)");
    assert_eq!(call_int(&mut m, "r/a.Items0"), "Int(1)");
}

#[test]
fn the_stack_trace_names_the_writing_frame() {
    let c = compiled();
    let mut m = setup(&c.image);
    let e = denied(&mut m, "r/b.ClosureToA");
    let lines: Vec<&str> = e.lines().collect();
    assert_eq!(
        lines[0],
        "panic: cannot modify object of realm r/a from realm r/b"
    );
    // The closure (B's code) is the top frame, called by A's Apply.
    assert!(lines[3].starts_with("r/b.ClosureToA.func1("), "{e}");
    assert!(lines[5].starts_with("r/a.Apply("), "{e}");
}

#[test]
fn user_code_cannot_modify_realms() {
    let c = compiled();
    let mut m = setup(&c.image);
    assert!(denied(&mut m, "main.WriteVar")
        .starts_with("panic: cannot modify variable Count of realm r/a from user code"));
    assert!(denied(&mut m, "main.WriteObj")
        .starts_with("panic: cannot modify object of realm r/a from user code"));
    for f in [
        "main.ViaBWrapper",
        "main.ViaBWrapperValue",
        "main.ViaBPromoted",
    ] {
        let e = denied(&mut m, f);
        assert!(
            e.starts_with("panic: cannot modify object of realm r/b from user code"),
            "{f}: {e}"
        );
    }
}

#[test]
fn closures_run_as_the_realm_that_declared_them() {
    let c = compiled();
    let mut m = setup(&c.image);
    ok(&mut m, "r/b.ClosureFromA");
    assert_eq!(call_int(&mut m, "r/a.N"), "Int(42)");
    // A's method on A's object, called by B, runs as A.
    ok(&mut m, "r/b.AMethod");
    assert_eq!(call_int(&mut m, "r/a.N"), "Int(43)");
    // B's own objects (even of A's type) are B's to modify.
    ok(&mut m, "r/b.WriteOwn");
    // Library methods reached through generated wrappers (first made while compiling A) run as the caller.
    ok(&mut m, "r/a.BoxAddValue");
    ok(&mut m, "r/b.OwnBoxAddValue");
    ok(&mut m, "r/b.OwnWrapAdd");
    ok(&mut m, "r/b.IfaceExpr");
}

#[test]
fn libraries_are_frozen_after_init() {
    let c = compiled();
    let mut m = setup(&c.image);
    let lib = pkg_index(&c.image, "p/lib");
    assert_eq!(
        m.heap
            .global_owner(c.image.packages[lib as usize].globals.start),
        FROZEN | realm_owner(lib)
    );
    assert!(denied(&mut m, "main.LibVar")
        .starts_with("panic: cannot modify variable Count of frozen package p/lib"));
    assert!(denied(&mut m, "main.LibTable")
        .starts_with("panic: cannot modify object of frozen package p/lib"));
    assert!(denied(&mut m, "main.LibShared")
        .starts_with("panic: cannot modify object of frozen package p/lib"));
    // Even the library's own code.
    assert!(denied(&mut m, "main.LibBump")
        .starts_with("panic: cannot modify variable Count of frozen package p/lib"));
    // Freezing applies to libraries only.
    assert!(m.freeze_package("r/a").is_err());
    assert!(m.freeze_package("no/such").is_err());
}

#[test]
fn before_freezing_a_library_is_writable() {
    let c = compiled();
    let mut m = Machine::new(&c.image, Limits::default()).expect("machine");
    let mut out = Vec::new();
    for &f in &c.image.init {
        m.invoke(f, &[], &mut out).expect("init");
    }
    ok(&mut m, "main.LibVar");
    ok(&mut m, "main.LibTable");
}

#[test]
fn recover_catches_the_ownership_panic_and_restores_the_realm() {
    let c = compiled();
    let mut m = setup(&c.image);
    // B's own deferred recover.
    assert_eq!(
        call_int(&mut m, "r/b.TryOwn"),
        "cannot modify object of realm r/a from realm r/b | then r/b"
    );
    // A recovers a panic raised by B's closure that A called: A again after recovery, B after return.
    assert_eq!(
        call_int(&mut m, "r/b.TryForeign"),
        "cannot modify object of realm r/a from realm r/b | then r/a | back in r/b"
    );
    // The machine is usable afterwards, with A's write permission intact.
    ok(&mut m, "r/a.Reset");
}

#[test]
fn natives_see_current_and_previous_realm() {
    let c = compiled();
    let mut m = setup(&c.image);
    assert_eq!(call_int(&mut m, "main.Where"), "r/a<user");
    assert_eq!(call_int(&mut m, "r/a.Where"), "r/a<user");
    assert_eq!(call_int(&mut m, "r/b.Where"), "r/b<user");
    assert_eq!(call_int(&mut m, "r/b.ViaA"), "r/a<r/b");
    // Library code acts as its caller.
    assert_eq!(call_int(&mut m, "r/b.ViaLib"), "r/b<user");
    assert_eq!(call_int(&mut m, "r/a.LibWhere"), "r/a<user");
    assert_eq!(call_int(&mut m, "p/lib.Where"), "user<user");
    // A closure declared in A runs as A whoever calls it.
    assert_eq!(call_int(&mut m, "r/b.ViaAFn"), "r/a<r/b");
    // B -> A -> B's closure: B again, called from A.
    assert_eq!(call_int(&mut m, "r/b.Back"), "r/b<r/a");
}

#[test]
fn owners_can_be_set_by_hand() {
    let c = compiled();
    let mut m = setup(&c.image);
    let a = realm_owner(pkg_index(&c.image, "r/a"));
    let b = realm_owner(pkg_index(&c.image, "r/b"));
    // Hand B's object `Own` to A: B's write is then denied.
    let own_g = {
        let p = &c.image.packages[pkg_index(&c.image, "r/b") as usize];
        let i = p.global_names.iter().position(|n| n == "Own").expect("Own") as u32;
        p.globals.start + i
    };
    let Some(h) = global(&m, own_g).handle() else {
        panic!("Own is a pointer")
    };
    assert_eq!(m.heap.owner(h), b);
    m.heap.set_owner(h, a);
    assert_eq!(m.heap.owner(h), a);
    assert!(denied(&mut m, "r/b.WriteOwn")
        .starts_with("panic: cannot modify object of realm r/a from realm r/b"));
    m.heap.set_owner(h, 0);
    ok(&mut m, "r/b.WriteOwn");
}

#[test]
fn host_data_reaches_natives() {
    fn read_host(ctx: &mut NativeCtx, args: &mut [Value]) -> Result<(), NativeError> {
        let n = ctx.host::<u64>().map_or(-1, |n| {
            *n += 1;
            *n as i64
        });
        args[0] = Value::Int(n);
        Ok(())
    }
    let mut natives = Natives::new();
    natives.register("h.Get", 0, 1, read_host);
    let c = compile_packages(
        &[
            ("h", "package h\n\nfunc Get() int\n"),
            (
                "main",
                "package main\n\nimport \"h\"\n\nfunc F() int { return h.Get() }\nfunc main() {}\n",
            ),
        ],
        &natives,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let mut m = Machine::new(&c.image, Limits::default()).expect("machine");
    assert_eq!(call_int(&mut m, "main.F"), "Int(-1)");
    m.set_host(Box::new(41u64));
    assert_eq!(call_int(&mut m, "main.F"), "Int(42)");
    // A host of another type is not found.
    m.set_host(Box::new("text"));
    assert_eq!(call_int(&mut m, "main.F"), "Int(-1)");
}
