//! fmt's printf machinery: parsing format strings into literal text and directives, and the
//! Sprintf / Sprint / Sprintln drivers, reproducing Go's output including its error renderings
//! (`%!d(MISSING)`, `%!(EXTRA int=1)`, `%!(BADWIDTH)`, `%!d(BADINDEX)`, `%!(NOVERB)`, ...).
//!
//! # How the VM plugs in
//!
//! The VM implements [`Args`] over its argument list (a `[]any` of interface values):
//!
//! - [`Args::leaf`] returns the argument as a [`Leaf`] when fmt would format it without looking
//!   inside or calling methods: bools, integers (with bit size), floats, complexes, strings,
//!   `[]byte`, pointer-like ids (chan/func/unsafe pointers, or pointers the VM wants shown as an
//!   address) and the nil interface. It returns `None` for everything else (structs, maps, other
//!   slices and arrays, pointers to be shown as `&{...}`, and any value whose type has a
//!   `Format`, `Error` or `String` method that fmt would call for this verb).
//! - [`Args::format_other`] is called for those `None` arguments with the parsed [`Directive`]
//!   and appends their rendering (recursing into [`crate::format::leaf::format`] for the leaves
//!   inside). For a value with a `String`/`Error` method and a verb among `v s x X q`, Go
//!   formats the method's result as a string: call `leaf::format` with `Leaf::Str(result)`.
//!   [`uses_string_method`] tells when Go calls `Error()`/`String()`; for other verbs (`%d` on
//!   a named int with a String method) format the underlying value with `leaf::format`, and
//!   for a verb that fits nothing write [`bad_verb_open`], the value as `%v`, then `)`.
//!   The verb may be `w` (Go treats it as `v` for an error argument of `Errorf` and as a bad
//!   verb elsewhere; for `v` the parser has already moved `#`/`+` into `sharp_v`/`plus_v`, for
//!   `w` the VM does that itself); `%T` never reaches it, `%p` does.
//! - [`Args::type_name`] is what `%T` prints (`int`, `main.T`, `[]uint8`, `*main.T`).
//!
//! A VM that cannot call guest methods from inside a Rust callback can instead drive the
//! [`Parser`] itself: it yields [`Step`]s (literal text, one argument under one directive, or an
//! error rendering) that the VM executes in order, calling `String()` between steps, and
//! [`render_error_step`] writes the error steps.

use super::leaf::{self, Leaf};
use super::push_rune;
use std::ops::Range;

/// One parsed `%` directive: flags, width, precision and verb, as Go's fmt holds them while
/// formatting one argument. For the `v` verb the parser moves `#` into `sharp_v` and `+` into
/// `plus_v` (Go-syntax and field-name forms), exactly as Go does; `zero` is already cleared
/// when `minus` is set (Go never pads with zeros on the right).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Directive {
    pub verb: char,
    pub plus: bool,
    pub minus: bool,
    pub sharp: bool,
    pub zero: bool,
    pub space: bool,
    pub plus_v: bool,
    pub sharp_v: bool,
    pub width: Option<usize>,
    pub prec: Option<usize>,
}

impl Default for Directive {
    fn default() -> Self {
        Directive {
            verb: 'v',
            plus: false,
            minus: false,
            sharp: false,
            zero: false,
            space: false,
            plus_v: false,
            sharp_v: false,
            width: None,
            prec: None,
        }
    }
}

/// Parses one directive (the text after a `%`) as if formatting a single argument; returns
/// the directive and the bytes consumed, or `None` when Go would print an error instead.
pub fn parse_directive(s: &[u8]) -> Option<(Directive, usize)> {
    let mut p = Parser::new(s);
    p.directive(1, &|_| None);
    match p.pending[0].take()? {
        Step::Arg { directive, .. } if p.pending[1].is_none() => Some((directive, p.i)),
        _ => None,
    }
}

// ---------------------------------------------------------------------------------------------
// The argument interface

/// The arguments of one Sprintf/Sprint/Sprintln call, as the VM sees them. See the module doc.
pub trait Args {
    /// How many arguments there are.
    fn count(&self) -> usize;
    /// Argument `i` as a leaf value, or `None` when the caller formats it itself.
    fn leaf(&self, i: usize) -> Option<Leaf<'_>>;
    /// The dynamic type of argument `i` as `%T` prints it (unused for the nil interface).
    fn type_name(&self, i: usize) -> &[u8];
    /// Appends non-leaf argument `i` formatted under `d`.
    fn format_other(&mut self, i: usize, d: &Directive, out: &mut Vec<u8>);
    /// Whether argument `i` is of string kind (Sprint puts no space next to strings).
    fn is_string(&self, i: usize) -> bool {
        matches!(self.leaf(i), Some(Leaf::Str(_)))
    }
    /// Argument `i` as a `*` width or precision: any integer kind that fits an int.
    fn int_value(&self, i: usize) -> Option<i64> {
        match self.leaf(i)? {
            Leaf::Int { value, .. } => Some(value),
            Leaf::Uint { value, .. } | Leaf::Uintptr(value) => i64::try_from(value).ok(),
            _ => None,
        }
    }
}

/// Appends argument `i` formatted under `d`: `%T` from the type name, leaves by
/// [`leaf::format`], everything else through [`Args::format_other`].
pub fn format_arg(out: &mut Vec<u8>, args: &mut impl Args, i: usize, d: &Directive) {
    let leaf = args.leaf(i);
    if d.verb == 'T' {
        if let Some(Leaf::Nil) = leaf {
            leaf::pad_string(out, &without_precision(d), b"<nil>");
        } else {
            leaf::pad_string(out, d, args.type_name(i));
        }
        return;
    }
    match leaf {
        Some(leaf) => leaf::format(out, d, &leaf, args.type_name(i)),
        None => args.format_other(i, d, out),
    }
}

/// Whether Go's fmt calls an argument's `Error()` or `String()` method under `d`: for the
/// verbs `v s x X q`, except `%#v` (which calls `GoString()` when the type has one).
pub fn uses_string_method(d: &Directive) -> bool {
    !d.sharp_v && matches!(d.verb, 'v' | 's' | 'x' | 'X' | 'q')
}

/// Appends `%!verb(type=`, the opening of Go's rendering of a verb that does not fit the
/// argument; the caller appends the value formatted with `%v` (same flags) and `)`.
pub fn bad_verb_open(out: &mut Vec<u8>, verb: char, type_name: &[u8]) {
    out.extend_from_slice(b"%!");
    push_rune(out, i64::from(u32::from(verb)));
    out.push(b'(');
    out.extend_from_slice(type_name);
    out.push(b'=');
}

/// Go pads `<nil>` for %T without truncating it.
fn without_precision(d: &Directive) -> Directive {
    Directive { prec: None, ..*d }
}

// ---------------------------------------------------------------------------------------------
// Parsing

/// One piece of a format string, in output order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// Literal text: these bytes of the format string.
    Text(Range<usize>),
    /// `%%`: a single percent sign.
    Percent,
    /// Format argument `index` under the directive.
    Arg { index: usize, directive: Directive },
    /// `%!(BADWIDTH)`: a `*` width whose argument is missing, not an int or too large.
    BadWidth,
    /// `%!(BADPREC)`: the same for a `*` precision (or a negative one).
    BadPrec,
    /// `%!(NOVERB)`: the format ends inside a directive.
    NoVerb,
    /// `%!v(BADINDEX)`: an explicit argument index out of range or malformed.
    BadIndex(char),
    /// `%!v(MISSING)`: no argument left for the verb.
    Missing(char),
    /// `%!(EXTRA type=value, ...)` for the unused arguments from this index on: each written as
    /// its type name, `=` and its `%v` form (String() methods apply), or `<nil>` for the nil
    /// interface; separated by `, `.
    Extra { from: usize },
}

/// Go rejects widths, precisions and argument numbers beyond a million.
fn too_large(x: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&x)
}

/// Reads a decimal number at `s[start..end]`: (value, found, next index). A number too large
/// consumes the rest of the format, as in Go.
fn parse_num(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num: i64 = 0;
    let mut found = false;
    let mut i = start;
    while i < end && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + i64::from(s[i] - b'0');
        found = true;
        i += 1;
    }
    (num, found, i)
}

/// Iterates over the [`Step`]s of a format string; see [`Parser::next_step`].
#[derive(Clone, Debug)]
pub struct Parser<'f> {
    format: &'f [u8],
    i: usize,
    arg_num: usize,
    reordered: bool,
    finished: bool,
    /// Steps decided but not yet returned (a directive yields up to three).
    pending: [Option<Step>; 3],
}

impl<'f> Parser<'f> {
    pub fn new(format: &'f [u8]) -> Parser<'f> {
        Parser {
            format,
            i: 0,
            arg_num: 0,
            reordered: false,
            finished: false,
            pending: [None, None, None],
        }
    }

    /// The next step, given the number of arguments and a way to read an argument as an int
    /// for `*` widths and precisions ([`Args::int_value`]). `None` at the end.
    pub fn next_step(
        &mut self,
        nargs: usize,
        int_value: &dyn Fn(usize) -> Option<i64>,
    ) -> Option<Step> {
        loop {
            if let Some(step) = self.pending.iter_mut().find_map(Option::take) {
                return Some(step);
            }
            if self.finished {
                return None;
            }
            let end = self.format.len();
            if self.i >= end {
                self.finished = true;
                if !self.reordered && self.arg_num < nargs {
                    return Some(Step::Extra { from: self.arg_num });
                }
                return None;
            }
            let start = self.i;
            while self.i < end && self.format[self.i] != b'%' {
                self.i += 1;
            }
            if self.i > start {
                return Some(Step::Text(start..self.i));
            }
            self.i += 1; // the '%'
            self.directive(nargs, int_value);
        }
    }

    fn push(&mut self, step: Step) {
        if let Some(slot) = self.pending.iter_mut().find(|s| s.is_none()) {
            *slot = Some(step);
        }
    }

    /// `[n]` at `i`: returns (argument number, next index, whether an index was given) and
    /// clears `good` when it names no argument.
    fn arg_number(&mut self, arg_num: usize, nargs: usize, good: &mut bool) -> (usize, bool) {
        let s = self.format;
        let i = self.i;
        if i >= s.len() || s[i] != b'[' {
            return (arg_num, false);
        }
        self.reordered = true;
        // Find the closing bracket; "[n]" needs at least three bytes.
        let rest = &s[i..];
        let (index, width, ok) = if rest.len() < 3 {
            (0, 1, false)
        } else {
            match rest.iter().skip(1).position(|&c| c == b']') {
                None => (0, 1, false),
                Some(p) => {
                    let close = p + 1;
                    let (n, found, next) = parse_num(rest, 1, close);
                    if !found || next != close {
                        (0, close + 1, false)
                    } else {
                        (n - 1, close + 1, true)
                    }
                }
            }
        };
        self.i = i + width;
        if ok && index >= 0 && (index as usize) < nargs {
            return (index as usize, true);
        }
        *good = false;
        (arg_num, ok)
    }

    /// An int argument for `*`: (value, ok); advances past the argument when there is one.
    fn int_from_arg(
        &mut self,
        nargs: usize,
        int_value: &dyn Fn(usize) -> Option<i64>,
    ) -> (i64, bool) {
        if self.arg_num >= nargs {
            return (0, false);
        }
        let v = int_value(self.arg_num);
        self.arg_num += 1;
        match v {
            Some(n) if !too_large(n) => (n, true),
            _ => (0, false),
        }
    }

    fn directive(&mut self, nargs: usize, int_value: &dyn Fn(usize) -> Option<i64>) {
        let s = self.format;
        let end = s.len();
        let mut d = Directive::default();
        let mut good = true;
        while self.i < end {
            match s[self.i] {
                b'#' => d.sharp = true,
                b'0' => d.zero = !d.minus, // only pad with zeros on the left
                b'+' => d.plus = true,
                b'-' => {
                    d.minus = true;
                    d.zero = false;
                }
                b' ' => d.space = true,
                _ => break,
            }
            self.i += 1;
        }
        // Width: a number, or '*' taking an argument, possibly after an index.
        let (n, mut after_index) = self.arg_number(self.arg_num, nargs, &mut good);
        self.arg_num = n;
        if self.i < end && s[self.i] == b'*' {
            self.i += 1;
            let (w, ok) = self.int_from_arg(nargs, int_value);
            if ok {
                if w < 0 {
                    d.minus = true;
                    d.zero = false;
                }
                d.width = Some(w.unsigned_abs() as usize);
            } else {
                self.push(Step::BadWidth);
            }
            after_index = false;
        } else {
            let (w, found, next) = parse_num(s, self.i, end);
            self.i = next;
            if found {
                d.width = Some(w as usize);
                if after_index {
                    good = false; // "%[3]2d"
                }
            }
        }
        // Precision.
        if self.i + 1 < end && s[self.i] == b'.' {
            self.i += 1;
            if after_index {
                good = false; // "%[3].2d"
            }
            let (n, found) = self.arg_number(self.arg_num, nargs, &mut good);
            self.arg_num = n;
            after_index = found;
            if self.i < end && s[self.i] == b'*' {
                self.i += 1;
                let (p, ok) = self.int_from_arg(nargs, int_value);
                if ok && p >= 0 {
                    d.prec = Some(p as usize);
                } else {
                    self.push(Step::BadPrec);
                }
                after_index = false;
            } else {
                let (p, _, next) = parse_num(s, self.i, end);
                self.i = next;
                d.prec = Some(p as usize);
            }
        }
        if !after_index {
            let (n, _) = self.arg_number(self.arg_num, nargs, &mut good);
            self.arg_num = n;
        }
        if self.i >= end {
            self.push(Step::NoVerb);
            self.finished_after_pending();
            return;
        }
        let (r, w) = super::decode_rune(&s[self.i..]);
        self.i += w.max(1);
        let verb = char::from_u32(r).unwrap_or(char::REPLACEMENT_CHARACTER);
        d.verb = verb;
        if verb == '%' {
            // Percent takes no argument and ignores width and precision.
            self.push(Step::Percent);
        } else if !good {
            self.push(Step::BadIndex(verb));
        } else if self.arg_num >= nargs {
            self.push(Step::Missing(verb));
        } else {
            if verb == 'v' {
                d.sharp_v = d.sharp;
                d.sharp = false;
                d.plus_v = d.plus;
                d.plus = false;
            }
            self.push(Step::Arg {
                index: self.arg_num,
                directive: d,
            });
            self.arg_num += 1;
        }
    }

    /// After `%!(NOVERB)` Go stops reading the format (it is at its end anyway).
    fn finished_after_pending(&mut self) {
        self.i = self.format.len();
    }
}

/// Appends the rendering of an error step (`BadWidth`, `BadPrec`, `NoVerb`, `BadIndex`,
/// `Missing`) or of `Percent`; other steps append nothing.
pub fn render_error_step(out: &mut Vec<u8>, step: &Step) {
    match *step {
        Step::Percent => out.push(b'%'),
        Step::BadWidth => out.extend_from_slice(b"%!(BADWIDTH)"),
        Step::BadPrec => out.extend_from_slice(b"%!(BADPREC)"),
        Step::NoVerb => out.extend_from_slice(b"%!(NOVERB)"),
        Step::BadIndex(verb) | Step::Missing(verb) => {
            out.extend_from_slice(b"%!");
            push_rune(out, i64::from(u32::from(verb)));
            out.extend_from_slice(if matches!(step, Step::BadIndex(_)) {
                b"(BADINDEX)"
            } else {
                b"(MISSING)"
            });
        }
        Step::Text(_) | Step::Arg { .. } | Step::Extra { .. } => {}
    }
}

// ---------------------------------------------------------------------------------------------
// Drivers

/// Appends one argument as Sprint shows it (`%v`, or `<nil>`), preceded by its type for
/// `%!(EXTRA ...)`.
fn extra_arg(out: &mut Vec<u8>, args: &mut impl Args, i: usize) {
    if let Some(Leaf::Nil) = args.leaf(i) {
        out.extend_from_slice(b"<nil>");
        return;
    }
    out.extend_from_slice(args.type_name(i));
    out.push(b'=');
    format_arg(out, args, i, &Directive::default());
}

/// Go's `fmt.Sprintf(format, args...)`, appended to `out`.
pub fn sprintf(out: &mut Vec<u8>, format: &[u8], args: &mut impl Args) {
    let mut parser = Parser::new(format);
    let nargs = args.count();
    loop {
        let step = {
            let a = &*args;
            parser.next_step(nargs, &|i| a.int_value(i))
        };
        let Some(step) = step else { break };
        match step {
            Step::Text(range) => out.extend_from_slice(&format[range]),
            Step::Arg { index, directive } => format_arg(out, args, index, &directive),
            Step::Extra { from } => {
                out.extend_from_slice(b"%!(EXTRA ");
                for i in from..nargs {
                    if i > from {
                        out.extend_from_slice(b", ");
                    }
                    extra_arg(out, args, i);
                }
                out.push(b')');
            }
            other => render_error_step(out, &other),
        }
    }
}

/// Go's `fmt.Sprint(args...)`: operands in `%v`, a space between two operands when neither is
/// a string.
pub fn sprint(out: &mut Vec<u8>, args: &mut impl Args) {
    let d = Directive::default();
    let mut prev_string = false;
    for i in 0..args.count() {
        let is_string = args.is_string(i);
        if i > 0 && !is_string && !prev_string {
            out.push(b' ');
        }
        format_arg(out, args, i, &d);
        prev_string = is_string;
    }
}

/// Go's `fmt.Sprintln(args...)`: operands in `%v` separated by spaces, then a newline.
pub fn sprintln(out: &mut Vec<u8>, args: &mut impl Args) {
    let d = Directive::default();
    for i in 0..args.count() {
        if i > 0 {
            out.push(b' ');
        }
        format_arg(out, args, i, &d);
    }
    out.push(b'\n');
}

#[cfg(test)]
mod tests;
