//! Runs every file test under `tests/` (see `amber_cli::filetest`), one test each, through the same pipeline as
//! `amber run`. Tests listed in `tests/known_failures.txt` are reported as ignored until they pass.

use std::path::{Path, PathBuf};

use amber_cli::{driver, filetest};
use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests");
    let known = known_failures(&root);
    let files = filetest::discover(&root).expect("tests/ is readable");
    let trials = files
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&root)
                .unwrap_or(&path)
                .display()
                .to_string();
            let ignored = known.contains(&name);
            Trial::test(name, move || run(&path)).with_ignored_flag(ignored)
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

fn run(path: &PathBuf) -> Result<(), Failed> {
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let exp = filetest::parse_expectation(&src).ok_or("no expectation block")?;
    let outcome = driver::run_test_file(path);
    filetest::check(&exp, &outcome, &path.display().to_string()).map_err(Failed::from)
}

fn known_failures(root: &Path) -> Vec<String> {
    std::fs::read_to_string(root.join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}
