//! Go maps: insertion-ordered hash maps (DESIGN: map iteration order is insertion order).
//!
//! Entries live in a vector in insertion order, each with a sequence number that only grows. Deleting leaves a
//! hole; when holes outnumber live entries the vector is compacted (so insert/delete churn does not grow a map
//! forever). A running `range` loop holds the sequence number of the next entry to visit, not a position, so
//! compaction never makes it skip or repeat an entry. The hash index maps a key's content to its entry's
//! position; keys are indexed by content (string bytes, integer value, or a structural [`Key`] for floats,
//! pointers, structs, arrays and interfaces), chosen per map from the static key type.

use rustc_hash::FxHashMap;

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
    Str(FxHashMap<Box<[u8]>, u32>),
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

impl GoMap {
    pub fn new(kind: KeyKind, capacity_hint: usize) -> GoMap {
        let cap = capacity_hint.min(1 << 16);
        let index = match kind {
            KeyKind::Int => {
                Index::Int(FxHashMap::with_capacity_and_hasher(cap, Default::default()))
            }
            KeyKind::Str => {
                Index::Str(FxHashMap::with_capacity_and_hasher(cap, Default::default()))
            }
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

    pub fn approx_bytes(&self) -> usize {
        self.entries.capacity() * 48 + self.len * 24
    }

    fn find(&self, key: &KeyRef) -> Option<u32> {
        match (&self.index, key) {
            (Index::Int(m), KeyRef::Int(k)) => m.get(k).copied(),
            (Index::Str(m), KeyRef::Str(k)) => m.get(*k).copied(),
            (Index::Other(m), KeyRef::Other(k)) => m.get(k).copied(),
            _ => None,
        }
    }

    pub fn get(&self, key: &KeyRef) -> Option<Value> {
        let i = self.find(key)?;
        self.entries.get(i as usize)?.kv.map(|(_, v)| v)
    }

    /// Inserts or updates; `key_value` is the key as a Go value (kept for iteration).
    pub fn insert(&mut self, key: KeyRef, key_value: Value, val: Value) {
        if let Some(i) = self.find(&key) {
            if let Some(Entry { kv: Some(e), .. }) = self.entries.get_mut(i as usize) {
                e.1 = val;
                return;
            }
        }
        let i = self.entries.len() as u32;
        match (&mut self.index, key) {
            (Index::Int(m), KeyRef::Int(k)) => {
                m.insert(k, i);
            }
            (Index::Str(m), KeyRef::Str(k)) => {
                m.insert(k.into(), i);
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

    pub fn delete(&mut self, key: &KeyRef) {
        let removed = match (&mut self.index, key) {
            (Index::Int(m), KeyRef::Int(k)) => m.remove(k),
            (Index::Str(m), KeyRef::Str(k)) => m.remove(*k),
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
            Index::Str(m) => m.values_mut().for_each(remap),
            Index::Other(m) => m.values_mut().for_each(remap),
        }
        self.compacted = true;
    }

    pub fn clear(&mut self) {
        match &mut self.index {
            Index::Int(m) => m.clear(),
            Index::Str(m) => m.clear(),
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

    #[test]
    fn insertion_order_survives_deletes() {
        let mut m = GoMap::new(KeyKind::Int, 0);
        for k in [5, 1, 9, 3] {
            m.insert(KeyRef::Int(k), Value::Int(k), Value::Int(k * 10));
        }
        m.delete(&KeyRef::Int(1));
        m.insert(KeyRef::Int(9), Value::Int(9), Value::Int(0));
        let mut keys = vec![];
        let mut pos = 0;
        while let Some((i, k, _)) = m.next_entry(pos) {
            keys.push(k.as_int());
            pos = i + 1;
        }
        assert_eq!(keys, vec![5, 9, 3]);
        assert_eq!(m.len(), 3);
        assert_eq!(m.get(&KeyRef::Int(9)), Some(Value::Int(0)));
        assert_eq!(m.get(&KeyRef::Int(1)), None);
    }

    #[test]
    fn nan_keys_are_never_found() {
        let mut m = GoMap::new(KeyKind::Other, 0);
        m.insert(KeyRef::Unequal, Value::Float(f64::NAN), Value::Int(1));
        m.insert(KeyRef::Unequal, Value::Float(f64::NAN), Value::Int(2));
        assert_eq!(m.len(), 2);
        assert_eq!(m.get(&KeyRef::Unequal), None);
    }

    #[test]
    fn churn_is_compacted_and_iterators_survive() {
        let mut m = GoMap::new(KeyKind::Int, 0);
        for k in 0..10 {
            m.insert(KeyRef::Int(k), Value::Int(k), Value::Int(k));
        }
        // An iteration that has visited 0..=4 while the loop body churns the map.
        let (seq, _, _) = m.next_entry(4).unwrap_or((0, Value::Nil, Value::Nil));
        for k in 100..10_000 {
            m.insert(KeyRef::Int(k), Value::Int(k), Value::Int(k));
            m.delete(&KeyRef::Int(k));
        }
        m.delete(&KeyRef::Int(7));
        assert!(m.slots() < 100, "{} slots", m.slots());
        assert_eq!(m.len(), 9);
        let mut rest = vec![];
        let mut pos = seq + 1;
        while let Some((i, k, _)) = m.next_entry(pos) {
            rest.push(k.as_int());
            pos = i + 1;
        }
        assert_eq!(rest, vec![5, 6, 8, 9]);
        assert_eq!(m.get(&KeyRef::Int(9)), Some(Value::Int(9)));
        m.insert(KeyRef::Int(3), Value::Int(3), Value::Int(33));
        assert_eq!(m.get(&KeyRef::Int(3)), Some(Value::Int(33)));
    }

    #[test]
    fn string_keys_by_content() {
        let mut m = GoMap::new(KeyKind::Str, 0);
        m.insert(KeyRef::Str(b"ab"), Value::Nil, Value::Int(1));
        assert_eq!(m.get(&KeyRef::Str(b"ab")), Some(Value::Int(1)));
        m.delete(&KeyRef::Str(b"ab"));
        assert!(m.is_empty());
    }
}
