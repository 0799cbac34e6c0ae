//! Go maps: insertion-ordered hash maps (DESIGN: map iteration order is insertion order).
//!
//! Entries live in a vector in insertion order; deleting leaves a hole so that the order of the others and the
//! positions held by running `range` loops stay valid. The hash index maps a key's content to its entry; keys
//! are indexed by content (string bytes, integer value, or a structural [`Key`] for floats, pointers, structs,
//! arrays and interfaces), chosen per map from the static key type.

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
pub struct GoMap {
    index: Index,
    entries: Vec<Option<(Value, Value)>>,
    len: usize,
}

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
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn approx_bytes(&self) -> usize {
        self.entries.capacity() * 40 + self.len * 24
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
        self.entries.get(i as usize)?.map(|(_, v)| v)
    }

    /// Inserts or updates; `key_value` is the key as a Go value (kept for iteration).
    pub fn insert(&mut self, key: KeyRef, key_value: Value, val: Value) {
        if let Some(i) = self.find(&key) {
            if let Some(Some(e)) = self.entries.get_mut(i as usize) {
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
        self.entries.push(Some((key_value, val)));
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
                if e.take().is_some() {
                    self.len -= 1;
                }
            }
        }
        if self.len == 0 {
            // Nothing left: drop the holes (no live position can refer past an empty map's entries).
            self.entries.clear();
        }
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

    /// The first live entry at or after position `from`, with its position (for `range`).
    pub fn next_entry(&self, from: usize) -> Option<(usize, Value, Value)> {
        let mut i = from;
        while let Some(e) = self.entries.get(i) {
            if let Some((k, v)) = e {
                return Some((i, *k, *v));
            }
            i += 1;
        }
        None
    }

    pub fn for_each_value(&self, mut f: impl FnMut(&Value)) {
        for (k, v) in self.entries.iter().flatten() {
            f(k);
            f(v);
        }
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
    fn string_keys_by_content() {
        let mut m = GoMap::new(KeyKind::Str, 0);
        m.insert(KeyRef::Str(b"ab"), Value::Nil, Value::Int(1));
        assert_eq!(m.get(&KeyRef::Str(b"ab")), Some(Value::Int(1)));
        m.delete(&KeyRef::Str(b"ab"));
        assert!(m.is_empty());
    }
}
