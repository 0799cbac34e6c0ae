//! Reading the user's files from disk, and where their imports come from; the loader itself is
//! `amber_stdlib::load`.

use std::path::{Path, PathBuf};

pub use amber_stdlib::load::{LoadError, Loaded, LoadedPackage};

use amber_stdlib::load::Loader;

/// Where imports of programs run outside a home come from: the standard library, and the chain API package
/// (which then sees a test chain: see `amber_chain::api::TxContext::for_tests`).
pub fn resolve(path: &str) -> Result<Vec<(String, String)>, String> {
    if path == amber_chain::api::PATH {
        return Ok(amber_chain::api::sources());
    }
    amber_stdlib::load::resolve_std(path)
}

/// Parses the user's package (import path `user_path`) and everything it imports.
pub fn load(user_path: &str, user_files: Vec<(String, String)>) -> Result<Loaded, LoadError> {
    let mut loader = Loader::new(Box::new(resolve));
    match loader.add_files(user_path, user_files) {
        Ok(()) => Ok(loader.finish()),
        Err(diags) => Err(loader.error(diags)),
    }
}

/// Source files given on the command line: either `.go`/`.gno` files, or one directory whose non-test Go files
/// form the package.
pub fn read_user_files(paths: &[PathBuf]) -> Result<Vec<(String, String)>, String> {
    let mut files = Vec::new();
    if paths.is_empty() {
        return Err("no Go files listed".into());
    }
    if paths.len() == 1 && paths[0].is_dir() {
        let dir = &paths[0];
        let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| crate::filetest::is_go_file(p) && !crate::filetest::is_test_file(p))
            .collect();
        names.sort();
        if names.is_empty() {
            return Err(format!("no Go files in {}", dir.display()));
        }
        for p in names {
            files.push((display_name(&p), read(&p)?));
        }
        return Ok(files);
    }
    for p in paths {
        if !crate::filetest::is_go_file(p) {
            return Err(format!("{}: not a .go or .gno file", p.display()));
        }
        files.push((display_name(p), read(p)?));
    }
    Ok(files)
}

fn display_name(p: &Path) -> String {
    p.display().to_string()
}

fn read(p: &Path) -> Result<String, String> {
    let bytes = std::fs::read(p).map_err(|e| format!("open {}: {}", p.display(), io_reason(&e)))?;
    String::from_utf8(bytes).map_err(|_| format!("{}: file is not valid UTF-8", p.display()))
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
