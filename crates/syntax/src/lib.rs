//! Go source text to syntax trees: tokens, an AST with spans, and syntax errors in Go's form.

pub mod ast;
pub mod lexer;
pub mod source;

pub use source::{Diagnostic, FileId, Pos, SourceMap, Span};
