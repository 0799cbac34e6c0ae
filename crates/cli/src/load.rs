//! Reading the user's files from disk; the loader itself (imports resolved from the standard library or a
//! caller's resolver) is `amber_stdlib::load`.

use std::path::{Path, PathBuf};

pub use amber_stdlib::load::{load, LoadError, Loaded, LoadedPackage};

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
