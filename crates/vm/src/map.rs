//! Go maps: insertion-ordered hash maps (DESIGN: map iteration order is insertion order).
//!
//! Entries live in a vector in insertion order, each with a sequence number that only grows. Deleting leaves a
//! hole; when holes outnumber live entries the vector is compacted (so insert/delete churn does not grow a map
//! forever). A running `range` loop holds the sequence number of the next entry to visit, not a position, so
//! compaction never makes it skip or repeat an entry. The hash index maps a key's content to its entry's
//! position; keys are indexed by content (string bytes, integer value, or a structural [`Key`] for floats,
//! pointers, structs, arrays and interfaces), chosen per map from the static key type.
//!
//! The string index holds only entry positions: a key's bytes are read from the entry's key string in the heap
//! (strings are immutable), so a map does not keep a second copy of every key. Operations on string-keyed maps
//! therefore take the heap the map's key strings live in.

use std::hash::BuildHasher;

use hashbrown::HashTable;
use rustc_hash::{FxBuildHasher, FxHashMap};

use crate::heap::{Heap, Obj};
use crate::value::Value;

/// A structural, owned map key (for key types other than integers, bools and strings).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    Nil,
    Bool(bool),
    Int(i64),
    /// Float bits with -0 normalised to +0 (NaN keys are never indexed).
    Float(u64),
    Str(Box<[u8]>),
    /// Identity of a heap object (pointers, channels).
    Object(u32),
    /// A pointer to a cell of an object.
    Cell(u32, u32),
    /// Struct fields or array elements in order.
    Tuple(Box<[Key]>),
    /// An interface key: dynamic type and value.
    Typed(u32, Box<Key>),
}

/// A key as presented for one operation; strings are borrowed so lookups do not allocate.
pub enum KeyRef<'a> {
    Int(i64),
    Str(&'a [u8]),
    Other(Key),
    /// A key equal to nothing, not even itself (a NaN float, or a struct containing one).
    Unequal,
}

/// Which index a map uses, fixed by its static key type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyKind {
    /// Every integer type and bool.
    Int,
    Str,
    Other,
}

#[derive(Debug)]
enum Index {
    Int(FxHashMap<i64, u32>),
    /// Positions of the entries; each is found by the bytes of its entry's key string.
    Str(HashTable<u32>),
    Other(FxHashMap<Key, u32>),
}

#[derive(Debug)]
struct Entry {
    seq: u64,
    kv: Option<(Value, Value)>,
}

#[derive(Debug)]
pub struct GoMap {
    index: Index,
    entries: Vec<Entry>,
    len: usize,
    /// The sequence number of the next inserted entry.
    next_seq: u64,
    /// Whether entries were ever compacted (until then an entry's sequence number is its position).
    compacted: bool,
}

/// Compact when there are at least this many holes and more holes than live entries.
const COMPACT_MIN_HOLES: usize = 32;

fn str_hash(bytes: &[u8]) -> u64 {
    FxBuildHasher.hash_one(bytes)
}

/// The bytes of the key of the entry at `pos` (empty if it is not a string, which the map never stores in a
/// string index).
fn entry_key<'h>(heap: &'h Heap, entries: &[Entry], pos: u32) -> &'h [u8] {
    let Some(Entry {
        kv: Some((Value::Str { h, off, len }, _)),
        ..
    }) = entries.get(pos as usize)
    else {
        return &[];
    };
    // `peek`: a key string is always loaded (keys are stored inline in a persisted map's record).
    match heap.peek(*h) {
        Some(Obj::Bytes(b)) => b
            .get(*off as usize..(*off as usize).saturating_add(*len as usize))
            .unwrap_or(&[]),
        _ => &[],
    }
}

impl GoMap {
    pub fn new(kind: KeyKind, capacity_hint: usize) -> GoMap {
        let cap = capacity_hint.min(1 << 16);
        let index = match kind {
            KeyKind::Int => {
                Index::Int(FxHashMap::with_capacity_and_hasher(cap, Default::default()))
            }
            KeyKind::Str => Index::Str(HashTable::with_capacity(cap)),
            KeyKind::Other => {
                Index::Other(FxHashMap::with_capacity_and_hasher(cap, Default::default()))
            }
        };
        GoMap {
            index,
            entries: Vec::with_capacity(cap),
            len: 0,
            next_seq: 0,
            compacted: false,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Which index this map uses.
    pub fn key_kind(&self) -> KeyKind {
        match self.index {
            Index::Int(_) => KeyKind::Int,
            Index::Str(_) => KeyKind::Str,
            Index::Other(_) => KeyKind::Other,
        }
    }

    /// The live entries in iteration (insertion) order, each with its structural index key for maps of
    /// [`KeyKind::Other`] (`None` there means a key equal to nothing, e.g. NaN). Persistence encodes these.
    pub fn entries_with_keys(&self) -> Vec<(Value, Value, Option<&Key>)> {
        let by_pos: FxHashMap<u32, &Key> = match &self.index {
            Index::Other(m) => m.iter().map(|(k, &pos)| (pos, k)).collect(),
            _ => FxHashMap::default(),
        };
        self.entries
            .iter()
            .enumerate()
            .filter_map(|(pos, e)| {
                e.kv.map(|(k, v)| (k, v, by_pos.get(&(pos as u32)).copied()))
            })
            .collect()
    }

    /// The bytes the map holds (entries and index, capacity included; not the key strings, which are heap
    /// objects of their own).
    pub fn approx_bytes(&self) -> usize {
        let entries = self.entries.capacity() * std::mem::size_of::<Entry>();
        // hashbrown: one control byte per bucket beside the bucket; the capacity is 7/8 of the buckets.
        let index = match &self.index {
            Index::Int(m) => m.capacity() * (std::mem::size_of::<(i64, u32)>() + 1) * 8 / 7,
            Index::Str(t) => t.capacity() * (std::mem::size_of::<u32>() + 1) * 8 / 7,
            Index::Other(m) => m.capacity() * (std::mem::size_of::<(Key, u32)>() + 1) * 8 / 7,
        };
        entries + index
    }

    fn find(&self, key: &KeyRef, heap: &Heap) -> Option<u32> {
        match (&self.index, key) {
            (Index::Int(m), KeyRef::Int(k)) => m.get(k).copied(),
            (Index::Str(t), KeyRef::Str(k)) => t
                .find(str_hash(k), |&p| entry_key(heap, &self.entries, p) == *k)
                .copied(),
            (Index::Other(m), KeyRef::Other(k)) => m.get(k).copied(),
            _ => None,
        }
    }

    /// The value stored under `key`; `heap` holds the map's key strings.
    pub fn get(&self, key: &KeyRef, heap: &Heap) -> Option<Value> {
        let i = self.find(key, heap)?;
        self.entries.get(i as usize)?.kv.map(|(_, v)| v)
    }

    /// Inserts or updates; `key_value` is the key as a Go value (kept for iteration; for a string key, a string
    /// in `heap` with the bytes of `key`).
    pub fn insert(&mut self, key: KeyRef, key_value: Value, val: Value, heap: &Heap) {
        if let Some(i) = self.find(&key, heap) {
            if let Some(Entry { kv: Some(e), .. }) = self.entries.get_mut(i as usize) {
                e.1 = val;
                return;
            }
        }
        let i = self.entries.len() as u32;
        let entries = &self.entries;
        match (&mut self.index, key) {
            (Index::Int(m), KeyRef::Int(k)) => {
                m.insert(k, i);
            }
            (Index::Str(t), KeyRef::Str(k)) => {
                t.insert_unique(str_hash(k), i, |&p| str_hash(entry_key(heap, entries, p)));
            }
            (Index::Other(m), KeyRef::Other(k)) => {
                m.insert(k, i);
            }
            // A NaN key (or a key of the wrong kind, which the compiler never produces) is stored but can
            // never be found again, as in Go.
            _ => {}
        }
        self.entries.push(Entry {
            seq: self.next_seq,
            kv: Some((key_value, val)),
        });
        self.next_seq += 1;
        self.len += 1;
    }

    /// Deletes `key` if present; `heap` holds the map's key strings.
    pub fn delete(&mut self, key: &KeyRef, heap: &Heap) {
        let entries = &self.entries;
        let removed = match (&mut self.index, key) {
            (Index::Int(m), KeyRef::Int(k)) => m.remove(k),
            (Index::Str(t), KeyRef::Str(k)) => t
                .find_entry(str_hash(k), |&p| entry_key(heap, entries, p) == *k)
                .ok()
                .map(|e| e.remove().0),
            (Index::Other(m), KeyRef::Other(k)) => m.remove(k),
            _ => None,
        };
        if let Some(i) = removed {
            if let Some(e) = self.entries.get_mut(i as usize) {
                if e.kv.take().is_some() {
                    self.len -= 1;
                }
            }
        }
        let holes = self.entries.len() - self.len;
        if holes >= COMPACT_MIN_HOLES && holes > self.len {
            self.compact();
        }
    }

    /// Drops the holes left by deletes and repoints the index (sequence numbers stay, so iterators do too).
    fn compact(&mut self) {
        // New position of each old position that holds a live entry.
        let mut new_pos = Vec::with_capacity(self.entries.len());
        let mut n = 0u32;
        for e in &self.entries {
            new_pos.push(n);
            if e.kv.is_some() {
                n += 1;
            }
        }
        self.entries.retain(|e| e.kv.is_some());
        self.entries.shrink_to(self.entries.len() * 2);
        let remap = |p: &mut u32| *p = new_pos.get(*p as usize).copied().unwrap_or(*p);
        match &mut self.index {
            Index::Int(m) => m.values_mut().for_each(remap),
            Index::Str(t) => t.iter_mut().for_each(remap),
            Index::Other(m) => m.values_mut().for_each(remap),
        }
        self.compacted = true;
    }

    pub fn clear(&mut self) {
        match &mut self.index {
            Index::Int(m) => m.clear(),
            Index::Str(t) => t.clear(),
            Index::Other(m) => m.clear(),
        }
        self.entries.clear();
        self.len = 0;
    }

    /// The first live entry whose sequence number is at least `from`, with that number (for `range`: the
    /// loop continues from the returned number + 1).
    pub fn next_entry(&self, from: usize) -> Option<(usize, Value, Value)> {
        let from = from as u64;
        let mut i = if self.compacted {
            self.entries.partition_point(|e| e.seq < from)
        } else {
            from as usize
        };
        while let Some(e) = self.entries.get(i) {
            if let Some((k, v)) = e.kv {
                return Some((e.seq as usize, k, v));
            }
            i += 1;
        }
        None
    }

    pub fn for_each_value(&self, mut f: impl FnMut(&Value)) {
        for (k, v) in self.entries.iter().filter_map(|e| e.kv.as_ref()) {
            f(k);
            f(v);
        }
    }

    /// Number of entry slots held, holes included (for tests of compaction).
    pub fn slots(&self) -> usize {
        self.entries.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn heap() -> Heap {
        Heap::new(1 << 30)
    }

    #[test]
    fn insertion_order_survives_deletes() {
        let heap = heap();
        let mut m = GoMap::new(KeyKind::Int, 0);
        for k in [5, 1, 9, 3] {
            m.insert(KeyRef::Int(k), Value::Int(k), Value::Int(k * 10), &heap);
        }
        m.delete(&KeyRef::Int(1), &heap);
        m.insert(KeyRef::Int(9), Value::Int(9), Value::Int(0), &heap);
        let mut keys = vec![];
        let mut pos = 0;
        while let Some((i, k, _)) = m.next_entry(pos) {
            keys.push(k.as_int());
            pos = i + 1;
        }
        assert_eq!(keys, vec![5, 9, 3]);
        assert_eq!(m.len(), 3);
        assert_eq!(m.get(&KeyRef::Int(9), &heap), Some(Value::Int(0)));
        assert_eq!(m.get(&KeyRef::Int(1), &heap), None);
    }

    #[test]
    fn nan_keys_are_never_found() {
        let heap = heap();
        let mut m = GoMap::new(KeyKind::Other, 0);
        m.insert(
            KeyRef::Unequal,
            Value::Float(f64::NAN),
            Value::Int(1),
            &heap,
        );
        m.insert(
            KeyRef::Unequal,
            Value::Float(f64::NAN),
            Value::Int(2),
            &heap,
        );
        assert_eq!(m.len(), 2);
        assert_eq!(m.get(&KeyRef::Unequal, &heap), None);
    }

    #[test]
    fn churn_is_compacted_and_iterators_survive() {
        let heap = heap();
        let mut m = GoMap::new(KeyKind::Int, 0);
        for k in 0..10 {
            m.insert(KeyRef::Int(k), Value::Int(k), Value::Int(k), &heap);
        }
        // An iteration that has visited 0..=4 while the loop body churns the map.
        let (seq, _, _) = m.next_entry(4).unwrap_or((0, Value::Nil, Value::Nil));
        for k in 100..10_000 {
            m.insert(KeyRef::Int(k), Value::Int(k), Value::Int(k), &heap);
            m.delete(&KeyRef::Int(k), &heap);
        }
        m.delete(&KeyRef::Int(7), &heap);
        assert!(m.slots() < 100, "{} slots", m.slots());
        assert_eq!(m.len(), 9);
        let mut rest = vec![];
        let mut pos = seq + 1;
        while let Some((i, k, _)) = m.next_entry(pos) {
            rest.push(k.as_int());
            pos = i + 1;
        }
        assert_eq!(rest, vec![5, 6, 8, 9]);
        assert_eq!(m.get(&KeyRef::Int(9), &heap), Some(Value::Int(9)));
        m.insert(KeyRef::Int(3), Value::Int(3), Value::Int(33), &heap);
        assert_eq!(m.get(&KeyRef::Int(3), &heap), Some(Value::Int(33)));
    }

    #[test]
    fn string_keys_by_content() {
        let mut heap = heap();
        let mut m = GoMap::new(KeyKind::Str, 0);
        let ab = heap.alloc_str(b"ab".to_vec()).unwrap_or(Value::Nil);
        m.insert(KeyRef::Str(b"ab"), ab, Value::Int(1), &heap);
        // Another string object with the same bytes is the same key.
        let ab2 = heap.alloc_str(b"xab".to_vec()).unwrap_or(Value::Nil);
        let Value::Str { h, .. } = ab2 else {
            panic!("not a string")
        };
        let ab2 = Value::Str { h, off: 1, len: 2 };
        assert_eq!(heap.str_bytes(ab2), b"ab");
        m.insert(KeyRef::Str(heap.str_bytes(ab2)), ab2, Value::Int(2), &heap);
        assert_eq!(m.len(), 1);
        assert_eq!(m.get(&KeyRef::Str(b"ab"), &heap), Some(Value::Int(2)));
        assert_eq!(m.get(&KeyRef::Str(b"a"), &heap), None);
        m.delete(&KeyRef::Str(b"ab"), &heap);
        assert!(m.is_empty());
        assert_eq!(m.get(&KeyRef::Str(b"ab"), &heap), None);
    }

    #[test]
    fn many_string_keys_survive_growth_deletes_and_compaction() {
        let mut heap = heap();
        let mut m = GoMap::new(KeyKind::Str, 0);
        let n = 5000;
        for i in 0..n {
            let k = format!("k{i}");
            let kv = heap.alloc_str(k.clone().into_bytes()).unwrap_or(Value::Nil);
            m.insert(KeyRef::Str(k.as_bytes()), kv, Value::Int(i), &heap);
        }
        assert_eq!(m.len(), n as usize);
        // Delete all but every tenth key: the entries are compacted, the index repointed.
        for i in (0..n).filter(|i| i % 10 != 0) {
            m.delete(&KeyRef::Str(format!("k{i}").as_bytes()), &heap);
        }
        assert_eq!(m.len(), 500);
        assert!(m.slots() < 1000, "{} slots", m.slots());
        for i in 0..n {
            let want = (i % 10 == 0).then_some(Value::Int(i));
            assert_eq!(m.get(&KeyRef::Str(format!("k{i}").as_bytes()), &heap), want);
        }
        // Iteration is still in insertion order, with the key strings as inserted.
        let mut keys = vec![];
        let mut pos = 0;
        while let Some((i, k, _)) = m.next_entry(pos) {
            keys.push(String::from_utf8_lossy(heap.str_bytes(k)).into_owned());
            pos = i + 1;
        }
        let want: Vec<String> = (0..n).step_by(10).map(|i| format!("k{i}")).collect();
        assert_eq!(keys, want);
    }
}
