//! The checker proper: package-level declarations, then function bodies.

use amber_syntax::ast;
use amber_syntax::{Diagnostic, SourceMap};

use crate::objects::PackageId;
use crate::Program;

pub(crate) fn check_package(
    _p: &mut Program,
    _sm: &SourceMap,
    _path: &str,
    files: &[ast::File],
) -> Result<PackageId, Vec<Diagnostic>> {
    let pos = files.first().map_or(0, |f| f.package.span.lo);
    Err(vec![Diagnostic::new(
        pos,
        "type checking is not implemented yet",
    )])
}
