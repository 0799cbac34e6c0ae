//! The state commands (`init`, `deploy`, `call`, `run --home`, `query`, `render`, `apphash`): argument
//! handling and terminal output around `amber_chain::home`. Commands that only read open the home
//! read-only (`Home::open_for_reading`), so they work while another amber process writes it.

use std::io::Write;
use std::path::{Path, PathBuf};

use amber_chain::api::Event;
use amber_chain::home::{hex, Home, HomeError, TxOptions, TxOutcome};

/// The home directory: `--home`, else `$AMBER_HOME`, else `./.amber`.
pub fn home_dir(flag: Option<PathBuf>) -> PathBuf {
    flag.or_else(|| std::env::var_os("AMBER_HOME").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from(".amber"))
}

/// What a command prints and its exit code.
#[derive(Debug, Default)]
pub struct Printed {
    pub stdout: Vec<u8>,
    pub stderr: String,
    pub exit_code: i32,
}

impl Printed {
    fn home_error(e: HomeError) -> Printed {
        Printed {
            stderr: format!("amber: {e}\n"),
            exit_code: 1,
            ..Printed::default()
        }
    }

    /// Writes the output to the terminal; returns the exit code.
    pub fn emit(self) -> i32 {
        let mut out = std::io::stdout();
        let _ = out.write_all(&self.stdout);
        let _ = out.flush();
        eprint!("{}", self.stderr);
        self.exit_code
    }
}

/// One event as `call` shows it: `event: TYPE key="value"... (REALM)`.
pub fn event_line(e: &Event) -> String {
    let mut s = format!("event: {}", e.typ);
    for (k, v) in &e.attrs {
        s.push_str(&format!(" {k}={v:?}"));
    }
    if !e.realm.is_empty() {
        s.push_str(&format!(" ({})", e.realm));
    }
    s
}

/// The output of a transaction: the program's output, then (when it committed) its events, the gas used
/// and the new app hash. `head` comes first (e.g. `deployed r/counter`).
fn tx_printed(o: TxOutcome, head: Option<String>) -> Printed {
    let mut stdout = o.stdout;
    if o.exit_code == 0 {
        if let Some(h) = head {
            stdout.extend_from_slice(format!("{h}\n").as_bytes());
        }
        for e in &o.events {
            stdout.extend_from_slice(format!("{}\n", event_line(e)).as_bytes());
        }
        if let Some(gas) = o.gas_used {
            stdout.extend_from_slice(format!("gas used: {gas}\n").as_bytes());
        }
        if let Some(hash) = o.app_hash {
            stdout.extend_from_slice(format!("app hash: {}\n", hex(&hash)).as_bytes());
        }
    }
    Printed {
        stdout,
        stderr: o.stderr,
        exit_code: o.exit_code,
    }
}

fn query_printed(o: TxOutcome) -> Printed {
    Printed {
        stdout: o.stdout,
        stderr: o.stderr,
        exit_code: o.exit_code,
    }
}

pub fn init(home: &Path) -> Printed {
    match Home::init(home) {
        Ok(h) => match h.app_hash() {
            Ok(hash) => Printed {
                stdout: format!(
                    "initialized Amber home at {}\napp hash: {}\n",
                    home.display(),
                    hex(&hash)
                )
                .into_bytes(),
                ..Printed::default()
            },
            Err(e) => Printed::home_error(e),
        },
        Err(e) => Printed::home_error(e),
    }
}

pub fn apphash(home: &Path) -> Printed {
    match Home::open_for_reading(home).and_then(|h| h.app_hash()) {
        Ok(hash) => Printed {
            stdout: format!("{}\n", hex(&hash)).into_bytes(),
            ..Printed::default()
        },
        Err(e) => Printed::home_error(e),
    }
}

pub fn deploy(home: &Path, dir: &Path, path: &str, opts: &TxOptions) -> Printed {
    let h = match Home::open(home) {
        Ok(h) => h,
        Err(e) => return Printed::home_error(e),
    };
    if !dir.is_dir() {
        return Printed {
            stderr: format!("amber deploy: {} is not a directory\n", dir.display()),
            exit_code: 1,
            ..Printed::default()
        };
    }
    let files = match crate::load::read_user_files(&[dir.to_path_buf()]) {
        Ok(f) => f,
        Err(msg) => {
            return Printed {
                stderr: format!("{msg}\n"),
                exit_code: 1,
                ..Printed::default()
            }
        }
    };
    match h.deploy(path, files, opts) {
        Ok(o) => tx_printed(o, Some(format!("deployed {path}"))),
        Err(e) => Printed::home_error(e),
    }
}

pub fn call(home: &Path, path: &str, func: &str, args: &[String], opts: &TxOptions) -> Printed {
    match Home::open(home).and_then(|h| h.call(path, func, args, opts)) {
        Ok(o) => tx_printed(o, None),
        Err(e) => Printed::home_error(e),
    }
}

pub fn run_script(home: &Path, paths: &[PathBuf], opts: &TxOptions) -> Printed {
    let files = match crate::load::read_user_files(paths) {
        Ok(f) => f,
        Err(msg) => {
            return Printed {
                stderr: format!("{msg}\n"),
                exit_code: 1,
                ..Printed::default()
            }
        }
    };
    match Home::open(home).and_then(|h| h.run_script(files, opts)) {
        Ok(o) => tx_printed(o, None),
        Err(e) => Printed::home_error(e),
    }
}

pub fn query(home: &Path, path: &str, expr: &str, opts: &TxOptions) -> Printed {
    match Home::open_for_reading(home).and_then(|h| h.query(path, expr, opts)) {
        Ok(o) => query_printed(o),
        Err(e) => Printed::home_error(e),
    }
}

pub fn render(home: &Path, pkg: &str, path: &str, opts: &TxOptions) -> Printed {
    match Home::open_for_reading(home).and_then(|h| h.render(pkg, path, opts)) {
        Ok(o) => query_printed(o),
        Err(e) => Printed::home_error(e),
    }
}

/// One object as `inspect` lists it: `#ID KIND TYPE owner=#N refcount=N size=NB -> #A #B` and its summary.
fn object_lines(id: u64, v: &amber_vm::persist::ObjectView) -> String {
    let mut s = format!("#{id} {}", v.kind);
    if !v.type_key.is_empty() {
        s.push_str(&format!(" {}", v.type_key));
    }
    s.push_str(&format!(
        " owner=#{} refcount={} size={}B",
        v.owner, v.refcount, v.size
    ));
    if !v.refs.is_empty() {
        s.push_str(" ->");
        for r in &v.refs {
            s.push_str(&format!(" #{r}"));
        }
    }
    s.push_str(&format!("\n    {}\n", v.summary));
    s
}

pub fn inspect(home: &Path, path: &str, id: Option<u64>) -> Printed {
    let h = match Home::open_for_reading(home) {
        Ok(h) => h,
        Err(e) => return Printed::home_error(e),
    };
    let fail = |msg: String| Printed {
        stderr: format!("{msg}\n"),
        exit_code: 1,
        ..Printed::default()
    };
    if let Some(id) = id {
        return match h.object(id) {
            Ok(Some(v)) => Printed {
                stdout: object_lines(id, &v).into_bytes(),
                ..Printed::default()
            },
            Ok(None) => fail(format!("no object #{id}")),
            Err(e) => Printed::home_error(e),
        };
    }
    match h.inspect(path, amber_chain::home::INSPECT_LIMIT) {
        Ok(Ok(amber_chain::home::Inspection { objects, truncated })) => {
            let mut s = String::new();
            if objects.is_empty() {
                s.push_str(&format!("{path} has no persisted state\n"));
            }
            for (id, v) in &objects {
                s.push_str(&object_lines(*id, v));
            }
            if truncated {
                s.push_str(&format!(
                    "... (first {} objects shown; `amber inspect {path} ID` shows any one)\n",
                    objects.len()
                ));
            }
            Printed {
                stdout: s.into_bytes(),
                ..Printed::default()
            }
        }
        Ok(Err(msg)) => fail(msg),
        Err(e) => Printed::home_error(e),
    }
}

/// `amber tx HEIGHT`: the recorded result of a committed transaction.
pub fn tx(home: &Path, height: u64) -> Printed {
    match Home::open_for_reading(home).and_then(|h| h.tx(height)) {
        Ok(Some(rec)) => {
            let mut s = format!(
                "height: {}\ntime: {}\ncaller: {}\ntx: {}\ngas used: {}\n",
                rec.height, rec.time, rec.caller, rec.what, rec.gas_used
            );
            for e in &rec.events {
                s.push_str(&event_line(e));
                s.push('\n');
            }
            if !rec.output.is_empty() {
                s.push_str("output:\n");
                for line in rec.output.lines() {
                    s.push_str(&format!("    {line}\n"));
                }
            }
            Printed {
                stdout: s.into_bytes(),
                ..Printed::default()
            }
        }
        Ok(None) => Printed {
            stderr: format!("no transaction at height {height}\n"),
            exit_code: 1,
            ..Printed::default()
        },
        Err(e) => Printed::home_error(e),
    }
}
