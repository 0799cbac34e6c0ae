//! Building a transaction's image: the deployed packages (in deploy order), the standard packages and the
//! chain API they import, then the transaction's own package (a script, a synthesised call, a query), all
//! checked and compiled together.

use std::collections::HashMap;

use amber_check::Program;
use amber_stdlib::load::{render_diagnostics, resolve_std, Loaded, Loader};
use amber_syntax::Diagnostic;
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

/// Loads, checks and compiles packages step by step; errors come back rendered as Go prints them.
pub struct Builder<'a> {
    loader: Loader<'a>,
    program: Program,
    checked: usize,
}

impl<'a> Builder<'a> {
    /// A builder whose imports resolve to `deployed` packages, the chain API and the standard library.
    /// `deployed` may also hold extra files for a deployed package (a query's function).
    pub fn new(deployed: &[PackageSource]) -> Builder<'a> {
        let map: HashMap<String, Vec<(String, String)>> = deployed
            .iter()
            .map(|p| (p.path.clone(), p.files.clone()))
            .collect();
        Builder {
            loader: Loader::new(Box::new(move |path: &str| resolve(&map, path))),
            program: Program::new(),
            checked: 0,
        }
    }

    /// Loads and checks package `path` (resolved like an import) and what it imports.
    pub fn add_path(&mut self, path: &str) -> Result<(), String> {
        let r = self.loader.add_path(path);
        self.after_load(r)
    }

    /// Loads and checks package `path` made of `files`, and what it imports.
    pub fn add_files(&mut self, path: &str, files: Vec<(String, String)>) -> Result<(), String> {
        let r = self.loader.add_files(path, files);
        self.after_load(r)
    }

    fn after_load(&mut self, loaded: Result<(), Vec<Diagnostic>>) -> Result<(), String> {
        if let Err(diags) = loaded {
            return Err(self.render(&diags));
        }
        while let Some(pkg) = self.loader.packages.get(self.checked) {
            if let Err(diags) = self
                .program
                .check_package(&self.loader.sm, &pkg.path, &pkg.files)
            {
                return Err(self.render(&diags));
            }
            self.checked += 1;
        }
        Ok(())
    }

    fn render(&self, diags: &[Diagnostic]) -> String {
        // A root that could not be resolved has no position: print the message alone.
        if diags.iter().all(|d| d.pos == 0) {
            return diags.iter().map(|d| format!("{}\n", d.msg)).collect();
        }
        render_diagnostics(&self.loader.sm, diags)
    }

    pub fn program(&self) -> &Program {
        &self.program
    }

    pub fn loaded_packages(&self) -> &[amber_stdlib::load::LoadedPackage] {
        &self.loader.packages
    }

    /// Compiles everything loaded into an image.
    pub fn compile(self) -> Result<(Image, Loaded, Program), String> {
        let loaded = self.loader.finish();
        let mut packages = Vec::new();
        for p in &loaded.packages {
            let Some(id) = self.program.package_by_path(&p.path) else {
                return Err(format!(
                    "internal error: package {} was not checked\n",
                    p.path
                ));
            };
            packages.push(PackageFiles {
                id,
                files: &p.files,
            });
        }
        let natives = crate::api::natives();
        let image = amber_vm::compile(&self.program, &loaded.sm, &packages, &natives)
            .map_err(|diags| render_diagnostics(&loaded.sm, &diags))?;
        Ok((image, loaded, self.program))
    }
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
        let paths: Vec<String> = b.loaded_packages().iter().map(|p| p.path.clone()).collect();
        assert_eq!(paths.first().map(String::as_str), Some("r/a"));
        assert_eq!(paths.last().map(String::as_str), Some("main"));
        assert!(b.compile().is_ok());
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
