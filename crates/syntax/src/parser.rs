//! The Go parser: recursive descent from tokens to the AST, reporting syntax errors in the gc compiler's words.
//!
//! The error recovery follows the gc compiler's strategy (skip to a token in a follow set and go on) so that the
//! errors reported match what `go build` prints: at most one syntax error per line, none at EOF after a first
//! error, and at most [`MAX_ERRORS`] in all.

use crate::ast::*;
use crate::lexer::{Lexer, SemiKind, Tok};
use crate::print::simple_stmt_string;
use crate::source::{Diagnostic, FileId, Pos, SourceMap, Span};

/// Parsing stops after this many errors.
pub const MAX_ERRORS: usize = 10;
/// Maximum nesting of expressions, types, statements and blocks; deeper input is an error, not a stack overflow.
pub const MAX_DEPTH: u32 = 1000;

/// Parses one Go source file. Always returns a tree (with `Bad` nodes where input was invalid) and the errors,
/// lexical and syntactic, sorted by position.
pub fn parse_file(sm: &SourceMap, file: FileId, ids: &mut NodeIds) -> (File, Vec<Diagnostic>) {
    let f = sm.file(file);
    let mut p = Parser::new(&f.text, f.base, ids);
    let tree = p.file();
    (tree, p.finish())
}

/// Parses a file's whole text as one expression (e.g. typed on the command line).
pub fn parse_expr(
    sm: &SourceMap,
    file: FileId,
    ids: &mut NodeIds,
) -> Result<Expr, Vec<Diagnostic>> {
    let f = sm.file(file);
    let mut p = Parser::new(&f.text, f.base, ids);
    let e = p.expr();
    if matches!(p.tok, Tok::Semi(SemiKind::Explicit)) {
        p.next();
    }
    if !matches!(
        p.tok,
        Tok::Eof | Tok::Semi(SemiKind::Eof) | Tok::Semi(SemiKind::Newline)
    ) {
        p.syntax_error("after expression");
    }
    let errs = p.finish();
    if errs.is_empty() {
        Ok(e)
    } else {
        Err(errs)
    }
}

struct Parser<'a, 'i> {
    lx: Lexer<'a>,
    ids: &'i mut NodeIds,
    tok: Tok,
    lo: Pos,
    hi: Pos,
    /// End of the previous token: the end of the node just parsed.
    prev_hi: Pos,
    errors: Vec<Diagnostic>,
    /// Line of the last syntax error, as (global position of that line's start): one error per line.
    last_error_line: Option<(u32, u32)>,
    /// Expression nesting: -1 in a statement header, where `{` starts the body, not a composite literal.
    xnest: i32,
    /// Function nesting: inside a body, error recovery stops at statement keywords.
    fnest: i32,
    depth: u32,
    /// Position of the operator of the last simple statement parsed (gc positions such statements there).
    last_op_pos: Pos,
    /// Positions of `x.(type)` expressions not (yet) used as a type switch guard.
    type_guards: Vec<Pos>,
    /// Set when parsing must stop (too many errors or too deep): the token stream then ends.
    halted: bool,
    line_starts: Vec<u32>,
    base: Pos,
}

impl<'a, 'i> Parser<'a, 'i> {
    fn new(text: &'a str, base: Pos, ids: &'i mut NodeIds) -> Parser<'a, 'i> {
        let mut line_starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        let mut p = Parser {
            lx: Lexer::new(text, base),
            ids,
            tok: Tok::Eof,
            lo: base,
            hi: base,
            prev_hi: base,
            errors: Vec::new(),
            last_error_line: None,
            xnest: 0,
            fnest: 0,
            depth: 0,
            last_op_pos: base,
            type_guards: Vec::new(),
            halted: false,
            line_starts,
            base,
        };
        p.next();
        p.prev_hi = base;
        p
    }

    fn finish(mut self) -> Vec<Diagnostic> {
        // `x.(type)` that did not end up as a type switch guard (gc's type checker words it so).
        for pos in std::mem::take(&mut self.type_guards) {
            self.error_at(
                pos,
                "invalid syntax tree: use of .(type) outside type switch".into(),
            );
        }
        let mut all = std::mem::take(&mut self.lx.errors);
        all.append(&mut self.errors);
        all.sort_by_key(|d| d.pos);
        all.truncate(MAX_ERRORS);
        all
    }

    // ----- tokens -----

    fn next(&mut self) {
        self.prev_hi = self.hi;
        if self.halted {
            self.tok = Tok::Eof;
            self.lo = self.hi;
            return;
        }
        let t = self.lx.next_token();
        self.tok = t.tok;
        self.lo = t.lo;
        self.hi = t.hi;
        if self.lx.errors.len() + self.errors.len() >= MAX_ERRORS {
            self.halt();
        }
    }

    fn halt(&mut self) {
        self.halted = true;
        self.tok = Tok::Eof;
        self.lo = self.hi;
    }

    fn got(&mut self, tok: Tok) -> bool {
        if self.tok == tok {
            self.next();
            true
        } else {
            false
        }
    }

    fn is_semi(&self) -> bool {
        matches!(self.tok, Tok::Semi(_))
    }

    fn got_semi(&mut self) -> bool {
        if self.is_semi() {
            self.next();
            true
        } else {
            false
        }
    }

    fn is_op(&self, op: BinOp) -> bool {
        self.tok == Tok::Op(op)
    }

    fn want(&mut self, tok: Tok) {
        if !self.got(tok) {
            self.syntax_error(&format!("expected {}", tok_string(tok)));
            self.advance(&[]);
        }
    }

    fn want_semi(&mut self) {
        if !self.got_semi() {
            self.syntax_error("expected semicolon or newline");
            self.advance(&[]);
        }
    }

    fn text(&self) -> &'a str {
        self.lx.text(self.lo, self.hi)
    }

    // ----- errors -----

    fn line_of(&self, pos: Pos) -> u32 {
        let off = pos.saturating_sub(self.base);
        match self.line_starts.binary_search(&off) {
            Ok(i) => i as u32,
            Err(i) => i.saturating_sub(1) as u32,
        }
    }

    /// A non-syntax error (Go prints it without the "syntax error: " prefix).
    fn error_at(&mut self, pos: Pos, msg: String) {
        if self.halted {
            return;
        }
        self.errors.push(Diagnostic::new(pos, msg));
        if self.lx.errors.len() + self.errors.len() >= MAX_ERRORS {
            self.halt();
        }
    }

    fn syntax_error(&mut self, msg: &str) {
        self.syntax_error_at(self.lo, msg);
    }

    /// Reports `syntax error: ...` the way gc does: `msg` starting with "in ", "at ", "after " or "expected "
    /// is completed with the unexpected current token.
    fn syntax_error_at(&mut self, pos: Pos, msg: &str) {
        if self.halted {
            return;
        }
        let at_eof = matches!(self.tok, Tok::Eof);
        if at_eof && (!self.errors.is_empty() || !self.lx.errors.is_empty()) {
            return; // avoid meaningless follow-up errors
        }
        // Only one syntax error per line.
        let line = self.line_of(pos);
        if let Some((l, _)) = self.last_error_line {
            if l == line {
                return;
            }
        }
        self.last_error_line = Some((line, 0));
        let full = if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ")
        {
            format!("syntax error: unexpected {} {msg}", self.describe_tok())
        } else if msg.starts_with("expected ") {
            format!("syntax error: unexpected {}, {msg}", self.describe_tok())
        } else {
            format!("syntax error: {msg}")
        };
        self.error_at(pos, full);
    }

    fn describe_tok(&self) -> String {
        self.tok.describe(self.text())
    }

    /// Skips tokens until one in `follow` (or a statement keyword inside a function); with an empty list,
    /// skips exactly one token.
    fn advance(&mut self, follow: &[Tok]) {
        if follow.is_empty() {
            if self.tok != Tok::Eof {
                self.next();
            }
            return;
        }
        loop {
            if self.tok == Tok::Eof || self.in_follow(follow) {
                return;
            }
            if self.fnest > 0
                && matches!(
                    self.tok,
                    Tok::Break
                        | Tok::Const
                        | Tok::Continue
                        | Tok::Defer
                        | Tok::Fallthrough
                        | Tok::For
                        | Tok::Go
                        | Tok::Goto
                        | Tok::If
                        | Tok::Return
                        | Tok::Select
                        | Tok::Switch
                        | Tok::Type
                        | Tok::Var
                )
            {
                return;
            }
            self.next();
        }
    }

    fn in_follow(&self, follow: &[Tok]) -> bool {
        follow.iter().any(|&t| match t {
            Tok::Semi(_) => self.is_semi(),
            Tok::Op(_) => matches!(self.tok, Tok::Op(_)),
            t => t == self.tok,
        })
    }

    /// Enters one level of nesting; false (after an error, parsing halted) when too deep.
    fn enter(&mut self) -> bool {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            if !self.halted {
                let pos = self.lo;
                self.error_at(pos, "syntax error: nesting too deep".into());
                self.halt();
            }
            return false;
        }
        true
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    // ----- node construction -----

    fn span_from(&self, lo: Pos) -> Span {
        Span::new(lo, self.prev_hi.max(lo))
    }

    fn mk(&mut self, lo: Pos, kind: ExprKind) -> Expr {
        Expr {
            id: self.ids.fresh(),
            span: self.span_from(lo),
            kind,
        }
    }

    fn bad(&mut self, pos: Pos) -> Expr {
        Expr {
            id: self.ids.fresh(),
            span: Span::new(pos, pos),
            kind: ExprKind::Bad,
        }
    }

    fn ident_expr(&mut self, name: Ident) -> Expr {
        // An identifier expression shares its id with the identifier.
        Expr {
            id: name.id,
            span: name.span,
            kind: ExprKind::Ident(name),
        }
    }

    fn name(&mut self) -> Ident {
        if self.tok == Tok::Name {
            let n = Ident {
                id: self.ids.fresh(),
                name: self.text().to_string(),
                span: Span::new(self.lo, self.hi),
            };
            self.next();
            return n;
        }
        let n = Ident {
            id: self.ids.fresh(),
            name: "_".into(),
            span: Span::new(self.lo, self.lo),
        };
        self.syntax_error("expected name");
        self.advance(&[]);
        n
    }

    fn name_list(&mut self, first: Ident) -> Vec<Ident> {
        let mut names = vec![first];
        while self.got(Tok::Comma) {
            names.push(self.name());
        }
        names
    }

    // ----- file and declarations -----

    fn file(&mut self) -> File {
        let start = self.lo;
        if self.tok != Tok::Package {
            self.syntax_error("package statement must be first");
            let pos = self.lo;
            return File {
                package: Ident {
                    id: self.ids.fresh(),
                    name: "_".into(),
                    span: Span::new(pos, pos),
                },
                imports: Vec::new(),
                decls: Vec::new(),
                span: Span::new(start, pos),
            };
        }
        self.next();
        let package = self.name();
        self.want_semi();
        let mut imports = Vec::new();
        let mut decls = Vec::new();
        let mut prev_import = true;
        while self.tok != Tok::Eof {
            if self.tok == Tok::Import && !prev_import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev_import = self.tok == Tok::Import;
            match self.tok {
                Tok::Import => {
                    self.next();
                    self.group(|p, _| {
                        if let Some(i) = p.import_spec() {
                            imports.push(i);
                        }
                    });
                }
                Tok::Const => {
                    self.next();
                    let mut specs = Vec::new();
                    self.group(|p, i| specs.push(p.const_spec(i)));
                    decls.push(Decl::Const(specs));
                }
                Tok::Var => {
                    self.next();
                    let mut specs = Vec::new();
                    self.group(|p, _| specs.push(p.var_spec()));
                    decls.push(Decl::Var(specs));
                }
                Tok::Type => {
                    self.next();
                    let mut specs = Vec::new();
                    self.group(|p, _| specs.push(p.type_spec()));
                    decls.push(Decl::Type(specs));
                }
                Tok::Func => {
                    if let Some(f) = self.func_decl() {
                        decls.push(Decl::Func(f));
                    }
                }
                _ => {
                    let after_bodiless_func =
                        matches!(decls.last(), Some(Decl::Func(f)) if f.body.is_none());
                    if self.tok == Tok::LBrace && after_bodiless_func {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(&[Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
                    continue;
                }
            }
            if self.tok != Tok::Eof && !self.got_semi() {
                self.syntax_error("after top level declaration");
                self.advance(&[Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
            }
        }
        File {
            package,
            imports,
            decls,
            span: self.span_from(start),
        }
    }

    /// A single spec or a parenthesized group of them; `f` gets the index within the group (for `iota`).
    fn group(&mut self, mut f: impl FnMut(&mut Self, u32)) {
        if self.got(Tok::LParen) {
            let mut i = 0u32;
            self.list(
                "grouped declaration",
                Tok::Semi(SemiKind::Explicit),
                Tok::RParen,
                |p| {
                    f(p, i);
                    i = i.saturating_add(1);
                    false
                },
            );
        } else {
            f(self, 0);
        }
    }

    /// `elem (sep elem)* [sep] close`, with Go's error for a missing separator. Returns the position of `close`.
    fn list(
        &mut self,
        context: &str,
        sep: Tok,
        close: Tok,
        mut f: impl FnMut(&mut Self) -> bool,
    ) -> Pos {
        let mut done = false;
        while self.tok != Tok::Eof && self.tok != close && !done {
            done = f(self);
            let got_sep = if matches!(sep, Tok::Semi(_)) {
                self.got_semi()
            } else {
                self.got(sep)
            };
            if !got_sep && self.tok != close {
                self.syntax_error(&format!(
                    "in {context}; possibly missing {} or {}",
                    tok_string(sep),
                    tok_string(close)
                ));
                self.advance(&[Tok::RParen, Tok::RBrack, Tok::RBrace]);
                if self.tok != close {
                    return self.lo;
                }
            }
        }
        let pos = self.lo;
        self.want(close);
        pos
    }

    fn import_spec(&mut self) -> Option<ImportSpec> {
        let start = self.lo;
        let name = match self.tok {
            Tok::Name => Some(self.name()),
            Tok::Period => {
                let n = Ident {
                    id: self.ids.fresh(),
                    name: ".".into(),
                    span: Span::new(self.lo, self.hi),
                };
                self.next();
                Some(n)
            }
            _ => None,
        };
        let Tok::Lit(kind) = self.tok else {
            self.syntax_error("missing import path");
            self.advance(&[Tok::Semi(SemiKind::Explicit), Tok::RParen]);
            return None;
        };
        let path_span = Span::new(self.lo, self.hi);
        let raw = self.text();
        self.next();
        if kind != LitKind::String {
            self.syntax_error_at(path_span.lo, "import path must be a string");
            return None;
        }
        let path = crate::literal::unquote_string(raw)
            .ok()
            .and_then(|b| String::from_utf8(b).ok())
            .unwrap_or_default();
        Some(ImportSpec {
            name,
            path,
            path_span,
            span: self.span_from(start),
        })
    }

    fn const_spec(&mut self, iota: u32) -> ValueSpec {
        let start = self.lo;
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if !matches!(self.tok, Tok::Eof | Tok::Semi(_) | Tok::RParen) {
            ty = self.type_or_nil();
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ValueSpec {
            names,
            ty,
            values,
            iota,
            span: self.span_from(start),
        }
    }

    fn var_spec(&mut self) -> ValueSpec {
        let start = self.lo;
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if self.got_assign() {
            values = self.expr_list();
        } else {
            ty = Some(self.type_());
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ValueSpec {
            names,
            ty,
            values,
            iota: 0,
            span: self.span_from(start),
        }
    }

    fn got_assign(&mut self) -> bool {
        match self.tok {
            Tok::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            Tok::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    fn type_spec(&mut self) -> TypeSpec {
        let start = self.lo;
        let name = self.name();
        let mut type_params = Vec::new();
        let mut alias = false;
        let ty;
        if self.tok == Tok::LBrack {
            // An array or slice type, or a type parameter list.
            let lbrack = self.lo;
            self.next();
            match self.tok {
                Tok::Name => {
                    let n = self.name();
                    let mut x = self.ident_expr(n);
                    if self.tok != Tok::LBrack {
                        self.xnest += 1;
                        let px = self.pexpr_from(x, false);
                        x = self.binary_expr_from(px, 0);
                        self.xnest -= 1;
                    }
                    let force = self.tok == Tok::Comma;
                    match extract_name(x, force) {
                        Ok((pname, ptype)) if ptype.is_some() || self.tok != Tok::RBrack => {
                            type_params = self.param_list(Some((pname, ptype)), Tok::RBrack, true);
                            alias = self.got_assign();
                            ty = self.type_or_nil();
                        }
                        Ok((pname, _)) => {
                            let len = self.ident_expr(pname);
                            ty = Some(self.array_type(lbrack, Some(len)));
                        }
                        Err(x) => ty = Some(self.array_type(lbrack, Some(x))),
                    }
                }
                Tok::RBrack => {
                    self.next();
                    let elem = self.type_();
                    ty = Some(self.mk(
                        lbrack,
                        ExprKind::ArrayType {
                            len: None,
                            elem: Box::new(elem),
                        },
                    ));
                }
                _ => ty = Some(self.array_type(lbrack, None)),
            }
        } else {
            alias = self.got_assign();
            ty = self.type_or_nil();
        }
        let ty = match ty {
            Some(t) => t,
            None => {
                let b = self.bad(self.lo);
                self.syntax_error("in type declaration");
                self.advance(&[Tok::Semi(SemiKind::Explicit), Tok::RParen]);
                b
            }
        };
        TypeSpec {
            name,
            type_params,
            alias,
            ty,
            span: self.span_from(start),
        }
    }

    fn func_decl(&mut self) -> Option<FuncDecl> {
        let start = self.lo;
        self.next(); // func
        let mut recv = None;
        if self.tok == Tok::LParen {
            self.next();
            let rcvr = self.param_list(None, Tok::RParen, false);
            let count: usize = rcvr.iter().map(|f| f.names.len().max(1)).sum();
            // gc reports these at the method name.
            let at = self.lo;
            match count {
                0 => self.error_at(at, "method has no receiver".into()),
                1 => {}
                _ => self.error_at(at, "method has multiple receivers".into()),
            }
            recv = rcvr.into_iter().next().map(|mut f| {
                f.names.truncate(1);
                f
            });
        }
        let name;
        let mut type_params = Vec::new();
        let sig;
        if self.tok == Tok::Name {
            name = self.name();
            let (tp, s) = self.func_type(None);
            type_params = tp;
            sig = s;
        } else {
            name = Ident {
                id: self.ids.fresh(),
                name: "_".into(),
                span: Span::new(self.lo, self.lo),
            };
            sig = FuncType {
                params: Vec::new(),
                results: Vec::new(),
                span: Span::new(self.lo, self.lo),
            };
            let msg = if recv.is_some() {
                "expected name"
            } else {
                "expected name or ("
            };
            self.syntax_error(msg);
            self.advance(&[Tok::LBrace, Tok::Semi(SemiKind::Explicit)]);
        }
        let body = if self.tok == Tok::LBrace {
            Some(self.func_body())
        } else {
            None
        };
        Some(FuncDecl {
            recv,
            name,
            type_params,
            sig,
            body,
            span: self.span_from(start),
        })
    }

    fn func_body(&mut self) -> Block {
        let outer_x = self.xnest;
        let outer_depth = self.depth;
        self.fnest += 1;
        self.xnest = 0;
        let b = self.block_stmt("");
        self.xnest = outer_x;
        self.fnest -= 1;
        self.depth = outer_depth;
        b
    }

    /// `[type params] (params) results`, after `func` and the name. `context` names a function type that
    /// may not have type parameters.
    fn func_type(&mut self, context: Option<&str>) -> (Vec<Field>, FuncType) {
        let start = self.lo;
        let mut type_params = Vec::new();
        if self.got(Tok::LBrack) {
            if let Some(c) = context {
                self.syntax_error_at(start, &format!("{c} must have no type parameters"));
            }
            if self.tok == Tok::RBrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                type_params = self.param_list(None, Tok::RBrack, true);
            }
        }
        let params_lo = self.lo;
        self.want(Tok::LParen);
        let params = self.param_list(None, Tok::RParen, false);
        let results = self.func_result();
        let lo = if context.is_some() { start } else { params_lo };
        (
            type_params,
            FuncType {
                params,
                results,
                span: self.span_from(lo),
            },
        )
    }

    fn func_result(&mut self) -> Vec<Field> {
        if self.got(Tok::LParen) {
            return self.param_list(None, Tok::RParen, false);
        }
        let lo = self.lo;
        match self.type_or_nil() {
            Some(ty) => vec![Field {
                names: Vec::new(),
                ty,
                tag: None,
                span: self.span_from(lo),
            }],
            None => Vec::new(),
        }
    }

    /// A parameter list up to and including `close` (the opening token is consumed). `first` is an already
    /// parsed first parameter (name and optional type) of a type parameter list.
    fn param_list(
        &mut self,
        first: Option<(Ident, Option<Expr>)>,
        close: Tok,
        require_names: bool,
    ) -> Vec<Field> {
        struct Param {
            name: Option<Ident>,
            ty: Option<Expr>,
            lo: Pos,
            hi: Pos,
        }
        let mut list: Vec<Param> = Vec::new();
        let mut first = first;
        let mut named = 0;
        let mut typed = 0;
        let end = self.list("parameter list", Tok::Comma, close, |p| {
            let lo = p.lo;
            let (lo, pre_name) = match first.take() {
                Some((name, Some(ty))) => {
                    let lo = name.span.lo;
                    list.push(Param {
                        name: Some(name),
                        ty: Some(ty),
                        lo,
                        hi: p.prev_hi,
                    });
                    named += 1;
                    typed += 1;
                    return false;
                }
                Some((name, None)) => (name.span.lo, Some(name)),
                None => (lo, None),
            };
            let par = p.param_decl(close, pre_name).map(|(name, ty)| Param {
                name,
                ty,
                lo,
                hi: p.prev_hi,
            });
            if let Some(par) = par {
                if par.name.is_some() && par.ty.is_some() {
                    named += 1;
                }
                if par.ty.is_some() {
                    typed += 1;
                }
                list.push(par);
            }
            false
        });
        if list.is_empty() {
            return Vec::new();
        }
        if named == 0 && !require_names {
            // All unnamed: the names found are type names.
            return list
                .into_iter()
                .map(|par| {
                    let ty = match (par.name, par.ty) {
                        (_, Some(t)) => t,
                        (Some(n), None) => self.ident_expr(n),
                        (None, None) => self.bad(par.lo),
                    };
                    Field {
                        names: Vec::new(),
                        ty,
                        tag: None,
                        span: Span::new(par.lo, par.hi),
                    }
                })
                .collect();
        }
        // Some are named (or this is a type parameter list): all must be, and a type applies to the names
        // before it.
        let mut err_pos: Option<Pos> = None;
        if named != list.len() {
            let mut has_typ = false;
            for par in list.iter().rev() {
                if par.ty.is_some() {
                    has_typ = true;
                    if par.name.is_none() {
                        err_pos = Some(par.lo);
                    }
                } else if !has_typ {
                    err_pos = Some(par.name.as_ref().map_or(par.lo, |n| n.span.lo));
                }
            }
        }
        if let Some(pos) = err_pos {
            let (pos, msg) = if named == typed {
                let what = if require_names {
                    "missing type constraint"
                } else {
                    "missing parameter type"
                };
                (end, what.to_string())
            } else if require_names {
                let mut m = "missing type parameter name".to_string();
                if list.len() == 1 {
                    m.push_str(" or invalid array length");
                }
                (pos, m)
            } else {
                (pos, "missing parameter name".to_string())
            };
            self.syntax_error_at(pos, &msg);
        }
        // Group names with the type that follows them.
        let mut fields: Vec<Field> = Vec::new();
        let mut pending: Vec<Ident> = Vec::new();
        let mut pending_lo: Option<Pos> = None;
        for par in list {
            let lo = *pending_lo.get_or_insert(par.lo);
            match par.ty {
                None => {
                    if let Some(n) = par.name {
                        pending.push(n);
                    }
                }
                Some(ty) => {
                    if let Some(n) = par.name {
                        pending.push(n);
                    }
                    fields.push(Field {
                        names: std::mem::take(&mut pending),
                        ty,
                        tag: None,
                        span: Span::new(lo, par.hi),
                    });
                    pending_lo = None;
                }
            }
        }
        if !pending.is_empty() {
            let lo = pending_lo.unwrap_or(end);
            let ty = self.bad(end);
            fields.push(Field {
                names: pending,
                ty,
                tag: None,
                span: Span::new(lo, end),
            });
        }
        fields
    }

    /// One parameter: `name`, `name T`, `T`, `name ...T`, `...T`, or a constraint in a type parameter list.
    fn param_decl(
        &mut self,
        close: Tok,
        pre_name: Option<Ident>,
    ) -> Option<(Option<Ident>, Option<Expr>)> {
        let type_sets = close == Tok::RBrack;
        if pre_name.is_none() && type_sets && self.tok == Tok::Tilde {
            return Some((None, Some(self.embedded_elem(None))));
        }
        let mut name = None;
        if self.tok == Tok::Name || pre_name.is_some() {
            let n = match pre_name {
                Some(n) => n,
                None => self.name(),
            };
            let lo = n.span.lo;
            match self.tok {
                Tok::LBrack => {
                    // `name [n]E`, `name []E`, or an instantiated type `name[T]`.
                    return Some(match self.array_or_targs(lo) {
                        ArrayOrTArgs::Type(t) => {
                            let mut ty = t;
                            if type_sets && self.is_op(BinOp::Or) {
                                ty = self.embedded_elem(Some(ty));
                            }
                            (Some(n), Some(ty))
                        }
                        ArrayOrTArgs::TArgs(indices) => {
                            let x = self.ident_expr(n);
                            let mut ty = self.mk(
                                lo,
                                ExprKind::Index {
                                    x: Box::new(x),
                                    indices,
                                },
                            );
                            if type_sets && self.is_op(BinOp::Or) {
                                ty = self.embedded_elem(Some(ty));
                            }
                            (None, Some(ty))
                        }
                    });
                }
                Tok::Period => {
                    let x = self.ident_expr(n);
                    let mut ty = self.qualified_name(Some(x));
                    if type_sets && self.is_op(BinOp::Or) {
                        ty = self.embedded_elem(Some(ty));
                    }
                    return Some((None, Some(ty)));
                }
                Tok::Op(BinOp::Or) if type_sets => {
                    let x = self.ident_expr(n);
                    return Some((None, Some(self.embedded_elem(Some(x)))));
                }
                _ => name = Some(n),
            }
        }
        if self.tok == Tok::Ellipsis {
            let lo = self.lo;
            self.next();
            let elem = match self.type_or_nil() {
                Some(t) => t,
                None => {
                    let b = self.bad(self.lo);
                    self.syntax_error("... is missing type");
                    b
                }
            };
            let t = self.mk(lo, ExprKind::Ellipsis(Some(Box::new(elem))));
            return Some((name, Some(t)));
        }
        if type_sets && self.tok == Tok::Tilde {
            return Some((name, Some(self.embedded_elem(None))));
        }
        let mut ty = self.type_or_nil();
        if type_sets && self.is_op(BinOp::Or) {
            if let Some(t) = ty {
                ty = Some(self.embedded_elem(Some(t)));
            }
        }
        if name.is_none() && ty.is_none() {
            self.syntax_error(&format!("expected {}", tok_string(close)));
            self.advance(&[Tok::Comma, close]);
            return None;
        }
        Some((name, ty))
    }

    /// After a name, at `[`: `[]E` or `[N]E` (a type), or `[T1, T2]` (type arguments).
    fn array_or_targs(&mut self, lo: Pos) -> ArrayOrTArgs {
        let lbrack = self.lo;
        self.want(Tok::LBrack);
        if self.got(Tok::RBrack) {
            let elem = self.type_();
            return ArrayOrTArgs::Type(self.mk(
                lbrack,
                ExprKind::ArrayType {
                    len: None,
                    elem: Box::new(elem),
                },
            ));
        }
        let (mut list, comma) = self.type_list(false);
        self.want(Tok::RBrack);
        if !comma && list.len() == 1 {
            if let Some(elem) = self.type_or_nil() {
                let len = list.pop().map(Box::new);
                return ArrayOrTArgs::Type(self.mk(
                    lbrack,
                    ExprKind::ArrayType {
                        len,
                        elem: Box::new(elem),
                    },
                ));
            }
        }
        let _ = lo;
        ArrayOrTArgs::TArgs(list)
    }

    /// A comma-separated list of types (`strict`) or expressions, allowing a trailing comma; also returns
    /// whether a comma was seen.
    fn type_list(&mut self, strict: bool) -> (Vec<Expr>, bool) {
        self.xnest += 1;
        let mut list = Vec::new();
        let mut comma = false;
        loop {
            let x = if strict { self.type_() } else { self.expr() };
            list.push(x);
            if !self.got(Tok::Comma) {
                break;
            }
            comma = true;
            if self.tok == Tok::RBrack {
                break;
            }
        }
        self.xnest -= 1;
        (list, comma)
    }

    // ----- types -----

    fn type_(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad(self.lo);
                self.syntax_error("expected type");
                self.advance(&[
                    Tok::Comma,
                    Tok::Colon,
                    Tok::Semi(SemiKind::Explicit),
                    Tok::RParen,
                    Tok::RBrack,
                    Tok::RBrace,
                ]);
                b
            }
        }
    }

    fn type_or_nil(&mut self) -> Option<Expr> {
        if !self.enter() {
            self.leave();
            return Some(self.bad(self.lo));
        }
        let t = self.type_or_nil_inner();
        self.leave();
        t
    }

    fn type_or_nil_inner(&mut self) -> Option<Expr> {
        let lo = self.lo;
        Some(match self.tok {
            Tok::Op(BinOp::Mul) => {
                self.next();
                let t = self.type_();
                self.mk(lo, ExprKind::Star(Box::new(t)))
            }
            Tok::Arrow => {
                self.next();
                self.want(Tok::Chan);
                let elem = self.chan_elem();
                self.mk(
                    lo,
                    ExprKind::ChanType {
                        dir: ChanDir::Recv,
                        elem: Box::new(elem),
                    },
                )
            }
            Tok::Func => {
                self.next();
                let (_, sig) = self.func_type(Some("function type"));
                self.mk(lo, ExprKind::FuncType(sig))
            }
            Tok::LBrack => {
                self.next();
                if self.got(Tok::RBrack) {
                    let elem = self.type_();
                    self.mk(
                        lo,
                        ExprKind::ArrayType {
                            len: None,
                            elem: Box::new(elem),
                        },
                    )
                } else {
                    self.array_type(lo, None)
                }
            }
            Tok::Chan => {
                self.next();
                let dir = if self.got(Tok::Arrow) {
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                let elem = self.chan_elem();
                self.mk(
                    lo,
                    ExprKind::ChanType {
                        dir,
                        elem: Box::new(elem),
                    },
                )
            }
            Tok::Map => {
                self.next();
                self.want(Tok::LBrack);
                let key = self.type_();
                self.want(Tok::RBrack);
                let value = self.type_();
                self.mk(
                    lo,
                    ExprKind::MapType {
                        key: Box::new(key),
                        value: Box::new(value),
                    },
                )
            }
            Tok::Struct => self.struct_type(),
            Tok::Interface => self.interface_type(),
            Tok::Name => self.qualified_name(None),
            Tok::LParen => {
                self.next();
                let t = self.type_();
                self.want(Tok::RParen);
                self.mk(lo, ExprKind::Paren(Box::new(t)))
            }
            _ => return None,
        })
    }

    /// `[` already consumed: `len] elem`; `len` is given when already parsed, else `...` or an expression.
    fn array_type(&mut self, lo: Pos, len: Option<Expr>) -> Expr {
        let len = match len {
            Some(l) => l,
            None => {
                if self.tok == Tok::Ellipsis {
                    let e_lo = self.lo;
                    self.next();
                    self.mk(e_lo, ExprKind::Ellipsis(None))
                } else {
                    self.xnest += 1;
                    let e = self.expr();
                    self.xnest -= 1;
                    e
                }
            }
        };
        if self.tok == Tok::Comma {
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(Tok::RBrack);
        let elem = self.type_();
        self.mk(
            lo,
            ExprKind::ArrayType {
                len: Some(Box::new(len)),
                elem: Box::new(elem),
            },
        )
    }

    fn chan_elem(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad(self.lo);
                self.syntax_error("missing channel element type");
                b
            }
        }
    }

    /// `Name`, `pkg.Name`, optionally instantiated: `Name[T1, T2]`. `x` is an already parsed first name.
    fn qualified_name(&mut self, x: Option<Expr>) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => {
                let n = self.name();
                self.ident_expr(n)
            }
        };
        let lo = x.span.lo;
        if self.tok == Tok::Period {
            self.next();
            let sel = self.name();
            x = self.mk(
                lo,
                ExprKind::Selector {
                    x: Box::new(x),
                    sel,
                },
            );
        }
        if self.tok == Tok::LBrack {
            self.next();
            let (indices, _) = self.type_list(true);
            self.want(Tok::RBrack);
            x = self.mk(
                lo,
                ExprKind::Index {
                    x: Box::new(x),
                    indices,
                },
            );
        }
        x
    }

    fn struct_type(&mut self) -> Expr {
        let lo = self.lo;
        self.want(Tok::Struct);
        self.want(Tok::LBrace);
        let mut fields = Vec::new();
        self.list(
            "struct type",
            Tok::Semi(SemiKind::Explicit),
            Tok::RBrace,
            |p| {
                if let Some(f) = p.field_decl() {
                    fields.push(f);
                }
                false
            },
        );
        self.mk(lo, ExprKind::StructType { fields })
    }

    fn tag(&mut self) -> Option<String> {
        if let Tok::Lit(kind) = self.tok {
            let raw = self.text();
            let lo = self.lo;
            self.next();
            if kind != LitKind::String {
                self.syntax_error_at(lo, "invalid struct tag");
                return None;
            }
            return crate::literal::unquote_string(raw)
                .ok()
                .map(|b| String::from_utf8_lossy(&b).into_owned());
        }
        None
    }

    fn field_decl(&mut self) -> Option<Field> {
        let lo = self.lo;
        match self.tok {
            Tok::Name => {
                let name = self.name();
                if matches!(
                    self.tok,
                    Tok::Period | Tok::Lit(_) | Tok::Semi(_) | Tok::RBrace
                ) {
                    // An embedded type.
                    let x = self.ident_expr(name);
                    let ty = self.qualified_name(Some(x));
                    let tag = self.tag();
                    return Some(Field {
                        names: Vec::new(),
                        ty,
                        tag,
                        span: self.span_from(lo),
                    });
                }
                let names = self.name_list(name);
                let ty;
                if names.len() == 1 && self.tok == Tok::LBrack {
                    match self.array_or_targs(lo) {
                        ArrayOrTArgs::Type(t) => ty = t,
                        ArrayOrTArgs::TArgs(indices) => {
                            // An embedded instantiated type `T[P]`.
                            let mut names = names;
                            let n = names.pop()?;
                            let x = self.ident_expr(n);
                            let ty = self.mk(
                                lo,
                                ExprKind::Index {
                                    x: Box::new(x),
                                    indices,
                                },
                            );
                            let tag = self.tag();
                            return Some(Field {
                                names: Vec::new(),
                                ty,
                                tag,
                                span: self.span_from(lo),
                            });
                        }
                    }
                } else {
                    ty = self.type_();
                }
                let tag = self.tag();
                Some(Field {
                    names,
                    ty,
                    tag,
                    span: self.span_from(lo),
                })
            }
            Tok::Op(BinOp::Mul) => {
                self.next();
                if self.tok == Tok::LParen {
                    self.syntax_error("cannot parenthesize embedded type");
                    self.advance(&[Tok::Semi(SemiKind::Explicit), Tok::RBrace]);
                    return None;
                }
                let t = self.qualified_name(None);
                let ty = self.mk(lo, ExprKind::Star(Box::new(t)));
                let tag = self.tag();
                Some(Field {
                    names: Vec::new(),
                    ty,
                    tag,
                    span: self.span_from(lo),
                })
            }
            Tok::LParen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.advance(&[Tok::Semi(SemiKind::Explicit), Tok::RBrace]);
                None
            }
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(&[Tok::Semi(SemiKind::Explicit), Tok::RBrace]);
                None
            }
        }
    }

    fn interface_type(&mut self) -> Expr {
        let lo = self.lo;
        self.want(Tok::Interface);
        self.want(Tok::LBrace);
        let mut elems = Vec::new();
        self.list(
            "interface type",
            Tok::Semi(SemiKind::Explicit),
            Tok::RBrace,
            |p| {
                let f_lo = p.lo;
                if p.tok == Tok::Name {
                    let name = p.name();
                    if p.tok == Tok::LBrack {
                        let f = p.interface_name_bracket(f_lo, name);
                        elems.push(f);
                        return false;
                    }
                    if p.tok == Tok::LParen {
                        let (_, sig) = p.func_type(Some("interface method"));
                        let ty = p.mk(f_lo, ExprKind::FuncType(sig));
                        elems.push(Field {
                            names: vec![name],
                            ty,
                            tag: None,
                            span: p.span_from(f_lo),
                        });
                        return false;
                    }
                    let x = p.ident_expr(name);
                    let t = p.qualified_name(Some(x));
                    let ty = p.embedded_elem(Some(t));
                    elems.push(Field {
                        names: Vec::new(),
                        ty,
                        tag: None,
                        span: p.span_from(f_lo),
                    });
                    return false;
                }
                let ty = p.embedded_elem(None);
                elems.push(Field {
                    names: Vec::new(),
                    ty,
                    tag: None,
                    span: p.span_from(f_lo),
                });
                false
            },
        );
        self.mk(lo, ExprKind::InterfaceType { elems })
    }

    /// In an interface, `name[`: a generic method (an error, but parsed) or an embedded instantiated type.
    fn interface_name_bracket(&mut self, lo: Pos, name: Ident) -> Field {
        let lbrack = self.lo;
        self.next();
        let method = |p: &mut Self, name: Ident| {
            let (_, sig) = p.func_type(Some("interface method"));
            let ty = p.mk(lo, ExprKind::FuncType(sig));
            Field {
                names: vec![name],
                ty,
                tag: None,
                span: p.span_from(lo),
            }
        };
        let embedded = |p: &mut Self, ty: Expr| {
            let ty = p.embedded_elem(Some(ty));
            Field {
                names: Vec::new(),
                ty,
                tag: None,
                span: p.span_from(lo),
            }
        };
        if self.tok == Tok::RBrack {
            let pos = self.lo;
            self.next();
            if self.tok == Tok::LParen {
                self.error_at(pos, "empty type parameter list".into());
                return method(self, name);
            }
            self.error_at(pos, "empty type argument list".into());
            let x = self.ident_expr(name);
            return embedded(self, x);
        }
        let list = self.param_list(None, Tok::RBrack, false);
        if list.is_empty() {
            if self.tok == Tok::LParen {
                return method(self, name);
            }
            let x = self.ident_expr(name);
            return embedded(self, x);
        }
        if !list[0].names.is_empty() {
            let f = method(self, name);
            self.error_at(
                lbrack,
                "interface method must have no type parameters".into(),
            );
            return f;
        }
        let x = self.ident_expr(name);
        let indices = list.into_iter().map(|f| f.ty).collect();
        let ty = self.mk(
            lo,
            ExprKind::Index {
                x: Box::new(x),
                indices,
            },
        );
        embedded(self, ty)
    }

    /// A type-set element `T1 | ~T2 | ...`; `first` is an already parsed first term.
    fn embedded_elem(&mut self, first: Option<Expr>) -> Expr {
        let mut x = match first {
            Some(x) => x,
            None => self.embedded_term(),
        };
        let saved = self.depth;
        while self.is_op(BinOp::Or) && self.enter() {
            self.next();
            let y = self.embedded_term();
            let lo = x.span.lo;
            x = self.mk(
                lo,
                ExprKind::Binary {
                    op: BinOp::Or,
                    x: Box::new(x),
                    y: Box::new(y),
                },
            );
        }
        self.depth = saved;
        x
    }

    fn embedded_term(&mut self) -> Expr {
        let lo = self.lo;
        if self.got(Tok::Tilde) {
            let t = self.type_();
            return self.mk(lo, ExprKind::Tilde(Box::new(t)));
        }
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad(lo);
                self.syntax_error("expected ~ term or type");
                self.advance(&[
                    Tok::Op(BinOp::Or),
                    Tok::Semi(SemiKind::Explicit),
                    Tok::RParen,
                    Tok::RBrack,
                    Tok::RBrace,
                ]);
                b
            }
        }
    }

    // ----- expressions -----

    fn expr(&mut self) -> Expr {
        self.binary_expr(0)
    }

    fn expr_list(&mut self) -> Vec<Expr> {
        let mut list = vec![self.expr()];
        while self.got(Tok::Comma) {
            list.push(self.expr());
        }
        list
    }

    fn binary_expr(&mut self, prec: u8) -> Expr {
        let x = self.unary_expr();
        self.binary_expr_from(x, prec)
    }

    fn binary_expr_from(&mut self, x: Expr, prec: u8) -> Expr {
        // Each operator of a chain nests the tree one level deeper: count it as nesting.
        let saved = self.depth;
        let x = self.binary_chain(x, prec);
        self.depth = saved;
        x
    }

    fn binary_chain(&mut self, mut x: Expr, prec: u8) -> Expr {
        while let Tok::Op(op) = self.tok {
            if op.precedence() <= prec || !self.enter() {
                break;
            }
            self.next();
            let y = self.binary_expr(op.precedence());
            let lo = x.span.lo;
            x = self.mk(
                lo,
                ExprKind::Binary {
                    op,
                    x: Box::new(x),
                    y: Box::new(y),
                },
            );
        }
        x
    }

    fn unary_expr(&mut self) -> Expr {
        if !self.enter() {
            self.leave();
            return self.bad(self.lo);
        }
        let e = self.unary_expr_inner();
        self.leave();
        e
    }

    fn unary_expr_inner(&mut self) -> Expr {
        let lo = self.lo;
        let op = match self.tok {
            Tok::Op(BinOp::Mul) => {
                self.next();
                let x = self.unary_expr();
                return self.mk(lo, ExprKind::Star(Box::new(x)));
            }
            Tok::Tilde => {
                self.next();
                let x = self.unary_expr();
                return self.mk(lo, ExprKind::Tilde(Box::new(x)));
            }
            Tok::Op(BinOp::Add) => UnOp::Pos,
            Tok::Op(BinOp::Sub) => UnOp::Neg,
            Tok::Not => UnOp::Not,
            Tok::Op(BinOp::Xor) => UnOp::BitNot,
            Tok::Op(BinOp::And) => UnOp::Addr,
            Tok::Arrow => {
                self.next();
                let x = self.unary_expr();
                if matches!(x.kind, ExprKind::ChanType { .. }) {
                    // `<-chan T`: the arrow belongs to the channel type.
                    return self.reassociate_chan(lo, x);
                }
                return self.mk(
                    lo,
                    ExprKind::Unary {
                        op: UnOp::Recv,
                        x: Box::new(x),
                    },
                );
            }
            _ => return self.pexpr(true),
        };
        self.next();
        let mut x = self.unary_expr();
        if op == UnOp::Addr {
            // `&(T{})` is `&T{}`.
            while let ExprKind::Paren(inner) = x.kind {
                x = *inner;
            }
        }
        self.mk(lo, ExprKind::Unary { op, x: Box::new(x) })
    }

    /// `<-` followed by a channel type `chan E` (or `chan<- E`): turns it into `<-chan E` (or `<-chan (<-E)`...).
    fn reassociate_chan(&mut self, lo: Pos, x: Expr) -> Expr {
        let Expr { id, kind, span } = x;
        let ExprKind::ChanType { dir, elem } = kind else {
            return Expr { id, kind, span };
        };
        let elem = match dir {
            ChanDir::Both => *elem,
            ChanDir::Recv => {
                self.syntax_error("unexpected <-, expected chan");
                *elem
            }
            ChanDir::Send => {
                // `<-chan<- E`: the inner arrow belongs to E, which must be a channel type.
                if matches!(elem.kind, ExprKind::ChanType { .. }) {
                    let e_lo = elem.span.lo;
                    self.reassociate_chan(e_lo, *elem)
                } else {
                    let s = crate::print::expr_string(&elem);
                    self.syntax_error(&format!("unexpected {s}, expected chan"));
                    *elem
                }
            }
        };
        Expr {
            id,
            span: Span::new(lo, span.hi),
            kind: ExprKind::ChanType {
                dir: ChanDir::Recv,
                elem: Box::new(elem),
            },
        }
    }

    fn operand(&mut self) -> Expr {
        let lo = self.lo;
        match self.tok {
            Tok::Name => {
                let n = self.name();
                self.ident_expr(n)
            }
            Tok::Lit(kind) => {
                let raw = self.text().to_string();
                self.next();
                self.mk(lo, ExprKind::BasicLit { kind, raw })
            }
            Tok::LParen => {
                self.next();
                self.xnest += 1;
                let x = self.expr();
                self.xnest -= 1;
                self.want(Tok::RParen);
                self.mk(lo, ExprKind::Paren(Box::new(x)))
            }
            Tok::Func => {
                self.next();
                let (_, sig) = self.func_type(Some("function type"));
                if self.tok == Tok::LBrace {
                    self.xnest += 1;
                    let body = self.func_body();
                    self.xnest -= 1;
                    return self.mk(lo, ExprKind::FuncLit { sig, body });
                }
                self.mk(lo, ExprKind::FuncType(sig))
            }
            Tok::LBrack | Tok::Chan | Tok::Map | Tok::Struct | Tok::Interface => self.type_(),
            _ => {
                let b = self.bad(lo);
                self.syntax_error("expected expression");
                self.advance(&[Tok::RParen, Tok::RBrack, Tok::RBrace]);
                b
            }
        }
    }

    fn pexpr(&mut self, keep_parens: bool) -> Expr {
        let x = self.operand();
        self.pexpr_from(x, keep_parens)
    }

    /// The postfix operators after an operand: selectors, indices, slices, assertions, calls, composite literals.
    fn pexpr_from(&mut self, x: Expr, keep_parens: bool) -> Expr {
        // Each postfix operator nests the tree one level deeper: count it as nesting.
        let saved = self.depth;
        let x = self.postfix_chain(x, keep_parens);
        self.depth = saved;
        x
    }

    fn postfix_chain(&mut self, mut x: Expr, _keep_parens: bool) -> Expr {
        loop {
            let lo = x.span.lo;
            if matches!(
                self.tok,
                Tok::Period | Tok::LBrack | Tok::LParen | Tok::LBrace
            ) && !self.enter()
            {
                return x;
            }
            match self.tok {
                Tok::Period => {
                    self.next();
                    match self.tok {
                        Tok::Name => {
                            let sel = self.name();
                            x = self.mk(
                                lo,
                                ExprKind::Selector {
                                    x: Box::new(x),
                                    sel,
                                },
                            );
                        }
                        Tok::LParen => {
                            self.next();
                            if self.got(Tok::Type) {
                                x = self.mk_after_rparen(lo, x, None);
                            } else {
                                let t = self.type_();
                                x = self.mk_after_rparen(lo, x, Some(t));
                            }
                        }
                        _ => {
                            self.syntax_error("expected name or (");
                            self.advance(&[Tok::Semi(SemiKind::Explicit), Tok::RParen]);
                        }
                    }
                }
                Tok::LBrack => {
                    self.next();
                    let mut first = None;
                    if self.tok != Tok::Colon {
                        let mut comma = false;
                        let list = if self.tok == Tok::RBrack {
                            self.syntax_error("expected operand");
                            vec![self.bad(self.lo)]
                        } else {
                            let (l, c) = self.type_list(false);
                            comma = c;
                            l
                        };
                        if comma || self.tok == Tok::RBrack {
                            self.want(Tok::RBrack);
                            x = self.mk(
                                lo,
                                ExprKind::Index {
                                    x: Box::new(x),
                                    indices: list,
                                },
                            );
                            continue;
                        }
                        first = list.into_iter().next();
                    }
                    // A slice expression `x[lo:hi]` or `x[lo:hi:max]`.
                    if !self.got(Tok::Colon) {
                        self.syntax_error("expected comma, : or ]");
                        self.advance(&[Tok::Comma, Tok::Colon, Tok::RBrack]);
                    }
                    self.xnest += 1;
                    let mut hi = None;
                    let mut max = None;
                    let mut three = false;
                    if self.tok != Tok::Colon && self.tok != Tok::RBrack {
                        hi = Some(Box::new(self.expr()));
                    }
                    if self.tok == Tok::Colon {
                        three = true;
                        if hi.is_none() {
                            let pos = self.lo;
                            self.error_at(pos, "middle index required in 3-index slice".into());
                        }
                        self.next();
                        if self.tok != Tok::RBrack {
                            max = Some(Box::new(self.expr()));
                        } else {
                            let pos = self.lo;
                            self.error_at(pos, "final index required in 3-index slice".into());
                        }
                    }
                    self.xnest -= 1;
                    self.want(Tok::RBrack);
                    x = self.mk(
                        lo,
                        ExprKind::Slice {
                            x: Box::new(x),
                            lo: first.map(Box::new),
                            hi,
                            max,
                            three,
                        },
                    );
                }
                Tok::LParen => {
                    self.next();
                    self.xnest += 1;
                    let mut args = Vec::new();
                    let mut ellipsis = None;
                    self.list("argument list", Tok::Comma, Tok::RParen, |p| {
                        args.push(p.expr());
                        if p.tok == Tok::Ellipsis {
                            ellipsis = Some(p.lo);
                            p.next();
                            return true;
                        }
                        false
                    });
                    self.xnest -= 1;
                    x = self.mk(
                        lo,
                        ExprKind::Call {
                            fun: Box::new(x),
                            args,
                            ellipsis,
                        },
                    );
                }
                Tok::LBrace => {
                    // Is `{` the start of a composite literal or of a block?
                    let mut t = &x;
                    while let ExprKind::Paren(inner) = &t.kind {
                        t = inner;
                    }
                    let complit_ok = match &t.kind {
                        ExprKind::Ident(_) | ExprKind::Selector { .. } => self.xnest >= 0,
                        ExprKind::Index { .. } => self.xnest >= 0 && !is_value(t),
                        ExprKind::ArrayType { .. }
                        | ExprKind::StructType { .. }
                        | ExprKind::MapType { .. } => true,
                        _ => false,
                    };
                    if !complit_ok {
                        return x;
                    }
                    if !std::ptr::eq(t, &x) {
                        self.syntax_error("cannot parenthesize type in composite literal");
                    }
                    x = self.complit(Some(x));
                }
                _ => return x,
            }
        }
    }

    fn mk_after_rparen(&mut self, lo: Pos, x: Expr, ty: Option<Expr>) -> Expr {
        self.want(Tok::RParen);
        if ty.is_none() {
            self.type_guards.push(lo);
        }
        self.mk(
            lo,
            ExprKind::TypeAssert {
                x: Box::new(x),
                ty: ty.map(Box::new),
            },
        )
    }

    /// `{ elements }` of a composite literal; `ty` is `None` for an elided type.
    fn complit(&mut self, ty: Option<Expr>) -> Expr {
        if !self.enter() {
            self.leave();
            return self.bad(self.lo);
        }
        let lo = ty.as_ref().map_or(self.lo, |t| t.span.lo);
        self.xnest += 1;
        let lbrace = self.lo;
        self.want(Tok::LBrace);
        let mut elts = Vec::new();
        let rbrace = self.list("composite literal", Tok::Comma, Tok::RBrace, |p| {
            let e = p.bare_complit_expr();
            if p.tok == Tok::Colon {
                p.next();
                let value = p.bare_complit_expr();
                elts.push(Element {
                    key: Some(e),
                    value,
                });
            } else {
                elts.push(Element {
                    key: None,
                    value: e,
                });
            }
            false
        });
        self.xnest -= 1;
        self.leave();
        self.mk(
            lo,
            ExprKind::CompositeLit {
                ty: ty.map(Box::new),
                elts,
                lbrace,
                rbrace,
            },
        )
    }

    fn bare_complit_expr(&mut self) -> Expr {
        if self.tok == Tok::LBrace {
            self.complit(None)
        } else {
            self.expr()
        }
    }

    // ----- statements -----

    fn block_stmt(&mut self, context: &str) -> Block {
        let lbrace = self.lo;
        if !self.got(Tok::LBrace) {
            self.syntax_error(&format!("expected {{ after {context}"));
            self.advance(&[Tok::Name, Tok::RBrace]);
            let rbrace = self.lo;
            if self.got(Tok::RBrace) {
                return Block {
                    stmts: Vec::new(),
                    lbrace,
                    rbrace,
                };
            }
        }
        let stmts = self.stmt_list();
        let rbrace = self.lo;
        self.want(Tok::RBrace);
        Block {
            stmts,
            lbrace,
            rbrace,
        }
    }

    fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut list = Vec::new();
        while !matches!(self.tok, Tok::Eof | Tok::RBrace | Tok::Case | Tok::Default) {
            let Some(s) = self.stmt_or_nil() else {
                break;
            };
            let is_empty = matches!(s.kind, StmtKind::Empty);
            // An empty statement is only kept when it is all there is between semicolons.
            if !is_empty || self.is_semi() {
                list.push(s);
            }
            if !self.got_semi() && self.tok != Tok::RBrace {
                self.syntax_error("at end of statement");
                self.advance(&[
                    Tok::Semi(SemiKind::Explicit),
                    Tok::RBrace,
                    Tok::Case,
                    Tok::Default,
                ]);
                self.got_semi();
            }
        }
        list.retain(|s| !matches!(s.kind, StmtKind::Empty));
        list
    }

    fn stmt_or_nil(&mut self) -> Option<Stmt> {
        if !self.enter() {
            self.leave();
            return None;
        }
        let s = self.stmt_inner();
        self.leave();
        s
    }

    fn stmt_inner(&mut self) -> Option<Stmt> {
        let lo = self.lo;
        if self.tok == Tok::Name {
            let lhs = self.expr_list();
            if self.tok == Tok::Colon && lhs.len() == 1 {
                if let ExprKind::Ident(_) = &lhs[0].kind {
                    let Some(Expr {
                        kind: ExprKind::Ident(label),
                        ..
                    }) = lhs.into_iter().next()
                    else {
                        return None;
                    };
                    return self.labeled_stmt(label);
                }
            }
            return Some(self.simple_stmt(Some(lhs), None));
        }
        let kind = match self.tok {
            Tok::Var => {
                self.next();
                let mut specs = Vec::new();
                self.group(|p, _| specs.push(p.var_spec()));
                StmtKind::Decl(Decl::Var(specs))
            }
            Tok::Const => {
                self.next();
                let mut specs = Vec::new();
                self.group(|p, i| specs.push(p.const_spec(i)));
                StmtKind::Decl(Decl::Const(specs))
            }
            Tok::Type => {
                self.next();
                let mut specs = Vec::new();
                self.group(|p, _| specs.push(p.type_spec()));
                StmtKind::Decl(Decl::Type(specs))
            }
            Tok::LBrace => StmtKind::Block(self.block_stmt("")),
            Tok::Op(BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::And | BinOp::Xor)
            | Tok::Not
            | Tok::Lit(_)
            | Tok::Func
            | Tok::LParen
            | Tok::LBrack
            | Tok::Struct
            | Tok::Map
            | Tok::Chan
            | Tok::Interface
            | Tok::Arrow => return Some(self.simple_stmt(None, None)),
            Tok::For => return Some(self.for_stmt()),
            Tok::Switch => return Some(self.switch_stmt()),
            Tok::Select => return Some(self.select_stmt()),
            Tok::If => return Some(self.if_stmt()),
            Tok::Fallthrough => {
                self.next();
                StmtKind::Branch {
                    kind: BranchKind::Fallthrough,
                    label: None,
                }
            }
            Tok::Break | Tok::Continue => {
                let kind = if self.tok == Tok::Break {
                    BranchKind::Break
                } else {
                    BranchKind::Continue
                };
                self.next();
                let label = if self.tok == Tok::Name {
                    Some(self.name())
                } else {
                    None
                };
                StmtKind::Branch { kind, label }
            }
            Tok::Go | Tok::Defer => {
                let is_go = self.tok == Tok::Go;
                self.next();
                let x = self.pexpr(true);
                let x = if let ExprKind::Paren(_) = x.kind {
                    let what = if is_go { "go" } else { "defer" };
                    self.error_at(
                        x.span.lo,
                        format!("expression in {what} must not be parenthesized"),
                    );
                    let mut x = x;
                    while let ExprKind::Paren(inner) = x.kind {
                        x = *inner;
                    }
                    x
                } else {
                    x
                };
                if is_go {
                    StmtKind::Go(x)
                } else {
                    StmtKind::Defer(x)
                }
            }
            Tok::Goto => {
                self.next();
                let label = Some(self.name());
                StmtKind::Branch {
                    kind: BranchKind::Goto,
                    label,
                }
            }
            Tok::Return => {
                self.next();
                let mut results = Vec::new();
                if !self.is_semi() && self.tok != Tok::RBrace {
                    results = self.expr_list();
                }
                StmtKind::Return(results)
            }
            Tok::Semi(_) => StmtKind::Empty,
            _ => return None,
        };
        Some(Stmt {
            span: self.span_from(lo),
            kind,
        })
    }

    fn labeled_stmt(&mut self, label: Ident) -> Option<Stmt> {
        let lo = label.span.lo;
        let colon = self.lo;
        self.want(Tok::Colon);
        if self.tok == Tok::RBrace {
            // `L: }`: the label labels an empty statement.
            let empty = Stmt {
                span: Span::new(self.lo, self.lo),
                kind: StmtKind::Empty,
            };
            return Some(Stmt {
                span: self.span_from(lo),
                kind: StmtKind::Labeled {
                    label,
                    stmt: Box::new(empty),
                },
            });
        }
        match self.stmt_or_nil() {
            Some(s) => Some(Stmt {
                span: self.span_from(lo),
                kind: StmtKind::Labeled {
                    label,
                    stmt: Box::new(s),
                },
            }),
            None => {
                self.syntax_error_at(colon, "missing statement after label");
                None
            }
        }
    }

    /// A simple statement; `lhs` is an already parsed expression list. With `keyword` `For`, a range clause is
    /// accepted (returned as a `Range` statement with an empty body for the caller to fill).
    fn simple_stmt(&mut self, lhs: Option<Vec<Expr>>, keyword: Option<Tok>) -> Stmt {
        let lo = lhs
            .as_ref()
            .and_then(|l| l.first())
            .map_or(self.lo, |e| e.span.lo);
        if keyword == Some(Tok::For) && self.tok == Tok::Range && lhs.is_none() {
            return self.range_clause(lo, Vec::new(), false);
        }
        let mut lhs = match lhs {
            Some(l) => l,
            None => self.expr_list(),
        };
        if lhs.len() == 1 && !matches!(self.tok, Tok::Assign | Tok::Define) {
            let x = lhs.pop().unwrap_or_else(|| self.bad(lo));
            self.last_op_pos = self.lo;
            let kind = match self.tok {
                Tok::AssignOp(op) => {
                    self.next();
                    let y = self.expr();
                    StmtKind::Assign {
                        lhs: vec![x],
                        op: AssignOp::Op(op),
                        rhs: vec![y],
                    }
                }
                Tok::Inc | Tok::Dec => {
                    let inc = self.tok == Tok::Inc;
                    self.next();
                    StmtKind::IncDec { x, inc }
                }
                Tok::Arrow => {
                    self.next();
                    let value = self.expr();
                    StmtKind::Send { ch: x, value }
                }
                _ => StmtKind::Expr(x),
            };
            return Stmt {
                span: self.span_from(lo),
                kind,
            };
        }
        match self.tok {
            Tok::Assign | Tok::Define => {
                let define = self.tok == Tok::Define;
                let op_pos = self.lo;
                self.next();
                if keyword == Some(Tok::For) && self.tok == Tok::Range {
                    return self.range_clause(lo, lhs, define);
                }
                let rhs = self.expr_list();
                let s = Stmt {
                    span: self.span_from(lo),
                    kind: StmtKind::Assign {
                        lhs,
                        op: if define {
                            AssignOp::Define
                        } else {
                            AssignOp::Assign
                        },
                        rhs,
                    },
                };
                self.last_op_pos = op_pos;
                s
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(&[Tok::Semi(SemiKind::Explicit), Tok::RBrace]);
                let x = lhs.into_iter().next().unwrap_or_else(|| self.bad(lo));
                Stmt {
                    span: self.span_from(lo),
                    kind: StmtKind::Expr(x),
                }
            }
        }
    }

    fn range_clause(&mut self, lo: Pos, lhs: Vec<Expr>, define: bool) -> Stmt {
        self.next(); // range
        let x = self.expr();
        let mut it = lhs.into_iter();
        let key = it.next();
        let value = it.next();
        let extra_var = it.next().map(|extra| extra.span.lo);
        Stmt {
            span: self.span_from(lo),
            kind: StmtKind::Range {
                key,
                value,
                define,
                x,
                body: Block {
                    stmts: Vec::new(),
                    lbrace: 0,
                    rbrace: 0,
                },
                extra_var,
            },
        }
    }

    /// `keyword [init;] [cond] [; post]` before a body. Returns the init, the condition statement and the post
    /// statement; the condition statement is checked by the caller.
    fn header(&mut self, keyword: Tok) -> (Option<Stmt>, Option<Stmt>, Option<Stmt>) {
        self.next(); // keyword
        if self.tok == Tok::LBrace {
            if keyword == Tok::If {
                self.syntax_error("missing condition in if statement");
                let b = self.bad(self.lo);
                return (None, Some(self.expr_stmt(b)), None);
            }
            return (None, None, None);
        }
        let outer = self.xnest;
        self.xnest = -1;
        let mut init = None;
        if !self.is_semi() {
            if self.got(Tok::Var) {
                self.syntax_error(&format!(
                    "var declaration not allowed in {} initializer",
                    tok_string(keyword)
                ));
            }
            let s = self.simple_stmt(None, Some(keyword));
            if matches!(s.kind, StmtKind::Range { .. }) {
                self.xnest = outer;
                return (Some(s), None, None);
            }
            init = Some((s, self.last_op_pos));
        }
        let mut cond = None;
        let mut post = None;
        let mut semi: Option<(Pos, SemiKind)> = None;
        if self.tok != Tok::LBrace {
            if let Tok::Semi(kind) = self.tok {
                semi = Some((self.lo, kind));
                self.next();
            } else {
                self.want(Tok::LBrace);
                if self.tok != Tok::LBrace {
                    self.advance(&[Tok::LBrace, Tok::RBrace]);
                }
            }
            if keyword == Tok::For {
                if !self.is_semi() {
                    if self.tok == Tok::LBrace {
                        self.syntax_error("expected for loop condition");
                        self.xnest = outer;
                        return (init.map(|i| i.0), None, None);
                    }
                    cond = Some((self.simple_stmt(None, None), self.last_op_pos));
                }
                self.want_semi();
                if self.tok != Tok::LBrace {
                    let s = self.simple_stmt(None, None);
                    if let StmtKind::Assign {
                        op: AssignOp::Define,
                        ..
                    } = s.kind
                    {
                        let pos = self.last_op_pos;
                        self.syntax_error_at(pos, "cannot declare in post statement of for loop");
                    }
                    post = Some(s);
                }
            } else if self.tok != Tok::LBrace {
                cond = Some((self.simple_stmt(None, Some(keyword)), self.last_op_pos));
            }
        } else {
            cond = init.take();
        }
        self.xnest = outer;
        let init = init.map(|i| i.0);
        match cond {
            None => {
                if keyword == Tok::If {
                    if let Some((pos, kind)) = semi {
                        if kind == SemiKind::Explicit {
                            self.syntax_error_at(pos, "missing condition in if statement");
                        } else {
                            let what = if kind == SemiKind::Eof {
                                "EOF"
                            } else {
                                "newline"
                            };
                            self.syntax_error_at(
                                pos,
                                &format!("unexpected {what}, expected {{ after if clause"),
                            );
                        }
                        let b = self.bad(pos);
                        return (init, Some(self.expr_stmt(b)), post);
                    }
                }
                (init, None, post)
            }
            Some((s, op_pos)) => {
                let is_guard = keyword == Tok::Switch && is_type_switch_guard(&s);
                if !matches!(s.kind, StmtKind::Expr(_)) && !is_guard {
                    let pos = match s.kind {
                        StmtKind::Assign { .. }
                        | StmtKind::IncDec { .. }
                        | StmtKind::Send { .. } => op_pos,
                        _ => s.span.lo,
                    };
                    let text = simple_stmt_string(&s);
                    self.syntax_error_at(pos, &format!("cannot use {text} as value"));
                }
                (init, Some(s), post)
            }
        }
    }

    fn expr_stmt(&mut self, e: Expr) -> Stmt {
        Stmt {
            span: e.span,
            kind: StmtKind::Expr(e),
        }
    }

    fn if_stmt(&mut self) -> Stmt {
        if !self.enter() {
            self.leave();
            let lo = self.lo;
            return Stmt {
                span: Span::new(lo, lo),
                kind: StmtKind::Empty,
            };
        }
        let lo = self.lo;
        let (init, cond, _) = self.header(Tok::If);
        let cond = match cond {
            Some(Stmt {
                kind: StmtKind::Expr(e),
                ..
            }) => e,
            Some(s) => Expr {
                id: self.ids.fresh(),
                span: s.span,
                kind: ExprKind::Bad,
            },
            None => self.bad(self.lo),
        };
        let then = self.block_stmt("if clause");
        let mut els = None;
        if self.got(Tok::Else) {
            match self.tok {
                Tok::If => els = Some(Box::new(self.if_stmt())),
                Tok::LBrace => {
                    let b_lo = self.lo;
                    let b = self.block_stmt("");
                    els = Some(Box::new(Stmt {
                        span: self.span_from(b_lo),
                        kind: StmtKind::Block(b),
                    }));
                }
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[Tok::Name, Tok::RBrace]);
                }
            }
        }
        self.leave();
        Stmt {
            span: self.span_from(lo),
            kind: StmtKind::If {
                init: init.map(Box::new),
                cond,
                then,
                els,
            },
        }
    }

    fn for_stmt(&mut self) -> Stmt {
        let lo = self.lo;
        let (init, cond, post) = self.header(Tok::For);
        let body = self.block_stmt("for clause");
        if let Some(Stmt {
            kind:
                StmtKind::Range {
                    key,
                    value,
                    define,
                    x,
                    extra_var,
                    ..
                },
            ..
        }) = init
        {
            return Stmt {
                span: self.span_from(lo),
                kind: StmtKind::Range {
                    key,
                    value,
                    define,
                    x,
                    body,
                    extra_var,
                },
            };
        }
        let cond = match cond {
            Some(Stmt {
                kind: StmtKind::Expr(e),
                ..
            }) => Some(e),
            Some(s) => Some(Expr {
                id: self.ids.fresh(),
                span: s.span,
                kind: ExprKind::Bad,
            }),
            None => None,
        };
        Stmt {
            span: self.span_from(lo),
            kind: StmtKind::For {
                init: init.map(Box::new),
                cond,
                post: post.map(Box::new),
                body,
            },
        }
    }

    fn switch_stmt(&mut self) -> Stmt {
        let lo = self.lo;
        let (init, tag, _) = self.header(Tok::Switch);
        let lbrace = self.lo;
        if !self.got(Tok::LBrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::RBrace]);
        }
        let mut body = Vec::new();
        while !matches!(self.tok, Tok::Eof | Tok::RBrace) {
            body.push(self.case_clause());
        }
        let rbrace = self.lo;
        self.want(Tok::RBrace);
        let init = init.map(Box::new);
        let kind = match tag {
            Some(s) if is_type_switch_guard(&s) => {
                let (bind, guard) = match s.kind {
                    StmtKind::Expr(e) => (None, e),
                    StmtKind::Assign {
                        mut lhs, mut rhs, ..
                    } => {
                        let bind = match lhs.pop().map(|e| e.kind) {
                            Some(ExprKind::Ident(n)) => Some(n),
                            _ => None,
                        };
                        let guard = match rhs.pop() {
                            Some(e) => e,
                            None => self.bad(lo),
                        };
                        (bind, guard)
                    }
                    _ => (None, self.bad(lo)),
                };
                let x = match guard.kind {
                    ExprKind::TypeAssert { x, .. } => {
                        let at = x.span.lo;
                        self.type_guards.retain(|&p| p != at);
                        *x
                    }
                    _ => self.bad(lo),
                };
                StmtKind::TypeSwitch {
                    init,
                    bind,
                    x,
                    body,
                    lbrace,
                    rbrace,
                }
            }
            tag => {
                let tag = match tag {
                    Some(Stmt {
                        kind: StmtKind::Expr(e),
                        ..
                    }) => Some(e),
                    Some(s) => Some(Expr {
                        id: self.ids.fresh(),
                        span: s.span,
                        kind: ExprKind::Bad,
                    }),
                    None => None,
                };
                StmtKind::Switch {
                    init,
                    tag,
                    body,
                    lbrace,
                    rbrace,
                }
            }
        };
        Stmt {
            span: self.span_from(lo),
            kind,
        }
    }

    fn case_clause(&mut self) -> CaseClause {
        let lo = self.lo;
        let mut exprs = Vec::new();
        let mut is_default = false;
        match self.tok {
            Tok::Case => {
                self.next();
                exprs = self.expr_list();
            }
            Tok::Default => {
                self.next();
                is_default = true;
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace]);
            }
        }
        let colon = self.lo;
        self.want(Tok::Colon);
        let body = self.stmt_list();
        CaseClause {
            exprs,
            is_default,
            body,
            span: self.span_from(lo),
            colon,
        }
    }

    fn select_stmt(&mut self) -> Stmt {
        let lo = self.lo;
        self.next();
        let lbrace = self.lo;
        if !self.got(Tok::LBrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::RBrace]);
        }
        let mut body = Vec::new();
        while !matches!(self.tok, Tok::Eof | Tok::RBrace) {
            body.push(self.comm_clause());
        }
        let rbrace = self.lo;
        self.want(Tok::RBrace);
        Stmt {
            span: self.span_from(lo),
            kind: StmtKind::Select {
                body,
                lbrace,
                rbrace,
            },
        }
    }

    fn comm_clause(&mut self) -> CommClause {
        let lo = self.lo;
        let mut comm = None;
        match self.tok {
            Tok::Case => {
                self.next();
                comm = Some(Box::new(self.simple_stmt(None, None)));
            }
            Tok::Default => self.next(),
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace]);
            }
        }
        let colon = self.lo;
        self.want(Tok::Colon);
        let body = self.stmt_list();
        CommClause {
            comm,
            body,
            span: self.span_from(lo),
            colon,
        }
    }
}

enum ArrayOrTArgs {
    Type(Expr),
    TArgs(Vec<Expr>),
}

/// `x.(type)` or `v := x.(type)`.
fn is_type_switch_guard(s: &Stmt) -> bool {
    let is_guard = |e: &Expr| matches!(e.kind, ExprKind::TypeAssert { ty: None, .. });
    match &s.kind {
        StmtKind::Expr(e) => is_guard(e),
        StmtKind::Assign {
            lhs,
            op: AssignOp::Define,
            rhs,
        } => {
            lhs.len() == 1
                && rhs.len() == 1
                && matches!(lhs[0].kind, ExprKind::Ident(_))
                && is_guard(&rhs[0])
        }
        _ => false,
    }
}

/// Splits `x` of a type declaration `type T[x ...` into a type parameter name and its constraint when `x`
/// can only be read that way (or `force`, when a comma follows); otherwise gives `x` back (an array length).
fn extract_name(x: Expr, force: bool) -> Result<(Ident, Option<Expr>), Expr> {
    match x.kind {
        ExprKind::Ident(n) => Ok((n, None)),
        ExprKind::Binary {
            op: BinOp::Mul,
            x: lhs,
            y: rhs,
        } if matches!(lhs.kind, ExprKind::Ident(_)) && (force || is_type_elem(&rhs)) => {
            let ExprKind::Ident(n) = lhs.kind else {
                return Err(Expr {
                    id: x.id,
                    span: x.span,
                    kind: ExprKind::Bad,
                });
            };
            // The `*` is not recorded; it directly precedes the type in all but odd layouts.
            let star = Expr {
                id: x.id,
                span: Span::new(rhs.span.lo.saturating_sub(1), rhs.span.hi),
                kind: ExprKind::Star(rhs),
            };
            Ok((n, Some(star)))
        }
        ExprKind::Binary {
            op: BinOp::Or,
            x: lhs,
            y: rhs,
        } => {
            let force2 = force || is_type_elem(&rhs);
            match extract_name(*lhs, force2) {
                Ok((n, Some(l))) => {
                    let span = l.span.to(rhs.span);
                    Ok((
                        n,
                        Some(Expr {
                            id: x.id,
                            span,
                            kind: ExprKind::Binary {
                                op: BinOp::Or,
                                x: Box::new(l),
                                y: rhs,
                            },
                        }),
                    ))
                }
                Ok((n, None)) => {
                    // Put the operand back together: not splittable.
                    let lhs = Expr {
                        id: n.id,
                        span: n.span,
                        kind: ExprKind::Ident(n),
                    };
                    Err(Expr {
                        id: x.id,
                        span: x.span,
                        kind: ExprKind::Binary {
                            op: BinOp::Or,
                            x: Box::new(lhs),
                            y: rhs,
                        },
                    })
                }
                Err(lhs) => Err(Expr {
                    id: x.id,
                    span: x.span,
                    kind: ExprKind::Binary {
                        op: BinOp::Or,
                        x: Box::new(lhs),
                        y: rhs,
                    },
                }),
            }
        }
        ExprKind::Call {
            fun,
            mut args,
            ellipsis: None,
        } if matches!(fun.kind, ExprKind::Ident(_))
            && args.len() == 1
            && (force || args.first().is_some_and(is_type_elem)) =>
        {
            let ExprKind::Ident(n) = fun.kind else {
                return Err(Expr {
                    id: x.id,
                    span: x.span,
                    kind: ExprKind::Bad,
                });
            };
            let arg = args.pop();
            let arg = arg.map(|a| Expr {
                id: x.id,
                span: Span::new(n.span.hi, x.span.hi),
                kind: ExprKind::Paren(Box::new(a)),
            });
            Ok((n, arg))
        }
        kind => Err(Expr {
            id: x.id,
            span: x.span,
            kind,
        }),
    }
}

/// Whether `x` can only be a value, not a type (so `x {` cannot start a composite literal).
fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::BasicLit { .. }
        | ExprKind::CompositeLit { .. }
        | ExprKind::FuncLit { .. }
        | ExprKind::Slice { .. }
        | ExprKind::TypeAssert { .. }
        | ExprKind::Call { .. }
        | ExprKind::Unary { .. }
        | ExprKind::Binary { .. } => true,
        ExprKind::Star(x) | ExprKind::Paren(x) => is_value(x),
        ExprKind::Index { x, indices } => is_value(x) || indices.iter().any(is_value),
        _ => false,
    }
}

/// Whether `x` can only be a type element (not an ordinary expression).
fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType { .. }
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType { .. }
        | ExprKind::MapType { .. }
        | ExprKind::ChanType { .. }
        | ExprKind::Tilde(_) => true,
        ExprKind::Binary { x, y, .. } => is_type_elem(x) || is_type_elem(y),
        ExprKind::Unary { x, .. } | ExprKind::Star(x) => is_type_elem(x),
        ExprKind::Paren(x) => is_type_elem(x),
        _ => false,
    }
}

/// How gc names an expected token: `comma`, `semicolon or newline`, or the token's spelling.
fn tok_string(tok: Tok) -> String {
    match tok {
        Tok::Comma => "comma".into(),
        Tok::Semi(_) => "semicolon or newline".into(),
        Tok::Name => "name".into(),
        t => t.symbol().into(),
    }
}
