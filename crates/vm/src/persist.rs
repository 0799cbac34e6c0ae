//! Persistence of the heap: attaching a machine to stored package state, and computing what a successful
//! transaction must write back (new and changed objects, refcounts, deletions of unreachable objects).
//!
//! The vm sees the store only through [`ObjectSource`]; the chain layer implements it and applies the
//! [`CommitSet`]. Persisted data never holds image indices: objects refer to each other by [`ObjectId`],
//! functions by (package path, name unique in the package), types by canonical key (`compile_typekey.rs`);
//! the record format is in `persist_encode.rs`.
//!
//! Garbage is found without scanning a realm: each record carries a refcount (how many persisted objects refer
//! to it); a commit adjusts counts from the old and new reference lists of the objects it rewrites, deletes
//! objects whose count reaches zero (recursively), and runs trial deletion over the subgraph below objects
//! whose count dropped but stayed positive, which finds unreachable cycles.
//!
//! Loading is lazy: attaching reads only the package blocks; every object they refer to is a stub slot
//! (`Obj::Stub(id)`), pinned for the transaction, that the machine loads when an instruction first touches it
//! (the heap records the touched stub, the instruction stops before acting, the machine loads the record and
//! runs the instruction again; see `Machine::load_stub`). A loaded record's references become stubs in turn,
//! so a transaction reads only the objects it uses, each charged store-read gas. What a loaded value requires of
//! an object still a stub (a slice's capacity, a pointer's cell) is checked when that object loads.

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet, VecDeque};

use rustc_hash::FxHashMap as HashMap;
use std::io::Write;

use crate::code::{Image, PackageKind};
use crate::heap::{realm_owner, Heap, Obj, FROZEN};
use crate::map::{GoMap, Key, KeyKind, KeyRef};
use crate::ops::Fault;
use crate::persist_encode::{self as enc, FuncName, PKey, PVal, Payload, Record};
use crate::types::RtKind;
use crate::value::{Handle, Value, NIL_ARRAY};
use crate::{Machine, RunError};

pub use crate::persist_encode::{describe, ObjectView};

/// The id of a persisted object; 0 is never a valid id.
pub type ObjectId = u64;

/// Read access to persisted objects (the chain layer implements it over the store).
pub trait ObjectSource {
    /// The encoded record of object `id`, or `None` if there is no such object.
    fn load(&mut self, id: ObjectId) -> Result<Option<Vec<u8>>, String>;
}

/// The commit error when a (corrupt) store's next id leaves no room for new objects.
fn ids_exhausted() -> String {
    "store: object ids exhausted (corrupt next id?)".into()
}

/// A source with nothing in it (a machine that was never attached).
struct EmptySource;

impl ObjectSource for EmptySource {
    fn load(&mut self, _: ObjectId) -> Result<Option<Vec<u8>>, String> {
        Ok(None)
    }
}

/// What a commit must write so that the store matches the heap.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CommitSet {
    /// New or changed objects, encoded, by ascending id.
    pub writes: Vec<(ObjectId, Vec<u8>)>,
    /// Persisted objects no longer reachable (cycles included), ascending.
    pub deletes: Vec<ObjectId>,
    /// Package path -> id of its package-block object, for packages persisted for the first time.
    pub roots: Vec<(String, ObjectId)>,
    /// The next free id after this commit.
    pub next_id: ObjectId,
}

/// A persisted object this machine knows (loaded, or written by one of its commits).
#[derive(Clone, Debug)]
struct Known {
    /// Its heap slot and the slot's generation (a freed and reused slot is another object); unused for blocks.
    handle: Handle,
    gen: u32,
    refcount: u32,
    refs: Vec<ObjectId>,
    owner: ObjectId,
    /// The canonical key of its static type, where known.
    type_key: String,
    /// For a package block: the index of its package in the image.
    block: Option<usize>,
}

/// Stable names of the image's functions, built when first needed (most transactions persist no function
/// value, and some load no object by type): every transaction attaches, so this is kept off its path.
struct FuncNames {
    funcs: Vec<FuncName>,
    func_index: HashMap<FuncName, u32>,
}

impl FuncNames {
    fn new(image: &Image) -> FuncNames {
        let mut funcs = Vec::with_capacity(image.funcs.len());
        let mut func_index =
            HashMap::with_capacity_and_hasher(image.funcs.len(), Default::default());
        for (i, f) in image.funcs.iter().enumerate() {
            let pkg = image
                .packages
                .get(f.pkg as usize)
                .map_or_else(String::new, |p| p.path.clone());
            // Names are unique within a package in practice; should two ever collide, later ones get `#n`
            // suffixes in image order, which the same sources always reproduce.
            let mut name = FuncName {
                pkg,
                name: f.name.to_string(),
            };
            let mut n = 1;
            while func_index.contains_key(&name) {
                name.name = format!("{}#{n}", f.name);
                n += 1;
            }
            func_index.insert(name.clone(), i as u32);
            funcs.push(name);
        }
        FuncNames { funcs, func_index }
    }
}

/// The image's types by canonical key.
fn type_index(image: &Image) -> HashMap<String, u32> {
    let mut index = HashMap::with_capacity_and_hasher(image.types.types.len(), Default::default());
    // The compiler's own type for a key wins over the pre-registered ones natives use (`int`, `string`),
    // since compiled code (type switches, assertions) compares against it.
    let builtins = crate::types::PANIC_NIL_ERROR_TYPE as usize + 1;
    let order = (builtins..image.types.types.len()).chain(0..builtins);
    for i in order {
        if let Some(t) = image.types.types.get(i) {
            index.entry(t.key.clone()).or_insert(i as u32);
        }
    }
    index
}

/// The persistence state of a machine.
pub(crate) struct Persist<'img> {
    source: Box<dyn ObjectSource + 'img>,
    next_id: ObjectId,
    /// Per package of the image: the id of its block object, once it has one.
    blocks: Vec<Option<ObjectId>>,
    /// Per package: its block record as last loaded or written (unchanged blocks are not rewritten).
    block_bytes: Vec<Option<Vec<u8>>>,
    known: BTreeMap<ObjectId, Known>,
    /// Heap slot -> (generation, id) of persisted objects in the heap (loaded, or stubs).
    by_handle: HashMap<Handle, (u32, ObjectId)>,
    /// Objects referred to by loaded ones but not loaded yet: id -> stub slot (stubs are pinned, so the slot
    /// stays theirs until they load).
    stubs: BTreeMap<ObjectId, Handle>,
    /// What loaded values require of objects still stubs (checked when they load).
    needs: HashMap<ObjectId, Vec<Need>>,
    /// Records this machine's commits wrote: the source may still hold what it held when the machine
    /// attached, and a later commit may read a record it did not load (to change its count).
    committed: HashMap<ObjectId, Vec<u8>>,
    image: &'img Image,
    /// The objects the standard packages' variables held when the store was attached (after their
    /// initialisation), both ways: persisted by name (`PVal::Std`), not copied into a realm.
    std_by_handle: HashMap<Handle, u32>,
    std_by_global: HashMap<u32, Handle>,
    /// The pointers inside the interfaces standard variables hold (`io.EOF`'s `*errorString`), by which map
    /// keys know them.
    std_inner_by_handle: HashMap<Handle, u32>,
    func_names: OnceCell<FuncNames>,
    type_index: OnceCell<HashMap<String, u32>>,
}

impl<'img> Persist<'img> {
    fn new(
        image: &'img Image,
        source: Box<dyn ObjectSource + 'img>,
        next_id: ObjectId,
    ) -> Persist<'img> {
        Persist {
            source,
            next_id: next_id.max(1),
            blocks: vec![None; image.packages.len()],
            block_bytes: vec![None; image.packages.len()],
            known: BTreeMap::new(),
            by_handle: HashMap::default(),
            stubs: BTreeMap::new(),
            needs: HashMap::default(),
            committed: HashMap::default(),
            image,
            std_by_handle: HashMap::default(),
            std_by_global: HashMap::default(),
            std_inner_by_handle: HashMap::default(),
            func_names: OnceCell::new(),
            type_index: OnceCell::new(),
        }
    }

    fn func_names(&self) -> &FuncNames {
        self.func_names.get_or_init(|| FuncNames::new(self.image))
    }

    fn type_index(&self) -> &HashMap<String, u32> {
        self.type_index.get_or_init(|| type_index(self.image))
    }

    fn block_pkg(&self, id: ObjectId) -> Option<usize> {
        self.known.get(&id).and_then(|k| k.block)
    }

    fn read(&mut self, id: ObjectId) -> Result<Vec<u8>, String> {
        if let Some(bytes) = self.committed.get(&id) {
            return Ok(bytes.clone());
        }
        self.source
            .load(id)?
            .ok_or_else(|| format!("object {id} is missing from the store"))
    }
}

/// The block of the realm a heap owner names, for objects a realm claimed before commit (none for unowned
/// objects, frozen libraries and packages without a block).
fn claimed_block(owner: u32, blocks: &[Option<ObjectId>]) -> Option<ObjectId> {
    if owner & FROZEN != 0 {
        return None;
    }
    let pkg = crate::heap::owner_package(owner)?;
    blocks.get(pkg as usize).copied().flatten()
}

/// Whether a type key names a type declared in package `main` (`main.T`, `[]*main.T`, but not `r/domain.T`).
fn mentions_main_package(key: &str) -> bool {
    key.match_indices("main.").any(|(i, _)| {
        key[..i]
            .chars()
            .next_back()
            // `·` starts the file of a local type (`r/x.T·main.go:3:6`).
            .is_none_or(|c| !(c.is_alphanumeric() || matches!(c, '_' | '/' | '.' | '·')))
    })
}

fn is_persistent(kind: PackageKind) -> bool {
    matches!(kind, PackageKind::Realm | PackageKind::Library)
}

/// The heap owner (see `Slot::owner`) of objects whose record names block `owner`: the realm, or nobody for a
/// library's (frozen) objects and for owners this image does not have.
fn heap_owner(image: &Image, p: &Persist, owner: ObjectId) -> u32 {
    const UNKNOWN_OWNER: u32 = FROZEN | !FROZEN;
    match p
        .block_pkg(owner)
        .map(|i| (i, image.packages.get(i).map(|p| p.kind)))
    {
        Some((i, Some(PackageKind::Realm))) => realm_owner(i as u32),
        Some((i, Some(PackageKind::Library))) => FROZEN | realm_owner(i as u32),
        _ => UNKNOWN_OWNER,
    }
}

// ---------------------------------------------------------------------------------------------------------
// Loading

/// Turns decoded records into heap objects. An id seen for the first time gets a stub slot (so that object
/// identity is preserved) that is filled when the machine first touches it.
struct Loader<'a, 'img> {
    heap: &'a mut Heap,
    p: &'a mut Persist<'img>,
    image: &'img Image,
    globals: Handle,
    /// The shared string bytes of the record being converted, and how far its strings are used.
    arena: Option<(Handle, u32)>,
    gas_left: &'a mut u64,
}

type Res<T> = Result<T, String>;

/// What a loaded value requires of an object that is still a stub, checked when that object loads.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Need {
    /// A slice reaches this far into it (its capacity must be at least this).
    Cap(u64),
    /// A pointer to this cell (an array element, a field, a boxed variable).
    Cell(u32),
}

impl Loader<'_, '_> {
    fn handle_for(&mut self, id: ObjectId) -> Res<Handle> {
        if let Some(k) = self.p.known.get(&id) {
            if k.block.is_some() {
                return Err(format!("object {id} is a package block, not an object"));
            }
            return Ok(k.handle);
        }
        if let Some(&h) = self.p.stubs.get(&id) {
            return Ok(h);
        }
        let h = self
            .heap
            .alloc_stub(id)
            .map_err(|_| "out of memory while loading".to_string())?;
        let gen = self.heap.identity(h).1;
        self.p.stubs.insert(id, h);
        self.p.by_handle.insert(h, (gen, id));
        Ok(h)
    }

    /// Puts every string of a record into one byte object that the record's string values share (strings are
    /// immutable), so that a loaded object costs no more than about twice its encoded size.
    fn begin_strings(&mut self, payload: &Payload) -> Res<()> {
        let mut buf = Vec::new();
        payload.for_each_str(&mut |b| buf.extend_from_slice(b));
        self.arena = None;
        if !buf.is_empty() && u32::try_from(buf.len()).is_ok() {
            let h = self
                .heap
                .alloc(Obj::Bytes(buf))
                .map_err(|_| "out of memory while loading".to_string())?;
            self.arena = Some((h, 0));
        }
        Ok(())
    }

    fn string(&mut self, b: &[u8]) -> Res<Value> {
        if b.is_empty() {
            return Ok(Value::EMPTY_STR);
        }
        let len = u32::try_from(b.len()).map_err(|_| "string too long".to_string())?;
        if let Some((h, at)) = self.arena {
            let end = at as usize + b.len();
            if let Some(Obj::Bytes(buf)) = self.heap.get(h) {
                if buf.get(at as usize..end) == Some(b) {
                    self.arena = Some((h, at + len));
                    return Ok(Value::Str { h, off: at, len });
                }
            }
        }
        self.heap
            .alloc_str(b.to_vec())
            .map_err(|_| "out of memory while loading".to_string())
    }

    /// A global cell of the block `id` refers to, if `id` is a block.
    fn global_cell(&self, id: ObjectId, idx: u32) -> Option<Res<u32>> {
        let pkg = self.p.block_pkg(id)?;
        let range = self.image.packages.get(pkg).map(|p| p.globals.clone())?;
        Some(
            range
                .start
                .checked_add(idx)
                .filter(|g| *g < range.end)
                .ok_or_else(|| format!("pointer to variable {idx} of a block with fewer")),
        )
    }

    fn value(&mut self, v: &PVal) -> Res<Value> {
        Ok(match v {
            PVal::Nil => Value::Nil,
            PVal::Bool(b) => Value::Bool(*b),
            PVal::Int(i) => Value::Int(*i),
            PVal::Float(f) => Value::Float(*f),
            PVal::Str(b) => self.string(b)?,
            PVal::Slice { id: 0, off, len } => {
                if *len != 0 {
                    return Err("corrupt object record: non-empty slice of nothing".into());
                }
                Value::Slice {
                    arr: NIL_ARRAY,
                    off: *off,
                    len: 0,
                }
            }
            PVal::Slice { id, off, len } => Value::Slice {
                arr: self.handle_for(*id)?,
                off: *off,
                len: *len,
            },
            PVal::Ref(id) => Value::Ref(self.handle_for(*id)?),
            PVal::Ptr { id, idx } => match self.global_cell(*id, *idx) {
                Some(g) => Value::Ptr {
                    obj: self.globals,
                    idx: g?,
                },
                None => Value::Ptr {
                    obj: self.handle_for(*id)?,
                    idx: *idx,
                },
            },
            PVal::Func(f) => Value::Func(self.func(f)?),
            PVal::Std { pkg, var } => Value::Ref(self.std_object(pkg, var)?),
        })
    }

    /// The object standard variable `pkg.var` holds in this transaction.
    fn std_object(&self, pkg: &str, var: &str) -> Res<Handle> {
        let g = self
            .image
            .packages
            .iter()
            .find(|p| p.path == pkg)
            .and_then(|p| {
                let k = p.global_names.iter().position(|n| n == var)?;
                Some(p.globals.start + k as u32)
            });
        g.and_then(|g| self.p.std_by_global.get(&g).copied())
            .ok_or_else(|| format!("standard variable {pkg}.{var} is not in this image"))
    }

    fn func(&self, f: &FuncName) -> Res<u32> {
        self.p
            .func_names()
            .func_index
            .get(f)
            .copied()
            .ok_or_else(|| format!("function {}:{} is not in this image", f.pkg, f.name))
    }

    fn type_id(&self, key: &str) -> Res<u32> {
        self.p
            .type_index()
            .get(key)
            .copied()
            .ok_or_else(|| format!("type {key} is not in this image"))
    }

    fn values(&mut self, vs: &[PVal]) -> Res<Vec<Value>> {
        vs.iter().map(|v| self.value(v)).collect()
    }

    fn key(&mut self, k: &PKey) -> Res<Key> {
        Ok(match k {
            PKey::Nil => Key::Nil,
            PKey::Bool(b) => Key::Bool(*b),
            PKey::Int(i) => Key::Int(*i),
            PKey::Float(bits) => Key::Float(*bits),
            PKey::Str(b) => Key::Str(b.clone().into()),
            PKey::Object(id) => Key::Object(self.handle_for(*id)?),
            PKey::Cell(id, idx) => match self.global_cell(*id, *idx) {
                Some(g) => Key::Cell(self.globals, g?),
                None => Key::Cell(self.handle_for(*id)?, *idx),
            },
            PKey::Tuple(ks) => Key::Tuple(
                ks.iter()
                    .map(|k| self.key(k))
                    .collect::<Res<Vec<_>>>()?
                    .into(),
            ),
            PKey::Typed(ty, k) => Key::Typed(self.type_id(ty)?, Box::new(self.key(k)?)),
            PKey::Std { pkg, var } => {
                let h = self.std_object(pkg, var)?;
                match self.heap.peek(h) {
                    Some(Obj::Iface {
                        val: Value::Ref(inner),
                        ..
                    }) => Key::Object(*inner),
                    _ => Key::Object(h),
                }
            }
        })
    }

    fn object(&mut self, r: &Record) -> Res<Obj> {
        Ok(match &r.payload {
            Payload::Block { .. } => {
                return Err("a package block where an object was expected".into())
            }
            Payload::Bytes(b) => Obj::Bytes(b.clone()),
            Payload::Ints(xs) => Obj::Ints(xs.clone()),
            Payload::Floats(xs) => Obj::Floats(xs.clone()),
            Payload::Values(vs) => Obj::Values(self.values(vs)?),
            Payload::View { base, off, end } => Obj::View {
                base: self.handle_for(*base)?,
                off: *off,
                end: *end,
            },
            Payload::Map { kind, entries } => {
                let mut m = GoMap::new(*kind, entries.len());
                for (k, v, pk) in entries {
                    let kv = self.value(k)?;
                    let vv = self.value(v)?;
                    match kind {
                        KeyKind::Int => m.insert(KeyRef::Int(kv.as_int()), kv, vv, self.heap),
                        KeyKind::Str => {
                            let PVal::Str(b) = k else {
                                return Err("corrupt object record: map key is not a string".into());
                            };
                            m.insert(KeyRef::Str(b), kv, vv, self.heap)
                        }
                        KeyKind::Other => {
                            let kr = match pk {
                                Some(pk) => KeyRef::Other(self.key(pk)?),
                                None => KeyRef::Unequal,
                            };
                            m.insert(kr, kv, vv, self.heap)
                        }
                    }
                }
                Obj::Map(Box::new(m))
            }
            Payload::Iface(v) => Obj::Iface {
                ty: self.type_id(&r.type_key)?,
                val: self.value(v)?,
            },
            Payload::Closure { func, captures } => Obj::Closure {
                func: self.func(func)?,
                captures: self.values(captures)?,
            },
        })
    }

    fn charge(&mut self, bytes: usize) -> Res<()> {
        let cost = crate::gas::store_read_cost(bytes as u64);
        if cost > *self.gas_left {
            *self.gas_left = 0;
            return Err(OUT_OF_GAS.into());
        }
        *self.gas_left -= cost;
        Ok(())
    }

    /// Checks that a loaded value refers to what it claims (a slice within its array, a pointer to an
    /// existing cell), so that corrupt but well-formed records cannot mislead the machine. What a value needs
    /// of an object not loaded yet is checked when that object loads.
    fn check_value(&mut self, v: Value) -> Res<()> {
        match v {
            Value::Slice { arr, off, len } if arr != NIL_ARRAY => {
                self.check_need(arr, Need::Cap(u64::from(off) + u64::from(len)))
            }
            Value::Ptr { obj, idx } if obj != self.globals => self.check_need(obj, Need::Cell(idx)),
            Value::Ref(h) => match self.heap.get(h) {
                None | Some(Obj::Free { .. }) => Err(CORRUPT_REF.into()),
                _ => Ok(()),
            },
            _ => Ok(()),
        }
    }

    fn check_need(&mut self, h: Handle, need: Need) -> Res<()> {
        if let Some(id) = self.heap.stub_id(h) {
            self.p.needs.entry(id).or_default().push(need);
            return Ok(());
        }
        let cells = |h: Handle| -> Option<u64> {
            Some(match self.heap.get(h)? {
                Obj::Bytes(b) => b.len(),
                Obj::Ints(x) => x.len(),
                Obj::Floats(x) => x.len(),
                Obj::Values(x) => x.len(),
                _ => return None,
            } as u64)
        };
        let ok = match need {
            // A window's own bounds within its base are checked with the window.
            Need::Cap(n) => match self.heap.get(h) {
                Some(Obj::View { off, end, .. }) => n <= u64::from(end.saturating_sub(*off)),
                _ => cells(h).is_some_and(|c| n <= c),
            },
            Need::Cell(i) => cells(h).is_some_and(|c| u64::from(i) < c),
        };
        if ok {
            Ok(())
        } else {
            Err(CORRUPT_REF.into())
        }
    }

    fn check_object(&mut self, h: Handle) -> Res<()> {
        let vals: Vec<Value> = match self.heap.get(h) {
            Some(Obj::Values(vs)) => vs.clone(),
            Some(Obj::Closure { captures, .. }) => captures.clone(),
            Some(Obj::Iface { val, .. }) => vec![*val],
            Some(Obj::View { base, off, end }) if off <= end => {
                let (base, end) = (*base, *end);
                return self.check_need(base, Need::Cap(u64::from(end)));
            }
            Some(Obj::View { .. }) => return Err("corrupt object record: an empty window".into()),
            Some(Obj::Map(m)) => {
                let mut vs = Vec::new();
                m.for_each_value(|v| vs.push(*v));
                vs
            }
            _ => Vec::new(),
        };
        vals.into_iter().try_for_each(|v| self.check_value(v))
    }

    /// Fills stub `h` (object `id`) from its record, then checks what it refers to and what loaded values
    /// required of it.
    fn load(&mut self, h: Handle, id: ObjectId) -> Res<()> {
        let bytes = self.p.read(id)?;
        self.charge(bytes.len())?;
        let rec = enc::decode(&bytes).map_err(|e| format!("object {id}: {e}"))?;
        if matches!(rec.payload, Payload::Block { .. }) {
            return Err(format!("object {id} is a package block, not an object"));
        }
        self.begin_strings(&rec.payload)?;
        let obj = self.object(&rec)?;
        self.heap
            .replace_obj(h, obj)
            .map_err(|_| "out of memory while loading".to_string())?;
        self.heap.clear_dirty(h);
        let owner = heap_owner(self.image, self.p, rec.owner);
        self.heap.set_owner(h, owner);
        let gen = self.heap.identity(h).1;
        self.p.stubs.remove(&id);
        self.p.by_handle.insert(h, (gen, id));
        self.p.known.insert(
            id,
            Known {
                handle: h,
                gen,
                refcount: rec.refcount,
                refs: rec.payload.refs(),
                owner: rec.owner,
                type_key: rec.type_key,
                block: None,
            },
        );
        self.check_object(h)?;
        for need in self.p.needs.remove(&id).unwrap_or_default() {
            self.check_need(h, need)?;
        }
        Ok(())
    }
}

/// The message of a record whose reference does not fit the object it names.
const CORRUPT_REF: &str = "corrupt object record: a reference outside its object";

/// The message of a store read that ran out of gas (turned into [`RunError::OutOfGas`]).
const OUT_OF_GAS: &str = "out of gas";

fn load_error(e: String) -> RunError {
    if e == OUT_OF_GAS {
        RunError::OutOfGas { trace: Vec::new() }
    } else {
        RunError::Internal(format!("store: {e}"))
    }
}

// ---------------------------------------------------------------------------------------------------------
// Encoding

/// Turns heap objects into records, giving ids to objects not yet persisted in discovery order.
struct Encoder<'a, 'img> {
    heap: &'a Heap,
    image: &'a Image,
    globals: Handle,
    p: &'a Persist<'img>,
    blocks: &'a [Option<ObjectId>],
    next_id: ObjectId,
    /// New objects found so far: handle -> id.
    new_ids: HashMap<Handle, ObjectId>,
    /// New objects waiting to be encoded, with their owner and static type where known.
    queue: VecDeque<(Handle, ObjectId, ObjectId, Option<u32>)>,
    owner: ObjectId,
}

impl Encoder<'_, '_> {
    fn persisted_id(&self, h: Handle) -> Option<ObjectId> {
        let (gen, id) = *self.p.by_handle.get(&h)?;
        (self.heap.identity(h).1 == gen
            && (self.p.known.contains_key(&id) || self.heap.stub_id(h) == Some(id)))
        .then_some(id)
    }

    fn id_for(&mut self, h: Handle, ty: Option<u32>) -> Res<ObjectId> {
        if h == self.globals {
            return Err("a reference to the package variables object".into());
        }
        if let Some(id) = self.persisted_id(h) {
            return Ok(id);
        }
        if let Some(&id) = self.new_ids.get(&h) {
            return Ok(id);
        }
        let id = self.next_id;
        self.next_id = id
            .checked_add(1)
            .ok_or_else(|| "object ids exhausted".to_string())?;
        self.new_ids.insert(h, id);
        self.queue.push_back((h, id, self.owner, ty));
        Ok(id)
    }

    /// The standard variable (package path, name) that held object `h` when the store was attached.
    fn std_name(&self, h: Handle) -> Option<(String, String)> {
        self.std_var(*self.p.std_by_handle.get(&h)?)
    }

    /// The standard variable whose object is `h`, or whose interface holds pointer `h` (a map key's identity).
    fn std_key_name(&self, h: Handle) -> Option<(String, String)> {
        let g = self
            .p
            .std_by_handle
            .get(&h)
            .or_else(|| self.p.std_inner_by_handle.get(&h))?;
        self.std_var(*g)
    }

    fn std_var(&self, g: u32) -> Option<(String, String)> {
        let pkg = self
            .image
            .packages
            .iter()
            .find(|p| p.globals.contains(&g))?;
        let var = pkg.global_names.get((g - pkg.globals.start) as usize)?;
        Some((pkg.path.clone(), var.clone()))
    }

    /// The block id and variable index of global `g`.
    fn global_cell(&self, g: u32) -> Res<(ObjectId, u32)> {
        for (i, pkg) in self.image.packages.iter().enumerate() {
            if pkg.globals.contains(&g) {
                return match self.blocks.get(i).copied().flatten() {
                    Some(id) => Ok((id, g - pkg.globals.start)),
                    None => Err(format!(
                        "a pointer to a variable of package {}, which does not persist",
                        pkg.path
                    )),
                };
            }
        }
        Err(format!("a pointer to unknown package variable {g}"))
    }

    fn func(&self, f: u32) -> Res<FuncName> {
        let name = self
            .p
            .func_names()
            .funcs
            .get(f as usize)
            .cloned()
            .ok_or_else(|| format!("unknown function {f}"))?;
        // A script's code is gone after its transaction: a realm cannot keep it.
        if name.pkg == "main" {
            return Err(format!(
                "cannot persist function {} of an ephemeral main package",
                name.name
            ));
        }
        Ok(name)
    }

    /// The key of a dynamic type persisted as identity (interface boxes, interface map keys): it must not
    /// involve types of an ephemeral main package.
    fn stable_type_key(&self, ty: u32) -> Res<String> {
        let key = self.type_key(ty)?;
        if mentions_main_package(&key) {
            return Err(format!(
                "cannot persist a value of type {key} of an ephemeral main package"
            ));
        }
        Ok(key)
    }

    fn type_key(&self, ty: u32) -> Res<String> {
        self.image
            .types
            .get(ty)
            .map(|t| t.key.clone())
            .ok_or_else(|| format!("unknown type {ty}"))
    }

    fn kind(&self, ty: Option<u32>) -> Option<&'_ RtKind> {
        ty.and_then(|t| self.image.types.get(t)).map(|t| &t.kind)
    }

    /// The type of the object a `Ref` of static type `ty` refers to, where known.
    fn referent_type(&self, ty: Option<u32>) -> Option<u32> {
        match self.kind(ty)? {
            RtKind::Struct { .. }
            | RtKind::Array { .. }
            | RtKind::Map { .. }
            | RtKind::Func
            | RtKind::Complex64
            | RtKind::Complex128 => ty,
            RtKind::Pointer { elem } => self
                .image
                .types
                .get(*elem)
                .is_some_and(|t| t.is_aggregate())
                .then_some(*elem),
            _ => None,
        }
    }

    /// The static type of cell `i` of an object of type `ty` (for slices: of their backing array).
    fn cell_type(&self, ty: Option<u32>, i: usize) -> Option<u32> {
        match self.kind(ty)? {
            RtKind::Struct { fields } => fields.get(i).map(|f| f.ty),
            RtKind::Array { elem, .. } | RtKind::Slice { elem } => Some(*elem),
            _ => None,
        }
    }

    fn value(&mut self, v: Value, ty: Option<u32>) -> Res<PVal> {
        Ok(match v {
            Value::Nil => PVal::Nil,
            Value::Bool(b) => PVal::Bool(b),
            Value::Int(i) => PVal::Int(i),
            Value::Float(f) => PVal::Float(f),
            Value::Str { .. } => PVal::Str(self.heap.str_bytes(v).to_vec()),
            Value::Slice { arr, off, len } => PVal::Slice {
                id: if arr == NIL_ARRAY {
                    0
                } else {
                    self.id_for(arr, ty)?
                },
                off,
                len,
            },
            Value::Ref(h) => match self.std_name(h) {
                Some((pkg, var)) => PVal::Std { pkg, var },
                None => PVal::Ref(self.id_for(h, self.referent_type(ty))?),
            },
            Value::Ptr { obj, idx } if obj == self.globals => {
                let (id, idx) = self.global_cell(idx)?;
                PVal::Ptr { id, idx }
            }
            Value::Ptr { obj, idx } => PVal::Ptr {
                id: self.id_for(obj, None)?,
                idx,
            },
            Value::Func(f) => PVal::Func(self.func(f)?),
        })
    }

    /// Cells of an object of static type `ty`.
    fn values(&mut self, vs: &[Value], ty: Option<u32>) -> Res<Vec<PVal>> {
        let mut out = Vec::with_capacity(vs.len());
        for (i, v) in vs.iter().enumerate() {
            out.push(self.value(*v, self.cell_type(ty, i))?);
        }
        Ok(out)
    }

    fn key(&mut self, k: &Key) -> Res<PKey> {
        Ok(match k {
            Key::Nil => PKey::Nil,
            Key::Bool(b) => PKey::Bool(*b),
            Key::Int(i) => PKey::Int(*i),
            Key::Float(bits) => PKey::Float(*bits),
            Key::Str(b) => PKey::Str(b.to_vec()),
            Key::Object(h) => match self.std_key_name(*h) {
                Some((pkg, var)) => PKey::Std { pkg, var },
                None => PKey::Object(self.id_for(*h, None)?),
            },
            Key::Cell(h, idx) if *h == self.globals => {
                let (id, idx) = self.global_cell(*idx)?;
                PKey::Cell(id, idx)
            }
            Key::Cell(h, idx) => PKey::Cell(self.id_for(*h, None)?, *idx),
            Key::Tuple(ks) => PKey::Tuple(ks.iter().map(|k| self.key(k)).collect::<Res<_>>()?),
            Key::Typed(ty, k) => PKey::Typed(self.stable_type_key(*ty)?, Box::new(self.key(k)?)),
        })
    }

    /// The record of heap object `h` (refcount filled in later).
    fn object(&mut self, h: Handle, owner: ObjectId, ty: Option<u32>) -> Res<Record> {
        self.owner = owner;
        let obj = self
            .heap
            .get(h)
            .ok_or_else(|| format!("dangling handle {h}"))?;
        let mut type_key = match ty {
            Some(t) => self.type_key(t)?,
            None => String::new(),
        };
        let payload = match obj {
            Obj::Free { .. } => return Err(format!("reference to freed object {h}")),
            // Stubs are persisted and unchanged: `persisted_id` names them, they are never re-encoded.
            Obj::Stub(id) => return Err(format!("object {id} encoded before it was loaded")),
            Obj::Bytes(b) => Payload::Bytes(b.clone()),
            Obj::Ints(xs) => Payload::Ints(xs.clone()),
            Obj::Floats(xs) => Payload::Floats(xs.clone()),
            Obj::Values(vs) => Payload::Values(self.values(vs, ty)?),
            Obj::View { base, off, end } => Payload::View {
                base: self.id_for(*base, ty)?,
                off: *off,
                end: *end,
            },
            Obj::Map(m) => {
                let (kt, vt) = match self.kind(ty) {
                    Some(RtKind::Map { key, value }) => (Some(*key), Some(*value)),
                    _ => (None, None),
                };
                let mut entries = Vec::with_capacity(m.len());
                for (k, v, pk) in m.entries_with_keys() {
                    let pk = match pk {
                        Some(pk) => Some(self.key(pk)?),
                        None => None,
                    };
                    entries.push((self.value(k, kt)?, self.value(v, vt)?, pk));
                }
                Payload::Map {
                    kind: m.key_kind(),
                    entries,
                }
            }
            Obj::Iface { ty, val } => {
                type_key = self.stable_type_key(*ty)?;
                Payload::Iface(self.value(*val, Some(*ty))?)
            }
            Obj::Closure { func, captures } => Payload::Closure {
                func: self.func(*func)?,
                captures: self.values(captures, None)?,
            },
        };
        Ok(Record {
            refcount: 0,
            owner,
            type_key,
            payload,
        })
    }
}

// ---------------------------------------------------------------------------------------------------------
// The machine's interface

impl<'img> Machine<'img> {
    /// Persistent packages of this image and where their state is. `roots` maps a package path to its
    /// package-block object; such packages get their variables from the store and their initialisers must not
    /// run again. `next_id` is the first id new objects may take. Roots of packages not in this image are
    /// ignored. Only the package blocks are read now; objects load when the machine first touches them
    /// ([`Machine::load_stub`]), each charging store-read gas.
    pub fn attach_store(
        &mut self,
        source: Box<dyn ObjectSource + 'img>,
        roots: &[(String, ObjectId)],
        next_id: ObjectId,
    ) -> Result<(), RunError> {
        let image = self.image;
        if self.persist.is_some() {
            return Err(RunError::Internal("store: already attached".into()));
        }
        let mut p = Persist::new(image, source, next_id);
        // The standard packages are initialised by now: remember the objects their variables hold (pinned, in
        // case code reassigns a variable), so that a realm keeping one keeps a name, not a copy.
        let std_cells: Vec<(u32, Handle)> = match self.heap.peek(self.globals) {
            Some(Obj::Values(gs)) => image
                .packages
                .iter()
                .filter(|pkg| pkg.kind == PackageKind::Plain && pkg.path != "main")
                .flat_map(|pkg| pkg.globals.clone())
                .filter_map(|g| match gs.get(g as usize) {
                    Some(Value::Ref(h)) => Some((g, *h)),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        for (g, h) in std_cells {
            if let std::collections::hash_map::Entry::Vacant(e) = p.std_by_handle.entry(h) {
                e.insert(g);
                self.heap.pin(h);
            }
            if let Some(Obj::Iface {
                val: Value::Ref(inner),
                ..
            }) = self.heap.peek(h)
            {
                p.std_inner_by_handle.entry(*inner).or_insert(g);
            }
            p.std_by_global.insert(g, h);
        }
        let mut attached = Vec::new();
        for (path, id) in roots {
            let Some(i) = image.packages.iter().position(|p| &p.path == path) else {
                continue;
            };
            if *id == 0 || p.known.contains_key(id) {
                return Err(RunError::Internal(format!(
                    "store: bad root {id} for package {path}"
                )));
            }
            p.blocks[i] = Some(*id);
            // Placeholder entry so that pointers to the block's variables resolve while loading.
            p.known.insert(
                *id,
                Known {
                    handle: u32::MAX,
                    gen: 0,
                    refcount: 0,
                    refs: Vec::new(),
                    owner: *id,
                    type_key: String::new(),
                    block: Some(i),
                },
            );
            attached.push((i, *id));
        }
        let mut loader = Loader {
            heap: &mut self.heap,
            p: &mut p,
            image,
            globals: self.globals,
            arena: None,
            gas_left: &mut self.gas_left,
        };
        let mut cells = Vec::new();
        for &(i, id) in &attached {
            let pkg = &image.packages[i];
            let bytes = loader.p.read(id).map_err(load_error)?;
            loader.charge(bytes.len()).map_err(load_error)?;
            let rec = enc::decode(&bytes)
                .map_err(|e| load_error(format!("package block {id} of {}: {e}", pkg.path)))?;
            let Payload::Block { path, vars } = &rec.payload else {
                return Err(load_error(format!("object {id} is not a package block")));
            };
            if path != &pkg.path || vars.len() != pkg.global_names.len() {
                return Err(load_error(format!(
                    "package block {id} does not match package {} ({} variables stored, {} declared)",
                    pkg.path,
                    vars.len(),
                    pkg.global_names.len()
                )));
            }
            loader.begin_strings(&rec.payload).map_err(load_error)?;
            for (k, (_, v)) in vars.iter().enumerate() {
                let v = loader.value(v).map_err(load_error)?;
                cells.push((pkg.globals.start as usize + k, v));
            }
            if let Some(k) = loader.p.known.get_mut(&id) {
                k.refcount = rec.refcount;
                k.refs = rec.payload.refs();
            }
            loader.p.block_bytes[i] = Some(bytes);
        }
        for (_, v) in &cells {
            loader.check_value(*v).map_err(load_error)?;
        }
        if let Some(Obj::Values(gs)) = self.heap.get_mut(self.globals) {
            for (g, v) in cells {
                if let Some(c) = gs.get_mut(g) {
                    *c = v;
                }
            }
        }
        self.persist = Some(Box::new(p));
        // Libraries were frozen after their init, when they were deployed.
        for (i, _) in attached {
            if image.packages[i].kind == PackageKind::Library {
                self.freeze_package(&image.packages[i].path)?;
            }
        }
        Ok(())
    }

    /// Loads the persisted object whose stub is `h` (the machine touched it). A store failure or a corrupt
    /// record is an internal fault (the transaction fails, nothing is written); running out of gas is one too.
    pub(crate) fn load_stub(&mut self, h: Handle) -> Result<(), Fault> {
        let Some(id) = self.heap.stub_id(h) else {
            // Loaded meanwhile (the same stub touched twice in one instruction).
            return Ok(());
        };
        let Some(p) = self.persist.as_deref_mut() else {
            return Err(Fault::Internal("store: a stub without a store".into()));
        };
        let mut loader = Loader {
            heap: &mut self.heap,
            p,
            image: self.image,
            globals: self.globals,
            arena: None,
            gas_left: &mut self.gas_left,
        };
        let r = loader.load(h, id);
        // The loader's own reads of stubs (checks) are not the machine's.
        self.heap.take_stub();
        r.map_err(|e| match e.as_str() {
            OUT_OF_GAS => Fault::OutOfGas,
            _ => Fault::Internal(format!("store: {e}")),
        })
    }

    /// Loads every persisted object reachable from the attached packages (tests, consistency checks), in id
    /// order; returns how many it loaded.
    pub fn load_all(&mut self) -> Result<usize, RunError> {
        let mut n = 0;
        loop {
            let next = self
                .persist
                .as_ref()
                .and_then(|p| p.stubs.first_key_value().map(|(_, h)| *h));
            let Some(h) = next else {
                return Ok(n);
            };
            self.load_stub(h).map_err(|f| match f {
                Fault::OutOfGas => RunError::OutOfGas { trace: Vec::new() },
                Fault::Internal(m) => RunError::Internal(m),
                other => RunError::Internal(format!("{other:?}")),
            })?;
            n += 1;
        }
    }

    /// Runs the initialisers of one package only (deploy of a new package; its dependencies are attached).
    pub fn run_package_init(&mut self, path: &str, out: &mut dyn Write) -> Result<(), RunError> {
        let image = self.image;
        let pkg = image
            .packages
            .iter()
            .find(|p| p.path == path)
            .ok_or_else(|| RunError::Internal(format!("no package {path} in the image")))?;
        let i = image.packages.iter().position(|p| p.path == path);
        if let (Some(p), Some(i)) = (&self.persist, i) {
            if p.blocks.get(i).copied().flatten().is_some() {
                return Err(RunError::Internal(format!(
                    "package {path} is already initialised (its state is in the store)"
                )));
            }
        }
        for &f in &pkg.init {
            self.invoke(f, &[], out)?;
        }
        Ok(())
    }

    /// After a successful transaction: what to write so the store matches the heap for every Realm and
    /// Library package of the image (libraries: their state after init, written once at deploy). Packages
    /// without a root get one. The machine then treats the result as committed.
    pub fn commit_changes(&mut self) -> Result<CommitSet, RunError> {
        let mut p = match self.persist.take() {
            Some(p) => p,
            None => Box::new(Persist::new(self.image, Box::new(EmptySource), 1)),
        };
        let r = self.commit_with(&mut p);
        self.persist = Some(p);
        r.map_err(|e| RunError::Internal(format!("commit: {e}")))
    }

    fn commit_with(&mut self, p: &mut Persist<'img>) -> Res<CommitSet> {
        let image = self.image;
        self.heap.claim_written();
        let globals_cells: Vec<Value> = match self.heap.get(self.globals) {
            Some(Obj::Values(gs)) => gs.clone(),
            _ => return Err("no package variables".into()),
        };
        // Block ids for packages persisted for the first time, in package order.
        let mut next_id = p.next_id;
        let mut blocks = p.blocks.clone();
        let mut roots = Vec::new();
        for (i, pkg) in image.packages.iter().enumerate() {
            if is_persistent(pkg.kind) && blocks[i].is_none() {
                blocks[i] = Some(next_id);
                roots.push((pkg.path.clone(), next_id));
                next_id = next_id.checked_add(1).ok_or_else(ids_exhausted)?;
            }
        }

        // 1. Encode blocks, dirty persisted objects and the new objects they reach.
        let mut encoded: BTreeMap<ObjectId, (Record, Option<Handle>)> = BTreeMap::new();
        let mut enc = Encoder {
            heap: &self.heap,
            image,
            globals: self.globals,
            p: &*p,
            blocks: &blocks,
            next_id,
            new_ids: HashMap::default(),
            queue: VecDeque::new(),
            owner: 0,
        };
        let drain = |enc: &mut Encoder, encoded: &mut BTreeMap<_, _>| -> Res<()> {
            while let Some((h, id, owner, ty)) = enc.queue.pop_front() {
                let rec = enc.object(h, owner, ty)?;
                encoded.insert(id, (rec, Some(h)));
            }
            Ok(())
        };
        for (i, pkg) in image.packages.iter().enumerate() {
            let Some(id) = blocks[i].filter(|_| is_persistent(pkg.kind)) else {
                continue;
            };
            enc.owner = id;
            let cells = globals_cells
                .get(pkg.globals.start as usize..pkg.globals.end as usize)
                .ok_or("package variables out of range")?;
            let mut vars = Vec::with_capacity(cells.len());
            for ((name, v), ty) in pkg.global_names.iter().zip(cells).zip(&pkg.global_types) {
                vars.push((name.clone(), enc.value(*v, Some(*ty))?));
            }
            let rec = Record {
                refcount: 0,
                owner: id,
                type_key: String::new(),
                payload: Payload::Block {
                    path: pkg.path.clone(),
                    vars,
                },
            };
            encoded.insert(id, (rec, None));
            drain(&mut enc, &mut encoded)?;
        }
        for (&id, k) in &p.known {
            if k.block.is_some()
                || self.heap.identity(k.handle).1 != k.gen
                || !self.heap.is_dirty(k.handle)
            {
                continue;
            }
            let ty = enc.p.type_index().get(&k.type_key).copied();
            let rec = enc.object(k.handle, k.owner, ty)?;
            encoded.insert(id, (rec, Some(k.handle)));
            drain(&mut enc, &mut encoded)?;
        }
        let first_object_id = next_id;

        // 2. Refcounts from old and new reference lists.
        let mut graph = Graph {
            p,
            encoded: &encoded,
            stored: HashMap::default(),
            rc: BTreeMap::new(),
            orig_rc: HashMap::default(),
        };
        let mut dropped = BTreeSet::new();
        for (id, (rec, _)) in &encoded {
            let new_refs = rec.payload.refs();
            let old_refs = graph
                .p
                .known
                .get(id)
                .map(|k| k.refs.clone())
                .unwrap_or_default();
            for r in &new_refs {
                if old_refs.binary_search(r).is_err() {
                    *graph.rc_mut(*r)? += 1;
                }
            }
            for r in &old_refs {
                if new_refs.binary_search(r).is_err() {
                    let c = graph.rc_mut(*r)?;
                    *c = c.saturating_sub(1);
                    dropped.insert(*r);
                }
            }
        }

        // 3. Objects no longer referenced, recursively; then garbage cycles below objects whose count dropped.
        let mut deleted = BTreeSet::new();
        let mut zero: Vec<ObjectId> = dropped.iter().copied().collect();
        while let Some(id) = zero.pop() {
            if graph.is_block(id) || deleted.contains(&id) || graph.rc(id)? != 0 {
                continue;
            }
            deleted.insert(id);
            for r in graph.refs(id)? {
                let c = graph.rc_mut(r)?;
                *c = c.saturating_sub(1);
                dropped.insert(r);
                zero.push(r);
            }
        }
        let candidates: Vec<ObjectId> = dropped
            .iter()
            .copied()
            .filter(|id| !deleted.contains(id) && !graph.is_block(*id))
            .collect();
        if !candidates.is_empty() {
            for g in graph.garbage_cycles(&candidates, &deleted)? {
                deleted.insert(g);
            }
        }

        // 4. Final ids for the new objects that survive, in discovery order over surviving records only: the
        // ids given above also count new objects reached from garbage, which depends on when the collector
        // last ran, and must not shift the ids of others.
        let tentative: BTreeSet<ObjectId> = encoded
            .keys()
            .copied()
            .filter(|id| *id >= first_object_id && !graph.p.known.contains_key(id))
            .collect();
        let mut final_ids: HashMap<ObjectId, ObjectId> = HashMap::default();
        let mut new_owner: HashMap<ObjectId, ObjectId> = HashMap::default();
        let mut next_id = first_object_id;
        let starts: Vec<ObjectId> = blocks
            .iter()
            .flatten()
            .copied()
            .chain(
                encoded
                    .keys()
                    .copied()
                    .filter(|id| graph.p.known.get(id).is_some_and(|k| k.block.is_none())),
            )
            .filter(|id| encoded.contains_key(id) && !deleted.contains(id))
            .collect();
        for start in starts {
            let mut queue = VecDeque::from([start]);
            while let Some(id) = queue.pop_front() {
                let Some((rec, _)) = encoded.get(&id) else {
                    continue;
                };
                let owner = new_owner.get(&id).copied().unwrap_or(rec.owner);
                for r in rec.payload.ids_in_order() {
                    if tentative.contains(&r)
                        && !deleted.contains(&r)
                        && !final_ids.contains_key(&r)
                    {
                        final_ids.insert(r, next_id);
                        // An object a realm claimed during the transaction (see `Heap::set_realm`) stays
                        // that realm's whoever else reaches it; others belong to whoever reaches them first.
                        let claimed = encoded
                            .get(&r)
                            .and_then(|(_, h)| *h)
                            .and_then(|h| claimed_block(self.heap.owner(h), &blocks));
                        new_owner.insert(r, claimed.unwrap_or(owner));
                        next_id = next_id.checked_add(1).ok_or_else(ids_exhausted)?;
                        queue.push_back(r);
                    }
                }
            }
        }
        let final_id = |id: ObjectId| final_ids.get(&id).copied().unwrap_or(id);

        // 5. The writes: encoded objects with their final counts, and objects whose count alone changed.
        let mut writes = Vec::new();
        let mut block_updates = Vec::new();
        let mut known_updates = Vec::new();
        let mut known_types = Vec::new();
        for (id, (rec, h)) in &encoded {
            if deleted.contains(id) {
                continue;
            }
            if tentative.contains(id) && !final_ids.contains_key(id) {
                return Err(format!("new object {id} is neither reachable nor garbage"));
            }
            let mut rec = rec.clone();
            rec.refcount = graph.rc(*id)?;
            if let Some(o) = new_owner.get(id) {
                rec.owner = *o;
            }
            rec.payload.map_ids(&mut |x| final_id(x));
            let id = &final_id(*id);
            let bytes = enc::encode(&rec);
            let block = graph.p.block_pkg(*id).or_else(|| {
                image
                    .packages
                    .iter()
                    .enumerate()
                    .position(|(i, _)| blocks[i] == Some(*id))
            });
            if let Some(i) = block {
                if graph.p.block_bytes.get(i).and_then(|b| b.as_ref()) == Some(&bytes) {
                    continue;
                }
                block_updates.push((i, bytes.clone()));
            }
            known_updates.push((*id, *h, rec.refcount, rec.payload.refs(), rec.owner, block));
            known_types.push(rec.type_key);
            writes.push((*id, bytes));
        }
        let mut count_updates = Vec::new();
        for (&id, &c) in &graph.rc {
            if encoded.contains_key(&id)
                || deleted.contains(&id)
                || graph.orig_rc.get(&id) == Some(&c)
            {
                continue;
            }
            let mut bytes = graph.p.read(id)?;
            enc::patch_refcount(&mut bytes, c)?;
            count_updates.push((id, c));
            writes.push((id, bytes));
        }
        writes.sort_by_key(|(id, _)| *id);
        // Only objects that were persisted before need deleting (new garbage was never written).
        let deletes: Vec<ObjectId> = deleted
            .iter()
            .copied()
            .filter(|id| graph.p.known.contains_key(id) || graph.stored.contains_key(id))
            .collect();
        drop(graph);

        // 6. The machine now treats this as committed.
        p.next_id = next_id;
        p.blocks = blocks;
        for (i, bytes) in block_updates {
            p.block_bytes[i] = Some(bytes);
        }
        for ((id, h, refcount, refs, owner, block), type_key) in
            known_updates.into_iter().zip(known_types)
        {
            let (handle, gen) = match h {
                Some(h) => {
                    self.heap.clear_dirty(h);
                    // Objects persisted for the first time now belong to the realm that reached them.
                    if self.heap.owner(h) == 0 {
                        let o = heap_owner(image, p, owner);
                        self.heap.set_owner(h, o);
                    }
                    // Persisted now: a record not loaded yet may refer to it (see `PINNED`).
                    self.heap.pin(h);
                    let gen = self.heap.identity(h).1;
                    p.by_handle.insert(h, (gen, id));
                    (h, gen)
                }
                None => (u32::MAX, 0),
            };
            p.known.insert(
                id,
                Known {
                    handle,
                    gen,
                    refcount,
                    refs,
                    owner,
                    type_key,
                    block,
                },
            );
        }
        for (id, c) in count_updates {
            if let Some(k) = p.known.get_mut(&id) {
                k.refcount = c;
            }
        }
        for (id, bytes) in &writes {
            p.committed.insert(*id, bytes.clone());
        }
        for id in &deleted {
            let handle = match p.known.remove(id) {
                Some(k) => Some(k.handle),
                None => p.stubs.remove(id),
            };
            p.needs.remove(id);
            p.committed.remove(id);
            if let Some(h) = handle {
                if p.by_handle.get(&h).is_some_and(|(_, i)| i == id) {
                    p.by_handle.remove(&h);
                    self.heap.unpin(h);
                }
            }
        }
        Ok(CommitSet {
            writes,
            deletes,
            roots,
            next_id,
        })
    }
}

/// The persisted object graph as a commit sees it: records being written, objects the machine knows, and
/// records read from the store on demand; with working refcounts.
struct Graph<'a, 'img> {
    p: &'a mut Persist<'img>,
    encoded: &'a BTreeMap<ObjectId, (Record, Option<Handle>)>,
    /// Records read from the store during this commit (objects never loaded).
    stored: HashMap<ObjectId, Record>,
    /// Working refcounts of every object whose count was looked at, and the counts they started from.
    rc: BTreeMap<ObjectId, u32>,
    orig_rc: HashMap<ObjectId, u32>,
}

impl Graph<'_, '_> {
    fn is_block(&self, id: ObjectId) -> bool {
        matches!(
            self.encoded.get(&id),
            Some((
                Record {
                    payload: Payload::Block { .. },
                    ..
                },
                _
            ))
        ) || self.p.block_pkg(id).is_some()
    }

    fn stored(&mut self, id: ObjectId) -> Res<&Record> {
        if !self.stored.contains_key(&id) {
            let bytes = self.p.read(id)?;
            let rec = enc::decode(&bytes).map_err(|e| format!("object {id}: {e}"))?;
            self.stored.insert(id, rec);
        }
        self.stored
            .get(&id)
            .ok_or_else(|| format!("object {id} vanished"))
    }

    fn rc_mut(&mut self, id: ObjectId) -> Res<&mut u32> {
        if !self.rc.contains_key(&id) {
            let c = if let Some(k) = self.p.known.get(&id) {
                k.refcount
            } else if self.encoded.contains_key(&id) {
                0
            } else {
                self.stored(id)?.refcount
            };
            self.rc.insert(id, c);
            self.orig_rc.insert(id, c);
        }
        self.rc
            .get_mut(&id)
            .ok_or_else(|| format!("object {id} has no count"))
    }

    fn rc(&mut self, id: ObjectId) -> Res<u32> {
        Ok(*self.rc_mut(id)?)
    }

    /// The ids `id` refers to after this commit.
    fn refs(&mut self, id: ObjectId) -> Res<Vec<ObjectId>> {
        if let Some((rec, _)) = self.encoded.get(&id) {
            return Ok(rec.payload.refs());
        }
        if let Some(k) = self.p.known.get(&id) {
            return Ok(k.refs.clone());
        }
        Ok(self.stored(id)?.payload.refs())
    }

    /// Trial deletion: the objects reachable from `candidates` (blocks excluded) that are referenced only from
    /// within that subgraph and not reachable from an object referenced from outside it. Counts of live
    /// objects that garbage referred to are lowered.
    fn garbage_cycles(
        &mut self,
        candidates: &[ObjectId],
        deleted: &BTreeSet<ObjectId>,
    ) -> Res<Vec<ObjectId>> {
        let mut sub: BTreeMap<ObjectId, Vec<ObjectId>> = BTreeMap::new();
        let mut stack: Vec<ObjectId> = candidates.to_vec();
        while let Some(id) = stack.pop() {
            if sub.contains_key(&id) || deleted.contains(&id) || self.is_block(id) {
                continue;
            }
            let refs = self.refs(id)?;
            stack.extend(refs.iter().copied());
            sub.insert(id, refs);
        }
        let mut internal: HashMap<ObjectId, u32> = HashMap::default();
        for refs in sub.values() {
            for r in refs {
                if sub.contains_key(r) {
                    *internal.entry(*r).or_default() += 1;
                }
            }
        }
        let mut live = BTreeSet::new();
        let mut stack = Vec::new();
        for &id in sub.keys() {
            if self.rc(id)? > internal.get(&id).copied().unwrap_or(0) {
                stack.push(id);
            }
        }
        while let Some(id) = stack.pop() {
            if !live.insert(id) {
                continue;
            }
            if let Some(refs) = sub.get(&id) {
                stack.extend(refs.iter().copied().filter(|r| sub.contains_key(r)));
            }
        }
        let garbage: Vec<ObjectId> = sub
            .keys()
            .copied()
            .filter(|id| !live.contains(id))
            .collect();
        for g in &garbage {
            for r in sub.get(g).cloned().unwrap_or_default() {
                if live.contains(&r) || self.is_block(r) {
                    let c = self.rc_mut(r)?;
                    *c = c.saturating_sub(1);
                }
            }
        }
        Ok(garbage)
    }
}

#[cfg(test)]
mod tests {
    use super::mentions_main_package;

    #[test]
    fn main_package_types_are_recognised_in_keys() {
        for k in [
            "main.T",
            "[]*main.T",
            "map[string]main.T",
            "struct{x main.T}",
        ] {
            assert!(mentions_main_package(k), "{k}");
        }
        for k in [
            "r/domain.T",
            "r/main.T",
            "[]int",
            "p/x.mainT",
            "r/x.T·main.go:3:6",
        ] {
            assert!(!mentions_main_package(k), "{k}");
        }
    }
}
