//! Runs every realm test under `tests/realms/` (see `amber_cli::realmtest`), one test each, with the `amber`
//! binary built by cargo.

use std::path::Path;

use amber_cli::realmtest;
use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/realms");
    let amber = Path::new(env!("CARGO_BIN_EXE_amber")).to_path_buf();
    let files = realmtest::discover(&root).expect("tests/realms is readable");
    let trials = files
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&root)
                .unwrap_or(&path)
                .display()
                .to_string();
            let amber = amber.clone();
            Trial::test(name, move || {
                realmtest::run(&path, &amber).map_err(Failed::from)
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
