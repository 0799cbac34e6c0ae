//! The build cache of a home: the same transactions give the same results (output, gas, events, app hash)
//! whether each one starts from the cached program of the deployed packages or builds it from the sources.

use crate::home::{Home, TxOptions, TxOutcome};
use crate::home_tests::TempHome;

const COUNTER: &str = r#"package counter

import (
	"chain"
	"strconv"
)

var count int

type Entry struct{ By, Total int }

var log []Entry

func Incr(n int) int {
	count += n
	log = append(log, Entry{n, count})
	chain.Emit("Incr", "by", strconv.Itoa(n))
	return count
}

func Fail() {
	count = -1
	panic("counter: failing on purpose")
}

func Render(path string) string { return "value: " + strconv.Itoa(count) }
"#;

const BOARD: &str = r#"package board

import (
	"fmt"
	"strings"

	"r/counter"
)

var notes []string

func Post(s string) int {
	notes = append(notes, strings.ToUpper(s)+fmt.Sprint(counter.Incr(2)))
	return len(notes)
}
"#;

const BAD_INIT: &str = r#"package bad

var x = boom()

func boom() int { panic("no") }
"#;

const SCRIPT: &str = r#"package main

import (
	"fmt"
	"r/board"
	"r/counter"
)

func main() {
	fmt.Println(board.Post("hi"), counter.Incr(5))
}
"#;

/// What a transaction's outcome shows a user.
fn shown(o: &TxOutcome) -> String {
    format!(
        "exit {} gas {:?} height {:?} hash {:?}\nstdout {}\nstderr {}\nevents {:?}\n",
        o.exit_code,
        o.gas_used,
        o.height,
        o.app_hash,
        String::from_utf8_lossy(&o.stdout),
        o.stderr,
        o.events
    )
}

/// Where the transactions of a session get the program of the deployed packages.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// From memory: one `Home` keeps it between transactions.
    Warm,
    /// Built from the sources before every transaction (memory cleared, stored programs ignored).
    Sources,
    /// Read from the store before every transaction: a new `Home` each time (a new process).
    Reopened,
}

/// How each step of a session got its program: (built from sources, read from the store).
type Loads = Vec<(usize, usize)>;

/// Runs a session of deploys, calls, a script, a failing deploy, a panic and queries on a new home, getting
/// the deployed packages' program as `mode` says. Returns what each step showed, and how it got its program.
fn session(name: &str, mode: Mode) -> (Vec<String>, Loads) {
    let dir = TempHome::new(name);
    let home = std::cell::RefCell::new(Home::init(&dir.0).ok());
    let opts = TxOptions::default();
    let file = |name: &str, text: &str| vec![(name.to_string(), text.to_string())];
    let mut out = Vec::new();
    let mut loads = Vec::new();
    let mut step = |r: Result<TxOutcome, crate::home::HomeError>| {
        if let Some(h) = home.borrow().as_ref() {
            loads.push((h.builds_from_sources(), h.builds_from_store()));
        }
        match r {
            Ok(o) => out.push(shown(&o)),
            Err(e) => out.push(format!("error {e}")),
        }
    };
    let clear = || {
        let mut h = home.borrow_mut();
        match mode {
            Mode::Warm => {}
            Mode::Sources => {
                if let Some(h) = h.as_ref() {
                    h.clear_build_cache();
                    h.set_use_stored_programs(false);
                }
            }
            Mode::Reopened => {
                // The old home is closed before the store is opened again.
                *h = None;
                *h = Home::open(&dir.0).ok();
            }
        }
    };
    let home = || {
        std::cell::Ref::map(home.borrow(), |h| match h {
            Some(h) => h,
            None => panic!("the home did not open"),
        })
    };
    clear();
    step(home().deploy("r/counter", file("counter.go", COUNTER), &opts));
    clear();
    step(home().call("r/counter", "Incr", &["3".into()], &opts));
    clear();
    step(home().call("r/counter", "Incr", &["4".into()], &opts));
    clear();
    step(home().deploy("r/board", file("board.go", BOARD), &opts));
    clear();
    step(home().deploy("r/bad", file("bad.go", BAD_INIT), &opts));
    clear();
    step(home().call("r/board", "Post", &["\"x\"".into()], &opts));
    clear();
    step(home().run_script(file("s.go", SCRIPT), &opts));
    clear();
    step(home().call("r/counter", "Fail", &[], &opts));
    clear();
    step(home().call("r/counter", "Nope", &[], &opts));
    clear();
    step(home().query("r/counter", "count * 2", &opts));
    clear();
    step(home().render("r/counter", "", &opts));
    clear();
    step(home().query("r/counter", "nosuch + 1", &opts));
    clear();
    step(home().query("r/board", "len(notes)", &opts));
    clear();
    step(home().render("r/counter", "", &opts));
    clear();
    step(home().call("r/counter", "Incr", &["1".into()], &opts));
    (out, loads)
}

#[test]
fn cold_and_warm_builds_give_the_same_transactions() {
    let (warm, _) = session("warm", Mode::Warm);
    let (cold, _) = session("cold", Mode::Sources);
    let (reopened, loads) = session("reopened", Mode::Reopened);
    assert_eq!(warm.len(), cold.len());
    assert_eq!(warm.len(), reopened.len());
    for ((w, c), r) in warm.iter().zip(&cold).zip(&reopened) {
        assert_eq!(w, c);
        assert_eq!(w, r);
    }
    // The session did what it says: calls committed with gas, the failing deploy and the panic did not.
    assert!(warm[1].starts_with("exit 0 gas Some("), "{}", warm[1]);
    assert!(warm[4].starts_with("exit 2"), "{}", warm[4]);
    assert!(warm[6].contains("stdout 2 16\n"), "{}", warm[6]);
    assert!(
        warm[7].contains("counter: failing on purpose"),
        "{}",
        warm[7]
    );
    assert!(warm[9].contains("stdout 32\n"), "{}", warm[9]);
    assert!(warm[11].contains("undefined: nosuch"), "{}", warm[11]);
    assert!(warm[12].contains("stdout 2\n"), "{}", warm[12]);
    assert!(warm[14].contains("stdout 17\n"), "{}", warm[14]);
    // Each step of the reopened session ran in a new `Home`: the first deploy built nothing deployed (the
    // empty program) from sources; every other step read one program from the store (the first call
    // printing results stored the program with fmt on top, which later calls, scripts and queries read),
    // calls finding what they call in the stored index of calls.
    let expected: Loads = vec![
        (1, 0), // deploy r/counter
        (0, 1), // call
        (0, 1), // call
        (0, 1), // deploy r/board
        (0, 1), // deploy r/bad (fails)
        (0, 1), // call
        (0, 1), // script
        (0, 1), // call that panics (no results: the program without fmt)
        (0, 1), // call of an unknown function (not in the index of calls: looked up in the program)
        (0, 1), // query r/counter
        (0, 1), // render r/counter
        (0, 1), // query r/counter (fails to compile)
        (0, 1), // query r/board
        (0, 1), // render r/counter
        (0, 1), // call
    ];
    assert_eq!(loads, expected);
}

/// Deploys the counter and calls `Incr(3)` twice, reopening the home (a cold process) before the second
/// call if `reopen`; returns what the second call showed.
fn twice(name: &str, reopen: bool) -> String {
    let dir = TempHome::new(name);
    let opts = TxOptions::default();
    let incr = |home: &Home| match home.call("r/counter", "Incr", &["3".into()], &opts) {
        Ok(o) => shown(&o),
        Err(e) => format!("error {e}"),
    };
    let mut home = counter_home(&dir);
    incr(&home);
    if reopen {
        drop(home);
        let Ok(again) = Home::open(&dir.0) else {
            panic!("open")
        };
        home = again;
    }
    incr(&home)
}

#[test]
fn a_reopened_home_gives_the_same_transaction() {
    let warm = twice("same-process", false);
    assert!(warm.contains("stdout 6\n"), "{warm}");
    assert_eq!(twice("reopened", true), warm);
}

#[test]
fn transactions_after_a_deploy_build_only_their_own_package() {
    let dir = TempHome::new("hits");
    let Ok(home) = Home::init(&dir.0) else {
        panic!("init")
    };
    let opts = TxOptions::default();
    let file = |name: &str, text: &str| vec![(name.to_string(), text.to_string())];
    let ok = |r: Result<TxOutcome, crate::home::HomeError>| r.map(|o| o.exit_code).ok();
    assert_eq!(
        ok(home.deploy("r/counter", file("counter.go", COUNTER), &opts)),
        Some(0)
    );
    // The deploy built the (empty) set of packages before it; everything after starts from the cache.
    assert_eq!(home.builds_from_sources(), 1);
    assert_eq!(
        ok(home.deploy("r/board", file("board.go", BOARD), &opts)),
        Some(0)
    );
    for _ in 0..3 {
        assert_eq!(
            ok(home.call("r/counter", "Incr", &["1".into()], &opts)),
            Some(0)
        );
        assert_eq!(ok(home.call("r/counter", "Fail", &[], &opts)), Some(2));
        assert_eq!(ok(home.run_script(file("s.go", SCRIPT), &opts)), Some(0));
        assert_eq!(ok(home.query("r/board", "len(notes)", &opts)), Some(0));
    }
    assert_eq!(home.builds_from_sources(), 1);
    // A query into an earlier package builds the packages before it once.
    assert_eq!(ok(home.render("r/counter", "", &opts)), Some(0));
    assert_eq!(ok(home.render("r/counter", "", &opts)), Some(0));
    assert_eq!(home.builds_from_sources(), 1);
    // Queries into many packages build their prefixes, but do not evict what calls start from.
    for i in 0..6 {
        let src = format!("package e{i}\nvar V = {i}\n");
        let path = format!("r/e{i}");
        assert_eq!(ok(home.deploy(&path, file("e.go", &src), &opts)), Some(0));
    }
    assert_eq!(home.builds_from_sources(), 1);
    for i in 0..6 {
        assert_eq!(ok(home.query(&format!("r/e{i}"), "V", &opts)), Some(0));
    }
    let after_queries = home.builds_from_sources();
    assert_eq!(
        ok(home.call("r/counter", "Incr", &["1".into()], &opts)),
        Some(0)
    );
    assert_eq!(ok(home.run_script(file("s.go", SCRIPT), &opts)), Some(0));
    assert_eq!(home.builds_from_sources(), after_queries);
    home.clear_build_cache();
    assert_eq!(
        ok(home.call("r/counter", "Incr", &["1".into()], &opts)),
        Some(0)
    );
    // A home that forgot its programs (a new process) reads the program from the store.
    assert_eq!(home.builds_from_sources(), after_queries);
    assert_eq!(home.builds_from_store(), 1);
}

/// Replaces each stored program of the home in `dir` (closed) by `damage` of its bytes.
fn tamper(dir: &std::path::Path, damage: Damage) {
    use amber_store::Read;
    let Ok(store) = amber_store::Store::open(dir) else {
        panic!("open store")
    };
    let Ok(mut w) = store.writer() else {
        panic!("writer")
    };
    let Ok(refs) = w.code_refs() else {
        panic!("refs")
    };
    let refs: Vec<_> = refs
        .into_iter()
        .filter(|(name, _)| name.starts_with(crate::codestore::PROGRAM_REF))
        .collect();
    assert_eq!(refs.len(), 2, "the program, and the one with fmt");
    for (name, hash) in refs {
        let Ok(Some(bytes)) = w.code(&hash) else {
            panic!("no program bytes")
        };
        let Ok(new_hash) = w.put_code(&damage(bytes)) else {
            panic!("put")
        };
        assert_eq!(w.put_code_ref(&name, Some(&new_hash)).ok(), Some(()));
    }
    assert!(w.commit().is_ok());
}

/// A new home in `dir` with r/counter deployed.
fn counter_home(dir: &TempHome) -> Home {
    let Ok(home) = Home::init(&dir.0) else {
        panic!("init")
    };
    let files = vec![("counter.go".to_string(), COUNTER.to_string())];
    assert_eq!(
        home.deploy("r/counter", files, &TxOptions::default())
            .map(|o| o.exit_code)
            .ok(),
        Some(0)
    );
    home
}

/// A home with r/counter deployed and called once, closed; what the next call shows on a warm home.
fn deployed_home(name: &str) -> (TempHome, String) {
    let dir = TempHome::new(name);
    let opts = TxOptions::default();
    let home = counter_home(&dir);
    let call = || match home.call("r/counter", "Incr", &["3".into()], &opts) {
        Ok(o) => shown(&o),
        Err(e) => format!("error {e}"),
    };
    call();
    // What the next call shows, found on a copy of the home.
    let copy = TempHome::new(&format!("{name}-copy"));
    drop(home);
    copy_dir(&dir.0, &copy.0);
    let Ok(warm) = Home::open(&copy.0) else {
        panic!("open copy")
    };
    let shown_next = match warm.call("r/counter", "Incr", &["3".into()], &opts) {
        Ok(o) => shown(&o),
        Err(e) => format!("error {e}"),
    };
    (dir, shown_next)
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    assert!(std::fs::create_dir_all(to).is_ok());
    let Ok(entries) = std::fs::read_dir(from) else {
        panic!("read dir")
    };
    for e in entries.flatten() {
        assert!(std::fs::copy(e.path(), to.join(e.file_name())).is_ok());
    }
}

/// A change to a stored program's bytes.
type Damage = fn(Vec<u8>) -> Vec<u8>;

#[test]
fn an_unusable_stored_program_is_rebuilt_from_sources_and_stored_again() {
    let damages: [(&str, Damage); 4] = [
        ("truncated", |b| b[..b.len() / 2].to_vec()),
        ("corrupt", |mut b| {
            // The bytes change but are still filed under the hash of the intact ones: damage on disk.
            let n = b.len();
            b[n / 2] ^= 0x5a;
            b
        }),
        ("other-build", |b| {
            let id = crate::codestore::BUILD_ID.as_bytes();
            let Some(at) = b.windows(id.len()).position(|w| w == id) else {
                panic!("no build id")
            };
            let mut b = b;
            b[at..at + id.len()].copy_from_slice(&[b'f'; 64]);
            b
        }),
        ("other-key", |b| {
            let Some(at) = b.windows(7).position(|w| w == b"counter") else {
                panic!("no key")
            };
            let mut b = b;
            b[at] = b'k';
            b
        }),
    ];
    let opts = TxOptions::default();
    for (name, damage) in damages {
        let (dir, expected) = deployed_home(&format!("damaged-{name}"));
        if name == "corrupt" {
            corrupt_in_place(&dir.0, damage);
        } else {
            tamper(&dir.0, damage);
        }
        let Ok(home) = Home::open(&dir.0) else {
            panic!("open")
        };
        let got = match home.call("r/counter", "Incr", &["3".into()], &opts) {
            Ok(o) => shown(&o),
            Err(e) => format!("error {e}"),
        };
        assert_eq!(got, expected, "{name}");
        assert!(got.contains("stdout 6\n"), "{name}: {got}");
        assert_eq!(
            (home.builds_from_sources(), home.builds_from_store()),
            (1, 0),
            "{name}"
        );
        // The call stored the rebuilt program: the next process reads it.
        drop(home);
        let Ok(home) = Home::open(&dir.0) else {
            panic!("reopen")
        };
        let again = home.call("r/counter", "Incr", &["3".into()], &opts);
        assert!(again.is_ok_and(|o| o.exit_code == 0), "{name}");
        assert_eq!(
            (home.builds_from_sources(), home.builds_from_store()),
            (0, 1),
            "{name}"
        );
    }
}

/// Overwrites each stored program's bytes (and the index of calls) in place (under the hash of the intact ones), as damage on disk
/// would, going behind the store's back.
fn corrupt_in_place(dir: &std::path::Path, damage: Damage) {
    use redb::{ReadableDatabase, ReadableTable, TableDefinition};
    const CODE: TableDefinition<&[u8; 32], &[u8]> = TableDefinition::new("code");
    let Ok(db) = redb::Database::open(dir.join("state.redb")) else {
        panic!("open redb")
    };
    let mut programs = Vec::new();
    {
        let Ok(r) = db.begin_read() else {
            panic!("read")
        };
        let Ok(code) = r.open_table(CODE) else {
            panic!("table")
        };
        let Ok(entries) = code.iter() else {
            panic!("iter")
        };
        for entry in entries.flatten() {
            programs.push((*entry.0.value(), entry.1.value().to_vec()));
        }
    }
    assert_eq!(
        programs.len(),
        3,
        "the program, the one with fmt, the index of calls"
    );
    let Ok(w) = db.begin_write() else {
        panic!("write")
    };
    {
        let Ok(mut code) = w.open_table(CODE) else {
            panic!("table")
        };
        for (hash, bytes) in programs {
            assert!(code.insert(&hash, damage(bytes).as_slice()).is_ok());
        }
    }
    assert!(w.commit().is_ok());
}

/// A home made before programs were stored (no code tables) opens, builds from sources once and stores
/// the program in its next transaction.
#[test]
fn a_home_without_stored_programs_opens_and_stores_one() {
    use redb::TableHandle;
    let (dir, expected) = deployed_home("no-code-tables");
    {
        let Ok(db) = redb::Database::open(dir.0.join("state.redb")) else {
            panic!("open redb")
        };
        let Ok(w) = db.begin_write() else {
            panic!("write")
        };
        for name in ["code", "code_refs"] {
            let table: redb::TableDefinition<&[u8], &[u8]> = redb::TableDefinition::new(name);
            assert_eq!(w.delete_table(table).ok(), Some(true), "{}", table.name());
        }
        assert!(w.commit().is_ok());
    }
    let opts = TxOptions::default();
    let Ok(home) = Home::open(&dir.0) else {
        panic!("open")
    };
    assert!(home
        .query("r/counter", "count", &opts)
        .is_ok_and(|o| o.stdout == b"3\n"));
    let got = match home.call("r/counter", "Incr", &["3".into()], &opts) {
        Ok(o) => shown(&o),
        Err(e) => format!("error {e}"),
    };
    assert_eq!(got, expected);
    // The query built the packages from sources (and fmt on top), which the call then found in memory.
    assert_eq!(
        (home.builds_from_sources(), home.builds_from_store()),
        (1, 0)
    );
    drop(home);
    let Ok(home) = Home::open_read_only(&dir.0) else {
        panic!("reopen")
    };
    assert!(home
        .query("r/counter", "count", &opts)
        .is_ok_and(|o| o.stdout == b"6\n"));
    let Ok(home) = Home::open(&dir.0) else {
        panic!("reopen")
    };
    assert!(home
        .call("r/counter", "Incr", &["3".into()], &opts)
        .is_ok_and(|o| o.exit_code == 0));
    assert_eq!(
        (home.builds_from_sources(), home.builds_from_store()),
        (0, 1)
    );
}
