//! Canonical type keys: how persisted data names a runtime type so that any later image (recompiled from the
//! same deployed sources, with different type indices) finds the same type.
//!
//! A key is Go's type syntax with full package paths instead of package names (`r/counter.User`,
//! `[]*r/counter.User`, `map[string]int`), unexported field and method names qualified by their package path
//! (they are part of type identity), interfaces written with their full sorted method set, and types declared
//! inside functions suffixed with their declaration place (`r/x.T·x.go:12:7`), since several may share a name.

use amber_check::{PackageId, Program, TypeId, TypeKind};
use amber_syntax::SourceMap;

/// The canonical key of checker type `t`.
pub(crate) fn type_key(p: &Program, sm: &SourceMap, t: TypeId) -> String {
    let mut out = String::new();
    write_key(p, sm, t, &mut out, 0);
    out
}

fn package_path(p: &Program, pkg: Option<PackageId>) -> Option<&str> {
    pkg.and_then(|id| p.package(id)).map(|x| x.path.as_str())
}

/// A field or method name: unexported names are qualified by their package path.
fn member_name(p: &Program, name: &str, pkg: Option<PackageId>, out: &mut String) {
    if let Some(path) = package_path(p, pkg) {
        out.push_str(path);
        out.push('.');
    }
    out.push_str(name);
}

fn write_key(p: &Program, sm: &SourceMap, t: TypeId, out: &mut String, depth: u32) {
    // Named types end the recursion, so only absurdly nested literal types reach this.
    if depth > 200 {
        out.push_str("...");
        return;
    }
    let d = depth + 1;
    match p.types.kind(t) {
        TypeKind::Basic(k) => out.push_str(k.name()),
        TypeKind::Named(n) => {
            let obj = p.objects.get(n.obj);
            match obj.pkg {
                Some(pkg) => {
                    out.push_str(package_path(p, Some(pkg)).unwrap_or("?"));
                    out.push('.');
                    out.push_str(&obj.name);
                    // A type declared inside a function: its place tells it from others of the same name.
                    if p.lookup_member(pkg, &obj.name) != Some(n.obj) {
                        let loc = sm.location(obj.pos);
                        let file = loc.file.rsplit('/').next().unwrap_or("");
                        out.push_str(&format!("·{file}:{}:{}", loc.line, loc.col));
                    }
                }
                // Universe types (`error`).
                None => out.push_str(&obj.name),
            }
        }
        TypeKind::Pointer(e) => {
            out.push('*');
            write_key(p, sm, *e, out, d);
        }
        TypeKind::Slice(e) => {
            out.push_str("[]");
            write_key(p, sm, *e, out, d);
        }
        TypeKind::Array { len, elem } => {
            out.push_str(&format!("[{len}]"));
            write_key(p, sm, *elem, out, d);
        }
        TypeKind::Map { key, value } => {
            out.push_str("map[");
            write_key(p, sm, *key, out, d);
            out.push(']');
            write_key(p, sm, *value, out, d);
        }
        TypeKind::Chan { dir, elem } => {
            out.push_str(match dir {
                amber_check::types::ChanDir::Both => "chan(",
                amber_check::types::ChanDir::Send => "chan<-(",
                amber_check::types::ChanDir::Recv => "<-chan(",
            });
            write_key(p, sm, *elem, out, d);
            out.push(')');
        }
        TypeKind::Struct { fields } => {
            out.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                if f.embedded {
                    out.push_str("embed ");
                }
                member_name(p, &f.name, f.pkg, out);
                out.push(' ');
                write_key(p, sm, f.ty, out, d);
                if let Some(tag) = &f.tag {
                    out.push_str(&format!(" {tag:?}"));
                }
            }
            out.push('}');
        }
        TypeKind::Signature(_) => {
            out.push_str("func");
            write_signature(p, sm, t, out, d);
        }
        TypeKind::Interface(iface) => {
            out.push_str("interface{");
            for (i, m) in iface.methods.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                member_name(p, &m.name, m.pkg, out);
                write_signature(p, sm, m.sig, out, d);
            }
            out.push('}');
        }
        TypeKind::Tuple(elems) => {
            out.push('(');
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_key(p, sm, *e, out, d);
            }
            out.push(')');
        }
    }
}

fn write_signature(p: &Program, sm: &SourceMap, sig: TypeId, out: &mut String, depth: u32) {
    let Some(s) = p.types.sig(sig) else {
        out.push_str("()");
        return;
    };
    out.push('(');
    for (i, &param) in s.params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if s.variadic && i + 1 == s.params.len() {
            out.push_str("...");
        }
        write_key(p, sm, param, out, depth);
    }
    out.push_str(")(");
    for (i, &r) in s.results.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_key(p, sm, r, out, depth);
    }
    out.push(')');
}
