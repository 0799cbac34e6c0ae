//! Derives the build id of compiled programs stored in a home (`AMBER_BUILD_ID`): a sha256 over the sources
//! of everything that decides the bytes of a compiled program — the crates syntax, check, vm and stdlib (its
//! Go sources included), this crate's sources and Go files, and the workspace's Cargo.lock (the encoder's
//! version). A stored program of another build id is rebuilt from sources, never decoded.

use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

/// What is hashed, relative to this crate's directory.
const INPUTS: &[&str] = &[
    "../syntax",
    "../check",
    "../vm",
    "../stdlib",
    "src",
    "go",
    "build.rs",
    "Cargo.toml",
    "../../Cargo.lock",
];

fn main() {
    let mut files = Vec::new();
    for input in INPUTS {
        println!("cargo:rerun-if-changed={input}");
        collect(Path::new(input), &mut files);
    }
    files.sort();
    let mut hasher = Sha256::new();
    for path in &files {
        let text = fs::read(path).expect("build input is readable");
        let name = path.to_string_lossy();
        hasher.update((name.len() as u64).to_le_bytes());
        hasher.update(name.as_bytes());
        hasher.update((text.len() as u64).to_le_bytes());
        hasher.update(&text);
    }
    let id: String = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    println!("cargo:rustc-env=AMBER_BUILD_ID={id}");
}

/// Every file under `path` (or `path` itself), skipping build output directories.
fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    let Ok(meta) = fs::metadata(path) else {
        return;
    };
    if meta.is_file() {
        out.push(path.to_path_buf());
        return;
    }
    let Ok(entries) = fs::read_dir(path) else {
        return;
    };
    for entry in entries.flatten() {
        let p = entry.path();
        if p.file_name().is_some_and(|n| n == "target") {
            continue;
        }
        collect(&p, out);
    }
}
