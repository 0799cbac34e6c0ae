//! Loading a program: the user's files, then every package they import (transitively) from the embedded
//! standard library, parsed into one `SourceMap` with one `NodeIds` allocator, in dependency order.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use amber_syntax::ast::{File, NodeIds};
use amber_syntax::{Diagnostic, SourceMap};

/// One parsed package.
pub struct LoadedPackage {
    pub path: String,
    pub files: Vec<File>,
}

/// A parsed program: packages in dependency order (every package after the packages it imports; the user's
/// package last).
pub struct Loaded {
    pub sm: SourceMap,
    pub ids: NodeIds,
    pub packages: Vec<LoadedPackage>,
}

/// Why a program could not be loaded.
pub enum LoadError {
    /// Reading the user's files failed (missing file, not UTF-8, empty directory...).
    Io(String),
    /// Syntax errors or unresolvable imports, with the source map to render them.
    Diagnostics(Box<SourceMap>, Vec<Diagnostic>),
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

/// Parses the user's package and everything it imports from the standard library.
pub fn load(user_path: &str, user_files: Vec<(String, String)>) -> Result<Loaded, LoadError> {
    let mut sm = SourceMap::new();
    let mut ids = NodeIds::default();
    let mut diags = Vec::new();

    let user = parse_package(&mut sm, &mut ids, user_files, &mut diags);
    if !diags.is_empty() {
        return Err(LoadError::Diagnostics(Box::new(sm), diags));
    }

    // Depth-first over imports, emitting each package after its dependencies.
    let mut state: HashMap<String, Visit> = HashMap::new();
    let mut order: Vec<LoadedPackage> = Vec::new();
    let mut stack: Vec<Pending> = Vec::new();
    let imports = imports_of(&user);
    stack.push(Pending {
        path: user_path.to_string(),
        files: user,
        imports,
        next: 0,
    });
    state.insert(user_path.to_string(), Visit::InProgress);
    while let Some(top) = stack.last_mut() {
        if top.next < top.imports.len() {
            let (dep, pos) = top.imports[top.next].clone();
            top.next += 1;
            match state.get(&dep) {
                Some(Visit::Done) => continue,
                Some(Visit::InProgress) => {
                    diags.push(Diagnostic::new(pos, "import cycle not allowed"));
                    continue;
                }
                None => {}
            }
            let Some(sources) = amber_stdlib::sources::package_files(&dep) else {
                diags.push(Diagnostic::new(pos, format!("package {dep} is not in std")));
                continue;
            };
            let files = sources
                .iter()
                .map(|(name, text)| (format!("{dep}/{name}"), text.to_string()))
                .collect();
            let parsed = parse_package(&mut sm, &mut ids, files, &mut diags);
            let imports = imports_of(&parsed);
            state.insert(dep.clone(), Visit::InProgress);
            stack.push(Pending {
                path: dep,
                files: parsed,
                imports,
                next: 0,
            });
        } else if let Some(Pending { path, files, .. }) = stack.pop() {
            state.insert(path.clone(), Visit::Done);
            order.push(LoadedPackage { path, files });
        }
    }
    if !diags.is_empty() {
        return Err(LoadError::Diagnostics(Box::new(sm), diags));
    }
    Ok(Loaded {
        sm,
        ids,
        packages: order,
    })
}

/// A package on the depth-first stack, with the index of the next import to visit.
struct Pending {
    path: String,
    files: Vec<File>,
    imports: Vec<(String, u32)>,
    next: usize,
}

enum Visit {
    InProgress,
    Done,
}

fn parse_package(
    sm: &mut SourceMap,
    ids: &mut NodeIds,
    files: Vec<(String, String)>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<File> {
    let mut out = Vec::new();
    for (name, text) in files {
        let id = sm.add(name, text);
        let (file, errs) = amber_syntax::parse_file(sm, id, ids);
        diags.extend(errs);
        out.push(file);
    }
    out
}

/// Distinct import paths of a package's files, each with the position of its first import.
fn imports_of(files: &[File]) -> Vec<(String, u32)> {
    let mut seen: Vec<(String, u32)> = Vec::new();
    for f in files {
        for imp in &f.imports {
            if !seen.iter().any(|(p, _)| *p == imp.path) {
                seen.push((imp.path.clone(), imp.path_span.lo));
            }
        }
    }
    seen
}
