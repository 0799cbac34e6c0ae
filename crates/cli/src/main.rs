//! `amber`: run and test Go programs on the Amber machine.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use amber_cli::driver::{self, RunOptions};
use amber_cli::filetest;
use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "amber",
    version,
    about = "A deterministic virtual machine for Go"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile and run package main from FILE.go... or a directory, like `go run`.
    Run {
        /// Stop with "out of gas" after this much gas (exit code 2).
        #[arg(long)]
        gas: Option<u64>,
        /// Print the gas used on stderr when the program ends.
        #[arg(long)]
        stats: bool,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Run file tests (programs ending in `// Output:` / `// Error:` blocks) under DIRs or FILEs.
    Test {
        /// Print every test, not only failures.
        #[arg(short, long)]
        verbose: bool,
        paths: Vec<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run { gas, stats, files } => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            let done = driver::run_paths(&files, &RunOptions { gas }, &mut out);
            let _ = out.flush();
            drop(out);
            eprint!("{}", done.stderr);
            if let (true, Some(gas)) = (stats, done.gas_used) {
                eprintln!("gas used: {gas}");
            }
            ExitCode::from(done.exit_code.clamp(0, 255) as u8)
        }
        Command::Test { verbose, paths } => test(verbose, paths),
    }
}

fn test(verbose: bool, paths: Vec<PathBuf>) -> ExitCode {
    let roots = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths
    };
    let mut files = Vec::new();
    for root in &roots {
        match filetest::discover(root) {
            Ok(found) => files.extend(found),
            Err(e) => {
                eprintln!("amber test: {}: {e}", root.display());
                return ExitCode::from(1);
            }
        }
    }
    let (mut passed, mut failed) = (0usize, 0usize);
    let start = std::time::Instant::now();
    for path in &files {
        let name = path.display().to_string();
        let t0 = std::time::Instant::now();
        let result = std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|src| {
                filetest::parse_expectation(&src).ok_or_else(|| "no expectation block".to_string())
            })
            .and_then(|exp| {
                let outcome = driver::run_test_file(path);
                filetest::check(&exp, &outcome, &path.display().to_string())
            });
        let secs = t0.elapsed().as_secs_f64();
        match result {
            Ok(()) => {
                passed += 1;
                if verbose {
                    println!("--- PASS: {name} ({secs:.2}s)");
                }
            }
            Err(why) => {
                failed += 1;
                println!("--- FAIL: {name} ({secs:.2}s)");
                for line in why.lines() {
                    println!("    {line}");
                }
            }
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let label = roots
        .iter()
        .map(|r| r.display().to_string())
        .collect::<Vec<_>>()
        .join(" ");
    if failed == 0 {
        println!("ok  \t{label}\t{secs:.3}s");
    } else {
        println!("FAIL\t{label}\t{secs:.3}s");
    }
    println!("{passed} passed, {failed} failed");
    ExitCode::from(if failed == 0 { 0 } else { 1 })
}
