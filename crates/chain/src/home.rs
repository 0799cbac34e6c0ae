//! A home: the store of one chain, and the transactions over it — deploy, call, scripts — plus the
//! read-only query and render. Every transaction compiles an image from the deployed packages, attaches the
//! committed state, runs, and on success writes the changed objects, the package records, the height and a
//! transaction record in one store commit; on failure it writes nothing.

use std::cell::RefCell;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use amber_store::{Hash, Read, Reader, Store, StoreError};
use amber_vm::code::PackageKind;
use amber_vm::{Image, Limits, Machine, RunError};
use serde::{Deserialize, Serialize};

use crate::api::{Event, TxContext};
use crate::codestore::{self, BuildKey};
use crate::image::{standard_imports, Builder, Built, PackageSource};
use crate::persist_glue::{self, Changes, StoreSource};
use crate::tx;

/// Block time of height 0: 2025-01-01T00:00:00Z. Each committed transaction is one block, `BLOCK_SECONDS`
/// later than the previous one.
pub const GENESIS_TIME: i64 = 1_735_689_600;
pub const BLOCK_SECONDS: i64 = 5;
/// Gas limit of a transaction when `--gas` is not given.
pub const DEFAULT_GAS: u64 = 10_000_000_000;
/// The bound on the standard packages' (unmetered) initialisation in each transaction.
const STD_INIT_GAS: u64 = 1_000_000_000_000;
/// The user a transaction comes from when `--caller` is not given.
pub const DEFAULT_CALLER: &str = "user";

const META_HEIGHT: &str = "height";
const META_NEXT_ID: &str = "next_id";

/// Why a home could not be used (exit code 1).
#[derive(Debug)]
pub enum HomeError {
    Store(StoreError),
    Corrupt(String),
}

impl fmt::Display for HomeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HomeError::Store(e) => write!(f, "{e}"),
            HomeError::Corrupt(what) => write!(f, "home is corrupt: {what}"),
        }
    }
}

impl std::error::Error for HomeError {}

impl From<StoreError> for HomeError {
    fn from(e: StoreError) -> HomeError {
        HomeError::Store(e)
    }
}

/// A deployed package as recorded in the store (its sources are blobs).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
pub struct PackageRecord {
    pub path: String,
    pub name: String,
    /// (file name, sha256 of its text in hex).
    pub files: Vec<(String, String)>,
    pub imports: Vec<String>,
    /// Height of the deploying transaction.
    pub height: u64,
    /// Id of the package-block object (0 while nothing is persisted for it).
    pub root: u64,
}

/// What the store keeps of a committed transaction.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct TxRecord {
    pub height: u64,
    pub time: i64,
    pub caller: String,
    /// `deploy PATH`, `call PATH.FUNC(ARGS)`, `run FILES`.
    pub what: String,
    pub gas_used: u64,
    pub events: Vec<Event>,
    pub output: String,
}

/// Options of a transaction (or query).
#[derive(Clone, Debug)]
pub struct TxOptions {
    pub gas: Option<u64>,
    /// The user's name; their address is derived from it.
    pub caller: String,
}

impl Default for TxOptions {
    fn default() -> TxOptions {
        TxOptions {
            gas: None,
            caller: DEFAULT_CALLER.to_string(),
        }
    }
}

/// How a transaction or query ended.
#[derive(Clone, Debug, Default)]
pub struct TxOutcome {
    /// The program's standard output (for a call: its results, printed like `fmt.Println`).
    pub stdout: Vec<u8>,
    /// Compile errors, or a panic with its stack trace, as Go prints them.
    pub stderr: String,
    /// 0 on success, 1 for errors before running, 2 for a panic or out of gas.
    pub exit_code: i32,
    pub gas_used: Option<u64>,
    /// The app hash after the commit (transactions that committed only).
    pub app_hash: Option<Hash>,
    pub height: Option<u64>,
    pub events: Vec<Event>,
}

impl TxOutcome {
    fn error(stderr: impl Into<String>) -> TxOutcome {
        let mut stderr = stderr.into();
        if !stderr.ends_with('\n') {
            stderr.push('\n');
        }
        TxOutcome {
            stderr,
            exit_code: 1,
            ..TxOutcome::default()
        }
    }
}

/// Lowercase hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn u64_meta(r: &impl Read, key: &str) -> Result<u64, HomeError> {
    match r.meta(key)? {
        None => Ok(0),
        Some(b) => {
            let arr: [u8; 8] = b
                .as_slice()
                .try_into()
                .map_err(|_| HomeError::Corrupt(format!("bad {key} record")))?;
            Ok(u64::from_be_bytes(arr))
        }
    }
}

/// Block time of a height.
pub fn block_time(height: u64) -> i64 {
    GENESIS_TIME.saturating_add((height as i64).saturating_mul(BLOCK_SECONDS))
}

/// The records of the committed deployed packages, in deploy order.
fn deployed_records(r: &Reader) -> Result<Vec<PackageRecord>, HomeError> {
    let mut records = Vec::new();
    for path in r.package_paths()? {
        let bytes = r
            .package(&path)?
            .ok_or_else(|| HomeError::Corrupt(format!("package {path} vanished")))?;
        let rec: PackageRecord = serde_json::from_slice(&bytes)
            .map_err(|e| HomeError::Corrupt(format!("package record {path}: {e}")))?;
        records.push(rec);
    }
    records.sort_by_key(|r| r.height);
    Ok(records)
}

/// The sources of deployed packages (files named `PATH/FILE`), from the store's blobs.
fn deployed_sources(
    r: &Reader,
    records: &[PackageRecord],
) -> Result<Vec<PackageSource>, HomeError> {
    let mut sources = Vec::new();
    for rec in records {
        let mut files = Vec::new();
        for (name, hash_hex) in &rec.files {
            let hash = parse_hash(hash_hex)
                .ok_or_else(|| HomeError::Corrupt(format!("bad blob hash in {}", rec.path)))?;
            let bytes = r
                .blob(&hash)?
                .ok_or_else(|| HomeError::Corrupt(format!("missing source {name}")))?;
            let text = String::from_utf8(bytes)
                .map_err(|_| HomeError::Corrupt(format!("source {name} is not UTF-8")))?;
            files.push((format!("{}/{}", rec.path, name), text));
        }
        sources.push(PackageSource {
            path: rec.path.clone(),
            files,
        });
    }
    Ok(sources)
}

fn build_key(records: &[PackageRecord]) -> BuildKey {
    records
        .iter()
        .map(|r| (r.path.clone(), r.files.clone()))
        .collect()
}

/// A program a home built, kept for the next transactions over the same packages: the deployed packages
/// `key` in deploy order, then the standard packages `std` (each a step of its own).
struct CachedBuild {
    key: BuildKey,
    std: Vec<String>,
    built: Arc<Built>,
}

/// How many built programs of all the deployed packages a home keeps (with different standard packages on
/// top: none, `fmt` for calls that print results and for queries, a script's imports).
const CACHED_BUILDS: usize = 4;

/// The programs a home keeps, the most recently used first.
#[derive(Default)]
struct BuildCache {
    entries: Vec<CachedBuild>,
    /// How many programs were built from the sources of the deployed packages (a cache miss).
    from_sources: usize,
    /// How many programs of the deployed packages were read from the store (a miss in memory).
    from_store: usize,
    /// Programs (deployed packages, standard packages on top) built because the store had none usable for
    /// them: the next transaction over all of these deployed packages stores them (so that a new process
    /// finds them, and an upgraded binary rebuilds once).
    unstored: Vec<(BuildKey, Vec<String>)>,
    /// Whether stored programs are ignored (read none, store none after a rebuild): see
    /// [`Home::set_use_stored_programs`].
    ignore_stored: bool,
}

/// How many programs to store a home remembers (each of all the deployed packages, with different standard
/// packages on top).
const UNSTORED_KEYS: usize = 4;

/// Builds `sources` (deployed packages, in deploy order) one package at a time: the steps every build of
/// these packages takes, cached or not.
fn build_all(sources: &[PackageSource]) -> Result<Builder, String> {
    let mut builder = Builder::new(sources);
    for s in sources {
        builder.add_path(&s.path)?;
    }
    Ok(builder)
}

/// The record of package `path` in the snapshot `r`.
fn package_record(r: &Reader, path: &str) -> Result<Option<PackageRecord>, HomeError> {
    match r.package(path)? {
        None => Ok(None),
        Some(b) => serde_json::from_slice(&b)
            .map(Some)
            .map_err(|e| HomeError::Corrupt(format!("package record {path}: {e}"))),
    }
}

fn parse_hash(s: &str) -> Option<Hash> {
    if s.len() != 64 {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, b) in out.iter_mut().enumerate() {
        *b = u8::from_str_radix(s.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(out)
}

/// What a transaction does once every package not yet persisted is initialised.
enum Action {
    /// Deploy: the new package's initialisation is the transaction (a library is then frozen).
    Deploy { path: String, library: bool },
    /// Run `main` of the image's main package.
    Main,
    /// Call the query function of a package (never committed).
    Query { pkg: String },
}

/// A transaction's result before it is committed.
struct Ran {
    stdout: Vec<u8>,
    /// What `print`/`println` wrote (standard error).
    printed: String,
    gas_used: u64,
    changes: Changes,
    events: Vec<Event>,
}

/// An Amber home: one store.
pub struct Home {
    store: Store,
    dir: PathBuf,
    /// Deployed packages built last, checked and compiled (see `cached_built`).
    cache: Mutex<BuildCache>,
}

impl Home {
    /// Creates a new home in `dir`.
    pub fn init(dir: &Path) -> Result<Home, HomeError> {
        let store = Store::create(dir)?;
        Ok(Home {
            store,
            dir: dir.to_path_buf(),
            cache: Mutex::default(),
        })
    }

    /// Opens the home in `dir` for transactions (refused while another process has it open for
    /// writing; readers do not stand in the way).
    pub fn open(dir: &Path) -> Result<Home, HomeError> {
        let store = Store::open(dir)?;
        Ok(Home {
            store,
            dir: dir.to_path_buf(),
            cache: Mutex::default(),
        })
    }

    /// Opens the home in `dir` for transactions whose commits do not wait for the disk (benchmarks:
    /// a crash may lose the last commits; no other process can open the home meanwhile).
    pub fn open_unsynced(dir: &Path) -> Result<Home, HomeError> {
        let store = Store::open_unsynced(dir)?;
        Ok(Home {
            store,
            dir: dir.to_path_buf(),
            cache: Mutex::default(),
        })
    }

    /// Opens the home in `dir` for reading only (`query`, `render`, `inspect`, `tx`, the app
    /// hash): works while another process writes it, never writes the file, and each read sees
    /// the last commit. Transactions on such a home fail with a store error.
    pub fn open_read_only(dir: &Path) -> Result<Home, HomeError> {
        let store = Store::open_read_only(dir)?;
        Ok(Home {
            store,
            dir: dir.to_path_buf(),
            cache: Mutex::default(),
        })
    }

    /// What the reading commands use: [`Home::open_read_only`], except that a home a killed writer
    /// left (which only a writer may repair) is first repaired by opening it for writing, when no
    /// other process has it. Otherwise a crash would make the home unreadable until the next
    /// transaction.
    pub fn open_for_reading(dir: &Path) -> Result<Home, HomeError> {
        match Home::open_read_only(dir) {
            Err(HomeError::Store(StoreError::NeedsRecovery(_))) => match Home::open(dir) {
                Ok(writer) => {
                    drop(writer);
                    Home::open_read_only(dir)
                }
                // Another process opened it for writing, which repairs it: give that a moment.
                Err(HomeError::Store(StoreError::InUse(_))) => {
                    let mut opened = Home::open_read_only(dir);
                    for _ in 0..40 {
                        if !matches!(opened, Err(HomeError::Store(StoreError::NeedsRecovery(_)))) {
                            break;
                        }
                        std::thread::sleep(std::time::Duration::from_millis(50));
                        opened = Home::open_read_only(dir);
                    }
                    opened
                }
                Err(e) => Err(e),
            },
            opened => opened,
        }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn app_hash(&self) -> Result<Hash, HomeError> {
        Ok(self.store.app_hash()?)
    }

    /// The height of the last committed transaction (0 for a new home).
    pub fn height(&self) -> Result<u64, HomeError> {
        u64_meta(&self.store.reader()?, META_HEIGHT)
    }

    /// The record of a deployed package.
    pub fn package(&self, path: &str) -> Result<Option<PackageRecord>, HomeError> {
        package_record(&self.store.reader()?, path)
    }

    /// Deploys package `path` made of `files` (file name, text): checks it, stores its sources, runs its
    /// initialisation as a transaction and commits.
    pub fn deploy(
        &self,
        path: &str,
        files: Vec<(String, String)>,
        opts: &TxOptions,
    ) -> Result<TxOutcome, HomeError> {
        if let Err(msg) = check_package_path(path) {
            return Ok(TxOutcome::error(msg));
        }
        let reader = self.store.reader()?;
        if reader.package(path)?.is_some() {
            return Ok(TxOutcome::error(format!(
                "package {path} is already deployed"
            )));
        }
        if amber_stdlib::sources::is_standard(path) || path == crate::api::PATH {
            return Ok(TxOutcome::error(format!(
                "cannot deploy {path}: it is a standard package"
            )));
        }
        let records = deployed_records(&reader)?;
        // Files are named PATH/FILE in messages and traces, the same in this and every later transaction.
        let named: Vec<(String, String)> = files
            .iter()
            .map(|(name, text)| (format!("{path}/{}", base_name(name)), text.clone()))
            .collect();
        let mut builder = match self.base_builder(&reader, &records, &[])? {
            Ok(b) => b,
            Err(e) => return Ok(TxOutcome::error(e)),
        };
        if let Err(e) = builder.add_files(path, named) {
            return Ok(TxOutcome::error(e));
        }
        let (name, imports) = {
            let program = builder.program();
            let Some(id) = program.package_by_path(path) else {
                return Ok(TxOutcome::error(format!("package {path} was not checked")));
            };
            let name = program
                .package(id)
                .map(|p| p.name.clone())
                .unwrap_or_default();
            let imports: Vec<String> = program
                .package(id)
                .map(|p| {
                    p.imports
                        .iter()
                        .filter_map(|&i| program.package(i).map(|q| q.path.clone()))
                        .collect()
                })
                .unwrap_or_default();
            (name, imports)
        };
        if name == "main" {
            return Ok(TxOutcome::error(format!(
                "cannot deploy {path}: package main is a program, not a realm or library (run it with `amber run --home`)"
            )));
        }
        // Once committed, the deployed packages are what was just built: the next transaction starts from it,
        // and so does a new process (the program is stored in the deploy's commit).
        let mut after = builder.built().clone();
        after.freeze();
        let after = Arc::new(after);
        let stored = after.clone();
        let deployed_key = build_key(&records);
        let image = builder.into_image();
        let library = PackageKind::of_path(path) == PackageKind::Library;
        let action = Action::Deploy {
            path: path.to_string(),
            library,
        };
        let what = format!("deploy {path}");
        let file_texts = files;
        let mut committed_files = None;
        let committed = &mut committed_files;
        let outcome = self.transact(
            reader,
            &image,
            action,
            opts,
            what,
            move |w, height, changes| {
                let mut file_records = Vec::new();
                for (name, text) in &file_texts {
                    let hash = w.put_blob(text.as_bytes())?;
                    file_records.push((base_name(name).to_string(), hex(&hash)));
                }
                *committed = Some(file_records.clone());
                let mut key = deployed_key;
                key.push((path.to_string(), file_records.clone()));
                codestore::store_deployed(w, &key, &stored)?;
                let root = changes
                    .roots
                    .iter()
                    .find(|(p, _)| p == path)
                    .map_or(0, |(_, id)| *id);
                let record = PackageRecord {
                    path: path.to_string(),
                    name: name.clone(),
                    files: file_records,
                    imports: imports.clone(),
                    height,
                    root,
                };
                let bytes =
                    serde_json::to_vec(&record).map_err(|e| StoreError::Io(e.to_string()))?;
                w.put_package(path, &bytes)
            },
        )?;
        if let (0, Some(files)) = (outcome.exit_code, committed_files) {
            let mut key = build_key(&records);
            key.push((path.to_string(), files));
            self.store_cache(key, Vec::new(), after);
        }
        Ok(outcome)
    }

    /// Calls exported function `func` of package `path` with literal arguments, as one transaction.
    pub fn call(
        &self,
        path: &str,
        func: &str,
        args: &[String],
        opts: &TxOptions,
    ) -> Result<TxOutcome, HomeError> {
        for a in args {
            if let Err(msg) = tx::check_literal(a) {
                return Ok(TxOutcome::error(msg));
            }
        }
        let reader = self.store.reader()?;
        if reader.package(path)?.is_none() {
            return Ok(TxOutcome::error(format!("package {path} is not deployed")));
        }
        let records = deployed_records(&reader)?;
        let target = match self.call_target(&reader, &records, path, func)? {
            Ok(t) => t,
            Err(e) => return Ok(TxOutcome::error(e)),
        };
        let src = tx::call_source(path, &target, func, args);
        // The call's file imports fmt when it prints results: built as a step of its own (and cached).
        let std = if target.results == 0 {
            Vec::new()
        } else {
            vec!["fmt".to_string()]
        };
        let mut builder = match self.base_builder(&reader, &records, &std)? {
            Ok(b) => b,
            Err(e) => return Ok(TxOutcome::error(e)),
        };
        if let Err(e) = builder.add_files("main", vec![(tx::CALL_FILE.to_string(), src)]) {
            // The synthesised file's positions mean nothing to the user: keep the messages only.
            return Ok(TxOutcome::error(strip_positions(&e, tx::CALL_FILE)));
        }
        let image = builder.into_image();
        let what = format!("call {path}.{func}({})", args.join(", "));
        self.transact(reader, &image, Action::Main, opts, what, |_, _, _| Ok(()))
    }

    /// Runs a `main` package that may import deployed packages, as one transaction.
    pub fn run_script(
        &self,
        files: Vec<(String, String)>,
        opts: &TxOptions,
    ) -> Result<TxOutcome, HomeError> {
        let reader = self.store.reader()?;
        let records = deployed_records(&reader)?;
        let names: Vec<String> = files.iter().map(|(n, _)| n.clone()).collect();
        let std = standard_imports(&files);
        let mut builder = match self.base_builder(&reader, &records, &std)? {
            Ok(b) => b,
            Err(e) => return Ok(TxOutcome::error(e)),
        };
        if let Err(e) = builder.add_files("main", files) {
            return Ok(TxOutcome::error(e));
        }
        let image = builder.into_image();
        if image.main.is_none() {
            return Ok(TxOutcome::error(
                "function main is undeclared in the main package",
            ));
        }
        let what = format!("run {}", names.join(" "));
        self.transact(reader, &image, Action::Main, opts, what, |_, _, _| Ok(()))
    }

    /// Evaluates `expr` in the scope of package `path` against committed state and prints it like
    /// `fmt.Println`. Never writes anything.
    pub fn query(&self, path: &str, expr: &str, opts: &TxOptions) -> Result<TxOutcome, HomeError> {
        if expr.trim().is_empty() {
            return Ok(TxOutcome::error("empty expression"));
        }
        // EXPR must be exactly one expression: it is pasted into a synthesised function, which must not be
        // closed early or given statements of the user's choosing.
        if let Err(msg) = tx::check_expression(expr) {
            return Ok(TxOutcome::error(msg));
        }
        // One snapshot for everything the query reads: a writer may commit meanwhile.
        let reader = self.store.reader()?;
        let Some(rec) = package_record(&reader, path)? else {
            return Ok(TxOutcome::error(format!("package {path} is not deployed")));
        };
        let records = deployed_records(&reader)?;
        // The query function joins package `path` on the program of every deployed package (with fmt, which
        // it imports, as for calls that print results): the package itself is not checked again.
        let target = deployed_sources(&reader, std::slice::from_ref(&rec))?;
        let imports = tx::file_imports(target.first().map_or(&[][..], |s| &s.files[..]));
        let query_file = format!("{path}/query.go");
        let query = tx::query_source(&rec.name, expr, &imports);
        let mut builder = match self.base_builder(&reader, &records, &["fmt".to_string()])? {
            Ok(b) => b,
            Err(e) => return Ok(TxOutcome::error(e)),
        };
        if let Err(e) = builder.extend_package(path, vec![(query_file.clone(), query)]) {
            return Ok(TxOutcome::error(strip_positions(&e, &query_file)));
        }
        let image = builder.into_image();
        let height = u64_meta(&reader, META_HEIGHT)?;
        let next_id = u64_meta(&reader, META_NEXT_ID)?;
        let ctx = TxContext::new(
            height,
            block_time(height),
            crate::address::user_address(&opts.caller),
            format!("query {path} {expr}").as_bytes(),
        );
        let ran = execute(
            reader,
            &records,
            &image,
            Action::Query {
                pkg: path.to_string(),
            },
            opts,
            ctx,
            next_id,
        );
        Ok(match ran {
            Ok(ran) => TxOutcome {
                stdout: ran.stdout,
                stderr: ran.printed,
                gas_used: Some(ran.gas_used),
                events: ran.events,
                ..TxOutcome::default()
            },
            Err(failed) => *failed,
        })
    }

    /// `Render(path)` of package `pkg`, printed (never writes anything).
    pub fn render(&self, pkg: &str, path: &str, opts: &TxOptions) -> Result<TxOutcome, HomeError> {
        self.query(pkg, &tx::render_expr(path), opts)
    }

    /// A builder holding every deployed package (`records`) and then the standard packages `std`, checked and
    /// compiled. `Err` inside is a compile error of a deployed package.
    fn base_builder(
        &self,
        reader: &Reader,
        records: &[PackageRecord],
        std: &[String],
    ) -> Result<Result<Builder, String>, HomeError> {
        Ok(self
            .cached_built(reader, records, std)?
            .map(|built| Builder::from_built(Built::clone(&built), &[])))
    }

    /// The deployed packages `records` (all of them, in deploy order), then the standard packages `std`,
    /// each a build step of its own, checked and compiled: a cached program built in the same steps, else
    /// built (on the cached program of `records` alone where there is one) and cached.
    fn cached_built(
        &self,
        reader: &Reader,
        records: &[PackageRecord],
        std: &[String],
    ) -> Result<Result<Arc<Built>, String>, HomeError> {
        let key = build_key(records);
        if let Ok(mut cache) = self.cache.lock() {
            if let Some(i) = cache
                .entries
                .iter()
                .position(|c| c.key == key && c.std == std)
            {
                let entry = cache.entries.remove(i);
                let built = entry.built.clone();
                cache.entries.insert(0, entry);
                return Ok(Ok(built));
            }
        }
        let use_stored = self.cache.lock().is_ok_and(|c| !c.ignore_stored);
        if use_stored {
            if let Some(mut built) = codestore::load(reader, &key, std)? {
                if let Ok(mut cache) = self.cache.lock() {
                    cache.from_store = cache.from_store.saturating_add(1);
                }
                built.freeze();
                let built = Arc::new(built);
                self.store_cache(key, std.to_vec(), built.clone());
                return Ok(Ok(built));
            }
            if let Ok(mut cache) = self.cache.lock() {
                let wanted = (key.clone(), std.to_vec());
                if !cache.unstored.contains(&wanted) {
                    cache.unstored.insert(0, wanted);
                    cache.unstored.truncate(UNSTORED_KEYS);
                }
            }
        }
        let built = if std.is_empty() {
            if let Ok(mut cache) = self.cache.lock() {
                cache.from_sources = cache.from_sources.saturating_add(1);
            }
            let sources = deployed_sources(reader, records)?;
            match build_all(&sources) {
                Ok(b) => b.into_built(),
                Err(e) => return Ok(Err(e)),
            }
        } else {
            let base = match self.cached_built(reader, records, &[])? {
                Ok(b) => b,
                Err(e) => return Ok(Err(e)),
            };
            let mut builder = Builder::from_built(Built::clone(&base), &[]);
            for path in std {
                if let Err(e) = builder.add_path(path) {
                    return Ok(Err(e));
                }
            }
            builder.into_built()
        };
        let mut built = built;
        built.freeze();
        let built = Arc::new(built);
        self.store_cache(key, std.to_vec(), built.clone());
        Ok(Ok(built))
    }

    /// What calling `func` of package `path` gives (`tx::call_target`) in the deployed packages `records`:
    /// from a program in memory, else from the stored index of calls (a new process then decodes only the
    /// program the call builds on), else from the program of the deployed packages.
    fn call_target(
        &self,
        reader: &Reader,
        records: &[PackageRecord],
        path: &str,
        func: &str,
    ) -> Result<Result<tx::CallTarget, String>, HomeError> {
        let key = build_key(records);
        let in_memory = self.cache.lock().ok().and_then(|cache| {
            cache
                .entries
                .iter()
                .find(|c| c.key == key)
                .map(|c| c.built.clone())
        });
        if let Some(built) = in_memory {
            return Ok(tx::call_target(built.program(), path, func));
        }
        let use_stored = self.cache.lock().is_ok_and(|c| !c.ignore_stored);
        if use_stored {
            if let Some(target) = codestore::stored_call(reader, &key, path, func)? {
                return Ok(target);
            }
        }
        Ok(match self.cached_built(reader, records, &[])? {
            Ok(built) => tx::call_target(built.program(), path, func),
            Err(e) => Err(e),
        })
    }

    /// Keeps `built` as the program of the deployed packages `key`.
    fn store_cache(&self, key: BuildKey, std: Vec<String>, built: Arc<Built>) {
        if let Ok(mut cache) = self.cache.lock() {
            cache.entries.retain(|c| c.key != key || c.std != std);
            cache.entries.insert(0, CachedBuild { key, std, built });
            cache.entries.truncate(CACHED_BUILDS);
        }
    }

    /// How many times this home built the deployed packages from their sources (not from a cached program).
    pub fn builds_from_sources(&self) -> usize {
        self.cache.lock().map_or(0, |c| c.from_sources)
    }

    /// How many times this home read the program of the deployed packages from the store (not from memory).
    pub fn builds_from_store(&self) -> usize {
        self.cache.lock().map_or(0, |c| c.from_store)
    }

    /// Whether the program of the deployed packages may come from the store (the default) or is always built
    /// from their sources when not in memory (to compare the two: tests, benchmarks). Deploys store theirs
    /// either way.
    pub fn set_use_stored_programs(&self, on: bool) {
        if let Ok(mut cache) = self.cache.lock() {
            cache.ignore_stored = !on;
        }
    }

    /// Forgets the programs kept in memory, as a new process starts: the next transaction reads the program
    /// of the deployed packages from the store, or builds it from their sources.
    pub fn clear_build_cache(&self) {
        if let Ok(mut cache) = self.cache.lock() {
            cache.entries.clear();
            cache.unstored.clear();
        }
    }

    /// The programs of the deployed packages `key` (with their standard packages on top) that were built for
    /// want of a usable stored one and are still in memory: what a committing transaction stores.
    fn take_unstored(&self, key: &BuildKey) -> Vec<(Vec<String>, Arc<Built>)> {
        let Ok(mut cache) = self.cache.lock() else {
            return Vec::new();
        };
        let mut taken = Vec::new();
        let unstored = std::mem::take(&mut cache.unstored);
        for (k, std) in unstored {
            if &k != key {
                cache.unstored.push((k, std));
                continue;
            }
            if let Some(c) = cache.entries.iter().find(|c| c.key == k && c.std == std) {
                taken.push((std, c.built.clone()));
            }
        }
        taken
    }

    /// Runs a transaction and commits it on success: the changed objects, whatever `record` writes (given
    /// the writer, the height and the changes), the height, the next object id and the transaction record.
    fn transact(
        &self,
        reader: Reader,
        image: &Image,
        action: Action,
        opts: &TxOptions,
        what: String,
        record: impl FnOnce(&mut amber_store::Writer, u64, &Changes) -> Result<(), StoreError>,
    ) -> Result<TxOutcome, HomeError> {
        let height = u64_meta(&reader, META_HEIGHT)?.saturating_add(1);
        let next_id = u64_meta(&reader, META_NEXT_ID)?.max(1);
        let origin = crate::address::user_address(&opts.caller);
        let time = block_time(height);
        let ctx = TxContext::new(height, time, origin.clone(), what.as_bytes());
        let records = deployed_records(&reader)?;
        let is_deploy = matches!(action, Action::Deploy { .. });
        let ran = match execute(reader, &records, image, action, opts, ctx, next_id) {
            Ok(r) => r,
            Err(failed) => return Ok(*failed),
        };
        let mut w = self.store.writer()?;
        for (id, bytes) in &ran.changes.writes {
            w.put_object(*id, bytes)?;
        }
        for id in &ran.changes.deletes {
            w.delete_object(*id)?;
        }
        // Packages persisted for the first time get their root in their record.
        for (path, root) in &ran.changes.roots {
            if let Some(mut rec) = records.iter().find(|r| &r.path == path).cloned() {
                rec.root = *root;
                let bytes = serde_json::to_vec(&rec).map_err(|e| StoreError::Io(e.to_string()))?;
                w.put_package(path, &bytes)?;
            }
        }
        // A deploy stores the program with its new package itself.
        if !is_deploy {
            let key = build_key(&records);
            for (std, built) in self.take_unstored(&key) {
                codestore::store(&mut w, &key, &std, &built)?;
            }
        }
        record(&mut w, height, &ran.changes)?;
        w.put_meta(META_HEIGHT, &height.to_be_bytes())?;
        w.put_meta(
            META_NEXT_ID,
            &ran.changes.next_id.max(next_id).to_be_bytes(),
        )?;
        let rec = TxRecord {
            height,
            time,
            caller: origin,
            what,
            gas_used: ran.gas_used,
            events: ran.events.clone(),
            output: String::from_utf8_lossy(&ran.stdout).into_owned(),
        };
        let bytes = serde_json::to_vec(&rec).map_err(|e| StoreError::Io(e.to_string()))?;
        w.put_tx(height, &bytes)?;
        let app_hash = w.commit()?;
        Ok(TxOutcome {
            stdout: ran.stdout,
            stderr: ran.printed,
            exit_code: 0,
            gas_used: Some(ran.gas_used),
            app_hash: Some(app_hash),
            height: Some(height),
            events: ran.events,
        })
    }

    /// The recorded result of the transaction at `height`.
    pub fn tx(&self, height: u64) -> Result<Option<TxRecord>, HomeError> {
        let r = self.store.reader()?;
        match r.tx(height)? {
            None => Ok(None),
            Some(b) => serde_json::from_slice(&b)
                .map(Some)
                .map_err(|e| HomeError::Corrupt(format!("transaction record {height}: {e}"))),
        }
    }
}

/// A writer that appends to a shared buffer (for `print`/`println`, which go to standard error).
struct SharedBuf(Rc<RefCell<Vec<u8>>>);

impl Write for SharedBuf {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Runs a transaction's image against committed state: attaches the persisted packages, initialises the
/// others in order, then does `action`. `Err` is the outcome of a failed run (nothing to commit).
fn execute(
    reader: Reader,
    records: &[PackageRecord],
    image: &Image,
    action: Action,
    opts: &TxOptions,
    ctx: TxContext,
    next_id: u64,
) -> Result<Ran, Box<TxOutcome>> {
    let gas_limit = opts.gas.unwrap_or(DEFAULT_GAS);
    // The standard packages' initialisers run unmetered (see below); this only bounds them.
    let limits = Limits {
        gas: STD_INIT_GAS,
        ..Limits::default()
    };
    let failed = |e: RunError, gas: Option<u64>, err: &Rc<RefCell<Vec<u8>>>| {
        let mut stderr = String::from_utf8_lossy(&err.borrow()).into_owned();
        stderr.push_str(&e.render());
        TxOutcome {
            stderr,
            exit_code: e.exit_code(),
            gas_used: gas,
            ..TxOutcome::default()
        }
    };
    let err_buf = Rc::new(RefCell::new(Vec::new()));
    let mut machine = match Machine::new(image, limits) {
        Ok(m) => m,
        Err(e) => return Err(Box::new(failed(e, None, &err_buf))),
    };
    machine.set_stderr(Box::new(SharedBuf(err_buf.clone())));
    let shared = Rc::new(RefCell::new(ctx));
    crate::host::install(&mut machine, shared.clone());
    let roots: Vec<(String, u64)> = records
        .iter()
        .filter(|r| r.root != 0)
        .map(|r| (r.path.clone(), r.root))
        .collect();
    let mut out: Vec<u8> = Vec::new();
    let mut store_charge = 0u64;
    let mut commit_out_of_gas: Option<String> = None;
    let is_std = |path: &str| amber_stdlib::sources::is_standard(path) || path == crate::api::PATH;
    let result = (|| -> Result<Changes, RunError> {
        // Standard packages first (they import nothing deployed): their initialisation is the same work in
        // every transaction, so it is not charged; the meter starts at the transaction's own work.
        for pkg in image.packages.iter().filter(|p| is_std(&p.path)) {
            persist_glue::run_package_init(&mut machine, &pkg.path, &mut out)?;
        }
        machine.set_gas_limit(gas_limit);
        persist_glue::attach(&mut machine, StoreSource { reader }, &roots, next_id)?;
        // A library's state stays frozen in every transaction after its deploy.
        for (path, _) in &roots {
            if PackageKind::of_path(path) == PackageKind::Library {
                persist_glue::freeze_package(&mut machine, path)?;
            }
        }
        for pkg in &image.packages {
            if !is_std(&pkg.path) && !roots.iter().any(|(p, _)| *p == pkg.path) {
                persist_glue::run_package_init(&mut machine, &pkg.path, &mut out)?;
            }
        }
        match &action {
            Action::Deploy { path, library } => {
                if *library {
                    persist_glue::freeze_package(&mut machine, path)?;
                }
            }
            Action::Main => {
                let main = image
                    .main
                    .ok_or_else(|| RunError::Internal("no main function".into()))?;
                machine.invoke(main, &[], &mut out)?;
            }
            Action::Query { pkg } => {
                let idx = image
                    .packages
                    .iter()
                    .position(|p| p.path == *pkg)
                    .ok_or_else(|| RunError::Internal(format!("no package {pkg}")))?;
                let suffix = format!(".{}", tx::QUERY_FUNC);
                let f = image
                    .funcs
                    .iter()
                    .position(|f| f.pkg as usize == idx && f.name.ends_with(&suffix))
                    .ok_or_else(|| RunError::Internal("no query function".into()))?;
                machine.invoke(f as u32, &[], &mut out)?;
                return Ok(Changes::default());
            }
        }
        let changes = persist_glue::commit_changes(&mut machine)?;
        // Writing state is paid for like everything else: per object and per byte written, per deletion.
        let store_gas = changes
            .writes
            .iter()
            .map(|(_, bytes)| amber_vm::gas::store_write_cost(bytes.len() as u64))
            .chain(
                changes
                    .deletes
                    .iter()
                    .map(|_| amber_vm::gas::store_delete_cost()),
            )
            .fold(0u64, u64::saturating_add);
        if machine.gas_used().saturating_add(store_gas) > gas_limit {
            commit_out_of_gas = Some(format!(
                "out of gas at commit: writing the transaction's state needs {store_gas} gas, {} left\n",
                gas_limit.saturating_sub(machine.gas_used())
            ));
            machine.set_gas_limit(0);
            return Err(RunError::OutOfGas { trace: Vec::new() });
        }
        store_charge = store_gas;
        Ok(changes)
    })();
    let gas_used = if matches!(result, Err(RunError::OutOfGas { .. })) {
        gas_limit
    } else {
        machine.gas_used().saturating_add(store_charge)
    };
    drop(machine);
    match result {
        Ok(changes) => {
            let events = shared.borrow().events.clone();
            let printed = String::from_utf8_lossy(&err_buf.borrow()).into_owned();
            Ok(Ran {
                stdout: out,
                printed,
                gas_used,
                changes,
                events,
            })
        }
        Err(e) => {
            let mut o = failed(e, Some(gas_used), &err_buf);
            if let Some(msg) = commit_out_of_gas {
                o.stderr = String::from_utf8_lossy(&err_buf.borrow()).into_owned() + &msg;
            }
            o.stdout = out;
            Err(Box::new(o))
        }
    }
}

/// The base name of a file path.
fn base_name(name: &str) -> &str {
    name.rsplit('/').next().unwrap_or(name)
}

/// Removes `FILE:LINE:COL: ` prefixes of a synthesised file from rendered errors.
fn strip_positions(rendered: &str, file: &str) -> String {
    let prefix = format!("{file}:");
    rendered
        .lines()
        .map(|line| match line.strip_prefix(&prefix) {
            Some(rest) => {
                // Skip LINE:COL: .
                let mut parts = rest.splitn(3, ':');
                let _line = parts.next();
                let _col = parts.next();
                parts.next().map_or(rest, |m| m.trim_start()).to_string()
            }
            None => line.to_string(),
        })
        .map(|l| l + "\n")
        .collect()
}

/// A package path must be a clean import path with an `r` or `p` element.
fn check_package_path(path: &str) -> Result<(), String> {
    let clean = !path.is_empty()
        && path.split('/').all(|e| {
            !e.is_empty()
                && e != "."
                && e != ".."
                && e.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "._-~".contains(c))
        });
    if !clean {
        return Err(format!("invalid package path {path:?}"));
    }
    if PackageKind::of_path(path) == PackageKind::Plain {
        return Err(format!(
            "cannot deploy {path}: a package path needs an element r (realm) or p (library), e.g. r/{path}"
        ));
    }
    Ok(())
}

/// How many objects `inspect` lists at most when walking a realm.
pub const INSPECT_LIMIT: usize = 500;

/// A realm's persisted objects as `inspect` lists them.
#[derive(Debug, Default)]
pub struct Inspection {
    pub objects: Vec<(u64, amber_vm::persist::ObjectView)>,
    /// Whether objects were left out (the limit was reached).
    pub truncated: bool,
}

impl Home {
    /// The persisted objects of package `path`: its package block, then what it reaches (breadth first,
    /// at most `limit` objects). Also returns whether objects were left out.
    pub fn inspect(
        &self,
        path: &str,
        limit: usize,
    ) -> Result<Result<Inspection, String>, HomeError> {
        let r = self.store.reader()?;
        let Some(rec) = package_record(&r, path)? else {
            return Ok(Err(format!("package {path} is not deployed")));
        };
        if rec.root == 0 {
            return Ok(Ok(Inspection::default()));
        }
        let mut seen = std::collections::HashSet::new();
        let mut queue = std::collections::VecDeque::from([rec.root]);
        seen.insert(rec.root);
        let mut out = Vec::new();
        while let Some(id) = queue.pop_front() {
            if out.len() >= limit {
                return Ok(Ok(Inspection {
                    objects: out,
                    truncated: true,
                }));
            }
            let Some(bytes) = r.object(id)? else {
                return Err(HomeError::Corrupt(format!("object {id} is missing")));
            };
            let view = amber_vm::persist::describe(&bytes)
                .map_err(|e| HomeError::Corrupt(format!("object {id}: {e}")))?;
            for &next in &view.refs {
                // Objects of other realms are shown where they are owned.
                if seen.insert(next) {
                    queue.push_back(next);
                }
            }
            out.push((id, view));
        }
        Ok(Ok(Inspection {
            objects: out,
            truncated: false,
        }))
    }

    /// One persisted object by id.
    pub fn object(&self, id: u64) -> Result<Option<amber_vm::persist::ObjectView>, HomeError> {
        let r = self.store.reader()?;
        match r.object(id)? {
            None => Ok(None),
            Some(bytes) => amber_vm::persist::describe(&bytes)
                .map(Some)
                .map_err(|e| HomeError::Corrupt(format!("object {id}: {e}"))),
        }
    }
}
