//! Building a transaction's image: the deployed packages (in deploy order), the standard packages and the
//! chain API they import, then the transaction's own package (a script, a synthesised call, a query), all
//! checked and compiled one root package at a time, so that what the deployed packages give can be cached.

use std::collections::HashMap;

use amber_check::{Info, Program};
use amber_stdlib::load::{render_diagnostics, resolve_std, Loader};
use amber_syntax::ast::NodeIds;
use amber_syntax::{Diagnostic, SourceMap};
use amber_vm::compile::CompileState;
use amber_vm::{Image, PackageFiles};

/// A deployed package's sources: its path and its files (name shown in messages, text).
#[derive(Clone, Debug)]
pub struct PackageSource {
    pub path: String,
    pub files: Vec<(String, String)>,
}

/// Where an import path comes from, as the resolver sees it.
fn resolve(
    deployed: &HashMap<String, Vec<(String, String)>>,
    path: &str,
) -> Result<Vec<(String, String)>, String> {
    if let Some(files) = deployed.get(path) {
        return Ok(files.clone());
    }
    if path == crate::api::PATH {
        return Ok(crate::api::sources());
    }
    if amber_stdlib::sources::is_standard(path) {
        return resolve_std(path);
    }
    Err(format!("package {path} is not deployed and not in std"))
}

/// A checked and compiled program that grows one root package (with the packages it imports) at a time. It is
/// what a home caches between transactions: the deployed packages built once, each transaction cloning it and
/// adding only its own package on top. Building in the same steps always gives the same image, so a
/// transaction behaves the same (output, gas) whether it starts from a cached or a freshly built program.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
pub struct Built {
    sm: SourceMap,
    next_node: u32,
    /// The packages loaded so far, in load order (each after its imports).
    paths: Vec<String>,
    /// The checked packages. What the checker learned about each syntax node (`Info`) is dropped once a
    /// package is compiled: nothing later needs it, and it is most of a program's size.
    program: Program,
    compiled: CompileState,
}

impl Default for Built {
    fn default() -> Self {
        Built::new()
    }
}

impl Built {
    /// Nothing loaded.
    pub fn new() -> Built {
        Built {
            sm: SourceMap::new(),
            next_node: 0,
            paths: Vec::new(),
            program: Program::new(),
            compiled: CompileState::new(),
        }
    }

    /// The packages loaded so far, in load order.
    pub fn paths(&self) -> &[String] {
        &self.paths
    }

    /// Makes the program's tables shared between clones (see `amber_check::layered`): done to a program
    /// before it is cached, so that each transaction's clone copies none of them.
    pub fn freeze(&mut self) {
        self.program.freeze();
        self.compiled.remember_validation();
    }

    /// The checked packages (without what was learned about each syntax node).
    pub fn program(&self) -> &Program {
        &self.program
    }

    /// Readies a program read back from bytes: gives its natives their functions (the builder's natives)
    /// and checks what later build steps rely on — the loaded packages are the checked ones, in order,
    /// their scopes and imports exist, and the compile state refers into its image (which is validated).
    pub fn resolve_stored(&mut self) -> Result<(), String> {
        let program = &self.program;
        if program.packages.len() != self.paths.len()
            || program
                .packages
                .iter()
                .zip(&self.paths)
                .any(|(p, q)| &p.path != q)
        {
            return Err("loaded packages differ from checked ones".into());
        }
        let npackages = program.packages.len();
        let scope_ok = |s: amber_check::ScopeId| program.scopes.get(s).is_some();
        let packages_ok = scope_ok(program.universe)
            && program
                .packages
                .iter()
                .all(|p| scope_ok(p.scope) && p.imports.iter().all(|i| (i.0 as usize) < npackages));
        if !packages_ok {
            return Err("package scope or import out of range".into());
        }
        if self.compiled.image().packages.len() != npackages {
            return Err("compiled packages differ from checked ones".into());
        }
        self.compiled.resolve_stored(&crate::api::natives())
    }
}

/// The standard packages (and the chain API) that `files` import, in first-import order. A transaction builds
/// them as steps of their own before its package, so that a cached program holding them serves it.
pub fn standard_imports(files: &[(String, String)]) -> Vec<String> {
    let mut sm = SourceMap::new();
    let mut ids = NodeIds::default();
    let mut parsed = Vec::new();
    for (name, text) in files {
        let id = sm.add(name.clone(), text.clone());
        parsed.push(amber_syntax::parse_file(&sm, id, &mut ids).0);
    }
    amber_stdlib::load::imports_of(&parsed)
        .into_iter()
        .map(|(path, _)| path)
        .filter(|path| amber_stdlib::sources::is_standard(path) || path == crate::api::PATH)
        .collect()
}

/// What a build step adds: a package resolved like an import, or one made of the given files.
enum Root<'f> {
    Path(&'f str),
    Files(&'f str, Vec<(String, String)>),
}

/// Loads, checks and compiles packages step by step onto a [`Built`]; errors come back rendered as Go prints
/// them. After an error the builder is spent (its program may be partly extended): drop it.
pub struct Builder {
    built: Built,
    sources: HashMap<String, Vec<(String, String)>>,
}

impl Builder {
    /// A builder starting from nothing, whose imports resolve to `deployed` packages, the chain API and the
    /// standard library. `deployed` may also hold extra files for a deployed package (a query's function).
    pub fn new(deployed: &[PackageSource]) -> Builder {
        Builder::from_built(Built::new(), deployed)
    }

    /// A builder going on from `built` (whose packages are not loaded again).
    pub fn from_built(built: Built, deployed: &[PackageSource]) -> Builder {
        Builder {
            built,
            sources: deployed
                .iter()
                .map(|p| (p.path.clone(), p.files.clone()))
                .collect(),
        }
    }

    /// Loads, checks and compiles package `path` (resolved like an import) and what it imports.
    pub fn add_path(&mut self, path: &str) -> Result<(), String> {
        self.add(Root::Path(path))
    }

    /// Loads, checks and compiles package `path` made of `files`, and what it imports.
    pub fn add_files(&mut self, path: &str, files: Vec<(String, String)>) -> Result<(), String> {
        self.add(Root::Files(path, files))
    }

    fn add(&mut self, root: Root) -> Result<(), String> {
        let built = &mut self.built;
        let sources = &self.sources;
        let mut loader = Loader::resume(
            std::mem::take(&mut built.sm),
            NodeIds {
                next: built.next_node,
            },
            built.paths.iter().cloned(),
            Box::new(move |path: &str| resolve(sources, path)),
        );
        let loaded = match root {
            Root::Path(path) => loader.add_path(path),
            Root::Files(path, files) => loader.add_files(path, files),
        };
        let new = loader.finish();
        built.sm = new.sm;
        built.next_node = new.ids.next;
        if let Err(diags) = loaded {
            return Err(render(&built.sm, &diags));
        }
        let mut packages = Vec::new();
        for pkg in &new.packages {
            let id = built
                .program
                .check_package(&built.sm, &pkg.path, &pkg.files)
                .map_err(|diags| render(&built.sm, &diags))?;
            built.paths.push(pkg.path.clone());
            packages.push(PackageFiles {
                id,
                files: &pkg.files,
            });
        }
        let natives = crate::api::natives();
        amber_vm::compile::compile_more(
            &mut built.compiled,
            &built.program,
            &built.sm,
            &packages,
            &natives,
        )
        .map_err(|diags| render_diagnostics(&built.sm, &diags))?;
        built.program.info = Info::default();
        built.program.spellings.exprs.clear();
        Ok(())
    }

    /// Adds `files` to package `path`, already built: functions only, which see the package's names (see
    /// `Program::check_extension`). Nothing built before changes, so this is cheap on a cached program.
    pub fn extend_package(
        &mut self,
        path: &str,
        files: Vec<(String, String)>,
    ) -> Result<(), String> {
        let built = &mut self.built;
        let Some(id) = built.program.package_by_path(path) else {
            return Err(format!("package {path} is not built"));
        };
        let mut ids = NodeIds {
            next: built.next_node,
        };
        let mut parsed = Vec::new();
        let mut diags = Vec::new();
        for (name, text) in files {
            let file = built.sm.add(name, text);
            let (tree, errors) = amber_syntax::parse_file(&built.sm, file, &mut ids);
            parsed.push(tree);
            diags.extend(errors);
        }
        built.next_node = ids.next;
        if !diags.is_empty() {
            return Err(render(&built.sm, &diags));
        }
        built
            .program
            .check_extension(&built.sm, id, &parsed)
            .map_err(|diags| render(&built.sm, &diags))?;
        let natives = crate::api::natives();
        amber_vm::compile::compile_extension(
            &mut built.compiled,
            &built.program,
            &built.sm,
            PackageFiles { id, files: &parsed },
            &natives,
        )
        .map_err(|diags| render_diagnostics(&built.sm, &diags))?;
        built.program.info = Info::default();
        built.program.spellings.exprs.clear();
        Ok(())
    }

    pub fn program(&self) -> &Program {
        &self.built.program
    }

    /// What is built so far (to be cached and extended later).
    pub fn built(&self) -> &Built {
        &self.built
    }

    /// What is built so far, consuming the builder.
    pub fn into_built(self) -> Built {
        self.built
    }

    /// The image of everything added, its `main` being the last package's.
    pub fn into_image(self) -> Image {
        self.built.compiled.into_image()
    }
}

/// Renders load and check errors; a root that could not be resolved has no position: its message alone.
fn render(sm: &SourceMap, diags: &[Diagnostic]) -> String {
    if diags.iter().all(|d| d.pos == 0) {
        return diags.iter().map(|d| format!("{}\n", d.msg)).collect();
    }
    render_diagnostics(sm, diags)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pkg(path: &str, src: &str) -> PackageSource {
        PackageSource {
            path: path.into(),
            files: vec![(format!("{path}/a.go"), src.into())],
        }
    }

    #[test]
    fn script_sees_deployed_packages_and_chain() {
        let deployed = vec![pkg(
            "r/a",
            "package a\nvar N = 3\nfunc Get() int { return N }\n",
        )];
        let mut b = Builder::new(&deployed);
        assert_eq!(b.add_path("r/a"), Ok(()));
        let script = "package main\nimport (\"fmt\"; \"chain\"; \"r/a\")\nfunc main() { fmt.Println(a.Get(), chain.Height()) }\n";
        assert_eq!(
            b.add_files("main", vec![("s.go".into(), script.into())]),
            Ok(())
        );
        let paths = b.built().paths().to_vec();
        assert_eq!(paths.first().map(String::as_str), Some("r/a"));
        assert_eq!(paths.last().map(String::as_str), Some("main"));
        assert!(b.into_image().main.is_some());
    }

    /// The image of a script built on a clone of a cached program is the image built from nothing in the
    /// same steps.
    #[test]
    fn script_on_cached_program_is_the_same_image() {
        let deployed = vec![pkg(
            "r/a",
            "package a\nimport \"strings\"\nvar N = strings.Repeat(\"x\", 3)\nvar M = 1\nfunc Get() string { return N }\n",
        )];
        let script = "package main\nimport (\"fmt\"; \"r/a\"; \"strings\")\ntype T struct{ s string }\nfunc main() {\n\tvar b strings.Builder\n\tb.WriteString(a.N)\n\tfmt.Println(a.Get(), T{\"y\"}, b.String(), a.M)\n}\n";
        let build = |b: &mut Builder| {
            assert_eq!(b.add_path("r/a"), Ok(()));
            for path in standard_imports(&[("s.go".into(), script.into())]) {
                assert_eq!(b.add_path(&path), Ok(()));
            }
        };
        let mut cold = Builder::new(&deployed);
        build(&mut cold);
        assert_eq!(
            cold.add_files("main", vec![("s.go".into(), script.into())]),
            Ok(())
        );
        let cold = format!("{:?}", cold.into_image());

        let mut base = Builder::new(&deployed);
        build(&mut base);
        let mut cached = base.built().clone();
        cached.freeze();
        for _ in 0..2 {
            let mut warm = Builder::from_built(cached.clone(), &[]);
            assert_eq!(
                warm.add_files("main", vec![("s.go".into(), script.into())]),
                Ok(())
            );
            // Checking the script copied none of the cached program's tables.
            assert!(warm
                .built()
                .program()
                .shares_frozen_tables(cached.program()));
            assert_eq!(format!("{:?}", warm.into_image()), cold);
        }
    }

    #[test]
    fn cached_program_is_unchanged_by_a_failed_script() {
        let mut base = Builder::new(&[]);
        assert_eq!(base.add_path("fmt"), Ok(()));
        let mut cached = base.built().clone();
        cached.freeze();
        let mut bad = Builder::from_built(cached.clone(), &[]);
        let script = "package main\nimport \"fmt\"\nfunc main() { fmt.Println(undefined) }\n";
        assert_eq!(
            bad.add_files("main", vec![("s.go".into(), script.into())]),
            Err("s.go:3:27: undefined: undefined\n".into())
        );
        let mut good = Builder::from_built(cached, &[]);
        let script = "package main\nimport \"fmt\"\nfunc main() { fmt.Println(1) }\n";
        assert_eq!(
            good.add_files("main", vec![("s.go".into(), script.into())]),
            Ok(())
        );
    }

    /// A query function joins a built package without checking it again: it sees the package's unexported
    /// names, leaves everything built before as it was and copies none of the cached tables.
    #[test]
    fn extending_a_cached_package_adds_only_its_functions() {
        let deployed = vec![pkg(
            "r/a",
            "package a\nimport s \"strings\"\nvar n = 3\nfunc get() string { return s.Repeat(\"x\", n) }\n",
        )];
        let mut base = Builder::new(&deployed);
        assert_eq!(base.add_path("r/a"), Ok(()));
        let mut cached = base.built().clone();
        cached.freeze();
        let before = format!("{:?}", cached.compiled.image().funcs);
        let mut b = Builder::from_built(cached.clone(), &[]);
        let query = "package a\nimport s \"strings\"\nfunc q() string { return s.ToUpper(get()) + string(rune('0' + n)) }\n";
        assert_eq!(
            b.extend_package("r/a", vec![("r/a/query.go".into(), query.into())]),
            Ok(())
        );
        assert!(b.built().program().shares_frozen_tables(cached.program()));
        let image = b.into_image();
        let n = cached.compiled.image().funcs.len();
        assert_eq!(format!("{:?}", &image.funcs[..n]), before);
        assert_eq!(image.funcs.len(), n + 1);
        assert!(
            image.funcs[n].name.ends_with(".q"),
            "{}",
            image.funcs[n].name
        );

        let mut bad = Builder::from_built(cached, &[]);
        let types = "package a\ntype T int\nfunc q() T { return 1 }\n";
        assert_eq!(
            bad.extend_package("r/a", vec![("r/a/query.go".into(), types.into())]),
            Err("r/a/query.go:1:9: only functions can be added to a checked package\n".into())
        );
    }

    #[test]
    fn standard_imports_are_listed_in_order() {
        let files = vec![
            (
                "a.go".to_string(),
                "package main\nimport (\"strings\"; \"r/x\"; _ \"fmt\")\n".to_string(),
            ),
            (
                "b.go".to_string(),
                "package main\nimport (\"chain\"; \"strings\")\n".to_string(),
            ),
        ];
        assert_eq!(standard_imports(&files), vec!["strings", "fmt", "chain"]);
    }

    #[test]
    fn unknown_import_is_named() {
        let mut b = Builder::new(&[]);
        let script = "package main\nimport \"r/nope\"\nfunc main() {}\n";
        assert_eq!(
            b.add_files("main", vec![("s.go".into(), script.into())]),
            Err("s.go:2:8: package r/nope is not deployed and not in std\n".into())
        );
    }
}
