//! Source files, positions and diagnostics.
//!
//! Every file of a program is added to one [`SourceMap`], which gives it a base offset; a [`Pos`] is then a
//! global byte position that identifies both the file and the offset within it, so a [`Span`] is self-contained.

use std::fmt;

/// A global byte position in a [`SourceMap`].
pub type Pos = u32;

/// A half-open byte range `[lo, hi)` of global positions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub lo: Pos,
    pub hi: Pos,
}

impl Span {
    pub fn new(lo: Pos, hi: Pos) -> Span {
        Span { lo, hi }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }
}

/// Index of a file in its [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub u32);

#[derive(Clone)]
pub struct SourceFile {
    /// The name printed in diagnostics (as the user gave it, e.g. `hello.go` or `dir/a.go`).
    pub name: String,
    pub text: String,
    /// Global position of the file's first byte.
    pub base: Pos,
    /// Offsets (relative to the file) at which each line starts.
    line_starts: Vec<u32>,
}

impl SourceFile {
    /// 1-based line and column (column counted in bytes, as Go does) of a global position in this file.
    pub fn line_col(&self, pos: Pos) -> (u32, u32) {
        let off = pos.saturating_sub(self.base);
        let line = match self.line_starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, off - self.line_starts[line] + 1)
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let i = (line as usize).saturating_sub(1);
        let Some(&start) = self.line_starts.get(i) else {
            return "";
        };
        let end = self
            .line_starts
            .get(i + 1)
            .map(|&e| e as usize)
            .unwrap_or(self.text.len());
        self.text[start as usize..end].trim_end_matches(['\n', '\r'])
    }
}

/// All source files of one program or package set.
#[derive(Clone, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
    next_base: Pos,
}

impl SourceMap {
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    /// Adds a file; positions in it start at the returned file's `base`.
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> FileId {
        let text = text.into();
        let mut line_starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        let base = self.next_base;
        // One byte of gap so that the end position of a file is never the start of the next.
        self.next_base = base.saturating_add(text.len() as u32 + 1);
        self.files.push(SourceFile {
            name: name.into(),
            text,
            base,
            line_starts,
        });
        FileId(self.files.len() as u32 - 1)
    }

    /// Every file, in the order added.
    pub fn files(&self) -> impl Iterator<Item = &SourceFile> {
        self.files.iter()
    }

    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// The file containing a global position.
    pub fn file_of(&self, pos: Pos) -> Option<&SourceFile> {
        let i = match self.files.binary_search_by_key(&pos, |f| f.base) {
            Ok(i) => i,
            Err(0) => return None,
            Err(i) => i - 1,
        };
        self.files.get(i)
    }

    /// `file.go:LINE:COL` for a position, as Go prints it.
    pub fn location(&self, pos: Pos) -> Location {
        match self.file_of(pos) {
            Some(f) => {
                let (line, col) = f.line_col(pos);
                Location {
                    file: f.name.clone(),
                    line,
                    col,
                }
            }
            None => Location {
                file: "?".into(),
                line: 0,
                col: 0,
            },
        }
    }
}

/// Stored as the files' names and texts in order; reading adds them again (positions and line tables are
/// recomputed, so a stored map cannot hold inconsistent ones).
impl serde::Serialize for SourceMap {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.files.iter().map(|f| (&f.name, &f.text)))
    }
}

impl<'de> serde::Deserialize<'de> for SourceMap {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let files: Vec<(String, String)> = serde::Deserialize::deserialize(d)?;
        let mut sm = SourceMap::new();
        for (name, text) in files {
            if text.len() >= u32::MAX as usize {
                return Err(serde::de::Error::custom("source file too large"));
            }
            sm.add(name, text);
        }
        Ok(sm)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: u32,
    pub col: u32,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.col)
    }
}

/// A compile-time error (syntax or type), positioned at `pos`. `msg` is Go's wording without the position,
/// e.g. `syntax error: unexpected newline, expected comma or )` or `undefined: x`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub pos: Pos,
    pub msg: String,
}

impl Diagnostic {
    pub fn new(pos: Pos, msg: impl Into<String>) -> Diagnostic {
        Diagnostic {
            pos,
            msg: msg.into(),
        }
    }

    /// `file.go:LINE:COL: msg`
    pub fn render(&self, sm: &SourceMap) -> String {
        format!("{}: {}", sm.location(self.pos), self.msg)
    }
}
