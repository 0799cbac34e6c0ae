//! Lexical scopes: universe, package, file, function and block scopes, each mapping names to objects.

use std::collections::HashMap;

use crate::objects::ObjId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct ScopeId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum ScopeKind {
    Universe,
    Package,
    /// A file's scope: holds its imported package names.
    File,
    /// A function's outermost scope (parameters and results).
    Func,
    Block,
}

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    pub kind: ScopeKind,
    pub names: HashMap<String, ObjId>,
}

#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Scopes {
    scopes: crate::layered::Layered<Scope>,
}

impl Scopes {
    pub fn new_scope(&mut self, parent: Option<ScopeId>, kind: ScopeKind) -> ScopeId {
        let i = self.scopes.push(Scope {
            parent,
            kind,
            names: HashMap::new(),
        });
        ScopeId(i as u32)
    }

    /// Shares the scopes so far between clones (see `crate::layered`).
    pub fn freeze(&mut self) {
        self.scopes.freeze();
    }

    /// Whether both still share the scopes frozen before they were cloned.
    pub fn shares_frozen(&self, other: &Scopes) -> bool {
        self.scopes.shares_frozen(&other.scopes)
    }

    pub fn get(&self, id: ScopeId) -> Option<&Scope> {
        self.scopes.get(id.0 as usize)
    }

    /// Declares `name` in `scope`; returns the previous object of that name in this same scope, if any (the
    /// caller reports the redeclaration and keeps the old one).
    pub fn insert(&mut self, scope: ScopeId, name: &str, obj: ObjId) -> Option<ObjId> {
        if let Some(&old) = self.get(scope)?.names.get(name) {
            return Some(old);
        }
        let s = self.scopes.get_mut(scope.0 as usize)?;
        s.names.insert(name.to_string(), obj);
        None
    }

    /// The object named `name` in this scope only.
    pub fn lookup_local(&self, scope: ScopeId, name: &str) -> Option<ObjId> {
        self.get(scope)?.names.get(name).copied()
    }

    /// Finds `name` in `scope` or its parents; returns the object and the scope it was found in.
    pub fn lookup(&self, mut scope: ScopeId, name: &str) -> Option<(ObjId, ScopeId)> {
        loop {
            let s = self.get(scope)?;
            if let Some(&o) = s.names.get(name) {
                return Some((o, scope));
            }
            scope = s.parent?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_lookup_and_shadowing() {
        let mut s = Scopes::default();
        let u = s.new_scope(None, ScopeKind::Universe);
        let b = s.new_scope(Some(u), ScopeKind::Block);
        assert_eq!(s.insert(u, "x", ObjId(1)), None);
        assert_eq!(s.lookup(b, "x"), Some((ObjId(1), u)));
        assert_eq!(s.insert(b, "x", ObjId(2)), None);
        assert_eq!(s.lookup(b, "x"), Some((ObjId(2), b)));
        assert_eq!(s.insert(b, "x", ObjId(3)), Some(ObjId(2)));
        assert_eq!(s.lookup(b, "y"), None);
    }
}
