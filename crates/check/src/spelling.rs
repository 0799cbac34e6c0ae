//! How types were spelled in the source, for messages only. Go's checker keeps alias names (`byte`, `rune`,
//! `any`, `type B = []byte`) and parameter names (`func(x int) string`) and prints them; our `TypeId`s are
//! canonical (identity is id equality), so spellings live beside them: each [`Spelling`] knows the
//! canonical type it spells, and a spelling is only ever printed for an operand of that very type.

use std::collections::HashMap;

use crate::objects::{ObjId, PackageId};
use crate::types::{ChanDir, TypeId, TypeKind};
use crate::Program;

/// A type as written: either just a canonical type, or a spelled node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Spelling {
    Type(TypeId),
    Node(u32),
}

/// A spelled type that differs from its canonical form somewhere.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Spelled {
    /// An alias name (`byte`, `any`, or a package-level `type A = T`); `obj` is its `TypeName`.
    Alias {
        obj: ObjId,
        target: Spelling,
    },
    Pointer(Spelling),
    Slice(Spelling),
    Array {
        len: u64,
        elem: Spelling,
    },
    Map {
        key: Spelling,
        value: Spelling,
    },
    Chan {
        dir: ChanDir,
        elem: Spelling,
    },
    /// Parameter and result names (empty strings when unnamed) with their spellings.
    Signature {
        params: Vec<(String, Spelling)>,
        results: Vec<(String, Spelling)>,
        variadic: bool,
    },
    Tuple(Vec<Spelling>),
}

/// All spellings of a program, and which expressions and objects have one.
#[derive(Clone, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Spellings {
    nodes: crate::layered::Layered<(Spelled, TypeId)>,
    interned: crate::layered::LayeredMap<(Spelled, TypeId), u32>,
    /// The spelling of an expression's type (type expressions and values), where it is not canonical.
    /// Not stored: emptied once the packages are compiled, like `Program::info`.
    #[serde(skip)]
    pub exprs: HashMap<amber_syntax::ast::NodeId, Spelling>,
    /// The spelling of an object's type (variables, constants, functions, fields).
    objects: crate::layered::LayeredMap<ObjId, Spelling>,
}

impl Spellings {
    /// The spelling of `canonical` as `s`; a plain `Spelling::Type` when nothing in `s` differs.
    pub fn node(&mut self, s: Spelled, canonical: TypeId) -> Spelling {
        let key = (s, canonical);
        if let Some(&i) = self.interned.get(&key) {
            return Spelling::Node(i);
        }
        let i = self.nodes.push(key.clone()) as u32;
        self.interned.insert(key, i);
        Spelling::Node(i)
    }

    /// The spelling of an object's type, where it is not canonical.
    pub fn object(&self, o: ObjId) -> Option<Spelling> {
        self.objects.get(&o).copied()
    }

    pub fn set_object(&mut self, o: ObjId, s: Spelling) {
        self.objects.insert(o, s);
    }

    /// Shares the spellings so far between clones (see `crate::layered`); drops those of expressions.
    pub fn freeze(&mut self) {
        self.nodes.freeze();
        self.interned.freeze();
        self.objects.freeze();
    }

    /// Whether both still share the spellings frozen before they were cloned.
    pub fn shares_frozen(&self, other: &Spellings) -> bool {
        self.nodes.shares_frozen(&other.nodes)
            && self.interned.shares_frozen(&other.interned)
            && self.objects.shares_frozen(&other.objects)
    }

    pub fn get(&self, s: Spelling) -> Option<&Spelled> {
        match s {
            Spelling::Type(_) => None,
            Spelling::Node(i) => self.nodes.get(i as usize).map(|(s, _)| s),
        }
    }

    /// The canonical type a spelling stands for.
    pub fn canonical(&self, s: Spelling) -> TypeId {
        match s {
            Spelling::Type(t) => t,
            Spelling::Node(i) => self
                .nodes
                .get(i as usize)
                .map_or(TypeId::INVALID, |(_, t)| *t),
        }
    }

    /// The spelling of the elements of a spelled slice, array, pointer or map value.
    pub fn elem(&self, s: Spelling) -> Option<Spelling> {
        match self.get(s)? {
            Spelled::Slice(e) | Spelled::Pointer(e) | Spelled::Array { elem: e, .. } => Some(*e),
            Spelled::Map { value, .. } => Some(*value),
            Spelled::Alias { target, .. } => self.elem(*target),
            _ => None,
        }
    }

    /// The spelled single result of a spelled signature.
    pub fn result(&self, s: Spelling) -> Option<Spelling> {
        match self.get(s)? {
            Spelled::Signature { results, .. } if results.len() == 1 => Some(results[0].1),
            Spelled::Alias { target, .. } => self.result(*target),
            _ => None,
        }
    }

    /// The spelled parameter types of a spelled signature.
    pub fn params(&self, s: Spelling) -> Option<Vec<Spelling>> {
        match self.get(s)? {
            Spelled::Signature { params, .. } => Some(params.iter().map(|p| p.1).collect()),
            Spelled::Alias { target, .. } => self.params(*target),
            _ => None,
        }
    }
}

/// Prints a spelling as Go does (see `typestring::type_string` for canonical types).
pub fn spelling_string(p: &Program, s: Spelling, cur: Option<PackageId>) -> String {
    let mut out = String::new();
    write_spelling(p, s, cur, &mut out, 0);
    out
}

fn write_spelling(p: &Program, s: Spelling, cur: Option<PackageId>, out: &mut String, depth: u32) {
    let d = depth + 1;
    let node = match s {
        Spelling::Type(t) => {
            out.push_str(&crate::typestring::type_string(p, t, cur));
            return;
        }
        Spelling::Node(_) if depth > 64 => {
            out.push_str("...");
            return;
        }
        Spelling::Node(_) => match p.spellings.get(s) {
            Some(n) => n,
            None => return,
        },
    };
    match node {
        Spelled::Alias { obj, .. } => {
            let o = p.objects.get(*obj);
            match o.pkg {
                Some(pkg) if Some(pkg) != cur => {
                    let name = p.package(pkg).map_or("?", |x| x.name.as_str());
                    out.push_str(&format!("{name}.{}", o.name));
                }
                _ => out.push_str(&o.name),
            }
        }
        Spelled::Pointer(e) => {
            out.push('*');
            write_spelling(p, *e, cur, out, d);
        }
        Spelled::Slice(e) => {
            out.push_str("[]");
            write_spelling(p, *e, cur, out, d);
        }
        Spelled::Array { len, elem } => {
            out.push_str(&format!("[{len}]"));
            write_spelling(p, *elem, cur, out, d);
        }
        Spelled::Map { key, value } => {
            out.push_str("map[");
            write_spelling(p, *key, cur, out, d);
            out.push(']');
            write_spelling(p, *value, cur, out, d);
        }
        Spelled::Chan { dir, elem } => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_spelling(p, *elem, cur, out, d);
        }
        Spelled::Signature {
            params,
            results,
            variadic,
        } => {
            out.push_str("func");
            write_signature(p, params, results, *variadic, cur, out, d);
        }
        Spelled::Tuple(elems) => {
            out.push('(');
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_spelling(p, *e, cur, out, d);
            }
            out.push(')');
        }
    }
}

/// The results of a spelled signature with several results, as Go prints a call's value of tuple type:
/// `(n int, err error)`, or `(int, error)` without names.
pub fn results_string(p: &Program, s: Spelling, cur: Option<PackageId>) -> Option<String> {
    match p.spellings.get(s)? {
        Spelled::Signature { results, .. } if results.len() > 1 => {
            let mut out = String::new();
            write_results_list(p, results, cur, &mut out, 0);
            Some(out)
        }
        Spelled::Alias { target, .. } => results_string(p, *target, cur),
        _ => None,
    }
}

/// `(x int, ys ...string) (n int, err error)` after `func`.
fn write_signature(
    p: &Program,
    params: &[(String, Spelling)],
    results: &[(String, Spelling)],
    variadic: bool,
    cur: Option<PackageId>,
    out: &mut String,
    d: u32,
) {
    out.push('(');
    let n = params.len();
    for (i, (name, s)) in params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if !name.is_empty() {
            out.push_str(name);
            out.push(' ');
        }
        if variadic && i + 1 == n {
            out.push_str("...");
            // The last parameter is `[]T`, written `...T`.
            let elem = p.spellings.elem(*s).unwrap_or_else(|| {
                let t = p.spellings.canonical(*s);
                Spelling::Type(match p.types.kind(t) {
                    TypeKind::Slice(e) => *e,
                    _ => t,
                })
            });
            write_spelling(p, elem, cur, out, d);
        } else {
            write_spelling(p, *s, cur, out, d);
        }
    }
    out.push(')');
    let named = results.iter().any(|(n, _)| !n.is_empty());
    match results {
        [] => {}
        [(_, s)] if !named => {
            out.push(' ');
            write_spelling(p, *s, cur, out, d);
        }
        _ => {
            out.push(' ');
            write_results_list(p, results, cur, out, d);
        }
    }
}

/// `(n int, err error)`: results in parentheses, with their names where they have them.
fn write_results_list(
    p: &Program,
    results: &[(String, Spelling)],
    cur: Option<PackageId>,
    out: &mut String,
    d: u32,
) {
    out.push('(');
    for (i, (name, s)) in results.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if !name.is_empty() {
            out.push_str(name);
            out.push(' ');
        }
        write_spelling(p, *s, cur, out, d);
    }
    out.push(')');
}

/// Whether an alias spelling names one of the predeclared `byte` and `rune`, which Go describes like basic
/// types (`variable of type byte`), unlike other aliases (`variable of interface type any`).
pub fn is_basic_alias(p: &Program, s: Spelling) -> bool {
    match p.spellings.get(s) {
        Some(Spelled::Alias { obj, .. }) => {
            let o = p.objects.get(*obj);
            o.pkg.is_none() && (o.name == "byte" || o.name == "rune")
        }
        _ => false,
    }
}

/// For an alias spelling, the spelling of what it stands for.
pub fn alias_target(p: &Program, s: Spelling) -> Option<Spelling> {
    match p.spellings.get(s) {
        Some(Spelled::Alias { target, .. }) => Some(*target),
        _ => None,
    }
}
