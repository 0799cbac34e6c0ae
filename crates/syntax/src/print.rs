//! Printing expressions the way Go's type checker shows them in error messages (`x + y`, `[]int{…}`,
//! `func(x int) string {…}`): short forms that abbreviate composite literal contents and function bodies.

use crate::ast::*;

/// An expression as go/types prints it in error messages.
pub fn expr_string(e: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, e, 0);
    out
}

/// A simple statement (assignment, `x++`, send, expression) as gc prints it in
/// `cannot use ... as value`.
pub fn simple_stmt_string(s: &Stmt) -> String {
    let mut out = String::new();
    match &s.kind {
        StmtKind::Expr(e) => write_expr(&mut out, e, 0),
        StmtKind::Send { ch, value } => {
            write_expr(&mut out, ch, 0);
            out.push_str(" <- ");
            write_expr(&mut out, value, 0);
        }
        StmtKind::IncDec { x, inc } => {
            write_expr(&mut out, x, 0);
            out.push_str(if *inc { "++" } else { "--" });
        }
        StmtKind::Assign {
            lhs,
            op: AssignOp::Assign,
            rhs,
        } => {
            // gc emphasizes '=' by parenthesizing binary operands.
            out.push_str("assignment ");
            write_emphasized(&mut out, lhs);
            out.push_str(" = ");
            write_emphasized(&mut out, rhs);
        }
        StmtKind::Assign { lhs, op, rhs } => {
            write_list(&mut out, lhs, 0);
            match op {
                AssignOp::Assign => out.push_str(" = "),
                AssignOp::Define => out.push_str(" := "),
                AssignOp::Op(op) => {
                    out.push(' ');
                    out.push_str(op.as_str());
                    out.push_str("= ");
                }
            }
            write_list(&mut out, rhs, 0);
        }
        _ => out.push_str("statement"),
    }
    out
}

fn write_emphasized(out: &mut String, list: &[Expr]) {
    match list {
        [one] if matches!(one.kind, ExprKind::Binary { .. }) => {
            out.push('(');
            write_expr(out, one, 0);
            out.push(')');
        }
        _ => write_list(out, list, 0),
    }
}

/// Nesting beyond this is printed as `…`, so that printing never recurses without bound.
const MAX_PRINT_DEPTH: u32 = 200;

fn write_list(out: &mut String, list: &[Expr], depth: u32) {
    for (i, e) in list.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(out, e, depth);
    }
}

fn write_expr(out: &mut String, e: &Expr, depth: u32) {
    if depth > MAX_PRINT_DEPTH {
        out.push('…');
        return;
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Ident(n) => out.push_str(&n.name),
        ExprKind::BasicLit { raw, .. } => out.push_str(raw),
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                write_expr(out, t, d);
            }
            out.push_str(if elts.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::FuncLit { sig, body } => {
            out.push_str("func");
            write_signature(out, sig, d);
            out.push_str(if body.stmts.is_empty() {
                " {}"
            } else {
                " {…}"
            });
        }
        ExprKind::Paren(x) => {
            out.push('(');
            write_expr(out, x, d);
            out.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(out, x, d);
            out.push('.');
            out.push_str(&sel.name);
        }
        ExprKind::Index { x, indices } => {
            write_expr(out, x, d);
            out.push('[');
            write_list(out, indices, d);
            out.push(']');
        }
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
        } => {
            write_expr(out, x, d);
            out.push('[');
            if let Some(lo) = lo {
                write_expr(out, lo, d);
            }
            out.push(':');
            if let Some(hi) = hi {
                write_expr(out, hi, d);
            }
            if *three {
                out.push(':');
                if let Some(max) = max {
                    write_expr(out, max, d);
                }
            }
            out.push(']');
        }
        ExprKind::TypeAssert { x, ty } => {
            write_expr(out, x, d);
            out.push_str(".(");
            match ty {
                Some(t) => write_expr(out, t, d),
                None => out.push_str("type"),
            }
            out.push(')');
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
        } => {
            write_expr(out, fun, d);
            out.push('(');
            write_list(out, args, d);
            if ellipsis.is_some() {
                out.push_str("...");
            }
            out.push(')');
        }
        ExprKind::Star(x) => {
            out.push('*');
            write_expr(out, x, d);
        }
        ExprKind::Unary { op, x } => {
            out.push_str(op.as_str());
            write_expr(out, x, d);
        }
        ExprKind::Binary { op, x, y } => {
            write_expr(out, x, d);
            out.push(' ');
            out.push_str(op.as_str());
            out.push(' ');
            write_expr(out, y, d);
        }
        ExprKind::ArrayType { len, elem } => {
            out.push('[');
            if let Some(len) = len {
                write_expr(out, len, d);
            }
            out.push(']');
            write_expr(out, elem, d);
        }
        ExprKind::StructType { fields } => {
            out.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                write_names(out, &f.names);
                if !f.names.is_empty() {
                    out.push(' ');
                }
                write_expr(out, &f.ty, d);
                if let Some(tag) = &f.tag {
                    out.push(' ');
                    if tag.contains('`') {
                        out.push_str(&format!("{tag:?}"));
                    } else {
                        out.push('`');
                        out.push_str(tag);
                        out.push('`');
                    }
                }
            }
            out.push('}');
        }
        ExprKind::FuncType(sig) => {
            out.push_str("func");
            write_signature(out, sig, d);
        }
        ExprKind::InterfaceType { elems } => {
            out.push_str("interface{");
            for (i, f) in elems.iter().enumerate() {
                if i > 0 {
                    out.push_str("; ");
                }
                match (&f.names.first(), &f.ty.kind) {
                    (Some(name), ExprKind::FuncType(sig)) => {
                        out.push_str(&name.name);
                        write_signature(out, sig, d);
                    }
                    _ => write_expr(out, &f.ty, d),
                }
            }
            out.push('}');
        }
        ExprKind::MapType { key, value } => {
            out.push_str("map[");
            write_expr(out, key, d);
            out.push(']');
            write_expr(out, value, d);
        }
        ExprKind::ChanType { dir, elem } => {
            out.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            write_expr(out, elem, d);
        }
        ExprKind::Ellipsis(x) => {
            out.push_str("...");
            if let Some(x) = x {
                write_expr(out, x, d);
            }
        }
        ExprKind::Tilde(x) => {
            out.push('~');
            write_expr(out, x, d);
        }
        ExprKind::Bad => out.push_str("BadExpr"),
    }
}

fn write_names(out: &mut String, names: &[Ident]) {
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&n.name);
    }
}

fn write_fields(out: &mut String, fields: &[Field], depth: u32) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_names(out, &f.names);
        if !f.names.is_empty() {
            out.push(' ');
        }
        write_expr(out, &f.ty, depth);
    }
}

/// `(params) results` of a function type.
fn write_signature(out: &mut String, sig: &FuncType, depth: u32) {
    out.push('(');
    write_fields(out, &sig.params, depth);
    out.push(')');
    match sig.results.as_slice() {
        [] => {}
        [one] if one.names.is_empty() => {
            out.push(' ');
            write_expr(out, &one.ty, depth);
        }
        results => {
            out.push_str(" (");
            write_fields(out, results, depth);
            out.push(')');
        }
    }
}
