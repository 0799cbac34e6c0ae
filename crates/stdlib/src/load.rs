//! Loading a program: root packages (given as files or as import paths), then every package they import
//! (transitively), parsed into one `SourceMap` with one `NodeIds` allocator, in dependency order. Where an
//! import's sources come from is the caller's choice (a resolver): the standard library by default, deployed
//! packages for the chain.

use std::collections::HashMap;

use amber_syntax::ast::{File, NodeIds};
use amber_syntax::{Diagnostic, SourceMap};

/// One parsed package.
pub struct LoadedPackage {
    pub path: String,
    pub files: Vec<File>,
}

/// A parsed program: packages in dependency order (every package after the packages it imports).
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

/// Finds the sources of an imported package: its files as (name shown in messages, text), or why it cannot
/// be imported (the message reported at the import, e.g. `package foo is not in std`).
pub type Resolver<'r> = Box<dyn FnMut(&str) -> Result<Vec<(String, String)>, String> + 'r>;

/// The standard library's sources of `path`, files named `PATH/FILE.go`.
pub fn resolve_std(path: &str) -> Result<Vec<(String, String)>, String> {
    match crate::sources::package_files(path) {
        Some(sources) => Ok(sources
            .iter()
            .map(|(name, text)| (format!("{path}/{name}"), text.to_string()))
            .collect()),
        None => Err(format!("package {path} is not in std")),
    }
}

/// Loads packages one root at a time: each root and the packages it imports that are not loaded yet are
/// appended to `packages`, dependencies first.
pub struct Loader<'r> {
    pub sm: SourceMap,
    pub ids: NodeIds,
    pub packages: Vec<LoadedPackage>,
    state: HashMap<String, Visit>,
    resolve: Resolver<'r>,
}

impl<'r> Loader<'r> {
    pub fn new(resolve: Resolver<'r>) -> Loader<'r> {
        Loader {
            sm: SourceMap::new(),
            ids: NodeIds::default(),
            packages: Vec::new(),
            state: HashMap::new(),
            resolve,
        }
    }

    /// A loader that goes on from an earlier one: its source map and node ids, and the paths of the packages
    /// it loaded (which are not loaded again; `packages` holds only what this loader adds).
    pub fn resume(
        sm: SourceMap,
        ids: NodeIds,
        loaded: impl IntoIterator<Item = String>,
        resolve: Resolver<'r>,
    ) -> Loader<'r> {
        Loader {
            sm,
            ids,
            packages: Vec::new(),
            state: loaded.into_iter().map(|p| (p, Visit::Done)).collect(),
            resolve,
        }
    }

    /// A loader whose imports come from the standard library only.
    pub fn std() -> Loader<'static> {
        Loader::new(Box::new(resolve_std))
    }

    /// Whether package `path` is loaded already.
    pub fn has(&self, path: &str) -> bool {
        matches!(self.state.get(path), Some(Visit::Done))
    }

    /// Loads package `path` from the resolver (if not loaded yet), with its imports. A root that cannot be
    /// resolved is an `Io` error carrying the resolver's message.
    pub fn add_path(&mut self, path: &str) -> Result<(), Vec<Diagnostic>> {
        if self.state.contains_key(path) {
            return Ok(());
        }
        let files = (self.resolve)(path).map_err(|msg| vec![Diagnostic::new(0, msg)])?;
        self.add_files(path, files)
    }

    /// Loads package `path` made of `files` (name, text), with the imports it needs.
    pub fn add_files(
        &mut self,
        path: &str,
        files: Vec<(String, String)>,
    ) -> Result<(), Vec<Diagnostic>> {
        let mut diags = Vec::new();
        let parsed = self.parse_package(files, &mut diags);
        if !diags.is_empty() {
            return Err(diags);
        }
        self.add_parsed(path, parsed)
    }

    /// Loads an already parsed package (its files parsed into `self.sm` with `self.ids`), with its imports.
    pub fn add_parsed(&mut self, path: &str, files: Vec<File>) -> Result<(), Vec<Diagnostic>> {
        let mut diags = Vec::new();
        // Depth-first over imports, emitting each package after its dependencies.
        let mut stack: Vec<Pending> = Vec::new();
        let imports = imports_of(&files);
        stack.push(Pending {
            path: path.to_string(),
            files,
            imports,
            next: 0,
        });
        self.state.insert(path.to_string(), Visit::InProgress);
        while let Some(top) = stack.last_mut() {
            if top.next < top.imports.len() {
                let (dep, pos) = top.imports[top.next].clone();
                top.next += 1;
                match self.state.get(&dep) {
                    Some(Visit::Done) => continue,
                    Some(Visit::InProgress) => {
                        diags.push(Diagnostic::new(pos, "import cycle not allowed"));
                        continue;
                    }
                    None => {}
                }
                let sources = match (self.resolve)(&dep) {
                    Ok(s) => s,
                    Err(msg) => {
                        diags.push(Diagnostic::new(pos, msg));
                        continue;
                    }
                };
                let parsed = self.parse_package(sources, &mut diags);
                let imports = imports_of(&parsed);
                self.state.insert(dep.clone(), Visit::InProgress);
                stack.push(Pending {
                    path: dep,
                    files: parsed,
                    imports,
                    next: 0,
                });
            } else if let Some(Pending { path, files, .. }) = stack.pop() {
                self.state.insert(path.clone(), Visit::Done);
                self.packages.push(LoadedPackage { path, files });
            }
        }
        if diags.is_empty() {
            Ok(())
        } else {
            Err(diags)
        }
    }

    /// Parses files into this loader's source map.
    pub fn parse_package(
        &mut self,
        files: Vec<(String, String)>,
        diags: &mut Vec<Diagnostic>,
    ) -> Vec<File> {
        let mut out = Vec::new();
        for (name, text) in files {
            let id = self.sm.add(name, text);
            let (file, errs) = amber_syntax::parse_file(&self.sm, id, &mut self.ids);
            diags.extend(errs);
            out.push(file);
        }
        out
    }

    /// The loaded program.
    pub fn finish(self) -> Loaded {
        Loaded {
            sm: self.sm,
            ids: self.ids,
            packages: self.packages,
        }
    }

    /// `diags` as a load error, with this loader's source map to render them.
    pub fn error(self, diags: Vec<Diagnostic>) -> LoadError {
        LoadError::Diagnostics(Box::new(self.sm), diags)
    }
}

/// Parses the user's package (import path `user_path`) and everything it imports from the standard library.
pub fn load(user_path: &str, user_files: Vec<(String, String)>) -> Result<Loaded, LoadError> {
    let mut loader = Loader::std();
    match loader.add_files(user_path, user_files) {
        Ok(()) => Ok(loader.finish()),
        Err(diags) => Err(loader.error(diags)),
    }
}

/// Go prints at most this many compile errors, then `too many errors`.
pub const MAX_ERRORS: usize = 10;

/// Renders compile errors as Go does: Go stops at the tenth error it finds (printing `POS: too many errors`
/// at that error's position), and prints the errors it found sorted by position.
pub fn render_diagnostics(sm: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut shown: Vec<&Diagnostic> = Vec::new();
    for d in diags {
        if shown.len() == MAX_ERRORS {
            break;
        }
        if !shown.iter().any(|s| s.pos == d.pos && s.msg == d.msg) {
            shown.push(d);
        }
    }
    let tenth = (shown.len() == MAX_ERRORS).then(|| shown[MAX_ERRORS - 1].pos);
    shown.sort_by_key(|d| d.pos);
    let mut out = String::new();
    for d in &shown {
        out.push_str(&d.render(sm));
        out.push('\n');
    }
    if let Some(pos) = tenth {
        out.push_str(&format!("{}: too many errors\n", sm.location(pos)));
    }
    out
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

/// Distinct import paths of a package's files, each with the position of its first import.
pub fn imports_of(files: &[File]) -> Vec<(String, u32)> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn names(l: &Loaded) -> Vec<&str> {
        l.packages.iter().map(|p| p.path.as_str()).collect()
    }

    #[test]
    fn user_package_comes_after_its_std_imports() {
        let src = "package main\nimport \"unicode/utf8\"\nfunc main() { _ = utf8.RuneLen('x') }\n";
        let Ok(l) = load("main", vec![("a.go".into(), src.into())]) else {
            panic!("load failed");
        };
        assert_eq!(names(&l).last(), Some(&"main"));
        assert!(names(&l).contains(&"unicode/utf8"));
    }

    #[test]
    fn resolver_supplies_non_standard_packages() {
        let mut loader = Loader::new(Box::new(|path: &str| {
            if path == "r/a" {
                Ok(vec![("r/a/a.go".into(), "package a\nvar X = 1\n".into())])
            } else {
                resolve_std(path)
            }
        }));
        let main = "package main\nimport \"r/a\"\nfunc main() { println(a.X) }\n";
        assert!(loader
            .add_files("main", vec![("m.go".into(), main.into())])
            .is_ok());
        assert_eq!(names(&loader.finish()), vec!["r/a", "main"]);
    }

    #[test]
    fn unresolved_import_names_it() {
        let main = "package main\nimport \"r/nope\"\nfunc main() {}\n";
        let Err(LoadError::Diagnostics(sm, diags)) =
            load("main", vec![("m.go".into(), main.into())])
        else {
            panic!("expected an error");
        };
        assert_eq!(
            diags[0].render(&sm),
            "m.go:2:8: package r/nope is not in std"
        );
    }

    #[test]
    fn resumed_loader_skips_what_was_loaded() {
        let mut first = Loader::std();
        let a = "package a\nimport \"strings\"\nvar X = strings.ToUpper(\"x\")\n";
        assert!(first
            .add_files("a", vec![("a.go".into(), a.into())])
            .is_ok());
        let done: Vec<String> = first.packages.iter().map(|p| p.path.clone()).collect();
        let l = first.finish();
        let mut next = Loader::resume(l.sm, l.ids, done, Box::new(resolve_std));
        let b = "package b\nimport (\"strings\"; \"a\")\nvar Y = strings.ToLower(a.X)\n";
        assert!(next.add_files("b", vec![("b.go".into(), b.into())]).is_ok());
        assert_eq!(names(&next.finish()), vec!["b"]);
    }

    #[test]
    fn second_root_reuses_loaded_packages() {
        let mut loader = Loader::std();
        let a = "package a\nimport \"strings\"\nvar X = strings.ToUpper(\"x\")\n";
        let b = "package b\nimport \"strings\"\nvar Y = strings.ToLower(\"Y\")\n";
        assert!(loader
            .add_files("a", vec![("a.go".into(), a.into())])
            .is_ok());
        let before = loader.packages.len();
        assert!(loader
            .add_files("b", vec![("b.go".into(), b.into())])
            .is_ok());
        assert_eq!(loader.packages.len(), before + 1);
    }
}
