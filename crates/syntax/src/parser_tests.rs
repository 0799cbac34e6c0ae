//! Parser tests: AST snapshots as compact S-expressions, and syntax errors compared with `go build` output.

use crate::ast::*;
use crate::parser::{parse_expr, parse_file};
use crate::print::expr_string;
use crate::source::SourceMap;
use expect_test::{expect, Expect};

/// A compact S-expression of a statement or expression; types and expressions print the same way.
fn s_expr(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(n) => n.name.clone(),
        ExprKind::BasicLit { raw, .. } => raw.clone(),
        ExprKind::CompositeLit { ty, elts, .. } => {
            let mut s = String::from("(lit");
            s.push(' ');
            s.push_str(&ty.as_ref().map_or("_".to_string(), |t| s_expr(t)));
            for el in elts {
                s.push(' ');
                match &el.key {
                    Some(k) => s.push_str(&format!("{}:{}", s_expr(k), s_expr(&el.value))),
                    None => s.push_str(&s_expr(&el.value)),
                }
            }
            s + ")"
        }
        ExprKind::FuncLit { sig, body } => format!("(funclit {} {})", s_sig(sig), s_block(body)),
        ExprKind::Paren(x) => format!("(paren {})", s_expr(x)),
        ExprKind::Selector { x, sel } => format!("(. {} {})", s_expr(x), sel.name),
        ExprKind::Index { x, indices } => format!("(index {} {})", s_expr(x), s_list(indices)),
        ExprKind::Slice {
            x,
            lo,
            hi,
            max,
            three,
        } => {
            let o = |e: &Option<Box<Expr>>| e.as_ref().map_or("_".to_string(), |e| s_expr(e));
            format!(
                "(slice{} {} {} {} {})",
                if *three { "3" } else { "" },
                s_expr(x),
                o(lo),
                o(hi),
                o(max)
            )
        }
        ExprKind::TypeAssert { x, ty } => format!(
            "(assert {} {})",
            s_expr(x),
            ty.as_ref().map_or("type".to_string(), |t| s_expr(t))
        ),
        ExprKind::Call {
            fun,
            args,
            ellipsis,
        } => format!(
            "(call {}{}{})",
            s_expr(fun),
            if args.is_empty() { "" } else { " " },
            s_list(args) + if ellipsis.is_some() { "..." } else { "" }
        ),
        ExprKind::Star(x) => format!("(* {})", s_expr(x)),
        ExprKind::Unary { op, x } => format!("({} {})", op.as_str(), s_expr(x)),
        ExprKind::Binary { op, x, y } => format!("({} {} {})", op.as_str(), s_expr(x), s_expr(y)),
        ExprKind::ArrayType { len, elem } => format!(
            "([{}] {})",
            len.as_ref().map_or(String::new(), |l| s_expr(l)),
            s_expr(elem)
        ),
        ExprKind::StructType { fields } => format!("(struct{})", s_fields(fields)),
        ExprKind::FuncType(sig) => format!("(func {})", s_sig(sig)),
        ExprKind::InterfaceType { elems } => format!("(interface{})", s_fields(elems)),
        ExprKind::MapType { key, value } => format!("(map {} {})", s_expr(key), s_expr(value)),
        ExprKind::ChanType { dir, elem } => format!("({:?}chan {})", dir, s_expr(elem)),
        ExprKind::Ellipsis(x) => format!(
            "(... {})",
            x.as_ref().map_or("_".to_string(), |e| s_expr(e))
        ),
        ExprKind::Tilde(x) => format!("(~ {})", s_expr(x)),
        ExprKind::Bad => "BAD".into(),
    }
}

fn s_list(l: &[Expr]) -> String {
    l.iter().map(s_expr).collect::<Vec<_>>().join(" ")
}

fn s_fields(fields: &[Field]) -> String {
    let mut s = String::new();
    for f in fields {
        let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
        s.push_str(&format!(
            " [{}{}",
            names.join(","),
            if names.is_empty() { "" } else { " " }
        ));
        s.push_str(&s_expr(&f.ty));
        if let Some(t) = &f.tag {
            s.push_str(&format!(" {t:?}"));
        }
        s.push(']');
    }
    s
}

fn s_sig(sig: &FuncType) -> String {
    format!(
        "(params{}) (results{})",
        s_fields(&sig.params),
        s_fields(&sig.results)
    )
}

fn s_block(b: &Block) -> String {
    let mut s = String::from("{");
    for st in &b.stmts {
        s.push(' ');
        s.push_str(&s_stmt(st));
    }
    s + " }"
}

fn s_opt_stmt(s: &Option<Box<Stmt>>) -> String {
    s.as_ref().map_or("_".to_string(), |s| s_stmt(s))
}

fn s_cases(body: &[CaseClause]) -> String {
    let mut s = String::new();
    for c in body {
        if c.is_default {
            s.push_str(" (default");
        } else {
            s.push_str(&format!(" (case [{}]", s_list(&c.exprs)));
        }
        for st in &c.body {
            s.push(' ');
            s.push_str(&s_stmt(st));
        }
        s.push(')');
    }
    s
}

fn s_stmt(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Decl(d) => s_decl(d),
        StmtKind::Empty => "(empty)".into(),
        StmtKind::Labeled { label, stmt } => format!("(label {} {})", label.name, s_stmt(stmt)),
        StmtKind::Expr(e) => s_expr(e),
        StmtKind::Send { ch, value } => format!("(send {} {})", s_expr(ch), s_expr(value)),
        StmtKind::IncDec { x, inc } => {
            format!("({} {})", if *inc { "++" } else { "--" }, s_expr(x))
        }
        StmtKind::Assign { lhs, op, rhs } => {
            let op = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Define => ":=".to_string(),
                AssignOp::Op(o) => format!("{}=", o.as_str()),
            };
            format!("({op} [{}] [{}])", s_list(lhs), s_list(rhs))
        }
        StmtKind::Go(e) => format!("(go {})", s_expr(e)),
        StmtKind::Defer(e) => format!("(defer {})", s_expr(e)),
        StmtKind::Return(l) => format!(
            "(return{}{})",
            if l.is_empty() { "" } else { " " },
            s_list(l)
        ),
        StmtKind::Branch { kind, label } => format!(
            "({:?}{})",
            kind,
            label
                .as_ref()
                .map_or(String::new(), |l| format!(" {}", l.name))
        ),
        StmtKind::Block(b) => s_block(b),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => format!(
            "(if {} {} {} {})",
            s_opt_stmt(init),
            s_expr(cond),
            s_block(then),
            s_opt_stmt(els)
        ),
        StmtKind::Switch {
            init, tag, body, ..
        } => format!(
            "(switch {} {}{})",
            s_opt_stmt(init),
            tag.as_ref().map_or("_".to_string(), s_expr),
            s_cases(body)
        ),
        StmtKind::TypeSwitch {
            init,
            bind,
            x,
            body,
            ..
        } => format!(
            "(typeswitch {} {} {}{})",
            s_opt_stmt(init),
            bind.as_ref().map_or("_", |b| b.name.as_str()),
            s_expr(x),
            s_cases(body)
        ),
        StmtKind::Select { body, .. } => {
            let mut s = String::from("(select");
            for c in body {
                s.push_str(&format!(
                    " (comm {}",
                    c.comm.as_ref().map_or("default".to_string(), |c| s_stmt(c))
                ));
                for st in &c.body {
                    s.push(' ');
                    s.push_str(&s_stmt(st));
                }
                s.push(')');
            }
            s + ")"
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => format!(
            "(for {} {} {} {})",
            s_opt_stmt(init),
            cond.as_ref().map_or("_".to_string(), s_expr),
            s_opt_stmt(post),
            s_block(body)
        ),
        StmtKind::Range {
            key,
            value,
            define,
            x,
            body,
            ..
        } => format!(
            "(range {} {} {} {} {})",
            key.as_ref().map_or("_".to_string(), s_expr),
            value.as_ref().map_or("_".to_string(), s_expr),
            if *define { ":=" } else { "=" },
            s_expr(x),
            s_block(body)
        ),
    }
}

fn s_value_specs(kw: &str, specs: &[ValueSpec]) -> String {
    let mut s = format!("({kw}");
    for v in specs {
        let names: Vec<&str> = v.names.iter().map(|n| n.name.as_str()).collect();
        s.push_str(&format!(
            " ({} {} [{}]{})",
            names.join(","),
            v.ty.as_ref().map_or("_".to_string(), s_expr),
            s_list(&v.values),
            if kw == "const" {
                format!(" iota={}", v.iota)
            } else {
                String::new()
            }
        ));
    }
    s + ")"
}

fn s_decl(d: &Decl) -> String {
    match d {
        Decl::Const(specs) => s_value_specs("const", specs),
        Decl::Var(specs) => s_value_specs("var", specs),
        Decl::Type(specs) => {
            let mut s = String::from("(type");
            for t in specs {
                s.push_str(&format!(
                    " ({}{}{} {})",
                    t.name.name,
                    if t.type_params.is_empty() {
                        String::new()
                    } else {
                        format!(" (tparams{})", s_fields(&t.type_params))
                    },
                    if t.alias { " =" } else { "" },
                    s_expr(&t.ty)
                ));
            }
            s + ")"
        }
        Decl::Func(f) => format!(
            "(func {}{}{} {} {})",
            f.recv.as_ref().map_or(String::new(), |r| format!(
                "(recv{}) ",
                s_fields(std::slice::from_ref(r))
            )),
            f.name.name,
            if f.type_params.is_empty() {
                String::new()
            } else {
                format!(" (tparams{})", s_fields(&f.type_params))
            },
            s_sig(&f.sig),
            f.body.as_ref().map_or("nobody".to_string(), s_block)
        ),
    }
}

/// Parses a file and prints its declarations, one per line, then its errors.
fn parse(src: &str) -> String {
    let mut sm = SourceMap::new();
    let id = sm.add("f.go", src);
    let mut ids = NodeIds::default();
    let (f, errs) = parse_file(&sm, id, &mut ids);
    let mut out = String::new();
    for i in &f.imports {
        out.push_str(&format!(
            "(import {}{:?})\n",
            i.name
                .as_ref()
                .map_or(String::new(), |n| format!("{} ", n.name)),
            i.path
        ));
    }
    for d in &f.decls {
        out.push_str(&s_decl(d));
        out.push('\n');
    }
    for e in &errs {
        out.push_str(&e.render(&sm));
        out.push('\n');
    }
    out
}

/// Only the errors, as `go build` prints them.
fn errors(src: &str) -> String {
    let mut sm = SourceMap::new();
    let id = sm.add("f.go", src);
    let mut ids = NodeIds::default();
    let (_, errs) = parse_file(&sm, id, &mut ids);
    errs.iter().map(|e| e.render(&sm) + "\n").collect()
}

/// The body of `func main` in a file, parsed, one statement per line.
fn stmts(body: &str) -> String {
    parse(&format!("package main\nfunc main() {{\n{body}\n}}\n"))
}

fn check(actual: String, expected: Expect) {
    expected.assert_eq(&actual);
}

#[test]
fn declarations() {
    check(
        parse(
            r#"package main

import "fmt"
import (
	m "math"
	. "strings"
	_ "embed"
)

const (
	A = iota
	B
	C, D int = 1, 2
)
var x, y = 1, 2
var (
	z int
	w []string = nil
)
type (
	T struct {
		a, b int `json:"a"`
		*U
		fmt.Stringer
		c [4]byte
		L[int]
	}
	I interface {
		M(x int) (string, error)
		fmt.Stringer
		~int | ~string
	}
	F = func(int, ...string) bool
)
func f() {}
func (t *T) M(a, b int, c string) (n int, err error) { return }
func native(x int) int
"#,
        ),
        expect![[r#"
            (import "fmt")
            (import m "math")
            (import . "strings")
            (import _ "embed")
            (const (A _ [iota] iota=0) (B _ [] iota=1) (C,D int [1 2] iota=2))
            (var (x,y _ [1 2]))
            (var (z int []) (w ([] string) [nil]))
            (type (T (struct [a,b int "json:\"a\""] [(* U)] [(. fmt Stringer)] [c ([4] byte)] [(index L int)])) (I (interface [M (func (params [x int]) (results [string] [error]))] [(. fmt Stringer)] [(| (~ int) (~ string))])) (F = (func (params [int] [(... string)]) (results [bool]))))
            (func f (params) (results) { })
            (func (recv [t (* T)]) M (params [a,b int] [c string]) (results [n int] [err error]) { (return) })
            (func native (params [x int]) (results [int]) nobody)
        "#]],
    );
}

#[test]
fn generics() {
    check(
        parse(
            r#"package p
type List[T any] struct { next *List[T]; val T }
type Num interface { ~int | ~float64 }
type Pair[K comparable, V any] struct{}
type A [N]int
type B[P *C] int
type S[P *C,] int
type G[T interface{ ~[]E }, E any] int
func Map[T, U any](s []T, f func(T) U) []U { return Map[int, string](nil, nil) }
func Sum[T Num](xs ...T) (s T) { var _ = Sum[int]; return }
"#,
        ),
        expect![[r#"
            (type (List (tparams [T any]) (struct [next (* (index List T))] [val T])))
            (type (Num (interface [(| (~ int) (~ float64))])))
            (type (Pair (tparams [K comparable] [V any]) (struct)))
            (type (A ([N] int)))
            (type (B ([(* P C)] int)))
            (type (S (tparams [P (* C)]) int))
            (type (G (tparams [T (interface [(~ ([] E))])] [E any]) int))
            (func Map (tparams [T,U any]) (params [s ([] T)] [f (func (params [T]) (results [U]))]) (results [([] U)]) { (return (call (index Map int string) nil nil)) })
            (func Sum (tparams [T Num]) (params [xs (... T)]) (results [s T]) { (var (_ _ [(index Sum int)])) (return) })
        "#]],
    );
}

#[test]
fn statements() {
    check(
        stmts(
            r#"	x := 1
	x, y = y, x
	x += 2
	x++
	ch <- x
	<-ch
	go f(x)
	defer func() { recover() }()
L:
	for i := 0; i < 10; i++ {
		if i == 2 { continue L } else if i > 5 { break } else { goto L }
	}
	for { break }
	for x < 3 {}
	for k, v := range m {}
	for i = range 10 {}
	for range ch {}
	switch x := f(); x {
	case 1, 2:
		fallthrough
	default:
	}
	switch {}
	switch v := y.(type) { case nil, int: case []string: }
	switch y.(type) {}
	select {
	case v, ok := <-ch:
	case ch <- 1:
	case <-ch:
	default:
		return
	}
	var a [3]int
	{ ; }"#,
        ),
        expect![[r#"
            (func main (params) (results) { (:= [x] [1]) (= [x y] [y x]) (+= [x] [2]) (++ x) (send ch x) (<- ch) (go (call f x)) (defer (call (funclit (params) (results) { (call recover) }))) (label L (for (:= [i] [0]) (< i 10) (++ i) { (if _ (== i 2) { (Continue L) } (if _ (> i 5) { (Break) } { (Goto L) })) })) (for _ _ _ { (Break) }) (for _ (< x 3) _ { }) (range k v := m { }) (range i _ = 10 { }) (range _ _ = ch { }) (switch (:= [x] [(call f)]) x (case [1 2] (Fallthrough)) (default)) (switch _ _) (typeswitch _ v y (case [nil int]) (case [([] string)])) (typeswitch _ _ y) (select (comm (:= [v ok] [(<- ch)])) (comm (send ch 1)) (comm (<- ch)) (comm default (return))) (var (a ([3] int) [])) { } })
        "#]],
    );
}

#[test]
fn expressions() {
    check(
        stmts(
            r#"	_ = a + b*c - d<<2 == e && f || !g
	_ = -x.y[i].z(1, 2)[3:4]
	_ = s[:], s[1:], s[:2], s[1:2:3]
	_ = T{1, 2}
	_ = []int{1, 2,}
	_ = map[string][]int{"a": {1}, "b": nil}
	_ = [...]Point{{1, 2}, {X: 3}}
	_ = &T{a: 1}
	_ = *p
	_ = x.(int)
	_ = (*T).M
	_ = f(xs...)
	_ = func(x int) int { return x * 2 }(3)
	_ = <-chan int(nil)
	_ = chan<- int(nil)
	_ = struct{ a int }{1}
	_ = 'a' + 1.5e3 + 0x1p-2 + 2i
	_ = interface{}(nil)
	_ = pkg.T[int]{}
	_ = ^x &^ y % z"#,
        ),
        expect![[r#"
            (func main (params) (results) { (= [_] [(|| (&& (== (- (+ a (* b c)) (<< d 2)) e) f) (! g))]) (= [_] [(- (slice (call (. (index (. x y) i) z) 1 2) 3 4 _))]) (= [_] [(slice s _ _ _) (slice s 1 _ _) (slice s _ 2 _) (slice3 s 1 2 3)]) (= [_] [(lit T 1 2)]) (= [_] [(lit ([] int) 1 2)]) (= [_] [(lit (map string ([] int)) "a":(lit _ 1) "b":nil)]) (= [_] [(lit ([(... _)] Point) (lit _ 1 2) (lit _ X:3))]) (= [_] [(& (lit T a:1))]) (= [_] [(* p)]) (= [_] [(assert x int)]) (= [_] [(. (paren (* T)) M)]) (= [_] [(call f xs...)]) (= [_] [(call (funclit (params [x int]) (results [int]) { (return (* x 2)) }) 3)]) (= [_] [(<- (call (Bothchan int) nil))]) (= [_] [(call (Sendchan int) nil)]) (= [_] [(lit (struct [a int]) 1)]) (= [_] [(+ (+ (+ 'a' 1.5e3) 0x1p-2) 2i)]) (= [_] [(call (interface) nil)]) (= [_] [(lit (index (. pkg T) int))]) (= [_] [(% (&^ (^ x) y) z)]) })
        "#]],
    );
}

#[test]
fn composite_literal_ambiguity() {
    // In a header, `T{` starts the body; in parentheses it is a composite literal.
    check(
        stmts(
            r#"	if x == (T{}) {}
	for _, v := range []T{{1}} { _ = v }
	switch s := (S{a: 1}); s.a {}
	if f(T{}) {}"#,
        ),
        expect![[r#"
            (func main (params) (results) { (if _ (== x (paren (lit T))) { } _) (range _ v := (lit ([] T) (lit _ 1)) { (= [_] [v]) }) (switch (:= [s] [(paren (lit S a:1))]) (. s a)) (if _ (call f (lit T)) { } _) })
        "#]],
    );
}

#[test]
fn parse_single_expression() {
    let mut sm = SourceMap::new();
    let id = sm.add("<expr>", "Count() + m[\"k\"]");
    let mut ids = NodeIds::default();
    let e = parse_expr(&sm, id, &mut ids).unwrap();
    assert_eq!(s_expr(&e), r#"(+ (call Count) (index m "k"))"#);
    let bad = sm.add("<expr>", "1 +");
    let errs = parse_expr(&sm, bad, &mut ids).unwrap_err();
    assert_eq!(
        errs[0].render(&sm),
        "<expr>:1:4: syntax error: unexpected EOF, expected expression"
    );
    let two = sm.add("<expr>", "a b");
    let errs = parse_expr(&sm, two, &mut ids).unwrap_err();
    assert_eq!(
        errs[0].render(&sm),
        "<expr>:1:3: syntax error: unexpected name b after expression"
    );
}

#[test]
fn spans_and_ids() {
    let mut sm = SourceMap::new();
    let _ = sm.add("other.go", "package other\n");
    let id = sm.add("f.go", "package p\nvar v = f(a, b[1])\n");
    let mut ids = NodeIds::default();
    let (f, errs) = parse_file(&sm, id, &mut ids);
    assert!(errs.is_empty());
    let Decl::Var(specs) = &f.decls[0] else {
        panic!()
    };
    let e = &specs[0].values[0];
    let text = &sm.file(id).text;
    let base = sm.file(id).base;
    let src = |sp: crate::Span| text[(sp.lo - base) as usize..(sp.hi - base) as usize].to_string();
    assert_eq!(src(e.span), "f(a, b[1])");
    let ExprKind::Call { args, .. } = &e.kind else {
        panic!()
    };
    assert_eq!(src(args[1].span), "b[1]");
    assert_eq!(sm.location(args[1].span.lo).to_string(), "f.go:2:14");
    // Identifier expressions share the identifier's id; all ids are distinct otherwise.
    let ExprKind::Ident(n) = &args[0].kind else {
        panic!()
    };
    assert_eq!(n.id, args[0].id);
    assert_ne!(args[0].id, args[1].id);
}

#[test]
fn expr_strings_match_go() {
    // Each left side is printed as go/types prints it in "... is not used" errors.
    let cases = [
        ("x + y", "x + y"),
        ("f(x, y)", "f(x, y)"),
        ("[]int{1, 2}", "[]int{…}"),
        (
            "func(x int) string { return \"\" }",
            "func(x int) string {…}",
        ),
        ("func() {}", "func() {}"),
        ("s.f[x]", "s.f[x]"),
        ("*p", "*p"),
        ("&T{f: nil}", "&T{…}"),
        ("m[\"a\"]", "m[\"a\"]"),
        ("s.f[1:2:3]", "s.f[1:2:3]"),
        ("s.f[:]", "s.f[:]"),
        ("i.(int)", "i.(int)"),
        ("(x)", "(x)"),
        ("x == y && x != y", "x == y && x != y"),
        ("map[string]int{}", "map[string]int{}"),
        ("struct{ x int }{1}", "struct{x int}{…}"),
        ("interface{ M() }(nil)", "interface{M()}(nil)"),
        ("[...]int{1}", "[...]int{…}"),
        ("chan<- int(nil)", "chan<- int(nil)"),
        ("(<-chan int)(nil)", "(<-chan int)(nil)"),
        (
            "[]interface{ M(int) string }{}",
            "[]interface{M(int) string}{}",
        ),
        (
            "struct{ a, b int; c string `tag` }{}",
            "struct{a, b int; c string `tag`}{}",
        ),
        (
            "func(a ...int) (int, error) { return 0, nil }",
            "func(a ...int) (int, error) {…}",
        ),
        ("map[T]*T{}", "map[T]*T{}"),
        ("[]func(int) int{}", "[]func(int) int{}"),
        ("[]int{1}[0]", "[]int{…}[0]"),
        (
            "interface{ ~int | string }(nil)",
            "interface{~int | string}(nil)",
        ),
        ("f(s...)", "f(s...)"),
        ("<-ch", "<-ch"),
        ("^x", "^x"),
        ("'a'", "'a'"),
    ];
    for (src, want) in cases {
        let mut sm = SourceMap::new();
        let id = sm.add("e", src);
        let mut ids = NodeIds::default();
        let e = parse_expr(&sm, id, &mut ids).unwrap_or_else(|e| panic!("{src}: {e:?}"));
        assert_eq!(expr_string(&e), want, "for {src}");
    }
}

// Expected texts below are the output of `go build` (go1.27) on the same files.

#[test]
fn error_missing_comma() {
    check(
        errors("package main\nfunc main() {\n\tf(1, 2\n\t)\n}"),
        expect![[r#"
            f.go:3:8: syntax error: unexpected newline in argument list; possibly missing comma or )
        "#]],
    );
    check(
        errors("package main\nfunc f(a int\n) {}"),
        expect![[r#"
            f.go:2:13: syntax error: unexpected newline in parameter list; possibly missing comma or )
        "#]],
    );
    check(
        errors("package main\nvar x = []int{1, 2\n}"),
        expect![[r#"
            f.go:2:19: syntax error: unexpected newline in composite literal; possibly missing comma or }
        "#]],
    );
    check(
        errors("package main\nfunc main() {\n\tvar x = (1 + 2\n\ty := 3\n}"),
        expect![[r#"
            f.go:3:16: syntax error: unexpected newline, expected )
            f.go:4:2: syntax error: unexpected name y at end of statement
        "#]],
    );
}

#[test]
fn error_headers() {
    check(
        errors("package main\nfunc main() {\n\tif x {\n\t} else for {}\n}"),
        expect![[r#"
            f.go:4:9: syntax error: else must be followed by if or statement block
        "#]],
    );
    check(
        errors("package main\nfunc main() {\n\tif x\n\t{\n\t}\n}"),
        expect![[r#"
            f.go:3:6: syntax error: unexpected newline, expected { after if clause
        "#]],
    );
    check(
        errors("package main\nfunc main() {\n\tif x := 1 {\n\t}\n\tfor x := 1 {}\n}"),
        expect![[r#"
            f.go:3:7: syntax error: cannot use x := 1 as value
            f.go:5:8: syntax error: cannot use x := 1 as value
        "#]],
    );
    check(
        errors("package main\nfunc main() {\n\tif x == T{} {\n\t}\n}"),
        expect![[r#"
            f.go:3:14: syntax error: unexpected { at end of statement
            f.go:5:1: syntax error: non-declaration statement outside function body
        "#]],
    );
    check(
        errors("package main\nfunc main() {\n\tif x := 1; x {\n\t} else if {\n\t}\n\tfor i := 0; i < 10; i := 1 {}\n}"),
        expect![[r#"
            f.go:4:12: syntax error: missing condition in if statement
            f.go:6:24: syntax error: cannot declare in post statement of for loop
        "#]],
    );
}

#[test]
fn error_top_level() {
    check(
        errors("package main\nfunc main()\n{\n}"),
        expect![[r#"
            f.go:3:1: syntax error: unexpected semicolon or newline before {
        "#]],
    );
    check(
        errors("package main\nx := 1"),
        expect![[r#"
            f.go:2:1: syntax error: non-declaration statement outside function body
        "#]],
    );
    check(
        errors("package main\nimport \"fmt\"\nvar x = 1\nimport \"os\"\n"),
        expect![[r#"
            f.go:4:1: syntax error: imports must appear before other declarations
        "#]],
    );
    check(
        errors("package main\nfunc main() {\n\telse\n}"),
        expect![[r#"
            f.go:3:2: syntax error: unexpected keyword else, expected }
            f.go:4:1: syntax error: unexpected } after top level declaration
        "#]],
    );
}

#[test]
fn error_types_and_params() {
    check(
        errors("package main\ntype T struct { a int b int }\ntype I interface { M() N() }\n"),
        expect![[r#"
            f.go:2:23: syntax error: unexpected name b in struct type; possibly missing semicolon or newline or }
            f.go:3:25: syntax error: unexpected ( in interface type; possibly missing semicolon or newline or }
        "#]],
    );
    check(
        errors("package main\nfunc g(a, b int, c) {}\nfunc h(a int, []string) {}\nfunc k(int, b string) {}\n"),
        expect![[r#"
            f.go:2:19: syntax error: missing parameter type
            f.go:3:15: syntax error: missing parameter name
        "#]],
    );
    check(
        errors("package main\nvar x = [...]int{1}\ntype T[P any, Q] struct{}\nfunc h[](){}\n"),
        expect![[r#"
            f.go:3:16: syntax error: missing type constraint
            f.go:4:8: syntax error: empty type parameter list
        "#]],
    );
}

#[test]
fn error_statements() {
    check(
        errors("package main\nfunc main() {\n\ts := []int{}\n\t_ = s[1::2]\n\t_ = s[1:2:]\n}"),
        expect![[r#"
            f.go:4:10: middle index required in 3-index slice
            f.go:5:12: final index required in 3-index slice
        "#]],
    );
    check(
        errors("package main\nfunc main() {\n\tdefer (f())\n\tx := 1 +\n}"),
        expect![[r#"
            f.go:3:8: expression in defer must not be parenthesized
            f.go:5:1: syntax error: unexpected }, expected expression
        "#]],
    );
    check(
        errors("package main\nfunc main() {\n\tswitch x {\n\tfoo\n\t}\n}"),
        expect![[r#"
            f.go:4:2: syntax error: unexpected name foo, expected case or default or }
            f.go:5:2: syntax error: unexpected }, expected :
        "#]],
    );
    check(
        errors("package main\nfunc main() {\n\tf(1,\n"),
        expect![[r#"
            f.go:4:1: syntax error: unexpected EOF, expected )
        "#]],
    );
    check(
        errors("package main\nfunc f() { x = 1; ; y = 2\n g(\n}"),
        expect![[r#"
            f.go:4:1: syntax error: unexpected }, expected expression
        "#]],
    );
    check(
        errors("package main\nvar x = 1 +\n"),
        expect![[r#"
            f.go:3:1: syntax error: unexpected EOF, expected expression
        "#]],
    );
}

#[test]
fn error_lexical_and_syntax_mixed() {
    check(
        errors(
            "package main\n\nfunc main() {\n\tx := @\n\ts := \"abc\n\tr := 'ab'\n\to := 0128\n\tu := 1__2\n\te := \"\\q\"\n\tvar k = range\n}\n",
        ),
        expect![[r#"
            f.go:4:7: invalid character U+0040 '@'
            f.go:5:4: syntax error: unexpected := at end of statement
            f.go:5:11: newline in string
            f.go:6:7: more than one character in rune literal
            f.go:7:10: invalid digit '8' in octal literal
            f.go:8:9: '_' must separate successive digits
            f.go:9:9: unknown escape
            f.go:10:10: syntax error: unexpected keyword range, expected expression
        "#]],
    );
    check(
        errors("package main\nvar x = \"\\x4\n\""),
        expect![[r#"
            f.go:2:13: invalid character '\n' in hexadecimal escape
            f.go:2:13: newline in string
            f.go:3:1: string not terminated
            f.go:3:1: syntax error: non-declaration statement outside function body
        "#]],
    );
}

#[test]
fn error_limits() {
    // The CLI parses on a thread with a large stack (amber_cli::driver::on_big_stack); do the same here so the
    // test does not depend on how large the frames of an unoptimised build are.
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(error_limits_on_big_stack)
        .expect("spawn test thread")
        .join()
        .expect("no panic");
}

fn error_limits_on_big_stack() {
    // Many bad lines: at most ten errors.
    let src = format!("package main\nfunc f() {{\n{}}}\n", "\ta b\n".repeat(50));
    assert_eq!(errors(&src).lines().count(), 10);
    // Deep nesting is an error, not a stack overflow.
    let deep = format!(
        "package main\nvar x = {}1{}\n",
        "(".repeat(100_000),
        ")".repeat(100_000)
    );
    let errs = errors(&deep);
    assert!(errs.contains("nesting too deep"), "{errs}");
    let deep_blocks = format!(
        "package main\nfunc f() {{{}{}}}\n",
        "{".repeat(100_000),
        "}".repeat(100_000)
    );
    assert!(errors(&deep_blocks).contains("nesting too deep"));
    let deep_types = format!("package main\nvar x {}int\n", "[]*".repeat(50_000));
    assert!(errors(&deep_types).contains("nesting too deep"));
    let deep_lits = format!(
        "package main\nvar x = T{}{}\n",
        "{".repeat(50_000),
        "}".repeat(50_000)
    );
    assert!(errors(&deep_lits).contains("nesting too deep"));
    let deep_unary = format!("package main\nvar x = {}1\n", "^".repeat(100_000));
    assert!(errors(&deep_unary).contains("nesting too deep"));
    let deep_if = format!(
        "package main\nfunc f() {{ {} }}\n",
        "if x { ".repeat(5000) + &"}".repeat(5000)
    );
    assert!(errors(&deep_if).contains("nesting too deep"));
}

#[test]
fn bench_programs_parse() {
    // shared/ sits beside the repository on every machine and in CI.
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/bench/programs");
    let entries = std::fs::read_dir(&dir).expect("../shared/bench/programs beside the repository");
    let mut n = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "go") {
            let text = std::fs::read_to_string(&path).unwrap();
            let mut sm = SourceMap::new();
            let id = sm.add(path.display().to_string(), text);
            let mut ids = NodeIds::default();
            let (_, errs) = parse_file(&sm, id, &mut ids);
            let rendered: Vec<String> = errs.iter().map(|e| e.render(&sm)).collect();
            assert!(errs.is_empty(), "{rendered:?}");
            n += 1;
        }
    }
    assert!(n >= 1);
}

/// Calls `f` on every expression in a file (types included), for invariants that hold for all of them.
fn walk_file(file: &File, f: &mut dyn FnMut(&Expr)) {
    for d in &file.decls {
        walk_decl(d, f);
    }
}

fn walk_decl(d: &Decl, f: &mut dyn FnMut(&Expr)) {
    match d {
        Decl::Const(specs) | Decl::Var(specs) => {
            for s in specs {
                s.ty.iter().chain(&s.values).for_each(|e| walk_expr(e, f));
            }
        }
        Decl::Type(specs) => {
            for s in specs {
                walk_fields(&s.type_params, f);
                walk_expr(&s.ty, f);
            }
        }
        Decl::Func(fd) => {
            walk_fields(fd.recv.as_slice(), f);
            walk_fields(&fd.type_params, f);
            walk_fields(&fd.sig.params, f);
            walk_fields(&fd.sig.results, f);
            if let Some(b) = &fd.body {
                walk_block(b, f);
            }
        }
    }
}

fn walk_fields(fields: &[Field], f: &mut dyn FnMut(&Expr)) {
    for fl in fields {
        walk_expr(&fl.ty, f);
    }
}

fn walk_block(b: &Block, f: &mut dyn FnMut(&Expr)) {
    for s in &b.stmts {
        walk_stmt(s, f);
    }
}

fn walk_stmt(s: &Stmt, f: &mut dyn FnMut(&Expr)) {
    let opt = |s: &Option<Box<Stmt>>, f: &mut dyn FnMut(&Expr)| {
        if let Some(s) = s {
            walk_stmt(s, f);
        }
    };
    match &s.kind {
        StmtKind::Decl(d) => walk_decl(d, f),
        StmtKind::Empty | StmtKind::Branch { .. } => {}
        StmtKind::Labeled { stmt, .. } => walk_stmt(stmt, f),
        StmtKind::Expr(e)
        | StmtKind::Go(e)
        | StmtKind::Defer(e)
        | StmtKind::IncDec { x: e, .. } => walk_expr(e, f),
        StmtKind::Send { ch, value } => {
            walk_expr(ch, f);
            walk_expr(value, f);
        }
        StmtKind::Assign { lhs, rhs, .. } => lhs.iter().chain(rhs).for_each(|e| walk_expr(e, f)),
        StmtKind::Return(l) => l.iter().for_each(|e| walk_expr(e, f)),
        StmtKind::Block(b) => walk_block(b, f),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            opt(init, f);
            walk_expr(cond, f);
            walk_block(then, f);
            opt(els, f);
        }
        StmtKind::Switch {
            init, tag, body, ..
        } => {
            opt(init, f);
            tag.iter().for_each(|e| walk_expr(e, f));
            for c in body {
                c.exprs.iter().for_each(|e| walk_expr(e, f));
                c.body.iter().for_each(|s| walk_stmt(s, f));
            }
        }
        StmtKind::TypeSwitch { init, x, body, .. } => {
            opt(init, f);
            walk_expr(x, f);
            for c in body {
                c.exprs.iter().for_each(|e| walk_expr(e, f));
                c.body.iter().for_each(|s| walk_stmt(s, f));
            }
        }
        StmtKind::Select { body, .. } => {
            for c in body {
                opt(&c.comm, f);
                c.body.iter().for_each(|s| walk_stmt(s, f));
            }
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            opt(init, f);
            cond.iter().for_each(|e| walk_expr(e, f));
            opt(post, f);
            walk_block(body, f);
        }
        StmtKind::Range {
            key,
            value,
            x,
            body,
            ..
        } => {
            key.iter().chain(value).for_each(|e| walk_expr(e, f));
            walk_expr(x, f);
            walk_block(body, f);
        }
    }
}

fn walk_expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    let mut w = |x: &Expr| walk_expr(x, f);
    match &e.kind {
        ExprKind::Ident(_) | ExprKind::BasicLit { .. } | ExprKind::Bad => {}
        ExprKind::CompositeLit { ty, elts, .. } => {
            if let Some(t) = ty {
                w(t);
            }
            for el in elts {
                if let Some(k) = &el.key {
                    w(k);
                }
                w(&el.value);
            }
        }
        ExprKind::FuncLit { sig, body } => {
            walk_fields(&sig.params, f);
            walk_fields(&sig.results, f);
            walk_block(body, f);
        }
        ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Tilde(x) | ExprKind::Unary { x, .. } => {
            w(x)
        }
        ExprKind::Selector { x, .. } => w(x),
        ExprKind::Index { x, indices } => {
            w(x);
            indices.iter().for_each(w);
        }
        ExprKind::Slice { x, lo, hi, max, .. } => {
            w(x);
            lo.iter().chain(hi).chain(max).for_each(|e| w(e));
        }
        ExprKind::TypeAssert { x, ty } => {
            w(x);
            if let Some(t) = ty {
                w(t);
            }
        }
        ExprKind::Call { fun, args, .. } => {
            w(fun);
            args.iter().for_each(w);
        }
        ExprKind::Binary { x, y, .. } => {
            w(x);
            w(y);
        }
        ExprKind::ArrayType { len, elem } => {
            if let Some(l) = len {
                w(l);
            }
            w(elem);
        }
        ExprKind::StructType { fields } | ExprKind::InterfaceType { elems: fields } => {
            walk_fields(fields, f)
        }
        ExprKind::FuncType(sig) => {
            walk_fields(&sig.params, f);
            walk_fields(&sig.results, f);
        }
        ExprKind::MapType { key, value } => {
            w(key);
            w(value);
        }
        ExprKind::ChanType { elem, .. } => w(elem),
        ExprKind::Ellipsis(x) => {
            if let Some(x) = x {
                w(x);
            }
        }
    }
}

/// Every expression's span covers exactly its source text: checked on a varied program.
#[test]
fn spans_cover_source_text() {
    let src = r#"package p

import "fmt"

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Walk(f func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.Walk(f) && f(t.Val) && t.Right.Walk(f)
}

func main() {
	m := map[string][]int{"a": {1, 2}, "b": nil}
	for k, v := range m {
		fmt.Println(k, v[0:1], len(v[:]), -v[0], (<-make(chan int)))
	}
	var i interface{} = &Tree[int]{Val: 3}
	switch x := i.(type) {
	case *Tree[int], nil:
		_ = x
	}
	p := struct{ a, b int }{1, 2}
	_ = func(a ...int) int { return a[0] }(1, 2)
	_ = [...]string{0: "x"}
	_ = i.(fmt.Stringer).String()
}
"#;
    let mut sm = SourceMap::new();
    let _ = sm.add("pad.go", "package pad\n");
    let id = sm.add("p.go", src);
    let mut ids = NodeIds::default();
    let (file, errs) = parse_file(&sm, id, &mut ids);
    assert!(errs.is_empty(), "{errs:?}");
    let base = sm.file(id).base;
    let mut seen = std::collections::HashSet::new();
    let mut count = 0;
    walk_file(&file, &mut |e| {
        count += 1;
        assert!(e.span.lo <= e.span.hi && e.span.hi - base <= src.len() as u32);
        let text = &src[(e.span.lo - base) as usize..(e.span.hi - base) as usize];
        // Printing the expression gives back its text up to spacing and abbreviations.
        let printed = expr_string(e);
        let squash = |s: &str| {
            s.chars()
                .filter(|c| !c.is_whitespace() && *c != ';')
                .collect::<String>()
        };
        if !printed.contains('…') {
            assert_eq!(squash(text), squash(&printed), "span of {printed}");
        } else {
            let head = printed.split('…').next().unwrap_or("");
            assert!(
                squash(text).starts_with(&squash(head)),
                "span of {printed}: {text}"
            );
        }
        assert!(seen.insert(e.id), "duplicate id for {printed}");
    });
    assert!(count > 100);
}

/// The Go distribution's own sources parse without errors, with sane spans and unique ids. Slow: run with
/// `cargo test -p amber-syntax -- --ignored` on a machine with Go installed.
#[test]
#[ignore]
fn go_distribution_sources() {
    let Ok(out) = std::process::Command::new("go")
        .args(["env", "GOROOT"])
        .output()
    else {
        return;
    };
    let root = std::path::PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()).join("src");
    let mut stack = vec![root];
    let mut files = 0;
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                if !path.ends_with("testdata") {
                    stack.push(path);
                }
                continue;
            }
            if path.extension().is_none_or(|e| e != "go") {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let mut sm = SourceMap::new();
            let id = sm.add(path.display().to_string(), text.clone());
            let mut ids = NodeIds::default();
            let (file, errs) = parse_file(&sm, id, &mut ids);
            let rendered: Vec<String> = errs.iter().map(|e| e.render(&sm)).collect();
            assert!(errs.is_empty(), "{rendered:?}");
            let mut seen = std::collections::HashSet::new();
            walk_file(&file, &mut |e| {
                assert!(
                    e.span.lo <= e.span.hi && e.span.hi as usize <= text.len(),
                    "{}",
                    path.display()
                );
                assert!(seen.insert(e.id), "{}: duplicate id", path.display());
                if let ExprKind::Ident(n) = &e.kind {
                    assert_eq!(&text[e.span.lo as usize..e.span.hi as usize], n.name);
                }
            });
            files += 1;
        }
    }
    assert!(files > 1000);
}

#[test]
fn type_guard_outside_switch() {
    // gc: `./f.go:4:7: invalid syntax tree: use of .(type) outside type switch`
    check(
        errors("package main\nfunc main() {\n\tvar x interface{}\n\ty := x.(type)\n\t_ = y\n\tswitch z := x.(type) {}\n}"),
        expect![[r#"
            f.go:4:7: invalid syntax tree: use of .(type) outside type switch
        "#]],
    );
}

#[test]
fn long_chains_are_limited() {
    // Left-nested chains build deep trees without recursing in the parser; they are limited the same way,
    // so that no later recursive pass (or dropping the tree) can overflow the stack.
    for src in [
        format!("package main\nvar x = 1{}\n", "+1".repeat(200_000)),
        format!("package main\nvar x = a{}\n", ".b".repeat(200_000)),
        format!("package main\nvar x = f{}\n", "()".repeat(200_000)),
        format!("package main\nvar x = a{}\n", "[0]".repeat(200_000)),
        format!(
            "package main\ntype I interface {{ int{} }}\n",
            "|int".repeat(200_000)
        ),
    ] {
        let errs = errors(&src);
        assert!(errs.contains("nesting too deep"), "{errs}");
    }
    // Long but shallow input is fine.
    let wide = format!("package main\nvar x = []int{{{}}}\n", "1,".repeat(200_000));
    assert_eq!(errors(&wide), "");
}
