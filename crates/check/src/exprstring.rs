//! Printing expressions as Go's type checker does in messages (`x + 1`, `f(a, b)`, `T{…}`, `func() {…}`).

use amber_syntax::ast::{ChanDir, Expr, ExprKind, Field, FuncType};

pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(e, &mut s, 0);
    s
}

fn write_list(es: &[Expr], out: &mut String, depth: u32) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(e, out, depth);
    }
}

fn write_fields(fields: &[Field], sep: &str, out: &mut String, depth: u32) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        for (j, n) in f.names.iter().enumerate() {
            if j > 0 {
                out.push_str(", ");
            }
            out.push_str(&n.name);
        }
        if !f.names.is_empty() {
            out.push(' ');
        }
        write_expr(&f.ty, out, depth);
    }
}

fn write_sig(sig: &FuncType, out: &mut String, depth: u32) {
    out.push('(');
    write_fields(&sig.params, ", ", out, depth);
    out.push(')');
    if sig.results.is_empty() {
        return;
    }
    out.push(' ');
    let paren = sig.results.len() > 1 || !sig.results[0].names.is_empty();
    if paren {
        out.push('(');
    }
    write_fields(&sig.results, ", ", out, depth);
    if paren {
        out.push(')');
    }
}

fn write_expr(e: &Expr, out: &mut String, depth: u32) {
    if depth > 100 {
        out.push('…');
        return;
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Ident(id) => out.push_str(&id.name),
        ExprKind::BasicLit { raw, .. } => out.push_str(raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(t, out, d);
            }
            // Go elides the contents but shows an empty literal as written.
            out.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { sig, body } => {
            out.push_str("func");
            write_sig(sig, out, d);
            out.push_str(if body.stmts.is_empty() {
                " {}"
            } else {
                " {…}"
            });
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(x, out, d);
            out.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(x, out, d);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index { x, indices } => {
            write_expr(x, out, d);
            out.push('[');
            write_list(indices, out, d);
            out.push(']');
        }
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
        } => {
            write_expr(x, out, d);
            out.push('[');
            if let Some(l) = lo {
                write_expr(l, out, d);
            }
            out.push(':');
            if let Some(h) = hi {
                write_expr(h, out, d);
            }
            if *three {
                out.push(':');
                if let Some(m) = max {
                    write_expr(m, out, d);
                }
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(x, out, d);
            out.push_str(".(");
            match ty {
                Some(t) => write_expr(t, out, d),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
        } => {
            write_expr(fun, out, d);
            out.push('(');
            write_list(args, out, d);
            if ellipsis.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(x) => {
            out.push('*');
            write_expr(x, out, d);
        }
        ExprKind::Unary { op, x } => {
            out.push_str(op.as_str());
            write_expr(x, out, d);
        }
        ExprKind::Binary { op, x, y } => {
            write_expr(x, out, d);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(y, out, d);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            if let Some(l) = len {
                write_expr(l, out, d);
            }
            out.push(']');
            write_expr(elem, out, d);
        }
        ExprKind::StructType { fields } => {
            out.push_str("struct{");
            write_fields(fields, "; ", out, d);
            out.push('}');
        }
        ExprKind::FuncType(sig) => {
            out.push_str("func");
            write_sig(sig, out, d);
        }
        ExprKind::InterfaceType { elems } => {
            out.push_str("interface{");
            for (i, f) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match (&f.names.first(), &f.ty.kind) {
                    (Some(n), ExprKind::FuncType(sig)) => {
                        out.push_str(&n.name);
                        write_sig(sig, out, d);
                    }
                    _ => write_expr(&f.ty, out, d),
                }
            }
            out.push('}');
        }
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            write_expr(key, out, d);
            out.push(']');
            write_expr(value, out, d);
        }
        ExprKind::ChanType { dir, elem } => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(elem, out, d);
        }
        ExprKind::Ellipsis(x) => {
            out.push_str("...");
            if let Some(x) = x {
                write_expr(x, out, d);
            }
        }
        ExprKind::Tilde(x) => {
            out.push('~');
            write_expr(x, out, d);
        }
        ExprKind::Bad => out.push_str("BadExpr"),
    }
}
