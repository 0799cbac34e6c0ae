//! `amber`: run and test Go programs on the Amber machine.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use amber_chain::home::{TxOptions, DEFAULT_CALLER};
use amber_cli::driver::{self, RunOptions};
use amber_cli::{chaincmd, filetest, gotest, realmtest};
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
        /// Run as one transaction against this home (the program may import deployed packages); committed
        /// only if it succeeds.
        #[arg(long)]
        home: Option<PathBuf>,
        /// The user sending the transaction (with --home).
        #[arg(long, default_value = DEFAULT_CALLER)]
        caller: String,
        /// Print the gas used on stderr when the program ends.
        #[arg(long)]
        stats: bool,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Print each function's compiled code beside the Go source lines it came from.
    Disasm {
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Like `go test`: test the packages (directories with `_test.go` files) under DIRs, and run the file
    /// tests (programs ending in `// Output:` / `// Error:` blocks) under DIRs or FILEs.
    Test {
        /// Print every test, not only failures.
        #[arg(short, long)]
        verbose: bool,
        /// Stop each package's run with "out of gas" after this much gas.
        #[arg(long)]
        gas: Option<u64>,
        paths: Vec<PathBuf>,
    },
    /// Create a home (default ./.amber, or $AMBER_HOME).
    Init {
        #[arg(long)]
        home: Option<PathBuf>,
    },
    /// Deploy the package in DIR at PKGPATH (a path with an element r for a realm or p for a library).
    Deploy {
        dir: PathBuf,
        pkgpath: String,
        #[arg(long)]
        home: Option<PathBuf>,
        /// Gas limit of the deploying transaction.
        #[arg(long)]
        gas: Option<u64>,
        #[arg(long, default_value = DEFAULT_CALLER)]
        caller: String,
    },
    /// Call exported function FUNC of PKGPATH with Go literal arguments, as one transaction.
    Call {
        pkgpath: String,
        func: String,
        #[arg(allow_negative_numbers = true)]
        args: Vec<String>,
        #[arg(long)]
        home: Option<PathBuf>,
        #[arg(long)]
        gas: Option<u64>,
        #[arg(long, default_value = DEFAULT_CALLER)]
        caller: String,
    },
    /// Evaluate a Go expression in PKGPATH's package scope against committed state (writes nothing).
    Query {
        pkgpath: String,
        expr: String,
        #[arg(long)]
        home: Option<PathBuf>,
        #[arg(long)]
        gas: Option<u64>,
        #[arg(long, default_value = DEFAULT_CALLER)]
        caller: String,
    },
    /// Print PKGPATH's Render(PATH) (writes nothing).
    Render {
        pkgpath: String,
        #[arg(default_value = "")]
        path: String,
        #[arg(long)]
        home: Option<PathBuf>,
        #[arg(long)]
        gas: Option<u64>,
        #[arg(long, default_value = DEFAULT_CALLER)]
        caller: String,
    },
    /// Show the persisted objects of PKGPATH (ids, kinds, types, owners, sizes, references), or object ID.
    Inspect {
        pkgpath: String,
        id: Option<u64>,
        #[arg(long)]
        home: Option<PathBuf>,
    },
    /// Show the committed transaction at HEIGHT: time, caller, what it did, gas, events, output.
    Tx {
        height: u64,
        #[arg(long)]
        home: Option<PathBuf>,
    },
    /// Print the home's app hash (lowercase hex).
    Apphash {
        #[arg(long)]
        home: Option<PathBuf>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    driver::on_big_stack(move || dispatch(cli)).unwrap_or_else(|e| {
        eprintln!("{e}");
        ExitCode::from(1)
    })
}

fn dispatch(cli: Cli) -> ExitCode {
    match cli.command {
        Command::Run {
            gas,
            home: Some(home),
            caller,
            files,
            ..
        } => exit(chaincmd::run_script(&home, &files, &TxOptions { gas, caller }).emit()),
        Command::Run {
            gas, stats, files, ..
        } => {
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
        Command::Disasm { files } => match driver::disassemble(&files) {
            Ok(text) => {
                print!("{text}");
                ExitCode::SUCCESS
            }
            Err(errors) => {
                eprint!("{errors}");
                ExitCode::from(1)
            }
        },
        Command::Test {
            verbose,
            gas,
            paths,
        } => test(&gotest::TestOptions { verbose, gas }, paths),
        Command::Init { home } => exit(chaincmd::init(&chaincmd::home_dir(home)).emit()),
        Command::Deploy {
            dir,
            pkgpath,
            home,
            gas,
            caller,
        } => exit(
            chaincmd::deploy(
                &chaincmd::home_dir(home),
                &dir,
                &pkgpath,
                &TxOptions { gas, caller },
            )
            .emit(),
        ),
        Command::Call {
            pkgpath,
            func,
            args,
            home,
            gas,
            caller,
        } => exit(
            chaincmd::call(
                &chaincmd::home_dir(home),
                &pkgpath,
                &func,
                &args,
                &TxOptions { gas, caller },
            )
            .emit(),
        ),
        Command::Query {
            pkgpath,
            expr,
            home,
            gas,
            caller,
        } => exit(
            chaincmd::query(
                &chaincmd::home_dir(home),
                &pkgpath,
                &expr,
                &TxOptions { gas, caller },
            )
            .emit(),
        ),
        Command::Render {
            pkgpath,
            path,
            home,
            gas,
            caller,
        } => exit(
            chaincmd::render(
                &chaincmd::home_dir(home),
                &pkgpath,
                &path,
                &TxOptions { gas, caller },
            )
            .emit(),
        ),
        Command::Inspect { pkgpath, id, home } => {
            exit(chaincmd::inspect(&chaincmd::home_dir(home), &pkgpath, id).emit())
        }
        Command::Tx { height, home } => {
            exit(chaincmd::tx(&chaincmd::home_dir(home), height).emit())
        }
        Command::Apphash { home } => exit(chaincmd::apphash(&chaincmd::home_dir(home)).emit()),
    }
}

fn exit(code: i32) -> ExitCode {
    ExitCode::from(code.clamp(0, 255) as u8)
}

fn test(opts: &gotest::TestOptions, paths: Vec<PathBuf>) -> ExitCode {
    let roots = if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths
    };
    // Directories with `_test.go` files are `go test` packages; other Go files with expectation blocks are
    // file tests.
    let mut packages: Vec<PathBuf> = Vec::new();
    let mut files = Vec::new();
    for root in &roots {
        // A `_test.go` file stands for its package.
        let parent = root
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        if root.is_file() && filetest::is_test_file(root) && gotest::is_test_package_dir(parent) {
            packages.push(parent.to_path_buf());
            continue;
        }
        let found = gotest::discover_packages(root).and_then(|pkgs| {
            let mut tests = filetest::discover(root)?;
            tests.retain(|t| !realmtest::is_realm_test(t));
            Ok((pkgs, tests))
        });
        match found {
            Ok((pkgs, tests)) => {
                files.extend(
                    tests
                        .into_iter()
                        .filter(|f| !f.parent().is_some_and(|d| pkgs.iter().any(|p| p == d))),
                );
                packages.extend(pkgs);
            }
            Err(e) => {
                eprintln!("amber test: {}: {e}", root.display());
                return ExitCode::from(1);
            }
        }
    }
    packages.dedup();
    // Like Go, a directory named on the command line with Go files but nothing to test says so.
    for root in &roots {
        let has_go = || {
            std::fs::read_dir(root)
                .is_ok_and(|es| es.flatten().any(|e| filetest::is_go_file(&e.path())))
        };
        if root.is_dir()
            && !packages.iter().any(|p| p.starts_with(root))
            && !files.iter().any(|f| f.starts_with(root))
            && has_go()
        {
            println!("?   \t{}\t[no test files]", gotest::import_path(root));
        }
    }
    let (mut passed, mut failed) = (0usize, 0usize);
    let mut any_failed = false;
    for dir in &packages {
        let report = gotest::test_package(dir, opts);
        for (stream, bytes) in &report.chunks {
            match stream {
                gotest::Stream::Stdout => {
                    let mut out = std::io::stdout();
                    let _ = out.write_all(bytes);
                    let _ = out.flush();
                }
                gotest::Stream::Stderr => {
                    let mut err = std::io::stderr();
                    let _ = err.write_all(bytes);
                    let _ = err.flush();
                }
            }
        }
        passed += report.passed;
        failed += report.failed;
        any_failed |= !report.ok;
    }
    if !files.is_empty() {
        let (p, f) = run_file_tests(opts.verbose, &roots, &files);
        passed += p;
        failed += f;
        any_failed |= f > 0;
    }
    let mut realm_tests = Vec::new();
    for root in &roots {
        match realmtest::discover(root) {
            Ok(found) => realm_tests.extend(found),
            Err(e) => {
                eprintln!("amber test: {}: {e}", root.display());
                return ExitCode::from(1);
            }
        }
    }
    if !realm_tests.is_empty() {
        let (p, f) = run_realm_tests(opts.verbose, &realm_tests);
        passed += p;
        failed += f;
        any_failed |= f > 0;
    }
    if any_failed {
        println!("FAIL");
    }
    println!("{passed} passed, {failed} failed");
    ExitCode::from(if any_failed { 1 } else { 0 })
}

/// Runs realm tests with this very binary, printing a `--- FAIL` block for each failure; returns the numbers
/// passed and failed.
fn run_realm_tests(verbose: bool, files: &[PathBuf]) -> (usize, usize) {
    let (mut passed, mut failed) = (0usize, 0usize);
    let amber = match std::env::current_exe() {
        Ok(p) => p,
        Err(e) => {
            println!("--- FAIL: realm tests: cannot find the amber binary: {e}");
            return (0, files.len());
        }
    };
    for path in files {
        let name = path.display().to_string();
        let t0 = std::time::Instant::now();
        let result = realmtest::run(path, &amber);
        let secs = t0.elapsed().as_secs_f64();
        if report_test(verbose, &name, secs, result) {
            passed += 1;
        } else {
            failed += 1;
        }
    }
    (passed, failed)
}

/// Prints one test's result the way `go test -v` does (`--- PASS` only when verbose, `--- FAIL` with the reasons
/// indented); returns whether it passed.
fn report_test(verbose: bool, name: &str, secs: f64, result: Result<(), String>) -> bool {
    match result {
        Ok(()) => {
            if verbose {
                println!("--- PASS: {name} ({secs:.2}s)");
            }
            true
        }
        Err(why) => {
            println!("--- FAIL: {name} ({secs:.2}s)");
            for line in why.lines() {
                println!("    {line}");
            }
            false
        }
    }
}

/// Runs file tests, printing a `--- FAIL` block for each failure and an `ok` / `FAIL` line; returns the
/// numbers passed and failed.
fn run_file_tests(verbose: bool, roots: &[PathBuf], files: &[PathBuf]) -> (usize, usize) {
    let (mut passed, mut failed) = (0usize, 0usize);
    let start = std::time::Instant::now();
    for path in files {
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
        if report_test(verbose, &name, secs, result) {
            passed += 1;
        } else {
            failed += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    let label = roots
        .iter()
        .filter(|r| files.iter().any(|f| f.starts_with(r)))
        .map(|r| r.display().to_string())
        .collect::<Vec<_>>()
        .join(" ");
    if failed == 0 {
        println!("ok  \t{label}\t{secs:.3}s");
    } else {
        println!("FAIL\t{label}\t{secs:.3}s");
    }
    (passed, failed)
}
