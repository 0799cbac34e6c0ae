//! Tables that only grow, in two layers: a frozen part shared between clones (behind an `Arc`) and the part
//! added since. Cloning a program whose tables are frozen copies no entries, so a host can keep a checked
//! program and check a small package on top of a clone of it many times. Changing a frozen entry copies the
//! frozen part first (rare: checking a package changes only its own entries).

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::Arc;

/// A vector in two layers; indexes run over the frozen part, then the rest.
#[derive(Clone, Debug)]
pub struct Layered<T> {
    frozen: Arc<Vec<T>>,
    own: Vec<T>,
}

impl<T> Default for Layered<T> {
    fn default() -> Self {
        Layered {
            frozen: Arc::new(Vec::new()),
            own: Vec::new(),
        }
    }
}

impl<T: Clone> Layered<T> {
    pub fn len(&self) -> usize {
        self.frozen.len() + self.own.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Option<&T> {
        match i.checked_sub(self.frozen.len()) {
            None => self.frozen.get(i),
            Some(j) => self.own.get(j),
        }
    }

    pub fn get_mut(&mut self, i: usize) -> Option<&mut T> {
        match i.checked_sub(self.frozen.len()) {
            None => Arc::make_mut(&mut self.frozen).get_mut(i),
            Some(j) => self.own.get_mut(j),
        }
    }

    pub fn first(&self) -> Option<&T> {
        self.get(0)
    }

    /// Appends `x`; returns its index.
    pub fn push(&mut self, x: T) -> usize {
        self.own.push(x);
        self.len() - 1
    }

    /// Moves what was added into the frozen part.
    pub fn freeze(&mut self) {
        if !self.own.is_empty() {
            Arc::make_mut(&mut self.frozen).append(&mut self.own);
        }
    }

    /// Whether both still share one frozen part (neither changed a frozen entry since they were cloned).
    pub fn shares_frozen(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.frozen, &other.frozen)
    }
}

/// A map in two layers: entries added since freezing shadow frozen ones.
#[derive(Clone, Debug)]
pub struct LayeredMap<K, V> {
    frozen: Arc<HashMap<K, V>>,
    own: HashMap<K, V>,
}

impl<K, V> Default for LayeredMap<K, V> {
    fn default() -> Self {
        LayeredMap {
            frozen: Arc::new(HashMap::new()),
            own: HashMap::new(),
        }
    }
}

impl<K: Eq + Hash + Clone, V: Clone> LayeredMap<K, V> {
    pub fn get(&self, k: &K) -> Option<&V> {
        self.own.get(k).or_else(|| self.frozen.get(k))
    }

    pub fn insert(&mut self, k: K, v: V) {
        self.own.insert(k, v);
    }

    /// Moves what was added into the frozen part.
    pub fn freeze(&mut self) {
        if !self.own.is_empty() {
            Arc::make_mut(&mut self.frozen).extend(self.own.drain());
        }
    }

    /// Whether both still share one frozen part.
    pub fn shares_frozen(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.frozen, &other.frozen)
    }
}

/// Stored flat (frozen entries, then the rest), and read back as one unfrozen layer.
impl<T: serde::Serialize> serde::Serialize for Layered<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.frozen.iter().chain(self.own.iter()))
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::Deserialize<'de> for Layered<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Layered {
            frozen: Arc::new(Vec::new()),
            own: Vec::deserialize(d)?,
        })
    }
}

/// Stored flat (what `get` sees: frozen entries not shadowed, then the added ones), read back unfrozen.
impl<K: serde::Serialize + Eq + Hash, V: serde::Serialize> serde::Serialize for LayeredMap<K, V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let visible = || {
            self.frozen
                .iter()
                .filter(|(k, _)| !self.own.contains_key(*k))
        };
        // Binary formats need the length up front.
        let mut map = s.serialize_map(Some(visible().count() + self.own.len()))?;
        for (k, v) in visible().chain(self.own.iter()) {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de, K, V> serde::Deserialize<'de> for LayeredMap<K, V>
where
    K: serde::Deserialize<'de> + Eq + Hash,
    V: serde::Deserialize<'de>,
{
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(LayeredMap {
            frozen: Arc::new(HashMap::new()),
            own: HashMap::deserialize(d)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_the_frozen_part_and_keep_their_own_additions() {
        let mut a: Layered<String> = Layered::default();
        a.push("x".into());
        a.freeze();
        let mut b = a.clone();
        assert_eq!(b.push("y".into()), 1);
        assert_eq!(a.len(), 1);
        assert_eq!(b.get(1).map(String::as_str), Some("y"));
        assert!(b.shares_frozen(&a));
        // Changing a frozen entry in one clone leaves the other alone.
        if let Some(s) = b.get_mut(0) {
            s.push('!');
        }
        assert_eq!(a.get(0).map(String::as_str), Some("x"));
        assert_eq!(b.get(0).map(String::as_str), Some("x!"));
        assert!(!b.shares_frozen(&a));
        b.freeze();
        assert_eq!(b.len(), 2);
        assert_eq!(b.get(2), None);
    }

    #[test]
    fn map_additions_shadow_frozen_entries() {
        let mut m: LayeredMap<u32, &str> = LayeredMap::default();
        m.insert(1, "a");
        m.freeze();
        let mut n = m.clone();
        n.insert(1, "b");
        n.insert(2, "c");
        assert_eq!(m.get(&1), Some(&"a"));
        assert_eq!(n.get(&1), Some(&"b"));
        n.freeze();
        assert_eq!(n.get(&1), Some(&"b"));
        assert_eq!(n.get(&2), Some(&"c"));
        assert_eq!(m.get(&2), None);
    }
}
