//! The Go sources of the standard packages, embedded at build time from `crates/stdlib/go/`.

include!(concat!(env!("OUT_DIR"), "/embedded.rs"));

/// The source files of a standard package, by import path (e.g. `strings`, `unicode/utf8`).
pub fn package_files(path: &str) -> Option<&'static [(&'static str, &'static str)]> {
    PACKAGES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, files)| *files)
}

/// Whether an import path names a standard package.
pub fn is_standard(path: &str) -> bool {
    package_files(path).is_some()
}
