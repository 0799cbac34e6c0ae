//! The pipeline behind `amber run` and `amber test`: load, check, compile, run; rendering every failure the way
//! `go run` does (compile errors as `file:line:col: msg`, exit 1; panics with a stack trace, exit 2).

use std::io::Write;
use std::path::{Path, PathBuf};

use amber_check::Program;
use amber_vm::{Image, Limits, Machine, PackageFiles};

use crate::filetest::Outcome;
use crate::load::{self, LoadError, Loaded};

/// Options of one run.
#[derive(Clone, Debug, Default)]
pub struct RunOptions {
    /// Gas limit; `None` runs without a limit.
    pub gas: Option<u64>,
}

/// A program that passed the checker.
pub struct Checked {
    pub loaded: Loaded,
    pub program: Program,
}

pub use amber_stdlib::load::render_diagnostics;

/// Loads and type-checks a program; `Err` holds the rendered errors (exit code 1).
pub fn check(user_files: Vec<(String, String)>) -> Result<Checked, String> {
    let loaded = match load::load("main", user_files) {
        Ok(l) => l,
        Err(LoadError::Io(msg)) => return Err(format!("{msg}\n")),
        Err(LoadError::Diagnostics(sm, diags)) => return Err(render_diagnostics(&sm, &diags)),
    };
    let mut program = Program::new();
    for pkg in &loaded.packages {
        if let Err(diags) = program.check_package(&loaded.sm, &pkg.path, &pkg.files) {
            return Err(render_diagnostics(&loaded.sm, &diags));
        }
    }
    Ok(Checked { loaded, program })
}

/// How a run ended.
#[derive(Clone, Debug, Default)]
pub struct Finished {
    /// Everything to print on stderr (compile errors, a panic and its trace...).
    pub stderr: String,
    pub exit_code: i32,
    /// Gas used, when the program got as far as running.
    pub gas_used: Option<u64>,
}

impl Finished {
    fn failed(stderr: String, exit_code: i32) -> Finished {
        Finished {
            stderr,
            exit_code,
            gas_used: None,
        }
    }
}

/// Runs a program given as files (or one directory), writing its stdout to `out`.
pub fn run_paths(paths: &[PathBuf], opts: &RunOptions, out: &mut dyn Write) -> Finished {
    match load::read_user_files(paths) {
        Ok(files) => run_files(files, opts, out),
        Err(msg) => Finished::failed(format!("{msg}\n"), 1),
    }
}

/// Stack size for the thread that parses, checks and compiles: those passes recurse over the syntax tree, and
/// the parser bounds nesting depth, so a fixed generous stack makes deep (but legal) programs safe.
pub const PIPELINE_STACK_BYTES: usize = 256 << 20;

/// Runs `f` on a thread with [`PIPELINE_STACK_BYTES`] of stack; `Err` if the system refuses the thread.
pub fn on_big_stack<T: Send>(f: impl FnOnce() -> T + Send) -> Result<T, String> {
    std::thread::scope(|scope| {
        let handle = std::thread::Builder::new()
            .stack_size(PIPELINE_STACK_BYTES)
            .spawn_scoped(scope, f)
            .map_err(|e| format!("amber: cannot start a thread: {e}"))?;
        match handle.join() {
            Ok(v) => Ok(v),
            Err(payload) => std::panic::resume_unwind(payload),
        }
    })
}

/// Runs a single file test, capturing its output.
pub fn run_test_file(path: &Path) -> Outcome {
    let run = || {
        let mut stdout = Vec::new();
        let done = run_paths(&[path.to_path_buf()], &RunOptions::default(), &mut stdout);
        Outcome {
            stdout,
            stderr: done.stderr,
            exit_code: done.exit_code,
        }
    };
    on_big_stack(run).unwrap_or_else(|stderr| Outcome {
        stdout: Vec::new(),
        stderr,
        exit_code: 1,
    })
}

/// Runs a program given as (name, source) pairs.
pub fn run_files(files: Vec<(String, String)>, opts: &RunOptions, out: &mut dyn Write) -> Finished {
    // Like `go run`, from the package clause alone (before any other error).
    if let Some(name) = package_name(&files) {
        if name != "main" {
            return Finished::failed(
                "package command-line-arguments is not a main package\n".into(),
                1,
            );
        }
    }
    let checked = match check(files) {
        Ok(c) => c,
        Err(stderr) => return Finished::failed(stderr, 1),
    };
    let image = match compile(&checked) {
        Ok(image) => image,
        Err(stderr) => return Finished::failed(stderr, 1),
    };
    execute(&image, opts, out)
}

/// The name in the first file's package clause, if it parses.
fn package_name(files: &[(String, String)]) -> Option<String> {
    let (name, text) = files.first()?;
    let mut sm = amber_syntax::SourceMap::new();
    let id = sm.add(name.clone(), text.clone());
    let (file, _) = amber_syntax::parse_file(&sm, id, &mut amber_syntax::ast::NodeIds::default());
    // A clause that does not parse is named `_`: the checker reports it.
    Some(file.package.name).filter(|n| !n.is_empty() && n != "_")
}

/// Compiles a checked program into an image; `Err` holds the rendered errors.
pub fn compile(checked: &Checked) -> Result<Image, String> {
    let mut packages = Vec::new();
    for p in &checked.loaded.packages {
        let Some(id) = checked.program.package_by_path(&p.path) else {
            return Err(format!(
                "amber: internal error: package {} was not checked\n",
                p.path
            ));
        };
        packages.push(PackageFiles {
            id,
            files: &p.files,
        });
    }
    let natives = amber_chain::api::natives();
    amber_vm::compile(&checked.program, &checked.loaded.sm, &packages, &natives)
        .map_err(|diags| render_diagnostics(&checked.loaded.sm, &diags))
}

/// Runs a compiled program's initialisation and `main`.
pub fn execute(image: &Image, opts: &RunOptions, out: &mut dyn Write) -> Finished {
    let mut limits = Limits::default();
    if let Some(gas) = opts.gas {
        limits.gas = gas;
    }
    let mut machine = match Machine::new(image, limits) {
        Ok(m) => m,
        Err(e) => return Finished::failed(e.render(), e.exit_code()),
    };
    // print/println write to the program's standard error as they run.
    machine.set_stderr(Box::new(std::io::stderr()));
    // Outside a home, package chain sees a test chain (height 1, user `user`; tests may change them).
    let tx = amber_chain::api::TxContext::for_tests();
    machine.set_host(Box::new(std::rc::Rc::new(std::cell::RefCell::new(tx))));
    let result = machine.run_main(out);
    let _ = out.flush();
    let gas_used = Some(machine.gas_used());
    match result {
        Ok(_) => Finished {
            stderr: String::new(),
            exit_code: 0,
            gas_used,
        },
        Err(e) => Finished {
            stderr: e.render(),
            exit_code: e.exit_code(),
            gas_used,
        },
    }
}

/// The compiled code of the user's functions beside their source lines (`amber disasm`).
pub fn disassemble(paths: &[PathBuf]) -> Result<String, String> {
    let files = load::read_user_files(paths).map_err(|msg| format!("{msg}\n"))?;
    let user_files: Vec<String> = files.iter().map(|(name, _)| name.clone()).collect();
    let checked = check(files)?;
    let image = compile(&checked)?;
    let sm = &checked.loaded.sm;
    let line_text = |file: &str, line: u32| {
        sm.files()
            .find(|f| f.name == file)
            .map(|f| f.line_text(line).to_string())
    };
    let all = amber_vm::disasm::disasm(&image, &line_text);
    // Keep the functions of the user's files; the standard library's are not what was asked for.
    let mut out = String::new();
    for block in all.split("\n\n") {
        let header = block.lines().next().unwrap_or("");
        if user_files
            .iter()
            .any(|f| header.ends_with(&format!(" file={f}")))
        {
            out.push_str(block);
            out.push_str("\n\n");
        }
    }
    Ok(out)
}
