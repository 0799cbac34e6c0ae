//! `go test` for Amber: a directory holding `_test.go` files is a test package. Its files, its internal test
//! files and its external (`package foo_test`) test files are loaded as packages of their own, a generated
//! `main` calls package testing's `AmberMain` with every `TestXxx` and every `ExampleXxx` that has an
//! `// Output:` comment, and the run's output is printed as `go test` prints it.
//!
//! Example output cannot be captured inside the machine (there is one standard output), so `AmberMain`
//! prints marker lines around each example (`\0amber:example NAME`, `\0amber:end`, `\0amber:panic`) and a final
//! `\0amber:done VERDICT PASSED FAILED`; [`interpret`] compares the captured text with the comment here and
//! replaces the markers by Go's `--- PASS` / `--- FAIL` lines.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use amber_check::Program;
use amber_syntax::ast::{Decl, ExprKind, File, FuncDecl, NodeIds};
use amber_syntax::{Diagnostic, SourceMap};

use crate::driver::{self, Checked};
use crate::filetest::{self, Outcome};
use crate::load::{LoadError, Loaded, LoadedPackage};

/// The path of the generated main package.
const MAIN_PATH: &str = "main";
/// The file name of the generated main (as Go names it).
const MAIN_FILE: &str = "_testmain.go";
/// Starts every marker line `AmberMain` prints.
const MARKER: &[u8] = b"\x00amber:";

/// Which stream a piece of a report belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

/// What testing one package printed and how it went.
#[derive(Clone, Debug, Default)]
pub struct PackageReport {
    /// The package's import path, as the `ok` / `FAIL` line shows it.
    pub path: String,
    /// The output, in order.
    pub chunks: Vec<(Stream, Vec<u8>)>,
    /// Top-level tests and examples that passed (skipped ones included) and failed. A package that does not
    /// build counts as one failure.
    pub passed: usize,
    pub failed: usize,
    pub ok: bool,
}

impl PackageReport {
    fn out(&mut self, bytes: impl AsRef<[u8]>) {
        self.push(Stream::Stdout, bytes.as_ref());
    }

    fn err(&mut self, bytes: impl AsRef<[u8]>) {
        self.push(Stream::Stderr, bytes.as_ref());
    }

    fn push(&mut self, stream: Stream, bytes: &[u8]) {
        if bytes.is_empty() {
            return;
        }
        match self.chunks.last_mut() {
            Some((s, b)) if *s == stream => b.extend_from_slice(bytes),
            _ => self.chunks.push((stream, bytes.to_vec())),
        }
    }

    /// Everything printed, both streams interleaved in order (for golden comparisons).
    pub fn text(&self) -> String {
        let mut all = Vec::new();
        for (_, b) in &self.chunks {
            all.extend_from_slice(b);
        }
        String::from_utf8_lossy(&all).into_owned()
    }
}

/// A test or example function of a test file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestFunc {
    pub name: String,
    /// Declared in the external `_test` package.
    pub external: bool,
}

/// An example with an output comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Example {
    pub name: String,
    pub external: bool,
    /// The expected output, as Go extracts it from the comment.
    pub output: String,
    pub unordered: bool,
}

/// Whether a directory directly holds `_test.go` (or `_test.gno`) files.
pub fn is_test_package_dir(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| is_go_test_file(&e.path()) && e.path().is_file())
    })
}

fn is_go_test_file(p: &Path) -> bool {
    p.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.ends_with("_test.go") || n.ends_with("_test.gno"))
}

/// Every test package directory under `root` (itself included), sorted.
pub fn discover_packages(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    if !root.is_dir() {
        return Ok(out);
    }
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        if is_test_package_dir(&dir) {
            out.push(dir.clone());
        }
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() && path.file_name().is_some_and(|n| n != "testdata") {
                stack.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The import path of the package in `dir`: from the nearest `go.mod` above it (as Go computes it), else the
/// directory as given.
pub fn import_path(dir: &Path) -> String {
    if let Ok(abs) = dir.canonicalize() {
        let mut cur: Option<&Path> = Some(&abs);
        while let Some(d) = cur {
            if let Ok(text) = std::fs::read_to_string(d.join("go.mod")) {
                if let Some(module) = module_path(&text) {
                    let rel = abs.strip_prefix(d).unwrap_or(Path::new(""));
                    let rel = rel.to_string_lossy().replace('\\', "/");
                    return if rel.is_empty() {
                        module
                    } else {
                        format!("{module}/{rel}")
                    };
                }
            }
            cur = d.parent();
        }
    }
    let shown = dir.display().to_string();
    let shown = shown
        .strip_prefix("./")
        .unwrap_or(&shown)
        .trim_end_matches('/');
    if shown.is_empty() || shown == "." {
        dir.canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "_".into())
    } else {
        shown.to_string()
    }
}

/// The module path of a `go.mod` file.
fn module_path(gomod: &str) -> Option<String> {
    for line in gomod.lines() {
        let line = line.split("//").next().unwrap_or("").trim();
        if let Some(rest) = line.strip_prefix("module") {
            let m = rest.trim().trim_matches('"');
            if !m.is_empty() && rest.starts_with([' ', '\t', '"']) {
                return Some(m.to_string());
            }
        }
    }
    None
}

/// Options of `amber test`.
#[derive(Clone, Debug, Default)]
pub struct TestOptions {
    /// `-v`: print every test as it runs, not only failures.
    pub verbose: bool,
    /// Gas limit of each package's run; `None` runs without a limit.
    pub gas: Option<u64>,
}

/// Tests the package in `dir` and reports what `go test` would print for it (the final `ok` / `FAIL` line
/// included).
pub fn test_package(dir: &Path, opts: &TestOptions) -> PackageReport {
    let verbose = opts.verbose;
    let start = std::time::Instant::now();
    let mut report = PackageReport {
        path: import_path(dir),
        ..PackageReport::default()
    };
    let prepared = match prepare(dir, &report.path, verbose) {
        Ok(p) => p,
        Err(Failure::Setup(msg)) => {
            report.err(format!("# {}\n{msg}", report.path));
            report.out(format!("FAIL\t{} [setup failed]\n", report.path));
            report.failed = 1;
            return report;
        }
        Err(Failure::Build(msg)) => {
            report.err(format!("# {0} [{0}.test]\n{msg}", report.path));
            report.out(format!("FAIL\t{} [build failed]\n", report.path));
            report.failed = 1;
            return report;
        }
    };
    let outcome = execute(&prepared.checked, opts.gas);
    let result = interpret(&outcome, verbose, &prepared.examples);
    let secs = start.elapsed().as_secs_f64();
    report.chunks = result.chunks;
    report.passed = result.passed;
    report.failed = result.failed;
    report.ok = result.ok;
    let path = report.path.clone();
    if !result.ok {
        report.out(format!("FAIL\t{path}\t{secs:.3}s\n"));
    } else if prepared.tests == 0 && prepared.examples.is_empty() {
        report.out(format!("ok  \t{path}\t{secs:.3}s [no tests to run]\n"));
    } else {
        report.out(format!("ok  \t{path}\t{secs:.3}s\n"));
    }
    report
}

/// Why a package could not be run.
enum Failure {
    /// The package's files do not form a test package (Go: `[setup failed]`).
    Setup(String),
    /// Syntax or type errors (Go: `[build failed]`), rendered.
    Build(String),
}

/// A test package loaded and checked with its generated main.
struct Prepared {
    checked: Checked,
    tests: usize,
    examples: Vec<Example>,
}

/// One file of the package directory.
struct SourceText {
    /// As shown in messages: the directory joined with the file name.
    shown: String,
    text: String,
    test: bool,
}

fn prepare(dir: &Path, path: &str, verbose: bool) -> Result<Prepared, Failure> {
    let sources = read_dir_sources(dir).map_err(Failure::Setup)?;
    // Split by package clause: the package, its internal tests, its external tests.
    let mut name: Option<String> = None;
    for s in sources.iter().filter(|s| !s.test) {
        name.get_or_insert_with(|| package_clause(&s.text).unwrap_or_default());
    }
    if name.is_none() {
        name = sources
            .iter()
            .filter_map(|s| package_clause(&s.text))
            .map(|n| n.strip_suffix("_test").map(str::to_string).unwrap_or(n))
            .next();
    }
    let name = name.unwrap_or_default();
    let mut internal = Vec::new();
    let mut external = Vec::new();
    let mut first_of_name: Option<&SourceText> = None;
    for s in &sources {
        let clause = package_clause(&s.text).unwrap_or_default();
        if clause == name || clause.is_empty() {
            // A file without a clause is left to the parser, which reports it.
            first_of_name.get_or_insert(s);
            internal.push((s.shown.clone(), s.text.clone(), s.test));
        } else if s.test && clause == format!("{name}_test") {
            external.push((s.shown.clone(), s.text.clone(), true));
        } else {
            let first = first_of_name.map_or(String::new(), |f| file_base(&f.shown));
            return Err(Failure::Setup(format!(
                "found packages {name} ({first}) and {clause} ({}) in {}\n",
                file_base(&s.shown),
                dir.display()
            )));
        }
    }
    // A package main under test is imported by the generated main like any other package (its own `main`
    // is then an ordinary function); the machine starts the `main` of the last package, the generated one.
    let ext_path = format!("{path}_test");
    let mut user: Vec<UserPackage> = vec![UserPackage {
        path: path.to_string(),
        files: internal,
    }];
    if !external.is_empty() {
        user.push(UserPackage {
            path: ext_path.clone(),
            files: external,
        });
    }

    let mut sm = SourceMap::new();
    let mut ids = NodeIds::default();
    let mut diags = Vec::new();
    let mut parsed: Vec<(String, Vec<File>, Vec<bool>)> = Vec::new();
    for pkg in user {
        let mut files = Vec::new();
        let mut is_test = Vec::new();
        for (shown, text, test) in pkg.files {
            let id = sm.add(shown, text);
            let (file, errs) = amber_syntax::parse_file(&sm, id, &mut ids);
            diags.extend(errs);
            files.push(file);
            is_test.push(test);
        }
        parsed.push((pkg.path, files, is_test));
    }
    if !diags.is_empty() {
        return Err(Failure::Build(driver::render_diagnostics(&sm, &diags)));
    }

    // Tests and examples, internal first, each in file and source order.
    let mut tests: Vec<TestFunc> = Vec::new();
    let mut examples: Vec<Example> = Vec::new();
    let mut setup_errors = String::new();
    for (i, (_, files, is_test)) in parsed.iter().enumerate() {
        let ext = i > 0;
        for (file, &test) in files.iter().zip(is_test) {
            if !test {
                continue;
            }
            let found = find_tests(&sm, file, ext);
            tests.extend(found.tests);
            examples.extend(found.examples);
            setup_errors.push_str(&found.errors);
        }
    }
    if !setup_errors.is_empty() {
        return Err(Failure::Setup(setup_errors));
    }

    let main_src = generate_main(path, &ext_path, &tests, &examples, verbose);
    let id = sm.add(MAIN_FILE, main_src);
    let (main_file, errs) = amber_syntax::parse_file(&sm, id, &mut ids);
    if !errs.is_empty() {
        return Err(Failure::Build(driver::render_diagnostics(&sm, &errs)));
    }
    let mut user_packages: Vec<LoadedPackage> = parsed
        .into_iter()
        .map(|(path, files, _)| LoadedPackage { path, files })
        .collect();
    user_packages.push(LoadedPackage {
        path: MAIN_PATH.into(),
        files: vec![main_file],
    });
    let loaded = match load_with_std(sm, ids, user_packages) {
        Ok(l) => l,
        Err(LoadError::Io(msg)) => return Err(Failure::Setup(format!("{msg}\n"))),
        Err(LoadError::Diagnostics(sm, diags)) => {
            return Err(Failure::Build(driver::render_diagnostics(&sm, &diags)))
        }
    };
    let mut program = Program::new();
    for pkg in &loaded.packages {
        if let Err(diags) = program.check_package(&loaded.sm, &pkg.path, &pkg.files) {
            return Err(Failure::Build(driver::render_diagnostics(
                &loaded.sm, &diags,
            )));
        }
    }
    Ok(Prepared {
        checked: Checked { loaded, program },
        tests: tests.len(),
        examples,
    })
}

struct UserPackage {
    path: String,
    files: Vec<(String, String, bool)>,
}

/// The Go files of a directory, sorted by name (gno file tests `_filetest.gno` left out).
fn read_dir_sources(dir: &Path) -> Result<Vec<SourceText>, String> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}\n", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && filetest::is_go_file(p))
        .filter(|p| !p.to_string_lossy().ends_with("_filetest.gno"))
        .collect();
    names.sort();
    let mut out = Vec::new();
    for p in names {
        let bytes = std::fs::read(&p).map_err(|e| format!("open {}: {e}\n", p.display()))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| format!("{}: file is not valid UTF-8\n", p.display()))?;
        out.push(SourceText {
            shown: p.display().to_string(),
            text,
            test: is_go_test_file(&p),
        });
    }
    Ok(out)
}

fn file_base(shown: &str) -> String {
    shown.rsplit('/').next().unwrap_or(shown).to_string()
}

/// Adds the standard packages that the user packages import (transitively) to a load: standard packages
/// first in dependency order, then the user packages in the order given (each after those it imports).
fn load_with_std(
    mut sm: SourceMap,
    mut ids: NodeIds,
    user: Vec<LoadedPackage>,
) -> Result<Loaded, LoadError> {
    let user_paths: Vec<String> = user.iter().map(|p| p.path.clone()).collect();
    let mut diags: Vec<Diagnostic> = Vec::new();
    let mut done: HashMap<String, bool> = HashMap::new(); // path -> finished (false: in progress)
    let mut order: Vec<LoadedPackage> = Vec::new();
    // Depth-first over standard imports with an explicit stack of (package, its imports, next index).
    let mut roots: Vec<(String, u32)> = Vec::new();
    for p in &user {
        for (path, pos) in imports_of(&p.files) {
            if !user_paths.contains(&path) {
                roots.push((path, pos));
            }
        }
    }
    for (root, pos) in roots {
        let mut stack: Vec<Visiting> = Vec::new();
        let mut pending = Some((root, pos));
        loop {
            if let Some((dep, pos)) = pending.take() {
                match done.get(&dep) {
                    Some(true) => {}
                    Some(false) => diags.push(Diagnostic::new(pos, "import cycle not allowed")),
                    None => match crate::load::resolve(&dep) {
                        Err(msg) => diags.push(Diagnostic::new(pos, msg)),
                        Ok(sources) => {
                            let mut files = Vec::new();
                            for (name, text) in sources {
                                let id = sm.add(name, text);
                                let (file, errs) = amber_syntax::parse_file(&sm, id, &mut ids);
                                diags.extend(errs);
                                files.push(file);
                            }
                            let imports = imports_of(&files);
                            done.insert(dep.clone(), false);
                            stack.push((LoadedPackage { path: dep, files }, imports, 0));
                        }
                    },
                }
            }
            let Some((_, imports, next)) = stack.last_mut() else {
                break;
            };
            if let Some(dep) = imports.get(*next) {
                pending = Some(dep.clone());
                *next += 1;
            } else if let Some((pkg, _, _)) = stack.pop() {
                done.insert(pkg.path.clone(), true);
                order.push(pkg);
            }
        }
    }
    if !diags.is_empty() {
        return Err(LoadError::Diagnostics(Box::new(sm), diags));
    }
    order.extend(user);
    Ok(Loaded {
        sm,
        ids,
        packages: order,
    })
}

/// A standard package on the depth-first stack: its imports and the index of the next one to visit.
type Visiting = (LoadedPackage, Vec<(String, u32)>, usize);

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

/// What one test file declares.
#[derive(Default)]
struct Found {
    tests: Vec<TestFunc>,
    examples: Vec<Example>,
    /// Rendered `wrong signature` errors.
    errors: String,
}

/// Go's rule for test names: `Test` alone, or followed by a character that is not a lower-case letter.
fn has_test_prefix(name: &str, prefix: &str) -> bool {
    match name.strip_prefix(prefix) {
        Some(rest) => !rest.chars().next().is_some_and(|c| c.is_lowercase()),
        None => false,
    }
}

fn find_tests(sm: &SourceMap, file: &File, external: bool) -> Found {
    let mut found = Found::default();
    let testing_name = file.imports.iter().find(|i| i.path == "testing").map(|i| {
        i.name
            .as_ref()
            .map_or("testing".to_string(), |n| n.name.clone())
    });
    for decl in &file.decls {
        let Decl::Func(fd) = decl else { continue };
        if fd.recv.is_some() {
            continue;
        }
        let name = &fd.name.name;
        let loc = sm.location(fd.span.lo);
        if has_test_prefix(name, "Test") {
            if is_test_signature(fd, testing_name.as_deref()) {
                found.tests.push(TestFunc {
                    name: name.clone(),
                    external,
                });
            } else {
                found.errors.push_str(&format!(
                    "{}:{}:{}: wrong signature for {name}, must be: func {name}(t *testing.T)\n",
                    loc.file, loc.line, loc.col
                ));
            }
        } else if has_test_prefix(name, "Example") {
            let Some(body) = &fd.body else { continue };
            if !fd.sig.params.is_empty() || !fd.sig.results.is_empty() || !fd.type_params.is_empty()
            {
                found.errors.push_str(&format!(
                    "{}:{}:{}: wrong signature for {name}, must be: func {name}()\n",
                    loc.file, loc.line, loc.col
                ));
                continue;
            }
            let Some(src) = sm.file_of(body.lbrace) else {
                continue;
            };
            let lo = (body.lbrace - src.base) as usize + 1;
            let hi = (body.rbrace.saturating_sub(src.base)) as usize;
            let Some(text) = src.text.get(lo..hi) else {
                continue;
            };
            if let Some((output, unordered)) = example_output(text) {
                found.examples.push(Example {
                    name: name.clone(),
                    external,
                    output,
                    unordered,
                });
            }
        }
    }
    found
}

/// `func TestXxx(t *testing.T)`: one parameter of type `*testing.T`, no results, no type parameters.
fn is_test_signature(fd: &FuncDecl, testing_name: Option<&str>) -> bool {
    let Some(testing_name) = testing_name else {
        return false;
    };
    if !fd.sig.results.is_empty() || !fd.type_params.is_empty() || fd.sig.params.len() != 1 {
        return false;
    }
    let param = &fd.sig.params[0];
    if param.names.len() > 1 {
        return false;
    }
    let ExprKind::Star(inner) = &param.ty.kind else {
        return false;
    };
    let ExprKind::Selector { x, sel } = &inner.kind else {
        return false;
    };
    matches!(&x.kind, ExprKind::Ident(id) if id.name == testing_name) && sel.name == "T"
}

/// The generated main: calls `testing.AmberMain` with the tests and the examples that have output.
fn generate_main(
    path: &str,
    ext_path: &str,
    tests: &[TestFunc],
    examples: &[Example],
    verbose: bool,
) -> String {
    let uses = |ext: bool| {
        tests.iter().any(|t| t.external == ext) || examples.iter().any(|e| e.external == ext)
    };
    let mut s = String::from("package main\n\nimport (\n\t_testing \"testing\"\n");
    if uses(false) {
        s.push_str(&format!("\t_test {}\n", go_quote(path)));
    }
    if uses(true) {
        s.push_str(&format!("\t_xtest {}\n", go_quote(ext_path)));
    }
    s.push_str(")\n\nfunc main() {\n\t_testing.AmberMain(");
    s.push_str(if verbose { "true" } else { "false" });
    s.push_str(", []_testing.InternalTest{\n");
    for t in tests {
        let pkg = if t.external { "_xtest" } else { "_test" };
        s.push_str(&format!(
            "\t\t{{Name: {:?}, F: {pkg}.{}}},\n",
            t.name, t.name
        ));
    }
    s.push_str("\t}, []_testing.InternalExample{\n");
    for e in examples {
        let pkg = if e.external { "_xtest" } else { "_test" };
        s.push_str(&format!(
            "\t\t{{Name: {:?}, F: {pkg}.{}, Unordered: {}}},\n",
            e.name, e.name, e.unordered
        ));
    }
    s.push_str("\t})\n}\n");
    s
}

/// A Go string literal for an import path (paths never need escapes beyond `"` and `\`).
fn go_quote(s: &str) -> String {
    let mut q = String::from("\"");
    for c in s.chars() {
        if c == '"' || c == '\\' {
            q.push('\\');
        }
        q.push(c);
    }
    q.push('"');
    q
}

/// The name in a file's package clause, skipping leading comments.
pub fn package_clause(src: &str) -> Option<String> {
    let mut rest = src;
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix("//") {
            rest = r.split_once('\n').map_or("", |(_, after)| after);
        } else if let Some(r) = rest.strip_prefix("/*") {
            rest = r.split_once("*/").map_or("", |(_, after)| after);
        } else {
            break;
        }
    }
    let r = rest.strip_prefix("package")?;
    if !r.starts_with(|c: char| c.is_whitespace()) {
        return None;
    }
    let name: String = r
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty()).then_some(name)
}

/// A comment of a function body: its raw text (markers included), its first and last line, and whether
/// code separated it from the comment before.
struct Comment<'a> {
    raw: &'a str,
    first_line: usize,
    last_line: usize,
    after_code: bool,
}

/// The comments of Go source text, skipping string, raw string and rune literals.
fn scan_comments(src: &str) -> Vec<Comment<'_>> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let mut code = false;
    while i < b.len() {
        match b[i] {
            b'\n' => {
                line += 1;
                i += 1;
            }
            b'/' if b.get(i + 1) == Some(&b'/') => {
                let end = src[i..].find('\n').map_or(b.len(), |e| i + e);
                out.push(Comment {
                    raw: &src[i..end],
                    first_line: line,
                    last_line: line,
                    after_code: code,
                });
                code = false;
                i = end;
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let end = src[i + 2..].find("*/").map_or(b.len(), |e| i + 2 + e + 2);
                let raw = &src[i..end];
                let lines = raw.matches('\n').count();
                out.push(Comment {
                    raw,
                    first_line: line,
                    last_line: line + lines,
                    after_code: code,
                });
                code = false;
                line += lines;
                i = end;
            }
            q @ (b'"' | b'\'') => {
                code = true;
                i += 1;
                while i < b.len() && b[i] != q && b[i] != b'\n' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'`' => {
                code = true;
                let end = src[i + 1..].find('`').map_or(b.len(), |e| i + 1 + e + 1);
                line += src[i..end].matches('\n').count();
                i = end;
            }
            c => {
                if !c.is_ascii_whitespace() {
                    code = true;
                }
                i += 1;
            }
        }
    }
    out
}

/// The text of the last comment group of a function body as Go's `CommentGroup.Text` gives it: markers and
/// the first space of line comments removed, trailing spaces trimmed, leading and trailing blank lines
/// dropped, runs of blank lines reduced to one.
fn last_comment_group_text(body: &str) -> Option<String> {
    let comments = scan_comments(body);
    let last = comments.len().checked_sub(1)?;
    let mut first = last;
    while first > 0 {
        let (prev, cur) = (&comments[first - 1], &comments[first]);
        if cur.after_code || cur.first_line > prev.last_line + 1 {
            break;
        }
        first -= 1;
    }
    let mut lines: Vec<String> = Vec::new();
    for c in &comments[first..] {
        if let Some(text) = c.raw.strip_prefix("//") {
            lines.push(text.strip_prefix(' ').unwrap_or(text).to_string());
        } else {
            let inner = c.raw.strip_prefix("/*").unwrap_or(c.raw);
            let inner = inner.strip_suffix("*/").unwrap_or(inner);
            lines.extend(inner.split('\n').map(str::to_string));
        }
    }
    let mut cleaned: Vec<String> = Vec::new();
    for l in lines {
        let l = l.trim_end().to_string();
        if l.is_empty() && cleaned.last().is_none_or(|p: &String| p.is_empty()) {
            continue;
        }
        cleaned.push(l);
    }
    while cleaned.last().is_some_and(|l| l.is_empty()) {
        cleaned.pop();
    }
    let mut text = cleaned.join("\n");
    if !text.is_empty() {
        text.push('\n');
    }
    Some(text)
}

/// The expected output of an example body, and whether it is unordered: Go's `(?i)^\s*(unordered )?output:`
/// at the start of the body's last comment group; the text after it, minus spaces and one newline.
pub fn example_output(body: &str) -> Option<(String, bool)> {
    let text = last_comment_group_text(body)?;
    let trimmed = text.trim_start_matches([' ', '\t', '\n', '\r', '\x0b', '\x0c']);
    let lower = trimmed.to_ascii_lowercase();
    let (unordered, skip) = if lower.starts_with("unordered output:") {
        (true, "unordered output:".len())
    } else if lower.starts_with("output:") {
        (false, "output:".len())
    } else {
        return None;
    };
    let rest = trimmed.get(skip..)?.trim_start_matches(' ');
    let rest = rest.strip_prefix('\n').unwrap_or(rest);
    Some((rest.to_string(), unordered))
}

/// Compiles and runs a checked test program, capturing its output.
fn execute(checked: &Checked, gas: Option<u64>) -> Outcome {
    let failed = |stderr: String| Outcome {
        stdout: Vec::new(),
        stderr,
        exit_code: 1,
    };
    let mut packages = Vec::new();
    for p in &checked.loaded.packages {
        let Some(id) = checked.program.package_by_path(&p.path) else {
            return failed(format!(
                "amber: internal error: package {} was not checked\n",
                p.path
            ));
        };
        packages.push(amber_vm::PackageFiles {
            id,
            files: &p.files,
        });
    }
    let image = match amber_vm::compile(
        &checked.program,
        &checked.loaded.sm,
        &packages,
        &test_natives(),
    ) {
        Ok(image) => image,
        Err(diags) => return failed(driver::render_diagnostics(&checked.loaded.sm, &diags)),
    };
    let mut stdout = Vec::new();
    let done = driver::execute(&image, &driver::RunOptions { gas }, &mut stdout);
    Outcome {
        stdout,
        stderr: done.stderr,
        exit_code: done.exit_code,
    }
}

/// The natives of a test program: the standard library's and package testing's caller lookup.
fn test_natives() -> amber_vm::Natives {
    amber_chain::api::natives()
}

/// What a test run printed, turned into `go test`'s output.
#[derive(Debug, Default)]
pub struct Interpreted {
    pub chunks: Vec<(Stream, Vec<u8>)>,
    pub passed: usize,
    pub failed: usize,
    pub ok: bool,
}

/// Replaces the markers of `AmberMain`'s output by Go's lines: the result of each example (its output
/// compared with its comment), and the final `PASS` / `FAIL` (`PASS` only when verbose). A run that ended
/// early (a panic) has its stderr appended and fails.
pub fn interpret(outcome: &Outcome, verbose: bool, examples: &[Example]) -> Interpreted {
    let mut r = PackageReport::default();
    let out = &outcome.stdout;
    let mut passed = 0;
    let mut failed = 0;
    let mut verdict: Option<bool> = None;
    let mut example_panicked = false;
    let mut example: Option<(&str, usize)> = None; // name, start of its output
    let mut i = 0;
    while i < out.len() {
        let Some(at) = find(&out[i..], MARKER).map(|p| p + i) else {
            if example.is_none() {
                r.out(&out[i..]);
            }
            break;
        };
        let body_start = at + MARKER.len();
        let body_end = find(&out[body_start..], b"\n").map_or(out.len(), |p| p + body_start);
        let body = String::from_utf8_lossy(&out[body_start..body_end]).into_owned();
        if example.is_none() {
            r.out(&out[i..at]);
        }
        i = (body_end + 1).min(out.len());
        if let Some(name) = body.strip_prefix("example ") {
            let name = examples
                .iter()
                .find(|e| e.name == name)
                .map_or("", |e| e.name.as_str());
            example = Some((name, i));
        } else if body == "end" || body == "panic" {
            let Some((name, from)) = example.take() else {
                continue;
            };
            let got = String::from_utf8_lossy(&out[from..at]).into_owned();
            let want = examples.iter().find(|e| e.name == name);
            example_panicked |= body == "panic";
            let fail = match want {
                _ if body == "panic" => Some(String::new()),
                Some(e) => compare_example(&got, e),
                None => None,
            };
            match fail {
                Some(why) => {
                    failed += 1;
                    r.out(format!("--- FAIL: {name} (0.00s)\n{why}"));
                }
                None => {
                    passed += 1;
                    if verbose {
                        r.out(format!("--- PASS: {name} (0.00s)\n"));
                    }
                }
            }
        } else if let Some(rest) = body.strip_prefix("done ") {
            let mut parts = rest.split(' ');
            let pass = parts.next() == Some("PASS");
            passed += parts
                .next()
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(0);
            failed += parts
                .next()
                .and_then(|n| n.parse::<usize>().ok())
                .unwrap_or(0);
            verdict = Some(pass);
        }
    }
    let ok = match verdict {
        Some(pass) => {
            let ok = pass && failed == 0 && outcome.exit_code == 0;
            if !ok {
                r.out("FAIL\n");
            } else if verbose {
                r.out("PASS\n");
            }
            ok
        }
        None => {
            // The run ended early: a panic (an example's is counted already) or a crash.
            if !example_panicked {
                failed += 1;
            }
            false
        }
    };
    if verdict.is_none() || outcome.exit_code != 0 {
        r.err(&outcome.stderr);
    }
    Interpreted {
        chunks: r.chunks,
        passed,
        failed,
        ok,
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Go's comparison of an example's output with its comment: both trimmed of surrounding space; for an
/// unordered example, the sorted lines. `Some` holds the failure text.
pub fn compare_example(got: &str, e: &Example) -> Option<String> {
    let g = got.trim();
    let w = e.output.trim();
    if e.unordered {
        let mut gl: Vec<&str> = g.split('\n').collect();
        let mut wl: Vec<&str> = w.split('\n').collect();
        gl.sort_unstable();
        wl.sort_unstable();
        (gl != wl).then(|| format!("got:\n{got}\nwant (unordered):\n{}\n", e.output))
    } else {
        (g != w).then(|| format!("got:\n{g}\nwant:\n{w}\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(name: &str, output: &str, unordered: bool) -> Example {
        Example {
            name: name.into(),
            external: false,
            output: output.into(),
            unordered,
        }
    }

    #[test]
    fn output_comment_forms() {
        let body = "\n\tfmt.Println(5)\n\t// Output: 5\n";
        assert_eq!(example_output(body), Some(("5\n".into(), false)));
        let body = "\n\tfmt.Println(\"a\")\n\t// Output:\n\t// a  \n\t//\n\t//\n\t// b\n";
        assert_eq!(example_output(body), Some(("a\n\nb\n".into(), false)));
        let body = "\n\tx()\n\t// Unordered output:\n\t// y\n\t// x\n";
        assert_eq!(example_output(body), Some(("y\nx\n".into(), true)));
        let body = "\n\tx()\n\t/* OUTPUT: hi\n\tthere */\n";
        assert_eq!(example_output(body), Some(("hi\n\tthere\n".into(), false)));
        // Empty expected output still makes the example run.
        assert_eq!(
            example_output("\n\tx()\n\t// Output:\n"),
            Some(("".into(), false))
        );
    }

    #[test]
    fn output_comment_must_be_last_group() {
        assert_eq!(
            example_output("\n\t// Output: 1\n\tx()\n\t// later\n"),
            None
        );
        assert_eq!(example_output("\n\tx() // not output\n"), None);
        assert_eq!(example_output("\n\tx()\n"), None);
        // A comment group is broken by a blank line or by code.
        let body = "\n\t// Output:\n\n\t// 1\n";
        assert_eq!(example_output(body), None);
        let body = "\n\t// Output:\n\tx() // 1\n";
        assert_eq!(example_output(body), None);
        // Comment markers inside strings are not comments.
        let body = "\n\ts := \"// Output: no\"\n\t_ = `/*`\n\t_ = '/'\n";
        assert_eq!(example_output(body), None);
    }

    #[test]
    fn package_clauses() {
        assert_eq!(package_clause("package foo\n"), Some("foo".into()));
        assert_eq!(
            package_clause("// Copyright\n/* x */\npackage foo_test // c\n"),
            Some("foo_test".into())
        );
        assert_eq!(package_clause("packagefoo\n"), None);
        assert_eq!(package_clause("func x() {}\n"), None);
    }

    #[test]
    fn test_name_rule() {
        assert!(has_test_prefix("Test", "Test"));
        assert!(has_test_prefix("TestX", "Test"));
        assert!(has_test_prefix("Test_x", "Test"));
        assert!(has_test_prefix("Test1", "Test"));
        assert!(!has_test_prefix("Testing", "Test"));
        assert!(!has_test_prefix("Xtest", "Test"));
        assert!(has_test_prefix("Example_bad", "Example"));
        assert!(!has_test_prefix("Examples", "Example"));
    }

    #[test]
    fn go_mod_module_line() {
        assert_eq!(
            module_path("// c\nmodule example.com/demo // x\n\ngo 1.27\n"),
            Some("example.com/demo".into())
        );
        assert_eq!(module_path("module \"a/b\"\n"), Some("a/b".into()));
        assert_eq!(module_path("modules x\n"), None);
    }

    /// Go's texts: `got:`/`want:` with both sides trimmed; unordered compares sorted lines and shows the
    /// untrimmed texts.
    #[test]
    fn example_comparison() {
        assert_eq!(compare_example("5\n", &example("E", "5\n", false)), None);
        assert_eq!(
            compare_example("\n 5 \n\n", &example("E", "5\n", false)),
            None
        );
        assert_eq!(
            compare_example("a  \nb\n", &example("E", "a\nc\n", false)),
            Some("got:\na  \nb\nwant:\na\nc\n".into())
        );
        assert_eq!(
            compare_example("x\ny\n", &example("E", "y\nx\n", true)),
            None
        );
        assert_eq!(
            compare_example("x\nz\n", &example("E", "y\nx\n", true)),
            Some("got:\nx\nz\n\nwant (unordered):\ny\nx\n\n".into())
        );
    }

    fn outcome(stdout: &str, stderr: &str, exit_code: i32) -> Outcome {
        Outcome {
            stdout: stdout.as_bytes().to_vec(),
            stderr: stderr.into(),
            exit_code,
        }
    }

    #[test]
    fn markers_become_go_lines() {
        let examples = vec![
            example("ExampleA", "5\n", false),
            example("ExampleB", "x\n", false),
        ];
        let run = "--- FAIL: TestX (0.00s)\n    x_test.go:3: no\n\
                   \x00amber:example ExampleA\n5\n\x00amber:end\n\
                   \x00amber:example ExampleB\ny\x00amber:end\n\
                   \x00amber:done FAIL 2 1\n";
        let r = interpret(&outcome(run, "", 0), false, &examples);
        let text: Vec<u8> = r.chunks.iter().flat_map(|(_, b)| b.clone()).collect();
        assert_eq!(
            String::from_utf8_lossy(&text),
            "--- FAIL: TestX (0.00s)\n    x_test.go:3: no\n\
             --- FAIL: ExampleB (0.00s)\ngot:\ny\nwant:\nx\nFAIL\n"
        );
        assert_eq!((r.passed, r.failed, r.ok), (3, 2, false));
    }

    #[test]
    fn verbose_pass() {
        let examples = vec![example("ExampleA", "5\n", false)];
        let run = "=== RUN   TestX\n--- PASS: TestX (0.00s)\n=== RUN   ExampleA\n\
                   \x00amber:example ExampleA\n5\n\x00amber:end\n\x00amber:done PASS 1 0\n";
        let r = interpret(&outcome(run, "", 0), true, &examples);
        let text: Vec<u8> = r.chunks.iter().flat_map(|(_, b)| b.clone()).collect();
        assert_eq!(
            String::from_utf8_lossy(&text),
            "=== RUN   TestX\n--- PASS: TestX (0.00s)\n=== RUN   ExampleA\n--- PASS: ExampleA (0.00s)\nPASS\n"
        );
        assert_eq!((r.passed, r.failed, r.ok), (2, 0, true));
    }

    #[test]
    fn panic_ends_the_run() {
        let run = "--- FAIL: TestP (0.00s)\n";
        let r = interpret(
            &outcome(run, "panic: boom\n\ngoroutine 1 [running]:\n", 2),
            false,
            &[],
        );
        assert_eq!(r.chunks.len(), 2);
        assert_eq!(r.chunks[0], (Stream::Stdout, run.as_bytes().to_vec()));
        assert_eq!(r.chunks[1].0, Stream::Stderr);
        assert!(!r.ok);
        assert_eq!(r.failed, 1);
        // A panicking example is reported as failed before the panic.
        let examples = vec![example("ExampleP", "", false)];
        let run = "\x00amber:example ExampleP\npartial\x00amber:panic\n";
        let r = interpret(&outcome(run, "panic: x\n", 2), false, &examples);
        assert_eq!(
            r.chunks[0],
            (Stream::Stdout, b"--- FAIL: ExampleP (0.00s)\n".to_vec())
        ); // Counted once, not again as a run that ended early.
        assert_eq!((r.passed, r.failed, r.ok), (0, 1, false));
    }

    /// A scratch package directory under the system temp dir.
    fn scratch_dir(name: &str, files: &[(&str, &str)]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("amber-gotest-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        for (n, text) in files {
            std::fs::write(dir.join(n), text).expect("write");
        }
        dir
    }

    #[test]
    fn mismatched_package_clauses_are_a_setup_failure() {
        let dir = scratch_dir(
            "clauses",
            &[("a.go", "package a\n"), ("b_test.go", "package other\n")],
        );
        let r = test_package(&dir, &TestOptions::default());
        let _ = std::fs::remove_dir_all(&dir);
        let text = r.text();
        assert!(
            text.contains("found packages a (a.go) and other (b_test.go) in "),
            "{text}"
        );
        assert!(text.ends_with(" [setup failed]\n"), "{text}");
        assert_eq!((r.failed, r.ok), (1, false));
    }

    #[test]
    fn wrong_test_signatures_are_reported_like_go() {
        let src = "package p\n\nimport tt \"testing\"\n\nfunc TestOK(t *tt.T) {}\nfunc TestBad(t int) {}\n\
                   func Testing(t int) {}\nfunc ExampleBad() int { return 1 }\nfunc (r R) TestM(t *tt.T) {}\n";
        let mut sm = SourceMap::new();
        let mut ids = NodeIds::default();
        let id = sm.add("p_test.go", src);
        let (file, errs) = amber_syntax::parse_file(&sm, id, &mut ids);
        assert!(errs.is_empty());
        let found = find_tests(&sm, &file, false);
        let names: Vec<&str> = found.tests.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["TestOK"]);
        assert_eq!(
            found.errors,
            "p_test.go:6:1: wrong signature for TestBad, must be: func TestBad(t *testing.T)\n\
             p_test.go:8:1: wrong signature for ExampleBad, must be: func ExampleBad()\n"
        );
    }

    #[test]
    fn generated_main_lists_tests_and_examples() {
        let tests = vec![
            TestFunc {
                name: "TestA".into(),
                external: false,
            },
            TestFunc {
                name: "TestB".into(),
                external: true,
            },
        ];
        let examples = vec![example("Example_x", "1\n", true)];
        let src = generate_main(
            "example.com/p",
            "example.com/p_test",
            &tests,
            &examples,
            true,
        );
        assert!(src.contains("\t_test \"example.com/p\"\n"), "{src}");
        assert!(src.contains("\t_xtest \"example.com/p_test\"\n"), "{src}");
        assert!(src.contains("_testing.AmberMain(true, "), "{src}");
        assert!(src.contains("{Name: \"TestB\", F: _xtest.TestB},"), "{src}");
        assert!(
            src.contains("{Name: \"Example_x\", F: _test.Example_x, Unordered: true},"),
            "{src}"
        );
        // An unused import would not compile: only the packages that are used are imported.
        let src = generate_main("p", "p_test", &tests[..1], &[], false);
        assert!(!src.contains("_xtest"), "{src}");
    }
}

/// Golden comparisons: `amber test` on the packages under `tests/gotest/` prints what real `go test` printed
/// there (`go_test.out`, `go_test_v.out`).
#[cfg(test)]
mod golden {
    use super::*;

    /// Masks what legitimately differs between two runs: times, the goroutine trace of a panic, the
    /// directory prefix of compile-error positions.
    fn normalize(text: &str, dir: &Path) -> String {
        let dir_prefix = format!("{}/", dir.display());
        let mut out = String::new();
        let mut in_trace = false;
        for line in text.lines() {
            if line.starts_with("goroutine ") {
                in_trace = true;
                out.push_str("goroutine ...\n");
                continue;
            }
            if in_trace && !line.starts_with("FAIL") {
                continue;
            }
            in_trace = false;
            let line = line.replace(&dir_prefix, "./");
            out.push_str(&mask_times(&line));
            out.push('\n');
        }
        out
    }

    /// `(0.01s)` becomes `(0.00s)`, `\t0.012s` becomes `\tTIME`.
    fn mask_times(line: &str) -> String {
        let mut s = line.to_string();
        if let Some(open) = s.rfind(" (") {
            if s.ends_with("s)") && s[open + 2..s.len() - 2].parse::<f64>().is_ok() {
                s = format!("{} (0.00s)", &s[..open]);
            }
        }
        if s.starts_with("ok  \t") || s.starts_with("FAIL\t") {
            let parts: Vec<String> = s
                .split('\t')
                .map(|p| {
                    let (num, rest) = p.split_once("s").unwrap_or((p, ""));
                    if num.parse::<f64>().is_ok() && num.contains('.') {
                        format!("TIME{rest}")
                    } else {
                        p.to_string()
                    }
                })
                .collect();
            s = parts.join("\t");
        }
        s
    }

    fn packages() -> Vec<PathBuf> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/gotest");
        let mut dirs = vec![root.join("calc")];
        for d in ["failing", "panicking", "buildfail"] {
            dirs.push(root.join("testdata").join(d));
        }
        dirs
    }

    #[test]
    fn golden_packages() {
        let mut failures = Vec::new();
        for dir in packages() {
            for (verbose, golden) in [(false, "go_test.out"), (true, "go_test_v.out")] {
                let want = std::fs::read_to_string(dir.join(golden)).expect("golden file");
                let opts = TestOptions { verbose, gas: None };
                let report = test_package(&dir, &opts);
                let mut got = report.text();
                if !report.ok {
                    got.push_str("FAIL\n");
                }
                let (got, want) = (normalize(&got, &dir), normalize(&want, &dir));
                if got != want {
                    failures.push(format!(
                        "{} {golden}:\n--- got\n{got}--- want\n{want}",
                        dir.display()
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn normalizing_masks_times_and_traces() {
        let dir = Path::new("/x/pkg");
        let text = "--- FAIL: TestA (0.01s)\npanic: boom\n\ngoroutine 5 [running]:\nmain.f()\n\t/x/y.go:3\n\
                    FAIL\tamber.test/p\t0.012s\n/x/pkg/a_test.go:1:2: bad\nok  \tp\t1.500s [no tests to run]\n";
        assert_eq!(
            normalize(text, dir),
            "--- FAIL: TestA (0.00s)\npanic: boom\n\ngoroutine ...\nFAIL\tamber.test/p\tTIME\n\
             ./a_test.go:1:2: bad\nok  \tp\tTIME [no tests to run]\n"
        );
    }
}
