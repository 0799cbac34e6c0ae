//! The heap: a vector of object slots addressed by `u32` handles, a free list, byte accounting and a mark-sweep
//! tracing GC.
//!
//! Every slot has a header with a generation (bumped when a freed slot is reused, so `(handle, gen)` is an
//! identity that never repeats within a run) and flags: the GC mark and a dirty bit set by every mutable access
//! (the realm layer will persist dirty objects). The GC never runs inside an instruction: the machine asks
//! [`Heap::should_collect`] at safe points and passes every root it holds.

use crate::map::GoMap;
use crate::value::{Handle, Value, NIL_ARRAY};

/// A heap object.
#[derive(Debug)]
pub enum Obj {
    /// A free slot; `next` links the free list (`u32::MAX` ends it).
    Free {
        next: Handle,
    },
    /// String bytes, and arrays of bool / uint8 (one byte per element).
    Bytes(Vec<u8>),
    /// Arrays of the other integer types (each element wrapped to its width).
    Ints(Vec<i64>),
    Floats(Vec<f64>),
    /// Structs (one cell per field), arrays of any other element type, boxed variables (one cell).
    Values(Vec<Value>),
    /// A window on the array `base`: its cell `i` is cell `off + i` of `base`, up to (not including) `end`.
    /// With `off == 0` it is the array behind a slice whose capacity a 3-index slice expression lowered (slices
    /// index it with their own absolute offsets); with `off > 0` it is the array a `(*[N]T)(s)` conversion
    /// points to, sharing the slice's elements (slices never refer to such a view: slicing it resolves it).
    View {
        base: Handle,
        off: u32,
        end: u32,
    },
    Map(Box<GoMap>),
    /// An interface value holding a non-nil dynamic type (an index into the image's runtime types).
    Iface {
        ty: u32,
        val: Value,
    },
    /// A function value with captured variables (each a boxed variable `Ptr`, or a copied value).
    Closure {
        func: u32,
        captures: Vec<Value>,
    },
    /// A persisted object not loaded yet (its store id). Reading it records the handle (see
    /// [`Heap::take_stub`]); the machine then loads it and runs the instruction again.
    Stub(u64),
}

impl Obj {
    /// Calls `f` with every value the object holds that may refer to another object.
    #[inline]
    pub fn for_each_ref(&self, mut f: impl FnMut(Value)) {
        match self {
            Obj::Free { .. } | Obj::Bytes(_) | Obj::Ints(_) | Obj::Floats(_) | Obj::Stub(_) => {}
            Obj::Values(vs) => vs.iter().for_each(|v| f(*v)),
            Obj::View { base, .. } => f(Value::Ref(*base)),
            Obj::Map(m) => m.for_each_value(|v| f(*v)),
            Obj::Iface { val, .. } => f(*val),
            Obj::Closure { captures, .. } => captures.iter().for_each(|v| f(*v)),
        }
    }
}

/// Marks a realm-owned slot dirty and, the first time since the last claim, logs it in `written`.
#[inline]
fn note_written(s: &mut Slot, written: &mut Vec<Handle>, h: Handle) {
    if s.flags & WRITTEN == 0 {
        written.push(h);
    }
    s.flags |= DIRTY | WRITTEN;
}

const MARK: u8 = 1;
const DIRTY: u8 = 2;
const PERMANENT: u8 = 4;
/// Kept alive by the persistence layer for the whole transaction (loaded persisted objects and stubs): an
/// object that is unreachable in the heap may still be referenced by a persisted object not loaded yet.
const PINNED: u8 = 8;
/// Written since the realm running last changed: the object is in [`Heap::written`], and the objects it now
/// refers to must become its realm's before other code runs (see [`Heap::set_realm`]).
const WRITTEN: u8 = 16;

#[derive(Debug)]
pub struct Slot {
    pub obj: Obj,
    /// The generation, 24 bits (three bytes keep a slot at 40 bytes). A slot is freed only by a collection,
    /// so a generation repeats only after 2^24 collections.
    gen: [u8; 3],
    pub flags: u8,
    /// Who may modify the object: 0 = anyone (not persisted yet); `1 + i` = only code acting as realm
    /// `Image::packages[i]`; [`FROZEN`]` | (1 + i)` = nobody (reachable from library `i` after its init);
    /// [`GLOBALS_OWNER`] = the package-variable object, checked cell by cell.
    pub owner: u32,
}

/// Bit of an owner marking an object of a frozen library package (the rest is `1 +` its package index).
pub const FROZEN: u32 = 1 << 31;
/// Owner of the object holding every package variable: each cell has its own owner
/// ([`Heap::set_global_owners`]).
pub const GLOBALS_OWNER: u32 = u32::MAX;

/// Owner of a stub: no code runs as it, so writes take the slow path, which notices the stub. The loaded
/// object gets its real owner.
const STUB_OWNER: u32 = FROZEN;

/// The owner value of package `pkg` (an index into `Image::packages`).
pub fn realm_owner(pkg: u32) -> u32 {
    pkg.saturating_add(1) & !FROZEN
}

/// The package index an owner names (`None` for unowned objects and the globals object).
pub fn owner_package(owner: u32) -> Option<u32> {
    if owner == 0 || owner == GLOBALS_OWNER {
        return None;
    }
    (owner & !FROZEN).checked_sub(1)
}

/// Records the first denied write until the machine takes it.
#[cold]
fn record_refusal(
    refused: &mut Option<Refusal>,
    handle: Handle,
    cell: Option<u32>,
    owner: u32,
    realm: u32,
) {
    if refused.is_none() {
        *refused = Some(Refusal {
            handle,
            cell,
            owner,
            realm,
        });
    }
}

/// A denied write: the object (and, for the package-variable object, the cell) and its owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub handle: Handle,
    /// The cell of the package-variable object (the global index), `None` for any other object.
    pub cell: Option<u32>,
    pub owner: u32,
    /// The realm the code that tried acted as (0 = user code).
    pub realm: u32,
}

/// Why an allocation failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AllocError {
    /// The live heap would exceed the configured limit.
    OutOfMemory,
}

pub struct Heap {
    slots: Vec<Slot>,
    free_head: Handle,
    /// Bytes held by live (not yet swept) objects, approximately.
    pub live_bytes: u64,
    /// Bytes allocated since the last collection.
    pub allocated_since_gc: u64,
    /// Collect once more than this many bytes were allocated since the last collection.
    trigger: u64,
    /// The largest heap the program may hold.
    pub max_bytes: u64,
    /// Number of collections so far (for tests and statistics).
    pub collections: u64,
    mark_stack: Vec<Handle>,
    /// Permanent and pinned objects, the collector's roots besides the machine's (so that it need not scan
    /// every slot for them). May hold handles no longer flagged, or twice; a collection tidies it.
    flagged_roots: Vec<Handle>,
    /// The owner value of the realm the running code acts as (0 = user code, no realm). Set by the machine.
    pub(crate) realm: u32,
    /// The first write denied since the machine last looked.
    refused: Option<Refusal>,
    /// The package-variable object and each variable's owner (see [`GLOBALS_OWNER`]).
    globals: Handle,
    global_owners: Vec<u32>,
    /// The last stub an access touched ([`NO_STUB`] if none since the machine last looked).
    stub_seen: std::cell::Cell<Handle>,
    has_stubs: bool,
    /// Realm-owned objects written since the running realm last changed (each once, see [`WRITTEN`]).
    written: Vec<Handle>,
    /// Realm-owned package variables written since then, and which of them are in that list already.
    written_cells: Vec<u32>,
    cell_written: Vec<bool>,
}

/// No stub was touched.
pub const NO_STUB: Handle = u32::MAX;

fn gen_value(gen: [u8; 3]) -> u32 {
    u32::from_le_bytes([gen[0], gen[1], gen[2], 0])
}

fn next_gen(gen: [u8; 3]) -> [u8; 3] {
    let [a, b, c, _] = gen_value(gen).wrapping_add(1).to_le_bytes();
    [a, b, c]
}

const SLOT_BYTES: u64 = std::mem::size_of::<Slot>() as u64;
/// Collect no more often than every this many allocated bytes (small heaps: the collector's cost per
/// allocated byte stays low, and the peak stays within a few MiB of the live heap).
const MIN_GC_TRIGGER: u64 = 8 << 20;
/// Collect when the bytes allocated since the last collection exceed the live heap divided by this (Go's
/// default pacing is 1: twice the live heap at the peak). Objects here are larger than Go's (a 40-byte slot
/// beside each payload), so the peak is kept at 4/3 of the live heap; the collector's cost stays proportional
/// to what is allocated (each collection follows at least a third of the live heap's worth of allocation).
const GC_LIVE_DIVISOR: u64 = 3;

impl Heap {
    pub fn new(max_bytes: u64) -> Heap {
        let mut heap = Heap {
            slots: Vec::new(),
            free_head: u32::MAX,
            live_bytes: 0,
            allocated_since_gc: 0,
            trigger: MIN_GC_TRIGGER,
            max_bytes,
            collections: 0,
            mark_stack: Vec::new(),
            flagged_roots: Vec::new(),
            realm: 0,
            refused: None,
            globals: u32::MAX,
            global_owners: Vec::new(),
            stub_seen: std::cell::Cell::new(NO_STUB),
            has_stubs: false,
            written: Vec::new(),
            written_cells: Vec::new(),
            cell_written: Vec::new(),
        };
        // Handle 0 is the permanent empty array behind nil slices and empty strings.
        let h = heap.alloc_unchecked(Obj::Bytes(Vec::new()));
        debug_assert_eq!(h, NIL_ARRAY);
        heap.set_permanent(h);
        heap
    }

    /// Approximate size of an object's payload.
    fn payload_bytes(obj: &Obj) -> u64 {
        (match obj {
            Obj::Free { .. } => 0,
            Obj::Bytes(v) => v.capacity(),
            Obj::Ints(v) => v.capacity() * 8,
            Obj::Floats(v) => v.capacity() * 8,
            Obj::Values(v) => v.capacity() * 16,
            Obj::View { .. } => 0,
            Obj::Map(m) => m.approx_bytes(),
            Obj::Iface { .. } => 0,
            Obj::Closure { captures, .. } => captures.capacity() * 16,
            Obj::Stub(_) => 0,
        }) as u64
    }

    /// Allocates an object, failing if the heap limit would be exceeded.
    pub fn alloc(&mut self, obj: Obj) -> Result<Handle, AllocError> {
        let size = SLOT_BYTES + Self::payload_bytes(&obj);
        if self.live_bytes.saturating_add(size) > self.max_bytes {
            return Err(AllocError::OutOfMemory);
        }
        Ok(self.alloc_unchecked(obj))
    }

    /// Checks up front whether `bytes` more could fit (used before building large payloads).
    pub fn can_grow(&self, bytes: u64) -> bool {
        self.live_bytes.saturating_add(bytes) <= self.max_bytes
    }

    fn alloc_unchecked(&mut self, obj: Obj) -> Handle {
        let size = SLOT_BYTES + Self::payload_bytes(&obj);
        self.live_bytes += size;
        self.allocated_since_gc += size;
        if self.free_head != u32::MAX {
            let h = self.free_head;
            let slot = &mut self.slots[h as usize];
            if let Obj::Free { next } = slot.obj {
                self.free_head = next;
            }
            slot.obj = obj;
            slot.gen = next_gen(slot.gen);
            slot.flags = DIRTY;
            slot.owner = 0;
            h
        } else {
            self.slots.push(Slot {
                obj,
                gen: [0; 3],
                flags: DIRTY,
                owner: 0,
            });
            (self.slots.len() - 1) as Handle
        }
    }

    /// Accounts for a payload that grew (or shrank) in place, e.g. an append that reallocated.
    pub fn account_growth(&mut self, old_bytes: u64, new_bytes: u64) -> Result<(), AllocError> {
        if new_bytes > old_bytes {
            let d = new_bytes - old_bytes;
            if self.live_bytes.saturating_add(d) > self.max_bytes {
                return Err(AllocError::OutOfMemory);
            }
            self.live_bytes += d;
            self.allocated_since_gc += d;
        } else {
            self.live_bytes = self.live_bytes.saturating_sub(old_bytes - new_bytes);
        }
        Ok(())
    }

    /// Marks an object as never collected (constants, the nil array).
    pub fn set_permanent(&mut self, h: Handle) {
        if let Some(s) = self.slots.get_mut(h as usize) {
            if s.flags & (PERMANENT | PINNED) == 0 {
                self.flagged_roots.push(h);
            }
            s.flags |= PERMANENT;
        }
    }

    /// The object `h`. A stub (an object not loaded yet) is returned as such, and recorded for the machine,
    /// which loads it and re-runs the instruction (readers treat it like any unexpected variant).
    #[inline]
    pub fn get(&self, h: Handle) -> Option<&Obj> {
        let s = self.slots.get(h as usize)?;
        if let Obj::Stub(_) = s.obj {
            self.note_stub(h);
        }
        Some(&s.obj)
    }

    #[cold]
    #[inline(never)]
    fn note_stub(&self, h: Handle) {
        self.stub_seen.set(h);
    }

    /// [`Heap::get`] without recording stubs, for the machine's hottest paths (measured: the check costs ~5%
    /// on call-heavy code through code size alone). Their fallback arms call [`Heap::note_if_stub`] or a
    /// recording reader before faulting.
    #[inline(always)]
    pub fn peek(&self, h: Handle) -> Option<&Obj> {
        self.slots.get(h as usize).map(|s| &s.obj)
    }

    /// Records `h` if it is a stub (see [`Heap::peek`]).
    #[cold]
    pub fn note_if_stub(&self, h: Handle) {
        if self.is_stub(h) {
            self.stub_seen.set(h);
        }
    }

    /// The stub touched since the last call, if any (the machine loads it and runs the instruction again).
    #[inline]
    pub fn take_stub(&self) -> Option<Handle> {
        let h = self.stub_seen.replace(NO_STUB);
        (h != NO_STUB).then_some(h)
    }

    /// Whether an access touched a stub since the machine last looked.
    #[inline]
    pub fn touched_stub(&self) -> bool {
        self.stub_seen.get() != NO_STUB
    }

    /// Whether `h` is an object not loaded yet.
    pub fn is_stub(&self, h: Handle) -> bool {
        matches!(
            self.slots.get(h as usize),
            Some(Slot {
                obj: Obj::Stub(_),
                ..
            })
        )
    }

    /// Allocates a stub for persisted object `id` (clean, unowned until loaded, pinned).
    pub(crate) fn alloc_stub(&mut self, id: u64) -> Result<Handle, AllocError> {
        let h = self.alloc(Obj::Stub(id))?;
        self.clear_dirty(h);
        self.pin(h);
        self.set_owner(h, STUB_OWNER);
        self.has_stubs = true;
        Ok(h)
    }

    /// Whether any stub was ever allocated (natives then keep their arguments to run again).
    #[inline]
    pub fn has_stubs(&self) -> bool {
        self.has_stubs
    }

    /// The store id of stub `h` (`None` if `h` is not a stub). Does not count as touching it.
    pub fn stub_id(&self, h: Handle) -> Option<u64> {
        match self.slots.get(h as usize) {
            Some(Slot {
                obj: Obj::Stub(id), ..
            }) => Some(*id),
            _ => None,
        }
    }

    /// Lets the collector free `h` again when nothing refers to it (a persisted object that was deleted).
    pub(crate) fn unpin(&mut self, h: Handle) {
        if let Some(s) = self.slots.get_mut(h as usize) {
            s.flags &= !PINNED;
        }
    }

    /// Keeps `h` alive until the end of the transaction (see [`PINNED`]).
    pub(crate) fn pin(&mut self, h: Handle) {
        if let Some(s) = self.slots.get_mut(h as usize) {
            if s.flags & (PERMANENT | PINNED) == 0 {
                self.flagged_roots.push(h);
            }
            s.flags |= PINNED;
        }
    }

    /// Mutable access; sets the object's dirty bit. `None` (with a [`Refusal`] recorded) if the object belongs
    /// to a realm other than the current one, or to a frozen library.
    ///
    /// The package-variable object is allowed here: its cells are written through [`Heap::get_cell_mut`],
    /// which checks the cell's owner.
    #[inline]
    pub fn get_mut(&mut self, h: Handle) -> Option<&mut Obj> {
        let s = self.slots.get_mut(h as usize)?;
        let owner = s.owner;
        // Objects not yet persisted (owner 0) are the common case: one compare. `GLOBALS_OWNER` on any other
        // object (an owner the persistence layer does not know) lets nobody write.
        if owner == 0 || (owner == GLOBALS_OWNER && h == self.globals) {
            s.flags |= DIRTY;
            return Some(&mut s.obj);
        }
        if owner == self.realm {
            note_written(s, &mut self.written, h);
            return Some(&mut s.obj);
        }
        // Stubs have an owner no code runs as, so they reach this slow path.
        if let Obj::Stub(_) = s.obj {
            self.stub_seen.set(h);
            return None;
        }
        record_refusal(&mut self.refused, h, None, owner, self.realm);
        None
    }

    /// Mutable access to object `h` for writing its cell `idx` (an element, field or package variable): like
    /// [`Heap::get_mut`], and for the package-variable object the variable's own owner is checked.
    #[inline]
    pub fn get_cell_mut(&mut self, h: Handle, idx: usize) -> Option<&mut Obj> {
        let s = self.slots.get_mut(h as usize)?;
        let owner = s.owner;
        if owner == 0 {
            s.flags |= DIRTY;
            return Some(&mut s.obj);
        }
        if owner == self.realm {
            note_written(s, &mut self.written, h);
            return Some(&mut s.obj);
        }
        if let Obj::Stub(_) = s.obj {
            self.stub_seen.set(h);
            return None;
        }
        // The package-variable object: the variable's own owner decides.
        let (owner, cell) = if owner == GLOBALS_OWNER && h == self.globals {
            let cell_owner = self.global_owners.get(idx).copied().unwrap_or(0);
            (cell_owner, Some(u32::try_from(idx).unwrap_or(u32::MAX)))
        } else {
            (owner, None)
        };
        if owner == 0 {
            s.flags |= DIRTY;
            return Some(&mut s.obj);
        }
        if owner == self.realm {
            s.flags |= DIRTY;
            if let Some(seen) = self.cell_written.get_mut(idx) {
                if !*seen {
                    *seen = true;
                    self.written_cells.push(idx as u32);
                }
            }
            return Some(&mut s.obj);
        }
        record_refusal(&mut self.refused, h, cell, owner, self.realm);
        None
    }

    /// The write denied since the last call, if any (the machine turns it into a panic).
    pub fn take_refusal(&mut self) -> Option<Refusal> {
        self.refused.take()
    }

    /// Whether a write was denied and not yet reported.
    #[inline]
    pub fn has_refusal(&self) -> bool {
        self.refused.is_some()
    }

    /// The object's owner (0 = unowned; see [`Slot::owner`]).
    pub fn owner(&self, h: Handle) -> u32 {
        self.slots.get(h as usize).map_or(0, |s| s.owner)
    }

    /// Sets the object's owner (the persistence layer sets it on objects it loads or commits).
    pub fn set_owner(&mut self, h: Handle, owner: u32) {
        if let Some(s) = self.slots.get_mut(h as usize) {
            s.owner = owner;
        }
    }

    /// The owner value of the realm the running code acts as (0 = user code).
    pub fn realm(&self) -> u32 {
        self.realm
    }

    /// Makes code act as realm `realm` from now on. Before other code runs, whatever the running realm
    /// attached to its objects becomes that realm's: an object a realm has made reachable from its state is
    /// its own at once, not only after the transaction commits, so code of another realm (or a user's script)
    /// cannot write it in the same transaction.
    #[inline]
    pub fn set_realm(&mut self, realm: u32) {
        if realm != self.realm && !(self.written.is_empty() && self.written_cells.is_empty()) {
            self.claim_written();
        }
        self.realm = realm;
    }

    /// Gives each object reachable from a realm-owned object or variable written since the last call, and
    /// owned by nobody yet, to that realm.
    #[cold]
    pub fn claim_written(&mut self) {
        let mut roots = Vec::new();
        for h in std::mem::take(&mut self.written) {
            let Some(slot) = self.slots.get_mut(h as usize) else {
                continue;
            };
            slot.flags &= !WRITTEN;
            // A slot freed and reused since it was written holds a new, unowned object: nothing to claim.
            let owner = slot.owner;
            if owner == 0 || owner == GLOBALS_OWNER || owner & FROZEN != 0 {
                continue;
            }
            roots.clear();
            slot.obj.for_each_ref(|v| roots.push(v));
            self.claim_reachable(&roots, owner);
        }
        for idx in std::mem::take(&mut self.written_cells) {
            let idx = idx as usize;
            if let Some(seen) = self.cell_written.get_mut(idx) {
                *seen = false;
            }
            let owner = self.global_owners.get(idx).copied().unwrap_or(0);
            let cell = match self.slots.get(self.globals as usize).map(|s| &s.obj) {
                Some(Obj::Values(vs)) => vs.get(idx).copied(),
                _ => None,
            };
            if let (Some(v), true) = (cell, owner != 0 && owner & FROZEN == 0) {
                self.claim_reachable(&[v], owner);
            }
        }
    }

    /// Makes `h` the package-variable object whose cell `i` is owned by `owners[i]` (missing cells: unowned).
    pub fn set_global_owners(&mut self, h: Handle, owners: Vec<u32>) {
        self.globals = h;
        let any = owners.iter().any(|&o| o != 0);
        self.cell_written = vec![false; owners.len()];
        self.global_owners = owners;
        // With no owned variable the object stays unowned, and writes to it cost nothing extra.
        self.set_owner(h, if any { GLOBALS_OWNER } else { 0 });
    }

    /// The owner of package variable `g`.
    pub fn global_owner(&self, g: u32) -> u32 {
        self.global_owners.get(g as usize).copied().unwrap_or(0)
    }

    /// Sets `owner` on every unowned object reachable from `roots` (not descending into objects owned by
    /// someone else, nor permanent ones); returns how many objects it claimed.
    pub fn claim_reachable(&mut self, roots: &[Value], owner: u32) -> usize {
        let mut stack: Vec<Handle> = roots.iter().filter_map(|v| v.handle()).collect();
        let mut claimed = 0;
        while let Some(h) = stack.pop() {
            let Some(slot) = self.slots.get_mut(h as usize) else {
                continue;
            };
            if slot.owner != 0
                || slot.flags & (PERMANENT | PINNED) != 0
                || h == self.globals
                || matches!(slot.obj, Obj::Free { .. })
            {
                continue;
            }
            slot.owner = owner;
            claimed += 1;
            slot.obj.for_each_ref(|v| {
                if let Some(h) = v.handle() {
                    stack.push(h);
                }
            });
        }
        claimed
    }

    /// Puts a (loaded) object into an existing slot without marking it dirty or checking write permission:
    /// the persistence layer fills placeholders this way. Accounts for the size difference.
    pub(crate) fn replace_obj(&mut self, h: Handle, obj: Obj) -> Result<(), AllocError> {
        let new_bytes = Self::payload_bytes(&obj);
        let Some(slot) = self.slots.get_mut(h as usize) else {
            return Err(AllocError::OutOfMemory);
        };
        let old_bytes = Self::payload_bytes(&slot.obj);
        slot.obj = obj;
        self.account_growth(old_bytes, new_bytes)
    }

    /// The object's identity (handle and generation).
    pub fn identity(&self, h: Handle) -> (Handle, u32) {
        (
            h,
            self.slots.get(h as usize).map_or(0, |s| gen_value(s.gen)),
        )
    }

    pub fn is_dirty(&self, h: Handle) -> bool {
        self.slots
            .get(h as usize)
            .is_some_and(|s| s.flags & DIRTY != 0)
    }

    pub fn clear_dirty(&mut self, h: Handle) {
        if let Some(s) = self.slots.get_mut(h as usize) {
            s.flags &= !DIRTY;
        }
    }

    /// The bytes of a string value (empty if the value is not a valid string).
    #[inline]
    pub fn str_bytes(&self, v: Value) -> &[u8] {
        if let Value::Str { h, off, len } = v {
            if let Some(Obj::Bytes(b)) = self.get(h) {
                return b
                    .get(off as usize..off as usize + len as usize)
                    .unwrap_or(&[]);
            }
        }
        &[]
    }

    /// Allocates a string holding `bytes`.
    pub fn alloc_str(&mut self, bytes: Vec<u8>) -> Result<Value, AllocError> {
        if bytes.is_empty() {
            return Ok(Value::EMPTY_STR);
        }
        let len = u32::try_from(bytes.len()).map_err(|_| AllocError::OutOfMemory)?;
        let h = self.alloc(Obj::Bytes(bytes))?;
        Ok(Value::Str { h, off: 0, len })
    }

    /// Number of slots in use (live or not yet swept).
    pub fn object_count(&self) -> usize {
        let mut free = 0;
        let mut h = self.free_head;
        while h != u32::MAX {
            free += 1;
            h = match self.slots.get(h as usize).map(|s| &s.obj) {
                Some(Obj::Free { next }) => *next,
                _ => u32::MAX,
            };
        }
        self.slots.len() - free
    }

    /// Whether the pacer asks for a collection (allocation since the last one exceeds a share of the live heap
    /// then: see [`GC_LIVE_DIVISOR`]).
    #[inline]
    pub fn should_collect(&self) -> bool {
        self.allocated_since_gc > self.trigger
    }

    /// Asked before an instruction allocates about `bytes` at once (a large `make`): whether to collect first,
    /// so that garbage made since the last collection (an old array the new one replaces) is freed before the
    /// heap grows by `bytes`. When it says no right after a collection, the new object is counted as part of
    /// the live heap the pacer started from, so that it does not trigger another collection straight away.
    pub fn collect_before(&mut self, bytes: u64) -> bool {
        if self.allocated_since_gc.saturating_add(bytes) <= self.trigger {
            return false;
        }
        if self.allocated_since_gc >= self.trigger / 4 {
            return true;
        }
        self.trigger = self.trigger.saturating_add(bytes);
        false
    }

    /// Marks everything reachable from `roots` (and permanent objects), frees the rest.
    pub fn collect(&mut self, roots: &mut dyn Iterator<Item = Value>) {
        self.collections += 1;
        let mut stack = std::mem::take(&mut self.mark_stack);
        // The live bytes are counted afresh: payloads that changed size in place without being accounted
        // (a map that grew, a moved-out aggregate) would otherwise drift the pacing base.
        let mut live_bytes = 0u64;
        let slots = &self.slots;
        self.flagged_roots.retain(|&h| {
            slots
                .get(h as usize)
                .is_some_and(|s| s.flags & (PERMANENT | PINNED) != 0)
        });
        self.flagged_roots.sort_unstable();
        self.flagged_roots.dedup();
        stack.extend_from_slice(&self.flagged_roots);
        for v in roots {
            if let Some(h) = v.handle() {
                stack.push(h);
            }
        }
        while let Some(h) = stack.pop() {
            let Some(slot) = self.slots.get_mut(h as usize) else {
                continue;
            };
            if slot.flags & MARK != 0 {
                continue;
            }
            slot.flags |= MARK;
            live_bytes += SLOT_BYTES + Self::payload_bytes(&slot.obj);
            slot.obj.for_each_ref(|v| {
                if let Some(h) = v.handle() {
                    stack.push(h);
                }
            });
        }
        self.mark_stack = stack;
        // Sweep.
        for (i, slot) in self.slots.iter_mut().enumerate() {
            if slot.flags & MARK != 0 {
                slot.flags &= !MARK;
                continue;
            }
            if matches!(slot.obj, Obj::Free { .. }) {
                continue;
            }
            slot.obj = Obj::Free {
                next: self.free_head,
            };
            slot.flags = 0;
            slot.owner = 0;
            self.free_head = i as Handle;
        }
        self.live_bytes = live_bytes;
        self.trigger = (live_bytes / GC_LIVE_DIVISOR).max(MIN_GC_TRIGGER);
        self.allocated_since_gc = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gc_frees_unreachable_and_keeps_reachable() {
        let mut heap = Heap::new(1 << 30);
        let s = heap.alloc_str(b"hello".to_vec()).unwrap();
        let garbage = heap.alloc(Obj::Ints(vec![1, 2, 3])).unwrap();
        let inner = heap.alloc(Obj::Ints(vec![7])).unwrap();
        let outer = heap.alloc(Obj::Values(vec![Value::Ref(inner), s])).unwrap();
        heap.collect(&mut [Value::Ref(outer)].into_iter());
        assert!(matches!(heap.get(garbage), Some(Obj::Free { .. })));
        assert!(matches!(heap.get(inner), Some(Obj::Ints(_))));
        assert_eq!(heap.str_bytes(s), b"hello");
        // The freed slot is reused with a new generation.
        let (_, gen0) = heap.identity(garbage);
        let again = heap.alloc(Obj::Bytes(vec![])).unwrap();
        assert_eq!(again, garbage);
        assert_ne!(heap.identity(again).1, gen0);
    }

    #[test]
    fn cycles_are_collected() {
        let mut heap = Heap::new(1 << 30);
        let a = heap.alloc(Obj::Values(vec![Value::Nil])).unwrap();
        let b = heap.alloc(Obj::Values(vec![Value::Ref(a)])).unwrap();
        if let Some(Obj::Values(v)) = heap.get_mut(a) {
            v[0] = Value::Ref(b);
        }
        let before = heap.object_count();
        heap.collect(&mut std::iter::empty());
        assert_eq!(heap.object_count(), before - 2);
    }

    #[test]
    fn writes_are_checked_against_the_owner() {
        let mut heap = Heap::new(1 << 30);
        let (a, b) = (realm_owner(3), realm_owner(4));
        let fresh = heap.alloc(Obj::Ints(vec![1])).unwrap();
        let of_a = heap.alloc(Obj::Ints(vec![1])).unwrap();
        let frozen = heap.alloc(Obj::Ints(vec![1])).unwrap();
        let unknown = heap.alloc(Obj::Ints(vec![1])).unwrap();
        heap.set_owner(of_a, a);
        heap.set_owner(frozen, FROZEN | realm_owner(2));
        heap.set_owner(unknown, GLOBALS_OWNER);
        heap.realm = a;
        assert!(heap.get_mut(fresh).is_some());
        assert!(heap.get_mut(of_a).is_some());
        assert!(!heap.has_refusal());
        assert!(heap.get_mut(frozen).is_none());
        assert_eq!(
            heap.take_refusal(),
            Some(Refusal {
                handle: frozen,
                cell: None,
                owner: FROZEN | realm_owner(2),
                realm: a
            })
        );
        // An owner only the package-variable object may have protects any other object completely.
        assert!(heap.get_mut(unknown).is_none());
        assert!(heap.get_cell_mut(unknown, 0).is_none());
        assert!(heap.take_refusal().is_some());
        heap.realm = b;
        assert!(heap.get_cell_mut(of_a, 0).is_none());
        // Only the first refusal is kept until taken; reads are never refused.
        assert!(heap.get_mut(frozen).is_none());
        assert_eq!(
            heap.take_refusal().map(|r| (r.handle, r.realm)),
            Some((of_a, b))
        );
        assert!(heap.get(of_a).is_some());
        assert_eq!(heap.take_refusal(), None);
        assert_eq!(owner_package(a), Some(3));
        assert_eq!(owner_package(FROZEN | realm_owner(2)), Some(2));
        assert_eq!(owner_package(FROZEN), None);
        assert_eq!(owner_package(0), None);
    }

    #[test]
    fn package_variables_have_owners_of_their_own() {
        let mut heap = Heap::new(1 << 30);
        let g = heap
            .alloc(Obj::Values(vec![Value::Int(0), Value::Int(0)]))
            .unwrap();
        heap.set_global_owners(g, vec![0, realm_owner(1)]);
        assert!(heap.get_cell_mut(g, 0).is_some());
        assert!(heap.get_cell_mut(g, 1).is_none());
        let r = heap.take_refusal().expect("refused");
        assert_eq!((r.cell, r.owner), (Some(1), realm_owner(1)));
        heap.realm = realm_owner(1);
        assert!(heap.get_cell_mut(g, 1).is_some());
        // Without owned variables the object is plain.
        heap.set_global_owners(g, vec![0, 0]);
        assert_eq!(heap.owner(g), 0);
    }

    #[test]
    fn claiming_stops_at_objects_owned_by_others() {
        let mut heap = Heap::new(1 << 30);
        let below_theirs = heap.alloc(Obj::Ints(vec![2])).unwrap();
        let theirs = heap
            .alloc(Obj::Values(vec![Value::Ref(below_theirs)]))
            .unwrap();
        heap.set_owner(theirs, realm_owner(7));
        let mine = heap
            .alloc(Obj::Values(vec![Value::Ref(theirs), Value::Nil]))
            .unwrap();
        let cycle = heap.alloc(Obj::Values(vec![Value::Ref(mine)])).unwrap();
        if let Some(Obj::Values(v)) = heap.get_mut(mine) {
            v[1] = Value::Ref(cycle);
        }
        assert_eq!(heap.claim_reachable(&[Value::Ref(mine)], realm_owner(1)), 2);
        assert_eq!(heap.owner(mine), realm_owner(1));
        assert_eq!(heap.owner(cycle), realm_owner(1));
        assert_eq!(heap.owner(theirs), realm_owner(7));
        assert_eq!(heap.owner(below_theirs), 0);
        // Freed slots come back unowned.
        heap.collect(&mut std::iter::empty());
        let again = heap.alloc(Obj::Ints(vec![])).unwrap();
        assert_eq!(heap.owner(again), 0);
    }

    #[test]
    fn pinned_and_permanent_objects_survive_until_unpinned() {
        let mut heap = Heap::new(1 << 30);
        let pinned = heap.alloc(Obj::Ints(vec![1])).unwrap();
        let child = heap.alloc(Obj::Ints(vec![2])).unwrap();
        let permanent = heap.alloc(Obj::Values(vec![Value::Ref(child)])).unwrap();
        heap.pin(pinned);
        heap.pin(pinned);
        heap.set_permanent(permanent);
        heap.collect(&mut std::iter::empty());
        heap.collect(&mut std::iter::empty());
        assert!(matches!(heap.get(pinned), Some(Obj::Ints(_))));
        assert!(matches!(heap.get(child), Some(Obj::Ints(_))));
        heap.unpin(pinned);
        heap.collect(&mut std::iter::empty());
        assert!(matches!(heap.get(pinned), Some(Obj::Free { .. })));
        // The slot comes back unpinned: a new object in it is collected like any other.
        let again = heap.alloc(Obj::Ints(vec![3])).unwrap();
        assert_eq!(again, pinned);
        heap.collect(&mut std::iter::empty());
        assert!(matches!(heap.get(again), Some(Obj::Free { .. })));
        assert!(matches!(heap.get(permanent), Some(Obj::Values(_))));
    }

    #[test]
    fn live_bytes_are_recounted_by_a_collection() {
        let mut heap = Heap::new(1 << 30);
        let kept = heap.alloc(Obj::Ints(vec![0; 100])).unwrap();
        heap.alloc(Obj::Ints(vec![0; 1000])).unwrap();
        // A payload that shrank in place without being accounted.
        if let Some(Obj::Ints(v)) = heap.get_mut(kept) {
            *v = vec![0; 10];
        }
        heap.collect(&mut [Value::Ref(kept)].into_iter());
        let nil_array = SLOT_BYTES;
        assert_eq!(heap.live_bytes, nil_array + SLOT_BYTES + 10 * 8);
    }

    #[test]
    fn the_pacer_follows_the_live_heap() {
        let mut heap = Heap::new(1 << 34);
        // 60 MiB live: the next collection comes after a third of that.
        let big = heap.alloc(Obj::Bytes(vec![0; 60 << 20])).unwrap();
        heap.collect(&mut [Value::Ref(big)].into_iter());
        assert!(!heap.should_collect());
        heap.alloc(Obj::Bytes(vec![0; 19 << 20])).unwrap();
        assert!(!heap.should_collect());
        heap.alloc(Obj::Bytes(vec![0; 2 << 20])).unwrap();
        assert!(heap.should_collect());
        // A small live heap still allows a few MiB between collections.
        heap.collect(&mut std::iter::empty());
        heap.alloc(Obj::Bytes(vec![0; 4 << 20])).unwrap();
        assert!(!heap.should_collect());
    }

    #[test]
    fn a_large_allocation_collects_first_only_after_garbage_built_up() {
        let mut heap = Heap::new(1 << 34);
        let big = heap.alloc(Obj::Bytes(vec![0; 60 << 20])).unwrap();
        heap.collect(&mut [Value::Ref(big)].into_iter());
        // Right after a collection: no, and the new object does not trigger one either.
        assert!(!heap.collect_before(30 << 20));
        heap.alloc(Obj::Bytes(vec![0; 30 << 20])).unwrap();
        assert!(!heap.should_collect());
        // Small ones never ask.
        assert!(!heap.collect_before(1 << 20));
        // After a quarter of the allowance was allocated, a large one collects first.
        heap.alloc(Obj::Bytes(vec![0; 6 << 20])).unwrap();
        assert!(heap.collect_before(30 << 20));
    }

    #[test]
    fn slots_are_forty_bytes_and_generations_wrap_at_24_bits() {
        assert_eq!(std::mem::size_of::<Slot>(), 40);
        assert_eq!(gen_value(next_gen([0xff, 0xff, 0xff])), 0);
        assert_eq!(gen_value(next_gen([0xff, 0, 0])), 0x100);
    }

    #[test]
    fn heap_limit_is_enforced() {
        let mut heap = Heap::new(1000);
        assert_eq!(
            heap.alloc(Obj::Bytes(vec![0; 5000])),
            Err(AllocError::OutOfMemory)
        );
    }
}
