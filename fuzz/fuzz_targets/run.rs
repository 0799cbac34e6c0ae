//! Fuzz target: any bytes, as lossy UTF-8, compiled and run as package main with the real standard library
//! and a small gas limit, must never panic the host or hang, and must never end in an internal error (a
//! compiler or machine bug: every program the checker accepts compiles and runs to output, a Go panic or
//! out of gas).
#![no_main]

use amber_cli::driver::{run_files, RunOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let opts = RunOptions {
        gas: Some(5_000_000),
    };
    let mut out = Vec::new();
    let finished = run_files(vec![("main.go".into(), text)], &opts, &mut out);
    assert!(
        !finished.stderr.contains("internal error"),
        "{}",
        finished.stderr
    );
});
