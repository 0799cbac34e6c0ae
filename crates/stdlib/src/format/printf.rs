//! fmt's printf machinery: directives and the Sprintf/Sprint/Sprintln drivers.

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

/// Parses flags, a numeric width and precision and a verb (no `*` or `[n]`) from the text
/// after a `%`; returns the directive and the bytes consumed. For tests and simple callers.
pub fn parse_directive(s: &[u8]) -> Option<(Directive, usize)> {
    let mut d = Directive::default();
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'#' => d.sharp = true,
            b'0' => d.zero = !d.minus,
            b'+' => d.plus = true,
            b'-' => {
                d.minus = true;
                d.zero = false;
            }
            b' ' => d.space = true,
            _ => break,
        }
        i += 1;
    }
    let (w, ni) = parse_num(s, i);
    d.width = w;
    i = ni;
    if i + 1 < s.len() && s[i] == b'.' {
        let (p, ni) = parse_num(s, i + 1);
        d.prec = Some(p.unwrap_or(0));
        i = ni;
    }
    let (r, w) = super::decode_rune(s.get(i..)?);
    if w == 0 {
        return None;
    }
    d.verb = char::from_u32(r)?;
    if d.verb == 'v' {
        d.sharp_v = d.sharp;
        d.sharp = false;
        d.plus_v = d.plus;
        d.plus = false;
    }
    Some((d, i + w))
}

fn parse_num(s: &[u8], mut i: usize) -> (Option<usize>, usize) {
    let mut n: Option<usize> = None;
    while i < s.len() && s[i].is_ascii_digit() {
        n = Some(n.unwrap_or(0) * 10 + usize::from(s[i] - b'0'));
        i += 1;
    }
    (n, i)
}
