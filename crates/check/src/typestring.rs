//! Printing types the way Go's type checker does in error messages.

use crate::objects::PackageId;
use crate::types::{ChanDir, TypeId, TypeKind};
use crate::Program;

/// `int`, `[]string`, `map[string]int`, `*T` / `*pkg.T`, `struct{x int; y string}`, `func(int) string`,
/// `interface{M()}`, `chan<- int`, `(int, error)` for tuples.
pub fn type_string(p: &Program, t: TypeId, current: Option<PackageId>) -> String {
    let mut out = String::new();
    write_type(p, t, current, &mut out, 0);
    out
}

/// Writes a signature without the leading `func` (`(x int) string`), as in interface method lists.
pub fn signature_string(p: &Program, sig: TypeId, current: Option<PackageId>) -> String {
    let mut out = String::new();
    write_signature(p, sig, current, &mut out, 0);
    out
}

/// The qualified name of a defined type's package-level object: `T` in its own package, else `pkg.T`.
pub fn qualified_name(p: &Program, t: TypeId, current: Option<PackageId>) -> String {
    let Some(n) = p.types.named(t) else {
        return type_string(p, t, current);
    };
    let obj = p.objects.get(n.obj);
    match obj.pkg {
        Some(pkg) if Some(pkg) != current => {
            let name = p.package(pkg).map_or("?", |x| x.name.as_str());
            format!("{name}.{}", obj.name)
        }
        _ => obj.name.clone(),
    }
}

fn write_type(p: &Program, t: TypeId, cur: Option<PackageId>, out: &mut String, depth: u32) {
    if depth > 64 {
        out.push_str("...");
        return;
    }
    let d = depth + 1;
    match p.types.kind(t) {
        TypeKind::Basic(k) => out.push_str(k.name()),
        TypeKind::Named(_) => out.push_str(&qualified_name(p, t, cur)),
        TypeKind::Pointer(e) => {
            out.push('*');
            write_type(p, *e, cur, out, d);
        }
        TypeKind::Slice(e) => {
            out.push_str("[]");
            write_type(p, *e, cur, out, d);
        }
        TypeKind::Array { len, elem } => {
            out.push_str(&format!("[{len}]"));
            write_type(p, *elem, cur, out, d);
        }
        TypeKind::Map { key, value } => {
            out.push_str("map[");
            write_type(p, *key, cur, out, d);
            out.push(']');
            write_type(p, *value, cur, out, d);
        }
        TypeKind::Chan { dir, elem } => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            let paren = *dir == ChanDir::Both
                && matches!(
                    p.types.kind(*elem),
                    TypeKind::Chan {
                        dir: ChanDir::Recv,
                        ..
                    }
                );
            if paren {
                out.push('(');
            }
            write_type(p, *elem, cur, out, d);
            if paren {
                out.push(')');
            }
        }
        TypeKind::Struct { fields } => {
            out.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                if !f.embedded {
                    out.push_str(&f.name);
                    out.push(' ');
                }
                write_type(p, f.ty, cur, out, d);
                if let Some(tag) = &f.tag {
                    out.push(' ');
                    out.push_str(&format!("{tag:?}"));
                }
            }
            out.push('}');
        }
        TypeKind::Signature(_) => {
            out.push_str("func");
            write_signature(p, t, cur, out, d);
        }
        TypeKind::Interface(iface) => {
            out.push_str("interface{");
            let mut first = true;
            for name in &iface.explicit {
                if let Some(m) = iface.methods.iter().find(|m| &m.name == name) {
                    if !first {
                        out.push_str("; ");
                    }
                    first = false;
                    out.push_str(&m.name);
                    write_signature(p, m.sig, cur, out, d);
                }
            }
            for e in &iface.embeddeds {
                if !first {
                    out.push_str("; ");
                }
                first = false;
                write_type(p, *e, cur, out, d);
            }
            out.push('}');
        }
        TypeKind::Tuple(elems) => {
            out.push('(');
            for (i, e) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_type(p, *e, cur, out, d);
            }
            out.push(')');
        }
    }
}

fn write_signature(p: &Program, sig: TypeId, cur: Option<PackageId>, out: &mut String, depth: u32) {
    let Some(s) = p.types.sig(sig) else {
        out.push_str("()");
        return;
    };
    out.push('(');
    let n = s.params.len();
    for (i, &param) in s.params.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if s.variadic && i + 1 == n {
            out.push_str("...");
            let elem = match p.types.kind(param) {
                TypeKind::Slice(e) => *e,
                _ => param,
            };
            write_type(p, elem, cur, out, depth);
        } else {
            write_type(p, param, cur, out, depth);
        }
    }
    out.push(')');
    match s.results.len() {
        0 => {}
        1 => {
            out.push(' ');
            write_type(p, s.results[0], cur, out, depth);
        }
        _ => {
            out.push_str(" (");
            for (i, &r) in s.results.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_type(p, r, cur, out, depth);
            }
            out.push(')');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::ChanDir;

    #[test]
    fn prints_like_go() {
        let mut p = Program::new();
        let s = p.types.slice(TypeId::INT);
        assert_eq!(type_string(&p, s, None), "[]int");
        let m = p.types.map(TypeId::STRING, s);
        assert_eq!(type_string(&p, m, None), "map[string][]int");
        let es = p.types.slice(TypeId::STRING);
        let f = p.types.signature(
            vec![TypeId::INT, es],
            vec![TypeId::INT, TypeId::ERROR],
            true,
        );
        assert_eq!(
            type_string(&p, f, None),
            "func(int, ...string) (int, error)"
        );
        let g = p.types.signature(vec![], vec![], false);
        assert_eq!(type_string(&p, g, None), "func()");
        let c = p.types.intern(TypeKind::Chan {
            dir: ChanDir::Send,
            elem: TypeId::INT,
        });
        assert_eq!(type_string(&p, c, None), "chan<- int");
        assert_eq!(
            type_string(&p, TypeId::EMPTY_INTERFACE, None),
            "interface{}"
        );
        let a = p.types.array(3, TypeId::INT);
        assert_eq!(type_string(&p, a, None), "[3]int");
        assert_eq!(type_string(&p, TypeId::UNTYPED_INT, None), "untyped int");
    }
}
