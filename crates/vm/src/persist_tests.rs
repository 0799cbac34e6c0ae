//! Persistence tests: run a package's init, commit into an in-memory store, drop the machine, recompile,
//! attach, call, commit again; the output must be what Go prints for the same calls in one process.

use std::collections::HashMap;

use amber_check::Program;
use amber_syntax::ast::NodeIds;
use amber_syntax::SourceMap;

use crate::persist::{describe, CommitSet, ObjectId, ObjectSource};
use crate::{compile, Image, Limits, Machine, Natives};

/// An in-memory store.
#[derive(Clone, Default)]
struct Store {
    objects: HashMap<ObjectId, Vec<u8>>,
    roots: Vec<(String, ObjectId)>,
    next_id: ObjectId,
}

struct MapSource(HashMap<ObjectId, Vec<u8>>);

impl ObjectSource for MapSource {
    fn load(&mut self, id: ObjectId) -> Result<Option<Vec<u8>>, String> {
        Ok(self.0.get(&id).cloned())
    }
}

impl Store {
    /// A fresh machine for `image`, attached to this store's committed state.
    fn attached<'i>(&self, image: &'i Image) -> Machine<'i> {
        let mut m = Machine::new(image, Limits::default()).unwrap();
        m.attach_store(
            Box::new(MapSource(self.objects.clone())),
            &self.roots,
            self.next_id,
        )
        .unwrap();
        m
    }

    /// A store where p/lib, r/a and r/b are deployed.
    fn with_lib_a_b() -> Store {
        let mut store = Store {
            next_id: 1,
            ..Store::default()
        };
        let all = [("p/lib", LIB), ("r/a", REALM_A), ("r/b", REALM_B)];
        transaction(&mut store, &all[..1], Some("p/lib"), &[]);
        transaction(&mut store, &all[..2], Some("r/a"), &[]);
        transaction(&mut store, &all, Some("r/b"), &[]);
        store
    }

    fn apply(&mut self, cs: &CommitSet) {
        for (id, b) in &cs.writes {
            self.objects.insert(*id, b.clone());
        }
        for id in &cs.deletes {
            assert!(self.objects.remove(id).is_some(), "deleted {id} twice");
        }
        self.roots.extend(cs.roots.iter().cloned());
        self.next_id = cs.next_id;
    }
}

const FMT: &str = "package fmt\n\nfunc Println(a ...any)\n";

/// Compiles packages (dependencies first) against the test `fmt`.
fn compile_pkgs(pkgs: &[(&str, &str)]) -> Image {
    let mut sm = SourceMap::new();
    let mut ids = NodeIds::default();
    let mut prog = Program::new();
    let fmt_id = sm.add("fmt.go", FMT);
    let mut parsed = Vec::new();
    let (fmt_file, e) = amber_syntax::parse_file(&sm, fmt_id, &mut ids);
    assert!(e.is_empty());
    let fmt_files = vec![fmt_file];
    for (path, src) in pkgs {
        let name = format!("{}/x.go", path);
        let id = sm.add(name, *src);
        let (file, e) = amber_syntax::parse_file(&sm, id, &mut ids);
        assert!(e.is_empty(), "{}", e[0].render(&sm));
        parsed.push((*path, vec![file]));
    }
    let mut packages = Vec::new();
    let fp = prog.check_package(&sm, "fmt", &fmt_files).unwrap();
    packages.push((fp, &fmt_files));
    for (path, files) in &parsed {
        let id = match prog.check_package(&sm, path, files) {
            Ok(id) => id,
            Err(es) => panic!("{}", es[0].render(&sm)),
        };
        packages.push((id, files));
    }
    let mut natives = Natives::new();
    crate::testkit::register_test_fmt(&mut natives);
    let files: Vec<crate::PackageFiles> = packages
        .iter()
        .map(|(id, files)| crate::PackageFiles { id: *id, files })
        .collect();
    match compile(&prog, &sm, &files, &natives) {
        Ok(image) => image,
        Err(es) => panic!("{}", es[0].render(&sm)),
    }
}

fn func(image: &Image, name: &str) -> u32 {
    image
        .funcs
        .iter()
        .position(|f| &*f.name == name)
        .unwrap_or_else(|| {
            let names: Vec<&str> = image.funcs.iter().map(|f| &*f.name).collect();
            panic!("no function {name} in {names:?}")
        }) as u32
}

/// One transaction in a fresh process: compile, attach, optionally deploy (init) a package, call functions,
/// commit. Returns the output and the commit set (already applied to `store`).
fn transaction(
    store: &mut Store,
    pkgs: &[(&str, &str)],
    deploy: Option<&str>,
    calls: &[&str],
) -> (String, CommitSet) {
    let image = compile_pkgs(pkgs);
    let mut m = store.attached(&image);
    let mut out = Vec::new();
    if let Some(path) = deploy {
        m.run_package_init(path, &mut out).unwrap();
    }
    for c in calls {
        if let Err(e) = m.invoke(func(&image, c), &[], &mut out) {
            panic!("{c}: {}", e.render());
        }
    }
    let cs = m.commit_changes().unwrap();
    store.apply(&cs);
    (String::from_utf8(out).unwrap(), cs)
}

const KINDS: &str = r#"
package kinds

import "fmt"

type Point struct{ X, Y int }

type Node struct {
	Val  int
	Next *Node
}

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Sq int

func (s *Sq) Area() int { return int(*s) * int(*s) }

func (p *Point) Sum() int { return p.X + p.Y }

var (
	n      int = 1
	s          = "hi"
	f          = 1.5
	b      bool
	u8     uint8 = 250
	pt     Point
	nested struct {
		P    Point
		Tags []string
	}
	arr     [3]int
	sl      []int
	sub     []int
	bs      []byte
	strs    []string
	pts     []Point
	m       map[string]Point
	pm      map[*Point]int
	km      map[Point]string
	pkey    *Point
	pf      *int
	pe      *int
	boxed   *int
	counter func() int
	shapes  []Shape
	anys    []any
	mv      func() int
	ring    *Node
	gp      *int
	fn      func(int) int
	c       complex128
	pa      *[3]int
)

func double(x int) int { return x * 2 }

func init() {
	pt = Point{1, 2}
	nested.P = Point{3, 4}
	nested.Tags = []string{"a", "b"}
	arr = [3]int{7, 8, 9}
	sl = make([]int, 5, 10)
	for i := range sl {
		sl[i] = i * 10
	}
	sub = sl[1:3]
	bs = []byte("bytes")
	strs = []string{"x", "y", "z"}
	pts = []Point{{1, 1}, {2, 2}}
	m = map[string]Point{"a": {1, 2}, "b": {3, 4}}
	pkey = &Point{5, 6}
	pm = map[*Point]int{pkey: 42}
	km = map[Point]string{{1, 2}: "one-two"}
	pf = &pt.Y
	pe = &arr[1]
	v := 100
	boxed = &v
	k := 0
	counter = func() int { k++; return k + v }
	sq := Sq(3)
	shapes = []Shape{Rect{2, 3}, &sq}
	anys = []any{1, "two", 3.5, Point{4, 4}, []int{5}, map[string]int{"six": 6}, &pt, nil, true}
	mv = pkey.Sum
	a := &Node{Val: 1}
	bb := &Node{Val: 2, Next: a}
	a.Next = bb
	ring = a
	gp = &n
	fn = double
	c = complex(1, 2)
	pa = &arr
}

func Check() {
	n++
	s += "!"
	f *= 2
	b = !b
	u8 += 3
	pt.X++
	fmt.Println(n, s, f, b, u8, pt.X, pt.Y)
	fmt.Println(nested.P.X, nested.P.Y, len(nested.Tags), nested.Tags[1])
	arr[0]++
	fmt.Println(arr[0], arr[1], arr[2])
	sub[0]++
	fmt.Println(sl[1], sub[0], len(sub), cap(sub), len(sl), cap(sl))
	sl = append(sl, 99)
	fmt.Println(len(sl), sl[5], sub[1])
	bs[0]++
	fmt.Println(string(bs), strs[2], pts[1].X)
	p := m["a"]
	p.X++
	m["a"] = p
	m["c"] = Point{9, 9}
	fmt.Println(len(m), m["a"].X, m["b"].Y, m["c"].X)
	pm[pkey]++
	pkey.X++
	fmt.Println(pm[pkey], pkey.X, km[Point{1, 2}])
	*pf += 10
	*pe += 100
	*boxed += 1000
	fmt.Println(pt.Y, arr[1], *boxed)
	fmt.Println(counter(), counter())
	fmt.Println(shapes[0].Area(), shapes[1].Area())
	for _, a := range anys {
		switch x := a.(type) {
		case int:
			fmt.Println("int", x)
		case string:
			fmt.Println("string", x)
		case float64:
			fmt.Println("float", x)
		case Point:
			fmt.Println("point", x.X)
		case []int:
			fmt.Println("slice", x[0])
		case map[string]int:
			fmt.Println("map", x["six"])
		case *Point:
			fmt.Println("ptr", x.Y)
		case nil:
			fmt.Println("nil")
		default:
			fmt.Println("other")
		}
	}
	fmt.Println(mv(), ring.Val, ring.Next.Val, ring.Next.Next.Val, ring.Next.Next == ring)
	*gp += 5
	fmt.Println(n, fn(21), real(c), imag(c))
	pa[2]++
	fmt.Println(arr[2])
}
"#;

const KINDS_OUT: &str = "\
2 hi! 3 true 253 2 2
3 4 2 b
8 8 9
11 11 2 9 5 10
6 99 20
cytes z 2
3 2 4 9
43 6 one-two
12 108 1100
1101 1102
6 9
int 1
string two
float 3.5
point 4
slice 5
map 6
ptr 12
nil
other
12 1 2 1 true
7 42 1 2
10
8 hi!! 6 false 0 3 12
3 4 2 b
9 108 10
12 12 2 9 6 10
7 99 20
dytes z 2
3 3 4 9
44 7 one-two
22 208 2100
2103 2104
6 9
int 1
string two
float 3.5
point 4
slice 5
map 6
ptr 22
nil
other
13 1 2 1 true
13 42 1 2
11
14 hi!!! 12 true 3 4 22
3 4 2 b
10 208 11
13 13 2 9 7 10
8 99 20
eytes z 2
3 4 4 9
45 8 one-two
32 308 3100
3105 3106
6 9
int 1
string two
float 3.5
point 4
slice 5
map 6
ptr 32
nil
other
14 1 2 1 true
19 42 1 2
12
";

/// The output of the Go program for `n` calls of `Check`, split per call.
fn kinds_out_per_call() -> Vec<String> {
    let lines: Vec<&str> = KINDS_OUT.lines().collect();
    let per = lines.len() / 3;
    lines
        .chunks(per)
        .map(|c| c.iter().map(|l| format!("{l}\n")).collect())
        .collect()
}

#[test]
fn every_kind_of_value_survives_restarts() {
    let pkgs = [("r/kinds", KINDS)];
    let mut store = Store {
        next_id: 1,
        ..Store::default()
    };
    let expected = kinds_out_per_call();
    let (out, cs) = transaction(&mut store, &pkgs, Some("r/kinds"), &["r/kinds.Check"]);
    assert_eq!(out, expected[0]);
    assert_eq!(cs.roots.len(), 1);
    let (out, _) = transaction(&mut store, &pkgs, None, &["r/kinds.Check"]);
    assert_eq!(out, expected[1]);
    let (out, _) = transaction(&mut store, &pkgs, None, &["r/kinds.Check"]);
    assert_eq!(out, expected[2]);
}

#[test]
fn commits_are_deterministic() {
    let pkgs = [("r/kinds", KINDS)];
    let run = || {
        let mut store = Store {
            next_id: 1,
            ..Store::default()
        };
        let (_, a) = transaction(&mut store, &pkgs, Some("r/kinds"), &["r/kinds.Check"]);
        let (_, b) = transaction(&mut store, &pkgs, None, &["r/kinds.Check"]);
        (a, b)
    };
    assert_eq!(run(), run());
}

#[test]
fn corrupt_records_are_errors() {
    let pkgs = [("r/kinds", KINDS)];
    let mut store = Store {
        next_id: 1,
        ..Store::default()
    };
    transaction(&mut store, &pkgs, Some("r/kinds"), &[]);
    let image = compile_pkgs(&pkgs);
    let ids: Vec<ObjectId> = {
        let mut v: Vec<_> = store.objects.keys().copied().collect();
        v.sort();
        v
    };
    for id in ids {
        let good = store.objects[&id].clone();
        assert!(describe(&good).is_ok());
        // Every truncation, and a flipped byte at every position: errors or loads, never a panic.
        for cut in 0..good.len() {
            assert!(describe(&good[..cut]).is_err());
            let mut bad = store.clone();
            bad.objects.insert(id, good[..cut].to_vec());
            let mut m = Machine::new(&image, Limits::default()).unwrap();
            let r = m
                .attach_store(Box::new(MapSource(bad.objects)), &bad.roots, bad.next_id)
                .and_then(|()| m.load_all());
            assert!(r.is_err());
        }
        for i in 0..good.len() {
            let mut b = good.clone();
            b[i] ^= 0x5a;
            let _ = describe(&b);
            let mut bad = store.clone();
            bad.objects.insert(id, b);
            let mut m = Machine::new(&image, Limits::default()).unwrap();
            let _ = m
                .attach_store(Box::new(MapSource(bad.objects)), &bad.roots, bad.next_id)
                .and_then(|()| m.load_all());
        }
    }
}

const GC: &str = r#"
package gc

type Node struct {
	Val        int
	Next, Prev *Node
}

var (
	head *Node
	keep *Node
	m    map[int]*Node
)

func init() { m = map[int]*Node{} }

// Build makes a doubly linked list of 10 nodes (each pair of neighbours is a cycle).
func Build() {
	var prev *Node
	for i := 0; i < 10; i++ {
		n := &Node{Val: i, Prev: prev}
		if prev != nil {
			prev.Next = n
		} else {
			head = n
		}
		prev = n
	}
}

func KeepThird() { keep = head.Next.Next }
func Drop()      { head = nil }
func DropKeep()  { keep = nil }

func AddMap() {
	for i := 0; i < 5; i++ {
		m[i] = &Node{Val: i}
	}
	m[0].Next = m[0]
}

func DelMap() { delete(m, 0); delete(m, 1) }
"#;

#[test]
fn unreachable_objects_and_cycles_are_deleted() {
    let pkgs = [("r/gc", GC)];
    let mut store = Store {
        next_id: 1,
        ..Store::default()
    };
    let mut step = |deploy: Option<&str>, call: &str| {
        let calls: Vec<&str> = if call.is_empty() { vec![] } else { vec![call] };
        transaction(&mut store, &pkgs, deploy, &calls);
        store.objects.len()
    };
    // The block and the map.
    assert_eq!(step(Some("r/gc"), ""), 2);
    assert_eq!(step(None, "r/gc.Build"), 12);
    assert_eq!(step(None, "r/gc.KeepThird"), 12);
    // The whole list stays reachable through the third node.
    assert_eq!(step(None, "r/gc.Drop"), 12);
    assert_eq!(step(None, "r/gc.DropKeep"), 2);
    assert_eq!(step(None, "r/gc.AddMap"), 7);
    assert_eq!(step(None, "r/gc.DelMap"), 5);
    // Refcounts in the store are what the references say.
    let mut counts: HashMap<ObjectId, u32> = HashMap::new();
    for b in store.objects.values() {
        for r in describe(b).unwrap().refs {
            *counts.entry(r).or_default() += 1;
        }
    }
    for (id, b) in &store.objects {
        let v = describe(b).unwrap();
        if v.kind != "package" {
            assert_eq!(
                v.refcount,
                counts.get(id).copied().unwrap_or(0),
                "object {id}"
            );
        }
    }
}

#[test]
fn records_name_their_types() {
    let pkgs = [("r/kinds", KINDS)];
    let mut store = Store {
        next_id: 1,
        ..Store::default()
    };
    transaction(&mut store, &pkgs, Some("r/kinds"), &[]);
    let mut ids: Vec<&ObjectId> = store.objects.keys().collect();
    ids.sort();
    let mut listing = String::new();
    for id in ids {
        let v = describe(&store.objects[id]).unwrap();
        listing.push_str(&format!(
            "#{id} {} {} owner={} rc={} refs={:?} {}\n",
            v.kind, v.type_key, v.owner, v.refcount, v.refs, v.summary
        ));
    }
    println!("{listing}");
    for want in [
        "values r/kinds.Point owner=1 rc=1 refs=[] {2, 2}",
        "map map[string]r/kinds.Point",
        "interface *r/kinds.Point",
        "interface r/kinds.Rect",
        "closure func()(int)",
        "map map[*r/kinds.Point]int",
        "ints []int",
        "bytes []uint8",
    ] {
        assert!(listing.contains(want), "{want} missing from\n{listing}");
    }
}

#[test]
fn well_formed_records_that_lie_are_errors() {
    use crate::persist_encode::{decode, encode, PVal, Payload};
    let pkgs = [("r/kinds", KINDS)];
    let mut store = Store {
        next_id: 1,
        ..Store::default()
    };
    transaction(&mut store, &pkgs, Some("r/kinds"), &[]);
    let image = compile_pkgs(&pkgs);
    let root = store.roots[0].1;
    let attach = |store: &Store| {
        let mut m = Machine::new(&image, Limits::default()).unwrap();
        m.attach_store(
            Box::new(MapSource(store.objects.clone())),
            &store.roots,
            store.next_id,
        )
        .and_then(|()| m.load_all())
        .map(|_| ())
        .map_err(|e| e.render())
    };
    assert!(attach(&store).is_ok());
    let lie = |name: &str, f: &dyn Fn(&PVal) -> PVal| {
        let mut bad = store.clone();
        let mut rec = decode(&bad.objects[&root]).unwrap();
        if let Payload::Block { vars, .. } = &mut rec.payload {
            let v = vars.iter_mut().find(|(n, _)| n == name).unwrap();
            v.1 = f(&v.1);
        }
        bad.objects.insert(root, encode(&rec));
        attach(&bad)
    };
    // A sub-slice reaching past its array's capacity.
    let r = lie("sub", &|v| match v {
        PVal::Slice { id, .. } => PVal::Slice {
            id: *id,
            off: 8,
            len: 5,
        },
        _ => panic!("sub is a slice"),
    });
    assert!(r.unwrap_err().contains("a reference outside its object"));
    // A pointer to a cell that does not exist.
    let r = lie("pe", &|v| match v {
        PVal::Ptr { id, .. } => PVal::Ptr { id: *id, idx: 99 },
        _ => panic!("pe is a pointer"),
    });
    assert!(r.is_err());
    // A reference to an object that is not stored.
    let r = lie("pt", &|_| PVal::Ref(9999));
    assert!(r.unwrap_err().contains("object 9999 is missing"));
    // A function that does not exist.
    let r = lie("fn", &|_| {
        PVal::Func(crate::persist_encode::FuncName {
            pkg: "r/kinds".into(),
            name: "r/kinds.nothing".into(),
        })
    });
    assert!(r.unwrap_err().contains("not in this image"));
    // A standard variable that does not exist.
    let r = lie("pt", &|_| PVal::Std {
        pkg: "strconv".into(),
        var: "ErrNothing".into(),
    });
    assert!(r
        .unwrap_err()
        .contains("standard variable strconv.ErrNothing is not in this image"));
}

const LIB: &str = r#"
package lib

type Box struct{ V int }

var Shared = &Box{V: 7}

func NewBox(v int) *Box { return &Box{V: v} }
"#;

const REALM_A: &str = r#"
package a

import "p/lib"

type Item struct {
	Name string
	B    *lib.Box
}

var (
	Items  []*Item
	LibRef *lib.Box
)

func init() { LibRef = lib.Shared }

func Add()           { Items = append(Items, &Item{Name: "x", B: lib.NewBox(len(Items))}) }
func Get() *Item     { return Items[0] }
func Put(it *Item)   { Items = append(Items, it) }
func Clear()         { Items = nil }
func PokeLib()       { LibRef.V++ }
"#;

const REALM_B: &str = r#"
package b

import (
	"fmt"
	"r/a"
)

var (
	Mine  *a.Item
	Count int
)

func Grab()   { Mine = a.Get(); Count++ }
func Both()   { x := &a.Item{Name: "both"}; a.Put(x); Mine = x }
func Report() { fmt.Println(Count, Mine.Name, a.LibRef.V) }
func Poke()   { Mine.Name = "hacked" }
func Keep()   { x := &a.Item{Name: "kept"}; Mine = x; a.Put(x) }
"#;

#[test]
fn realms_share_objects_and_libraries_are_written_once() {
    let mut store = Store {
        next_id: 1,
        ..Store::default()
    };
    let lib = [("p/lib", LIB)];
    let la = [("p/lib", LIB), ("r/a", REALM_A)];
    let all = [("p/lib", LIB), ("r/a", REALM_A), ("r/b", REALM_B)];
    let (_, cs) = transaction(&mut store, &lib, Some("p/lib"), &[]);
    assert_eq!(cs.roots.len(), 1);
    let lib_root = cs.roots[0].1;
    let (_, cs) = transaction(&mut store, &la, Some("r/a"), &[]);
    assert_eq!(
        cs.roots.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(),
        ["r/a"]
    );
    let a_root = cs.roots[0].1;
    // The library's state is not written again (only its shared box's refcount changes).
    assert!(cs.writes.iter().all(|(id, _)| *id != lib_root));
    let (_, cs) = transaction(&mut store, &all, Some("r/b"), &[]);
    let b_root = cs.roots[0].1;
    let (_, cs) = transaction(&mut store, &all, None, &["r/a.Add"]);
    assert!(cs
        .writes
        .iter()
        .all(|(id, _)| *id != lib_root && *id != b_root));
    transaction(&mut store, &all, None, &["r/b.Grab"]);
    let before = store.objects.len();
    transaction(&mut store, &all, None, &["r/a.Clear"]);
    // The item survives (b holds it); only a's slice backing array goes.
    assert_eq!(store.objects.len(), before - 1);
    let (out, _) = transaction(&mut store, &all, None, &["r/b.Report"]);
    assert_eq!(out, "1 x 7\n");
    // A new object reached from both realms in one transaction belongs to the first in package order.
    let (_, cs) = transaction(&mut store, &all, None, &["r/b.Both"]);
    let owners: Vec<(String, ObjectId)> = cs
        .writes
        .iter()
        .map(|(_, b)| describe(b).unwrap())
        .filter(|v| v.type_key == "r/a.Item")
        .map(|v| (v.summary, v.owner))
        .collect();
    assert_eq!(owners, [("{\"both\", nil}".to_string(), a_root)]);
    // But an object b kept before handing it to a was b's from then on, and stays b's though a's block,
    // first in package order, reaches it first.
    let (_, cs) = transaction(&mut store, &all, None, &["r/b.Keep"]);
    let owners: Vec<(String, ObjectId)> = cs
        .writes
        .iter()
        .map(|(_, b)| describe(b).unwrap())
        .filter(|v| v.type_key == "r/a.Item" && v.summary.contains("kept"))
        .map(|v| (v.summary, v.owner))
        .collect();
    assert_eq!(owners, [("{\"kept\", nil}".to_string(), b_root)]);
    // Two commits in one machine.
    let image = compile_pkgs(&all);
    let mut m = store.attached(&image);
    let mut out = Vec::new();
    m.invoke(func(&image, "r/b.Grab"), &[], &mut out).unwrap();
    let cs1 = m.commit_changes().unwrap();
    store.apply(&cs1);
    m.invoke(func(&image, "r/a.Clear"), &[], &mut out).unwrap();
    m.invoke(func(&image, "r/b.Report"), &[], &mut out).unwrap();
    let cs2 = m.commit_changes().unwrap();
    store.apply(&cs2);
    assert_eq!(String::from_utf8(out).unwrap(), "2 both 7\n");
    let (out, _) = transaction(&mut store, &all, None, &["r/b.Report"]);
    assert_eq!(out, "2 both 7\n");
}

/// Calls `f` in a fresh process attached to `store`; the error, rendered, if it fails.
fn call_err(store: &Store, pkgs: &[(&str, &str)], f: &str) -> Option<String> {
    let image = compile_pkgs(pkgs);
    let mut m = store.attached(&image);
    let mut out = Vec::new();
    m.invoke(func(&image, f), &[], &mut out)
        .err()
        .map(|e| e.render())
}

#[test]
fn loaded_objects_keep_their_owners() {
    let mut store = Store::with_lib_a_b();
    let all = [("p/lib", LIB), ("r/a", REALM_A), ("r/b", REALM_B)];
    transaction(&mut store, &all, None, &["r/a.Add", "r/b.Grab"]);
    let e = call_err(&store, &all, "r/b.Poke").unwrap();
    assert!(
        e.starts_with("panic: cannot modify object of realm r/a from realm r/b"),
        "{e}"
    );
    let e = call_err(&store, &all, "r/a.PokeLib").unwrap();
    assert!(
        e.starts_with("panic: cannot modify object of frozen package p/lib"),
        "{e}"
    );
    assert_eq!(call_err(&store, &all, "r/a.Add"), None);
}

const BIG: &str = r#"
package big

type Entry struct {
	Name  string
	Value int
}

var entries map[int]*Entry

func init() {
	entries = map[int]*Entry{}
	for i := 0; i < 100000; i++ {
		entries[i] = &Entry{Name: "entry", Value: i}
	}
}

func Touch() { entries[500].Value++ }
"#;

/// Timings of eager attach and of a one-entry commit for a realm of 10^5 objects (run with --ignored).
#[test]
#[ignore]
fn big_realm_timings() {
    let pkgs = [("r/big", BIG)];
    let mut store = Store {
        next_id: 1,
        ..Store::default()
    };
    let t = std::time::Instant::now();
    let (_, cs) = transaction(&mut store, &pkgs, Some("r/big"), &[]);
    let bytes: usize = cs.writes.iter().map(|(_, b)| b.len()).sum();
    println!(
        "deploy: {:?}, {} objects, {} bytes",
        t.elapsed(),
        cs.writes.len(),
        bytes
    );
    let image = compile_pkgs(&pkgs);
    for _ in 0..3 {
        let source = Box::new(MapSource(store.objects.clone()));
        let mut m = Machine::new(&image, Limits::default()).unwrap();
        let t = std::time::Instant::now();
        m.attach_store(source, &store.roots, store.next_id).unwrap();
        let attached = t.elapsed();
        let mut out = Vec::new();
        m.invoke(func(&image, "r/big.Touch"), &[], &mut out)
            .unwrap();
        let t = std::time::Instant::now();
        let cs = m.commit_changes().unwrap();
        println!(
            "attach: {attached:?}, commit: {:?}, {} writes",
            t.elapsed(),
            cs.writes.len()
        );
        store.apply(&cs);
    }
}

const CHURN: &str = r#"
package churn

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

var head *Node

func init() { head = &Node{Val: 1, Next: &Node{Val: 2}} }

// Replace drops the list, allocates enough for the collector to run and reuse the freed slots, then builds
// a new list.
func Replace() {
	head = nil
	total := 0
	for i := 0; i < 20000; i++ {
		s := make([]int, 64)
		total += len(s)
	}
	head = &Node{Val: total, Next: &Node{Val: 3}}
}

func Show() { fmt.Println(head.Val, head.Next.Val) }
"#;

#[test]
fn slots_freed_and_reused_by_the_collector_get_new_identities() {
    let pkgs = [("r/churn", CHURN)];
    let mut store = Store {
        next_id: 1,
        ..Store::default()
    };
    transaction(&mut store, &pkgs, Some("r/churn"), &[]);
    let old: Vec<ObjectId> = store.objects.keys().copied().collect();
    let (out, cs) = transaction(
        &mut store,
        &pkgs,
        None,
        &["r/churn.Replace", "r/churn.Show"],
    );
    assert_eq!(out, "1280000 3\n");
    assert_eq!(store.objects.len(), 3);
    // Both old nodes were deleted, and the new ones have fresh ids.
    assert_eq!(cs.deletes.len(), 2);
    assert!(cs.deletes.iter().all(|id| old.contains(id)));
    let (out, _) = transaction(&mut store, &pkgs, None, &["r/churn.Show"]);
    assert_eq!(out, "1280000 3\n");
    // The collector did run during Replace.
    let image = compile_pkgs(&pkgs);
    let mut m = store.attached(&image);
    m.invoke(func(&image, "r/churn.Replace"), &[], &mut Vec::new())
        .unwrap();
    assert!(m.heap.collections > 0);
}

const PEOPLE: &str = r#"
package people

type Person struct {
	Name, Email string
	Age         int
	Friends     []*Person
	Tags        []string
	Scores      []int
}

var all []*Person

func init() {
	for i := 0; i < 200; i++ {
		p := &Person{Name: "p", Email: "p@example.com", Age: i, Tags: []string{"a", "bc"}, Scores: []int{1, 2, 3}}
		if i > 0 {
			p.Friends = []*Person{all[i-1]}
		}
		all = append(all, p)
	}
}
"#;

/// Heap bytes a fresh attach of `pkgs` takes, and the bytes of the records it read.
fn load_footprint(store: &Store, pkgs: &[(&str, &str)]) -> (u64, u64) {
    let image = compile_pkgs(pkgs);
    let mut m = Machine::new(&image, Limits::default()).unwrap();
    let before = m.heap.live_bytes;
    let source = Box::new(MapSource(store.objects.clone()));
    m.attach_store(source, &store.roots, store.next_id).unwrap();
    let encoded: usize = store.objects.values().map(|b| b.len()).sum();
    (m.heap.live_bytes - before, encoded as u64)
}

#[test]
fn loaded_objects_take_at_most_twice_their_encoded_size() {
    let pkgs = [("r/people", PEOPLE)];
    let mut store = Store {
        next_id: 1,
        ..Store::default()
    };
    transaction(&mut store, &pkgs, Some("r/people"), &[]);
    let (memory, encoded) = load_footprint(&store, &pkgs);
    assert!(
        memory <= 2 * encoded,
        "{memory} bytes in memory for {encoded} encoded"
    );
    // Values of every kind, maps included.
    let kinds = [("r/kinds", KINDS)];
    let mut store = Store {
        next_id: 1,
        ..Store::default()
    };
    transaction(&mut store, &kinds, Some("r/kinds"), &[]);
    let (memory, encoded) = load_footprint(&store, &kinds);
    assert!(
        memory <= 2 * encoded,
        "{memory} bytes in memory for {encoded} encoded"
    );
}

const DETACH: &str = r#"
package detach

type Node struct {
	Val  int
	Next *Node
}

var a, b *Node

func init() { a = &Node{Val: 1}; b = &Node{Val: 2} }

// Detach drops a (after giving it a new child, which is garbage too) and gives b a new child.
func Detach() {
	x := a
	a = nil
	x.Next = &Node{Val: 5}
	b.Next = &Node{Val: 6}
}
"#;

#[test]
fn commits_do_not_depend_on_when_the_collector_ran() {
    let pkgs = [("r/detach", DETACH)];
    let mut store = Store {
        next_id: 1,
        ..Store::default()
    };
    transaction(&mut store, &pkgs, Some("r/detach"), &[]);
    let image = compile_pkgs(&pkgs);
    let run = |collect: bool| {
        let mut m = store.attached(&image);
        m.invoke(func(&image, "r/detach.Detach"), &[], &mut Vec::new())
            .unwrap();
        if collect {
            m.heap.collect(&mut std::iter::empty());
        }
        m.commit_changes().unwrap()
    };
    let (with_gc, without) = (run(true), run(false));
    assert_eq!(with_gc, without);
    assert_eq!(with_gc.deletes.len(), 1);
    assert_eq!(with_gc.writes.len(), 3, "block, b and its new child");
}

const KINDS2: &str = r#"
package kinds2

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	P    *Point
}

var (
	pkey  = &Point{5, 6}
	im    map[any]int
	fm    map[float64]int
	sk    map[Key]int
	ak    map[[2]int]string
	agg   [2]Point
	pagg  *Point
	views []int
	base  []int
	grid  [][]int
	fns   []func() int
	mp    map[string]*Point
	empty []int
	nilm  map[string]int
	es    string
	bk    map[bool]string
	u64   uint64 = ^uint64(0)
	i8    int8   = -128
	f32   float32 = 1.25
)

func init() {
	im = map[any]int{1: 10, "s": 20, Point{1, 2}: 30, pkey: 40, 2.5: 50}
	fm = map[float64]int{nan(): 1, 0.5: 2}
	sk = map[Key]int{{"k", pkey}: 7}
	ak = map[[2]int]string{{1, 2}: "arr"}
	agg = [2]Point{{1, 1}, {2, 2}}
	pagg = &agg[1]
	base = []int{1, 2, 3, 4, 5, 6}
	views = base[1:3:4]
	grid = [][]int{{1, 2}, {3, 4}}
	n := 0
	fns = []func() int{func() int { n++; return n }, func() int { return n * 10 }}
	mp = map[string]*Point{"k": pkey}
	empty = []int{}
	bk = map[bool]string{true: "yes"}
}

func Check() {
	fmt.Println(im[1], im["s"], im[Point{1, 2}], im[pkey], im[2.5], len(im))
	fmt.Println(fm[0.5], len(fm))
	fmt.Println(sk[Key{"k", pkey}], sk[Key{"k", &Point{5, 6}}], ak[[2]int{1, 2}])
	pagg.X++
	fmt.Println(agg[1].X, pagg.X)
	views = append(views, 99)
	fmt.Println(len(views), cap(views), base[3])
	views = append(views, 100)
	views[0] = -1
	fmt.Println(len(views), base[1], base[4])
	grid[1][0]++
	fmt.Println(grid[1][0], fns[0](), fns[1]())
	mp["k"].Y++
	fmt.Println(pkey.Y, empty == nil, len(empty), nilm == nil, es == "", bk[true])
	u64--
	i8--
	f32 *= 2
	fmt.Println(u64, i8, f32)
	im[pkey]++
	fm[nan()] = 3
	fmt.Println(im[pkey], len(fm))
}

func nan() float64 {
	zero := 0.0
	return zero / zero
}
"#;

const KINDS2_OUT: &str = "\
10 20 30 40 50 5
2 2
7 0 arr
3 3
3 3 99
4 2 5
4 1 10
7 false 0 true true yes
18446744073709551614 127 2.5
41 3
10 20 30 41 50 5
2 3
7 0 arr
4 4
5 6 99
6 2 5
5 2 20
8 false 0 true true yes
18446744073709551613 126 5
42 4
10 20 30 42 50 5
2 4
7 0 arr
5 5
7 12 99
8 2 5
6 3 30
9 false 0 true true yes
18446744073709551612 125 10
43 5
";

#[test]
fn interface_keys_views_and_more_survive_restarts() {
    let pkgs = [("r/kinds2", KINDS2)];
    let mut store = Store {
        next_id: 1,
        ..Store::default()
    };
    let lines: Vec<&str> = KINDS2_OUT.lines().collect();
    let per = lines.len() / 3;
    for (i, chunk) in lines.chunks(per).enumerate() {
        let deploy = (i == 0).then_some("r/kinds2");
        let (out, _) = transaction(&mut store, &pkgs, deploy, &["r/kinds2.Check"]);
        let want: String = chunk.iter().map(|l| format!("{l}\n")).collect();
        assert_eq!(out, want, "call {i}");
    }
}

#[test]
fn attached_packages_are_not_initialised_again() {
    let pkgs = [("r/gc", GC)];
    let mut store = Store {
        next_id: 1,
        ..Store::default()
    };
    transaction(&mut store, &pkgs, Some("r/gc"), &[]);
    let image = compile_pkgs(&pkgs);
    let mut m = store.attached(&image);
    let e = m.run_package_init("r/gc", &mut Vec::new()).unwrap_err();
    assert!(e.render().contains("already initialised"));
    let again = Box::new(MapSource(store.objects.clone()));
    assert!(m.attach_store(again, &store.roots, store.next_id).is_err());
}

/// `(*[N]T)(s)` is a window on the slice's array (`Obj::View` with an offset); it must still share that array
/// after a restart. Expected output from Go (the same program calling Check three times).
const WINDOW: &str = r#"
package window

import "fmt"

var (
	s []int
	p *[2]int
	q []int
)

func init() {
	s = []int{1, 2, 3, 4, 5}
	p = (*[2]int)(s[1:])
	q = p[:]
}

func Check() {
	p[0]++
	s[2] += 10
	q[1]++
	fmt.Println(s, p[0], p[1], len(q), cap(q))
}
"#;

#[test]
fn array_pointer_windows_survive_restarts() {
    let pkgs = [("r/window", WINDOW)];
    let mut store = Store {
        next_id: 1,
        ..Store::default()
    };
    let (out, _) = transaction(&mut store, &pkgs, Some("r/window"), &["r/window.Check"]);
    assert_eq!(out, "[1 3 14 4 5] 3 14 2 2\n");
    let (out, _) = transaction(&mut store, &pkgs, None, &["r/window.Check"]);
    assert_eq!(out, "[1 4 25 4 5] 4 25 2 2\n");
    let (out, _) = transaction(&mut store, &pkgs, None, &["r/window.Check"]);
    assert_eq!(out, "[1 5 36 4 5] 5 36 2 2\n");
}

const KEEPER: &str = r#"
package keeper

var (
	F func() int
	V any
)

func SetF(f func() int) { F = f }
func SetV(v any)        { V = v }
"#;

#[test]
fn realms_cannot_keep_a_scripts_code_or_types() {
    let mut store = Store {
        next_id: 1,
        ..Store::default()
    };
    transaction(&mut store, &[("r/keeper", KEEPER)], Some("r/keeper"), &[]);
    for (script, want) in [
        (
            "package main\n\nimport \"r/keeper\"\n\nfunc main() { keeper.SetF(func() int { return 1 }) }\n",
            "cannot persist function main.main.func1",
        ),
        (
            "package main\n\nimport \"r/keeper\"\n\ntype T struct{ X int }\n\nfunc main() { keeper.SetV([]*T{{1}}) }\n",
            "cannot persist a value of type []*main.T",
        ),
    ] {
        let pkgs = [("r/keeper", KEEPER), ("main", script)];
        let image = compile_pkgs(&pkgs);
        let mut m = store.attached(&image);
        m.invoke(func(&image, "main.main"), &[], &mut Vec::new())
            .unwrap();
        let e = m.commit_changes().unwrap_err().render();
        assert!(e.contains(want), "{e}");
    }
    // Values of the script's built-in types are fine.
    let script = "package main\n\nimport \"r/keeper\"\n\nfunc main() { keeper.SetV([]int{1}) }\n";
    let (_, cs) = transaction(
        &mut store,
        &[("r/keeper", KEEPER), ("main", script)],
        None,
        &["main.main"],
    );
    assert!(!cs.writes.is_empty());
}

/// A machine that commits twice must read, in its second commit, the records its first one wrote (the
/// source it attached to still holds the older ones): here the first commit moves a reference from one
/// unloaded object to another, and the second must drop the right one.
#[test]
fn a_machine_committing_twice_reads_what_it_wrote() {
    let mut store = Store::with_lib_a_b();
    let all = [("p/lib", LIB), ("r/a", REALM_A), ("r/b", REALM_B)];
    transaction(&mut store, &all, None, &["r/b.Both", "r/b.Keep"]);
    let image = compile_pkgs(&all);
    let mut m = store.attached(&image);
    let mut out = Vec::new();
    m.invoke(func(&image, "r/b.Grab"), &[], &mut out).unwrap();
    store.apply(&m.commit_changes().unwrap());
    m.invoke(func(&image, "r/a.Clear"), &[], &mut out).unwrap();
    store.apply(&m.commit_changes().unwrap());
    let (out, _) = transaction(&mut store, &all, None, &["r/b.Report"]);
    assert_eq!(out, "1 both 7\n");
}
