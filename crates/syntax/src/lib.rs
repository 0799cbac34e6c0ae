//! Go source text to syntax trees: tokens, an AST with spans, and syntax errors in Go's form.

// The AST is plain data shared with other crates; boxing large variants would only add noise.
#[allow(clippy::large_enum_variant)]
pub mod ast;
pub mod lexer;
pub mod literal;
pub mod parser;
#[cfg(test)]
mod parser_tests;
pub mod print;
pub mod source;

pub use parser::{parse_expr, parse_file};
pub use print::expr_string;
pub use source::{Diagnostic, FileId, Pos, SourceMap, Span};
