//! Embeds the Go sources under `go/` into the binary: one entry per package directory, its `.go` files
//! (excluding tests and `testdata/`), so that `amber` needs no files beside it at run time.

use std::fs;
use std::path::Path;

fn main() {
    let root = Path::new("go");
    println!("cargo:rerun-if-changed=go");
    let mut packages: Vec<(String, Vec<String>)> = Vec::new();
    collect(root, root, &mut packages);
    packages.sort();
    let mut out =
        String::from("/// (import path, [(file name, source)]) for every embedded package.\n");
    out.push_str("pub static PACKAGES: &[(&str, &[(&str, &str)])] = &[\n");
    for (path, files) in &packages {
        out.push_str(&format!("    ({path:?}, &[\n"));
        for f in files {
            let abs = fs::canonicalize(root.join(path).join(f)).expect("embedded source exists");
            out.push_str(&format!(
                "        ({f:?}, include_str!({:?})),\n",
                abs.display().to_string()
            ));
        }
        out.push_str("    ]),\n");
    }
    out.push_str("];\n");
    let dest =
        Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded.rs");
    fs::write(dest, out).expect("write embedded.rs");
}

fn collect(root: &Path, dir: &Path, packages: &mut Vec<(String, Vec<String>)>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut files = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed={}", path.display());
        if path.is_dir() {
            if name != "testdata" {
                collect(root, &path, packages);
            }
        } else if name.ends_with(".go") && !name.ends_with("_test.go") {
            files.push(name);
        }
    }
    if !files.is_empty() {
        files.sort();
        let rel = dir
            .strip_prefix(root)
            .expect("under root")
            .to_string_lossy()
            .replace('\\', "/");
        packages.push((rel, files));
    }
}
