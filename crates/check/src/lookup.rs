//! Field and method lookup through embedded fields, method sets, and interface satisfaction.

use crate::objects::{ObjId, PackageId};
use crate::types::{TypeId, TypeKind};
use crate::Program;

/// One method of a type's method set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodSetEntry {
    pub name: String,
    /// The method (`ObjKind::Func`): a declared method of some defined type, or an interface's abstract
    /// method (when the method set is an interface's, or promoted from an embedded interface).
    pub func: ObjId,
    /// Field indices from the receiver (after dereferencing a pointer receiver) through embedded fields to
    /// the value whose type declares the method; empty for the type's own methods.
    pub path: Vec<u32>,
    /// Whether a pointer is dereferenced on the way (the receiver is a pointer, or an embedded field on the
    /// path is).
    pub indirect: bool,
}

/// The result of looking up `x.name`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LookupResult {
    Field {
        /// The field object.
        obj: ObjId,
        /// The field's type.
        ty: TypeId,
        /// Indices through embedded fields; the last is the field itself.
        path: Vec<u32>,
        indirect: bool,
    },
    Method {
        func: ObjId,
        /// Indices through embedded fields to the value whose type declares the method.
        path: Vec<u32>,
        indirect: bool,
        /// The method has a pointer receiver (`func (t *T) M()`); for interface methods false.
        ptr_recv: bool,
    },
    /// Several fields or methods of that name at the shallowest depth.
    Ambiguous,
    NotFound,
}

/// Whether two names are the same for selector purposes: exported names match by spelling; unexported ones
/// only within the same package.
fn same_name(
    name: &str,
    pkg: Option<PackageId>,
    other: &str,
    other_pkg: Option<PackageId>,
) -> bool {
    if name != other {
        return false;
    }
    if is_exported(name) {
        return true;
    }
    pkg == other_pkg || other_pkg.is_none() || pkg.is_none()
}

pub fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_uppercase)
}

struct Entry {
    ty: TypeId,
    path: Vec<u32>,
    indirect: bool,
}

/// Looks up field or method `name` (as written in package `pkg`) in type `t`, following Go's depth rules.
pub fn lookup_field_or_method(
    p: &Program,
    t: TypeId,
    pkg: Option<PackageId>,
    name: &str,
) -> LookupResult {
    if name == "_" {
        return LookupResult::NotFound;
    }
    let (start, mut indirect0) = (t, false);
    let mut start = start;
    // A pointer to a defined or struct type: look in the pointed-to type (methods of *T and T both apply).
    if let TypeKind::Pointer(e) = p.types.kind(t) {
        start = *e;
        indirect0 = true;
    } else if let (TypeKind::Named(_), TypeKind::Pointer(e)) = (p.types.kind(t), p.types.under(t)) {
        // A defined pointer type `type P *T` has no methods, but fields of T are accessible.
        let e = *e;
        if !matches!(p.types.under(e), TypeKind::Struct { .. }) {
            return LookupResult::NotFound;
        }
        start = e;
        indirect0 = true;
        // Methods are not found through a defined pointer type.
        return match lookup_in(p, start, pkg, name, indirect0) {
            r @ LookupResult::Field { .. } => r,
            LookupResult::Ambiguous => LookupResult::Ambiguous,
            _ => LookupResult::NotFound,
        };
    }
    lookup_in(p, start, pkg, name, indirect0)
}

/// A field or method of `t` whose name differs from `name` only in case (for Go's `but does have field x`
/// hint); `true` if it is a field.
pub fn lookup_fold(p: &Program, t: TypeId, name: &str) -> Option<(String, bool)> {
    let folded = name.to_lowercase();
    let mut names: Vec<String> = Vec::new();
    let mut todo = vec![p.types.pointer_elem(t).unwrap_or(t)];
    let mut seen: Vec<TypeId> = Vec::new();
    // Bounded walk over embedded fields (enough for a hint).
    while let Some(ty) = todo.pop() {
        if seen.contains(&ty) || seen.len() > 64 {
            continue;
        }
        seen.push(ty);
        if let Some(n) = p.types.named(ty) {
            names.extend(n.methods.iter().map(|&m| p.objects.get(m).name.clone()));
        }
        match p.types.under(ty) {
            TypeKind::Struct { fields } => {
                for f in fields {
                    names.push(f.name.clone());
                    if f.embedded {
                        todo.push(p.types.pointer_elem(f.ty).unwrap_or(f.ty));
                    }
                }
            }
            TypeKind::Interface(iface) => {
                names.extend(iface.methods.iter().map(|m| m.name.clone()));
            }
            _ => {}
        }
    }
    let cand = names
        .into_iter()
        .find(|n| n != name && n.to_lowercase() == folded)?;
    match lookup_field_or_method(p, t, None, &cand) {
        LookupResult::Field { .. } => Some((cand, true)),
        LookupResult::Method { .. } => Some((cand, false)),
        _ => None,
    }
}

fn lookup_in(
    p: &Program,
    start: TypeId,
    pkg: Option<PackageId>,
    name: &str,
    indirect0: bool,
) -> LookupResult {
    let mut current = vec![Entry {
        ty: start,
        path: Vec::new(),
        indirect: indirect0,
    }];
    let mut seen: Vec<TypeId> = Vec::new();
    while !current.is_empty() {
        let mut found: Option<LookupResult> = None;
        let mut count = 0usize;
        let mut next = Vec::new();
        for e in &current {
            let mut ty = e.ty;
            if p.types.is_named(ty) {
                if seen.contains(&ty) {
                    continue;
                }
                seen.push(ty);
                if let Some(n) = p.types.named(ty) {
                    for &m in &n.methods {
                        let o = p.objects.get(m);
                        if same_name(name, pkg, &o.name, o.pkg) {
                            count += 1;
                            let ptr_recv =
                                p.objects.func(m).and_then(|f| f.recv).is_some_and(|r| {
                                    matches!(p.types.kind(r), TypeKind::Pointer(_))
                                });
                            found = Some(LookupResult::Method {
                                func: m,
                                path: e.path.clone(),
                                indirect: e.indirect,
                                ptr_recv,
                            });
                        }
                    }
                }
                ty = p.types.underlying(ty);
            }
            match p.types.kind(ty) {
                TypeKind::Struct { fields } => {
                    for (i, f) in fields.iter().enumerate() {
                        if same_name(name, pkg, &f.name, f.pkg) {
                            count += 1;
                            let mut path = e.path.clone();
                            path.push(i as u32);
                            found = Some(LookupResult::Field {
                                obj: f.obj,
                                ty: f.ty,
                                path,
                                indirect: e.indirect,
                            });
                        }
                        if f.embedded {
                            let (fty, ind) = match p.types.kind(f.ty) {
                                TypeKind::Pointer(inner) => (*inner, true),
                                _ => (f.ty, false),
                            };
                            let mut path = e.path.clone();
                            path.push(i as u32);
                            next.push(Entry {
                                ty: fty,
                                path,
                                indirect: e.indirect || ind,
                            });
                        }
                    }
                }
                TypeKind::Interface(iface) => {
                    for m in &iface.methods {
                        if same_name(name, pkg, &m.name, m.pkg) {
                            count += 1;
                            found = Some(LookupResult::Method {
                                func: m.func,
                                path: e.path.clone(),
                                indirect: e.indirect,
                                ptr_recv: false,
                            });
                        }
                    }
                }
                _ => {}
            }
        }
        if count > 1 {
            return LookupResult::Ambiguous;
        }
        if let Some(f) = found {
            return f;
        }
        current = next;
    }
    LookupResult::NotFound
}

/// Candidate method names reachable from `t` (own methods, promoted ones, interface methods).
fn method_names(p: &Program, t: TypeId) -> Vec<(String, Option<PackageId>)> {
    let mut names: Vec<(String, Option<PackageId>)> = Vec::new();
    let mut stack = vec![t];
    let mut seen: Vec<TypeId> = Vec::new();
    while let Some(mut ty) = stack.pop() {
        if let TypeKind::Pointer(e) = p.types.kind(ty) {
            ty = *e;
        }
        if seen.contains(&ty) {
            continue;
        }
        seen.push(ty);
        if let Some(n) = p.types.named(ty) {
            for &m in &n.methods {
                let o = p.objects.get(m);
                names.push((o.name.clone(), o.pkg));
            }
        }
        match p.types.under(ty) {
            TypeKind::Struct { fields } => {
                for f in fields.iter().filter(|f| f.embedded) {
                    stack.push(f.ty);
                }
            }
            TypeKind::Interface(iface) => {
                for m in &iface.methods {
                    names.push((m.name.clone(), m.pkg));
                }
            }
            _ => {}
        }
    }
    names.sort();
    names.dedup();
    names
}

/// The method set of `t` (spec "Method sets"), sorted by name: for an interface its methods; for `T` the
/// value-receiver methods of `T` and of embedded fields reached without a pointer, plus all methods reached
/// through embedded pointers; for `*T` all methods of `T` and its embedded fields. Ambiguous names are left
/// out.
pub fn method_set(p: &Program, t: TypeId) -> Vec<MethodSetEntry> {
    if let Some(iface) = p.types.interface(t) {
        return iface
            .methods
            .iter()
            .map(|m| MethodSetEntry {
                name: m.name.clone(),
                func: m.func,
                path: Vec::new(),
                indirect: false,
            })
            .collect();
    }
    // A defined pointer type has an empty method set.
    if p.types.is_named(t) && p.types.is_pointer(t) {
        return Vec::new();
    }
    let is_ptr = matches!(p.types.kind(t), TypeKind::Pointer(_));
    let mut out = Vec::new();
    for (name, pkg) in method_names(p, t) {
        if let LookupResult::Method {
            func,
            path,
            indirect,
            ptr_recv,
        } = lookup_field_or_method(p, t, pkg, &name)
        {
            if ptr_recv && !is_ptr && !indirect {
                continue;
            }
            out.push(MethodSetEntry {
                name,
                func,
                path,
                indirect,
            });
        }
    }
    out
}

/// Why a type does not implement an interface.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MissingMethod {
    /// No method of that name.
    Missing(String),
    /// The method exists but with another signature: (name, have signature, want signature).
    WrongType(String, TypeId, TypeId),
    /// The method exists on `*T` only.
    PointerReceiver(String),
}

/// The first method of interface `iface` that `t` lacks, or `None` if `t` implements it.
pub fn missing_method(p: &Program, t: TypeId, iface: TypeId) -> Option<MissingMethod> {
    let want = p.types.interface(iface)?;
    if want.methods.is_empty() {
        return None;
    }
    if let Some(have) = p.types.interface(t) {
        for m in &want.methods {
            match have.methods.iter().find(|h| h.name == m.name) {
                None => return Some(MissingMethod::Missing(m.name.clone())),
                Some(h) if h.sig != m.sig => {
                    return Some(MissingMethod::WrongType(m.name.clone(), h.sig, m.sig))
                }
                _ => {}
            }
        }
        return None;
    }
    let set = method_set(p, t);
    for m in &want.methods {
        match set.iter().find(|e| e.name == m.name) {
            Some(e) => {
                let have = p.objects.type_of(e.func);
                if have != m.sig {
                    return Some(MissingMethod::WrongType(m.name.clone(), have, m.sig));
                }
            }
            None => {
                // Distinguish "has pointer receiver" from "missing".
                if let LookupResult::Method { ptr_recv: true, .. } =
                    lookup_field_or_method(p, t, m.pkg, &m.name)
                {
                    return Some(MissingMethod::PointerReceiver(m.name.clone()));
                }
                return Some(MissingMethod::Missing(m.name.clone()));
            }
        }
    }
    None
}

/// Whether `t` implements interface `iface`.
pub fn implements(p: &Program, t: TypeId, iface: TypeId) -> bool {
    p.types.is_interface(iface) && missing_method(p, t, iface).is_none()
}

impl Program {
    pub fn lookup_field_or_method(
        &self,
        t: TypeId,
        pkg: Option<PackageId>,
        name: &str,
    ) -> LookupResult {
        lookup_field_or_method(self, t, pkg, name)
    }
    pub fn method_set(&self, t: TypeId) -> Vec<MethodSetEntry> {
        method_set(self, t)
    }
    pub fn implements(&self, t: TypeId, iface: TypeId) -> bool {
        implements(self, t, iface)
    }
    pub fn missing_method(&self, t: TypeId, iface: TypeId) -> Option<MissingMethod> {
        missing_method(self, t, iface)
    }
}
