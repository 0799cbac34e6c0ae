//! The Go lexer: bytes to tokens, with automatic semicolon insertion and Go's lexical error messages.

use crate::ast::{BinOp, LitKind};
use crate::source::{Diagnostic, Pos};

/// Why a `Semi` token is there; Go names it this way in "unexpected ..." messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SemiKind {
    /// A `;` written in the source.
    Explicit,
    /// Inserted at a newline (or a multi-line comment).
    Newline,
    /// Inserted at the end of the file.
    Eof,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Eof,
    Semi(SemiKind),
    Name,
    Lit(LitKind),
    /// A binary operator, including those that can also be unary (`+ - * & ^`).
    Op(BinOp),
    /// `op=`
    AssignOp(BinOp),
    Inc,
    Dec,
    Arrow,
    Not,
    Tilde,
    Assign,
    Define,
    Ellipsis,
    LParen,
    RParen,
    LBrack,
    RBrack,
    LBrace,
    RBrace,
    Comma,
    Period,
    Colon,
    // Keywords.
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
}

impl Tok {
    /// The keyword token for an identifier-shaped word, if it is one.
    pub fn keyword(word: &[u8]) -> Option<Tok> {
        Some(match word {
            b"break" => Tok::Break,
            b"case" => Tok::Case,
            b"chan" => Tok::Chan,
            b"const" => Tok::Const,
            b"continue" => Tok::Continue,
            b"default" => Tok::Default,
            b"defer" => Tok::Defer,
            b"else" => Tok::Else,
            b"fallthrough" => Tok::Fallthrough,
            b"for" => Tok::For,
            b"func" => Tok::Func,
            b"go" => Tok::Go,
            b"goto" => Tok::Goto,
            b"if" => Tok::If,
            b"import" => Tok::Import,
            b"interface" => Tok::Interface,
            b"map" => Tok::Map,
            b"package" => Tok::Package,
            b"range" => Tok::Range,
            b"return" => Tok::Return,
            b"select" => Tok::Select,
            b"struct" => Tok::Struct,
            b"switch" => Tok::Switch,
            b"type" => Tok::Type,
            b"var" => Tok::Var,
            _ => return None,
        })
    }

    pub fn is_keyword(self) -> bool {
        self.keyword_str().is_some()
    }

    fn keyword_str(self) -> Option<&'static str> {
        Some(match self {
            Tok::Break => "break",
            Tok::Case => "case",
            Tok::Chan => "chan",
            Tok::Const => "const",
            Tok::Continue => "continue",
            Tok::Default => "default",
            Tok::Defer => "defer",
            Tok::Else => "else",
            Tok::Fallthrough => "fallthrough",
            Tok::For => "for",
            Tok::Func => "func",
            Tok::Go => "go",
            Tok::Goto => "goto",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::Interface => "interface",
            Tok::Map => "map",
            Tok::Package => "package",
            Tok::Range => "range",
            Tok::Return => "return",
            Tok::Select => "select",
            Tok::Struct => "struct",
            Tok::Switch => "switch",
            Tok::Type => "type",
            Tok::Var => "var",
            _ => return None,
        })
    }

    /// How Go names this token after "unexpected" in a syntax error; `text` is the token's source text.
    pub fn describe(self, text: &str) -> String {
        if let Some(k) = self.keyword_str() {
            return format!("keyword {k}");
        }
        match self {
            Tok::Eof => "EOF".into(),
            Tok::Semi(SemiKind::Explicit) => "semicolon".into(),
            Tok::Semi(SemiKind::Newline) => "newline".into(),
            Tok::Semi(SemiKind::Eof) => "EOF".into(),
            Tok::Name => format!("name {text}"),
            Tok::Lit(_) => format!("literal {text}"),
            Tok::Op(op) => op.as_str().into(),
            Tok::AssignOp(op) => format!("{}=", op.as_str()),
            Tok::Comma => "comma".into(),
            _ => self.symbol().into(),
        }
    }

    /// The spelling of a punctuation token.
    pub fn symbol(self) -> &'static str {
        match self {
            Tok::Inc => "++",
            Tok::Dec => "--",
            Tok::Arrow => "<-",
            Tok::Not => "!",
            Tok::Tilde => "~",
            Tok::Assign => "=",
            Tok::Define => ":=",
            Tok::Ellipsis => "...",
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::LBrack => "[",
            Tok::RBrack => "]",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::Comma => ",",
            Tok::Period => ".",
            Tok::Colon => ":",
            Tok::Semi(_) => ";",
            Tok::Op(op) | Tok::AssignOp(op) => op.as_str(),
            other => other.keyword_str().unwrap_or(""),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub tok: Tok,
    /// Global positions of the token's first byte and one past its last.
    pub lo: Pos,
    pub hi: Pos,
}

/// Scans one file. Errors are collected in `errors`; scanning always continues to the end.
pub struct Lexer<'a> {
    src: &'a [u8],
    /// Global position of `src[0]`.
    base: Pos,
    off: usize,
    /// Whether a newline or EOF at this point turns into a semicolon.
    nlsemi: bool,
    pub errors: Vec<Diagnostic>,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str, base: Pos) -> Lexer<'a> {
        let bytes = src.as_bytes();
        // A byte order mark is allowed at the very start and ignored.
        let off = if bytes.starts_with("\u{feff}".as_bytes()) {
            3
        } else {
            0
        };
        Lexer {
            src: bytes,
            base,
            off,
            nlsemi: false,
            errors: Vec::new(),
        }
    }

    /// The source text between two global positions of this file.
    pub fn text(&self, lo: Pos, hi: Pos) -> &'a str {
        let lo = lo.saturating_sub(self.base) as usize;
        let hi = hi.saturating_sub(self.base) as usize;
        let src = self.src;
        std::str::from_utf8(src.get(lo..hi).unwrap_or(&[])).unwrap_or("")
    }

    fn pos(&self, off: usize) -> Pos {
        self.base.saturating_add(off as u32)
    }

    fn peek(&self) -> u8 {
        self.src.get(self.off).copied().unwrap_or(0)
    }

    fn peek_at(&self, ahead: usize) -> u8 {
        self.src.get(self.off + ahead).copied().unwrap_or(0)
    }

    fn at_end(&self) -> bool {
        self.off >= self.src.len()
    }

    /// The character at `off` and its length in bytes (the source is valid UTF-8).
    fn char_at(&self, off: usize) -> (char, usize) {
        let rest = self.src.get(off..).unwrap_or(&[]);
        let n = rest.len().min(4);
        let chunk = match std::str::from_utf8(&rest[..n]) {
            Ok(s) => s,
            Err(e) => std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or(""),
        };
        match chunk.chars().next() {
            Some(c) => (c, c.len_utf8()),
            None => ('\u{fffd}', 1),
        }
    }

    fn error(&mut self, off: usize, msg: impl Into<String>) {
        let pos = self.pos(off);
        self.errors.push(Diagnostic::new(pos, msg));
    }

    pub fn next_token(&mut self) -> Token {
        let nlsemi = self.nlsemi;
        self.nlsemi = false;
        loop {
            // Skip white space; a newline ends a statement when `nlsemi` is set.
            while let Some(&b) = self.src.get(self.off) {
                if b == b' ' || b == b'\t' || b == b'\r' || (b == b'\n' && !nlsemi) {
                    self.off += 1;
                } else {
                    break;
                }
            }
            let start = self.off;
            if self.at_end() {
                if nlsemi {
                    return self.token(Tok::Semi(SemiKind::Eof), start, start);
                }
                return self.token(Tok::Eof, start, start);
            }
            let b = self.peek();
            if b == b'\n' {
                self.off += 1;
                return self.token(Tok::Semi(SemiKind::Newline), start, start + 1);
            }
            if b == b'/' && self.peek_at(1) == b'/' {
                while !self.at_end() && self.peek() != b'\n' {
                    self.off += 1;
                }
                continue;
            }
            if b == b'/' && self.peek_at(1) == b'*' {
                self.off += 2;
                let mut newline = false;
                loop {
                    if self.at_end() {
                        self.error(start, "comment not terminated");
                        break;
                    }
                    if self.peek() == b'*' && self.peek_at(1) == b'/' {
                        self.off += 2;
                        break;
                    }
                    newline |= self.peek() == b'\n';
                    self.off += 1;
                }
                if nlsemi && (newline || self.at_end()) {
                    // A comment spanning lines acts like a newline.
                    let kind = if newline {
                        SemiKind::Newline
                    } else {
                        SemiKind::Eof
                    };
                    return self.token(Tok::Semi(kind), start, start);
                }
                continue;
            }
            if let Some(tok) = self.scan_token(start) {
                self.nlsemi = matches!(
                    tok,
                    Tok::Name
                        | Tok::Lit(_)
                        | Tok::Break
                        | Tok::Continue
                        | Tok::Fallthrough
                        | Tok::Return
                        | Tok::Inc
                        | Tok::Dec
                        | Tok::RParen
                        | Tok::RBrack
                        | Tok::RBrace
                );
                return self.token(tok, start, self.off);
            }
            // An invalid character was reported and skipped: keep the semicolon state and go on.
        }
    }

    fn token(&self, tok: Tok, lo: usize, hi: usize) -> Token {
        Token {
            tok,
            lo: self.pos(lo),
            hi: self.pos(hi),
        }
    }

    /// Scans the token starting at `start` (not white space or a comment). `None` after an invalid character.
    fn scan_token(&mut self, start: usize) -> Option<Tok> {
        let b = self.peek();
        if b.is_ascii_alphabetic() || b == b'_' || b >= 0x80 {
            if b >= 0x80 {
                let (c, n) = self.char_at(start);
                if !is_letter(c) {
                    if c == '\u{feff}' {
                        self.error(start, "invalid BOM in the middle of the file");
                        self.off += n;
                        return None;
                    }
                    if is_digit(c) {
                        self.error(
                            start,
                            format!("identifier cannot begin with digit {}", sharp_u(c)),
                        );
                    } else {
                        self.error(
                            start,
                            format!("invalid character {} in identifier", sharp_u(c)),
                        );
                    }
                }
            }
            return Some(self.ident(start));
        }
        if b.is_ascii_digit() || (b == b'.' && self.peek_at(1).is_ascii_digit()) {
            return Some(self.number(start));
        }
        self.off += 1;
        let next = self.peek();
        let tok = match b {
            b'"' => return Some(self.string(start)),
            b'`' => return Some(self.raw_string(start)),
            b'\'' => return Some(self.rune(start)),
            b'(' => Tok::LParen,
            b')' => Tok::RParen,
            b'[' => Tok::LBrack,
            b']' => Tok::RBrack,
            b'{' => Tok::LBrace,
            b'}' => Tok::RBrace,
            b',' => Tok::Comma,
            b';' => Tok::Semi(SemiKind::Explicit),
            b'~' => Tok::Tilde,
            b'.' => {
                if next == b'.' && self.peek_at(1) == b'.' {
                    self.off += 2;
                    Tok::Ellipsis
                } else {
                    Tok::Period
                }
            }
            b':' => {
                if next == b'=' {
                    self.off += 1;
                    Tok::Define
                } else {
                    Tok::Colon
                }
            }
            b'+' => self.op_or(BinOp::Add, b'+', Tok::Inc),
            b'-' => self.op_or(BinOp::Sub, b'-', Tok::Dec),
            b'*' => self.op_or(BinOp::Mul, 0, Tok::Eof),
            b'/' => self.op_or(BinOp::Div, 0, Tok::Eof),
            b'%' => self.op_or(BinOp::Rem, 0, Tok::Eof),
            b'^' => self.op_or(BinOp::Xor, 0, Tok::Eof),
            b'&' => {
                if next == b'&' {
                    self.off += 1;
                    Tok::Op(BinOp::LAnd)
                } else if next == b'^' {
                    self.off += 1;
                    self.op_or(BinOp::AndNot, 0, Tok::Eof)
                } else {
                    self.op_or(BinOp::And, 0, Tok::Eof)
                }
            }
            b'|' => {
                if next == b'|' {
                    self.off += 1;
                    Tok::Op(BinOp::LOr)
                } else {
                    self.op_or(BinOp::Or, 0, Tok::Eof)
                }
            }
            b'<' => {
                if next == b'-' {
                    self.off += 1;
                    Tok::Arrow
                } else if next == b'<' {
                    self.off += 1;
                    self.op_or(BinOp::Shl, 0, Tok::Eof)
                } else if next == b'=' {
                    self.off += 1;
                    Tok::Op(BinOp::Le)
                } else {
                    Tok::Op(BinOp::Lt)
                }
            }
            b'>' => {
                if next == b'>' {
                    self.off += 1;
                    self.op_or(BinOp::Shr, 0, Tok::Eof)
                } else if next == b'=' {
                    self.off += 1;
                    Tok::Op(BinOp::Ge)
                } else {
                    Tok::Op(BinOp::Gt)
                }
            }
            b'=' => {
                if next == b'=' {
                    self.off += 1;
                    Tok::Op(BinOp::Eq)
                } else {
                    Tok::Assign
                }
            }
            b'!' => {
                if next == b'=' {
                    self.off += 1;
                    Tok::Op(BinOp::Ne)
                } else {
                    Tok::Not
                }
            }
            0 => {
                self.error(start, "invalid NUL character");
                return None;
            }
            _ => {
                self.error(start, format!("invalid character {}", sharp_u(b as char)));
                return None;
            }
        };
        Some(tok)
    }

    /// After an operator character: `op=`, the doubled form (`++`, `--`) when `double` is given, or `op`.
    fn op_or(&mut self, op: BinOp, double: u8, double_tok: Tok) -> Tok {
        let next = self.peek();
        if double != 0 && next == double {
            self.off += 1;
            double_tok
        } else if next == b'=' {
            self.off += 1;
            Tok::AssignOp(op)
        } else {
            Tok::Op(op)
        }
    }

    fn ident(&mut self, start: usize) -> Tok {
        loop {
            let b = self.peek();
            if b.is_ascii_alphanumeric() || b == b'_' {
                self.off += 1;
            } else if b >= 0x80 {
                let (c, n) = self.char_at(self.off);
                if !is_letter(c) && !is_digit(c) {
                    if c.is_whitespace() || c == '\u{feff}' {
                        break;
                    }
                    let at = self.off;
                    self.error(
                        at,
                        format!("invalid character {} in identifier", sharp_u(c)),
                    );
                }
                self.off += n;
            } else {
                break;
            }
        }
        let word = self.src.get(start..self.off).unwrap_or(&[]);
        Tok::keyword(word).unwrap_or(Tok::Name)
    }

    /// Scans decimal (or hexadecimal when `hex`) digits and `_`. Returns whether any digit was seen and notes
    /// the offset of the first digit not below `max_digit` in `invalid`.
    fn digits(&mut self, hex: bool, max_digit: u32, invalid: &mut Option<usize>) -> (bool, bool) {
        let mut any = false;
        let mut sep = false;
        loop {
            let b = self.peek();
            let d = match b {
                b'0'..=b'9' => (b - b'0') as u32,
                b'a'..=b'f' | b'A'..=b'F' if hex => ((b | 0x20) - b'a') as u32 + 10,
                b'_' => {
                    sep = true;
                    self.off += 1;
                    continue;
                }
                _ => break,
            };
            if d >= max_digit && invalid.is_none() {
                *invalid = Some(self.off);
            }
            any = true;
            self.off += 1;
        }
        (any, sep)
    }

    fn number(&mut self, start: usize) -> Tok {
        let mut kind = LitKind::Int;
        // The prefix: 'x', 'o', 'b', '0' for legacy octal, or 0 for decimal.
        let mut prefix = 0u8;
        let mut invalid = None;
        let mut has_digits = false;
        let mut has_sep = false;
        if self.peek() != b'.' {
            if self.peek() == b'0' {
                self.off += 1;
                match self.peek() | 0x20 {
                    b'x' => {
                        self.off += 1;
                        prefix = b'x';
                    }
                    b'o' => {
                        self.off += 1;
                        prefix = b'o';
                    }
                    b'b' => {
                        self.off += 1;
                        prefix = b'b';
                    }
                    _ => {
                        prefix = b'0';
                        has_digits = true;
                    }
                }
            }
            let max = match prefix {
                b'x' => 16,
                b'o' | b'0' => 8,
                b'b' => 2,
                _ => 10,
            };
            let (any, sep) = self.digits(prefix == b'x', max, &mut invalid);
            has_digits |= any;
            has_sep |= sep;
            if self.peek() == b'.' {
                kind = LitKind::Float;
                if prefix == b'o' || prefix == b'b' {
                    let at = self.off;
                    self.error(at, format!("invalid radix point in {}", lit_name(prefix)));
                }
                self.off += 1;
                let (any, sep) = self.digits(prefix == b'x', 16, &mut None);
                has_digits |= any;
                has_sep |= sep;
            }
        } else {
            kind = LitKind::Float;
            self.off += 1;
            let (any, sep) = self.digits(false, 10, &mut None);
            has_digits |= any;
            has_sep |= sep;
        }
        if !has_digits {
            let at = self.off;
            self.error(at, format!("{} has no digits", lit_name(prefix)));
        }
        let e = self.peek() | 0x20;
        if e == b'e' || e == b'p' {
            let at = self.off;
            let ch = self.peek() as char;
            if e == b'e' && prefix != 0 && prefix != b'0' {
                self.error(at, format!("'{ch}' exponent requires decimal mantissa"));
            } else if e == b'p' && prefix != b'x' {
                self.error(at, format!("'{ch}' exponent requires hexadecimal mantissa"));
            }
            self.off += 1;
            kind = LitKind::Float;
            if self.peek() == b'+' || self.peek() == b'-' {
                self.off += 1;
            }
            let (any, sep) = self.digits(false, 10, &mut None);
            has_sep |= sep;
            if !any {
                let at = self.off;
                self.error(at, "exponent has no digits");
            }
        } else if prefix == b'x' && kind == LitKind::Float {
            let at = self.off;
            self.error(at, "hexadecimal mantissa requires a 'p' exponent");
        }
        if self.peek() == b'i' {
            kind = LitKind::Imag;
            self.off += 1;
        }
        if kind == LitKind::Int {
            if let Some(at) = invalid {
                let d = self.src.get(at).copied().unwrap_or(b'?') as char;
                self.error(at, format!("invalid digit '{d}' in {}", lit_name(prefix)));
            }
        }
        if has_sep {
            let text = self.src.get(start..self.off).unwrap_or(&[]);
            if let Some(i) = invalid_separator(text) {
                self.error(start + i, "'_' must separate successive digits");
            }
        }
        Tok::Lit(kind)
    }

    /// Scans an escape after its backslash; returns false after reporting an error.
    fn escape(&mut self, quote: u8) -> bool {
        let b = self.peek();
        let (n, base, max): (u32, u32, u32) = match b {
            b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\' => {
                self.off += 1;
                return true;
            }
            _ if b == quote => {
                self.off += 1;
                return true;
            }
            b'0'..=b'7' => (3, 8, 255),
            b'x' => {
                self.off += 1;
                (2, 16, 255)
            }
            b'u' => {
                self.off += 1;
                (4, 16, 0x10ffff)
            }
            b'U' => {
                self.off += 1;
                (8, 16, 0x10ffff)
            }
            _ => {
                if self.at_end() {
                    return true; // the caller reports the unterminated literal
                }
                let at = self.off;
                self.error(at, "unknown escape");
                return false;
            }
        };
        let mut x: u32 = 0;
        for _ in 0..n {
            if self.at_end() {
                return true;
            }
            let (c, len) = self.char_at(self.off);
            let d = c.to_digit(16).unwrap_or(16);
            if d >= base {
                let at = self.off;
                let name = if base == 8 { "octal" } else { "hexadecimal" };
                self.error(
                    at,
                    format!("invalid character {} in {name} escape", quote_rune(c)),
                );
                return false;
            }
            x = x.saturating_mul(base).saturating_add(d);
            self.off += len;
        }
        let at = self.off;
        if x > max && base == 8 {
            self.error(at, format!("octal escape value {x} > 255"));
            return false;
        }
        if x > max || (0xd800..0xe000).contains(&x) {
            self.error(
                at,
                format!("escape is invalid Unicode code point {}", sharp_u_code(x)),
            );
            return false;
        }
        true
    }

    fn string(&mut self, start: usize) -> Tok {
        loop {
            if self.at_end() {
                self.error(start, "string not terminated");
                break;
            }
            match self.peek() {
                b'"' => {
                    self.off += 1;
                    break;
                }
                b'\\' => {
                    self.off += 1;
                    self.escape(b'"');
                }
                b'\n' => {
                    let at = self.off;
                    self.error(at, "newline in string");
                    break;
                }
                _ => self.off += 1,
            }
        }
        Tok::Lit(LitKind::String)
    }

    fn raw_string(&mut self, start: usize) -> Tok {
        loop {
            if self.at_end() {
                self.error(start, "string not terminated");
                break;
            }
            let b = self.peek();
            self.off += 1;
            if b == b'`' {
                break;
            }
        }
        Tok::Lit(LitKind::String)
    }

    fn rune(&mut self, start: usize) -> Tok {
        let mut ok = true;
        let mut n = 0;
        loop {
            if self.at_end() {
                if ok {
                    self.error(start, "rune literal not terminated");
                }
                break;
            }
            match self.peek() {
                b'\'' => {
                    if ok {
                        if n == 0 {
                            let at = self.off;
                            self.error(at, "empty rune literal or unescaped '");
                        } else if n != 1 {
                            self.error(start, "more than one character in rune literal");
                        }
                    }
                    self.off += 1;
                    break;
                }
                b'\\' => {
                    self.off += 1;
                    if !self.escape(b'\'') {
                        ok = false;
                    }
                }
                b'\n' => {
                    if ok {
                        let at = self.off;
                        self.error(at, "newline in rune literal");
                    }
                    break;
                }
                _ => {
                    let (_, len) = self.char_at(self.off);
                    self.off += len;
                }
            }
            n += 1;
        }
        Tok::Lit(LitKind::Char)
    }
}

/// Go's `unicode.IsLetter` plus `_`, close enough for identifiers.
fn is_letter(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_digit(c: char) -> bool {
    c.is_numeric()
}

fn lit_name(prefix: u8) -> &'static str {
    match prefix {
        b'x' => "hexadecimal literal",
        b'o' | b'0' => "octal literal",
        b'b' => "binary literal",
        _ => "decimal literal",
    }
}

/// The offset of the first `_` in a number literal that does not separate two digits (a base prefix counts as
/// a digit), or `None`.
fn invalid_separator(text: &[u8]) -> Option<usize> {
    let mut hex = false;
    let mut i = 0;
    // What came before: a digit, a `_`, or something else.
    #[derive(PartialEq)]
    enum Prev {
        Digit,
        Sep,
        Other,
    }
    let mut prev = Prev::Other;
    if text.len() >= 2 && text[0] == b'0' && matches!(text[1] | 0x20, b'x' | b'o' | b'b') {
        hex = text[1] | 0x20 == b'x';
        prev = Prev::Digit;
        i = 2;
    }
    while let Some(&b) = text.get(i) {
        if b == b'_' {
            if prev != Prev::Digit {
                return Some(i);
            }
            prev = Prev::Sep;
        } else if b.is_ascii_digit() || (hex && b.is_ascii_hexdigit()) {
            prev = Prev::Digit;
        } else {
            if prev == Prev::Sep {
                return Some(i - 1);
            }
            prev = Prev::Other;
        }
        i += 1;
    }
    if prev == Prev::Sep {
        return Some(text.len() - 1);
    }
    None
}

/// Go's `%#U`: `U+0040 '@'`, or just `U+0000` for unprintable characters.
pub fn sharp_u(c: char) -> String {
    if c.is_control() {
        format!("U+{:04X}", c as u32)
    } else {
        format!("U+{:04X} '{}'", c as u32, c)
    }
}

fn sharp_u_code(x: u32) -> String {
    match char::from_u32(x) {
        Some(c) => sharp_u(c),
        None => format!("U+{x:04X}"),
    }
}

/// Go's `%q` for a rune, e.g. `'a'`, `'\n'`, `'\''`.
pub fn quote_rune(c: char) -> String {
    let inner = match c {
        '\x07' => "\\a".to_string(),
        '\x08' => "\\b".to_string(),
        '\x0c' => "\\f".to_string(),
        '\n' => "\\n".to_string(),
        '\r' => "\\r".to_string(),
        '\t' => "\\t".to_string(),
        '\x0b' => "\\v".to_string(),
        '\\' => "\\\\".to_string(),
        '\'' => "\\'".to_string(),
        c if (c as u32) < 0x20 || c as u32 == 0x7f => format!("\\x{:02x}", c as u32),
        c if c.is_control() => format!("\\u{:04x}", c as u32),
        c => c.to_string(),
    };
    format!("'{inner}'")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tokens of `src` as `text:kind` words, semicolons shown as `;` or `;nl`/`;eof`, plus the errors.
    fn lex(src: &str) -> String {
        let mut lx = Lexer::new(src, 0);
        let mut out = Vec::new();
        loop {
            let t = lx.next_token();
            match t.tok {
                Tok::Eof => break,
                Tok::Semi(SemiKind::Newline) => out.push(";nl".to_string()),
                Tok::Semi(SemiKind::Eof) => out.push(";eof".to_string()),
                Tok::Lit(k) => out.push(format!("{}:{:?}", lx.text(t.lo, t.hi), k)),
                Tok::Name => out.push(format!("{}:N", lx.text(t.lo, t.hi))),
                _ => out.push(lx.text(t.lo, t.hi).to_string()),
            }
        }
        for e in &lx.errors {
            out.push(format!("!{}:{}", e.pos, e.msg));
        }
        out.join(" ")
    }

    #[test]
    fn operators_and_keywords() {
        assert_eq!(
            lex("a += b &^= c &^ d && e || f <- g <= h << i >>= j ... k := l != m"),
            "a:N += b:N &^= c:N &^ d:N && e:N || f:N <- g:N <= h:N << i:N >>= j:N ... k:N := l:N != m:N ;eof"
        );
        assert_eq!(lex("func chan range x"), "func chan range x:N ;eof");
        assert_eq!(lex("x++\ny--\n~z"), "x:N ++ ;nl y:N -- ;nl ~ z:N ;eof");
    }

    #[test]
    fn semicolon_insertion() {
        // After names, literals, keywords break/continue/fallthrough/return, ++ -- ) ] }.
        assert_eq!(lex("return\nbreak\n"), "return ;nl break ;nl");
        assert_eq!(lex("f(x)\n}\n]\n"), "f:N ( x:N ) ;nl } ;nl ] ;nl");
        // Not after operators or opening brackets.
        assert_eq!(lex("x +\ny"), "x:N + y:N ;eof");
        assert_eq!(lex("{\n(\n"), "{ (");
        // A line comment keeps the newline; a multi-line comment acts as one.
        assert_eq!(lex("x // c\ny"), "x:N ;nl y:N ;eof");
        assert_eq!(lex("x /* a\nb */ y"), "x:N ;nl y:N ;eof");
        assert_eq!(lex("x /* a */ y"), "x:N y:N ;eof");
        assert_eq!(lex("x; y"), "x:N ; y:N ;eof");
    }

    #[test]
    fn numbers() {
        assert_eq!(
            lex("0 42 0x_1F 0X1f 0o17 0O17 0b101 017 1_000"),
            "0:Int 42:Int 0x_1F:Int 0X1f:Int 0o17:Int 0O17:Int 0b101:Int 017:Int 1_000:Int ;eof"
        );
        assert_eq!(
            lex("1. .5 1.5e10 1E-3 0x1p-2 0x1.8P+3 09.5 1_0.2_5"),
            "1.:Float .5:Float 1.5e10:Float 1E-3:Float 0x1p-2:Float 0x1.8P+3:Float 09.5:Float 1_0.2_5:Float ;eof"
        );
        assert_eq!(
            lex("1i 0.5i 0x1p3i 089i"),
            "1i:Imag 0.5i:Imag 0x1p3i:Imag 089i:Imag ;eof"
        );
        // `x.5` is not a float; `1..` is a float followed by a period.
        assert_eq!(lex("x.f"), "x:N . f:N ;eof");
    }

    #[test]
    fn number_errors() {
        assert_eq!(
            lex("0128"),
            "0128:Int ;eof !3:invalid digit '8' in octal literal"
        );
        assert_eq!(
            lex("1__2"),
            "1__2:Int ;eof !2:'_' must separate successive digits"
        );
        assert_eq!(
            lex("1_"),
            "1_:Int ;eof !1:'_' must separate successive digits"
        );
        assert_eq!(
            lex("0x"),
            "0x:Int ;eof !2:hexadecimal literal has no digits"
        );
        assert_eq!(lex("0o"), "0o:Int ;eof !2:octal literal has no digits");
        assert_eq!(lex("1e"), "1e:Float ;eof !2:exponent has no digits");
        assert_eq!(
            lex("0b12"),
            "0b12:Int ;eof !3:invalid digit '2' in binary literal"
        );
        assert_eq!(
            lex("0x1.5"),
            "0x1.5:Float ;eof !5:hexadecimal mantissa requires a 'p' exponent"
        );
        assert_eq!(
            lex("0b1.0"),
            "0b1.0:Float ;eof !3:invalid radix point in binary literal"
        );
        assert_eq!(
            lex("1p3"),
            "1p3:Float ;eof !1:'p' exponent requires hexadecimal mantissa"
        );
        assert_eq!(
            lex("0o1e3"),
            "0o1e3:Float ;eof !3:'e' exponent requires decimal mantissa"
        );
        assert_eq!(lex("0x_1"), "0x_1:Int ;eof");
    }

    #[test]
    fn strings_and_runes() {
        assert_eq!(
            lex(r#""a\n\"b" `raw\` 'x' '\'' '\u00e9'"#),
            r#""a\n\"b":String `raw\`:String 'x':Char '\'':Char '\u00e9':Char ;eof"#
        );
        assert_eq!(lex("'é'"), "'é':Char ;eof");
        assert_eq!(lex("\"é\\xff\""), "\"é\\xff\":String ;eof");
    }

    #[test]
    fn string_errors() {
        assert_eq!(
            lex("\"abc\nx"),
            "\"abc:String ;nl x:N ;eof !4:newline in string"
        );
        assert_eq!(lex("\"abc"), "\"abc:String ;eof !0:string not terminated");
        assert_eq!(lex("`abc"), "`abc:String ;eof !0:string not terminated");
        assert_eq!(
            lex("'ab'"),
            "'ab':Char ;eof !0:more than one character in rune literal"
        );
        assert_eq!(
            lex("''"),
            "'':Char ;eof !1:empty rune literal or unescaped '"
        );
        assert_eq!(lex("'a"), "'a:Char ;eof !0:rune literal not terminated");
        assert_eq!(lex("'a\n"), "'a:Char ;nl !2:newline in rune literal");
        assert_eq!(lex(r#""\q""#), r#""\q":String ;eof !2:unknown escape"#);
        assert_eq!(
            lex(r"'\400'"),
            r"'\400':Char ;eof !5:octal escape value 256 > 255"
        );
        assert_eq!(
            lex(r#""\uD800""#),
            r#""\uD800":String ;eof !7:escape is invalid Unicode code point U+D800"#
        );
        assert_eq!(
            lex(r"'\x4'"),
            r"'\x4':Char ;eof !4:invalid character '\'' in hexadecimal escape"
        );
        assert_eq!(lex("/* abc"), "!0:comment not terminated");
    }

    #[test]
    fn invalid_characters() {
        assert_eq!(lex("x @ y"), "x:N y:N ;eof !2:invalid character U+0040 '@'");
        // An invalid character does not cancel a pending semicolon.
        assert_eq!(
            lex("x @\ny"),
            "x:N ;nl y:N ;eof !2:invalid character U+0040 '@'"
        );
        assert_eq!(
            lex("a·b"),
            "a·b:N ;eof !1:invalid character U+00B7 '·' in identifier"
        );
        assert_eq!(lex("é"), "é:N ;eof");
    }
}
