//! The build cache of a home: the same transactions give the same results (output, gas, events, app hash)
//! whether each one starts from the cached program of the deployed packages or builds it from the sources.

use std::path::PathBuf;

use crate::home::{Home, TxOptions, TxOutcome};

/// A fresh home directory, removed when dropped.
struct TempHome(PathBuf);

impl TempHome {
    fn new(name: &str) -> TempHome {
        let dir =
            std::env::temp_dir().join(format!("amber-chain-cache-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        TempHome(dir)
    }
}

impl Drop for TempHome {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

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

/// Runs a session of deploys, calls, a script, a failing deploy, a panic and queries on a new home; with
/// `cold`, the build cache is cleared before every transaction. Returns what each step showed.
fn session(name: &str, cold: bool) -> Vec<String> {
    let dir = TempHome::new(name);
    let Ok(home) = Home::init(&dir.0) else {
        panic!("init")
    };
    let opts = TxOptions::default();
    let file = |name: &str, text: &str| vec![(name.to_string(), text.to_string())];
    let mut out = Vec::new();
    let mut step = |r: Result<TxOutcome, crate::home::HomeError>| match r {
        Ok(o) => out.push(shown(&o)),
        Err(e) => out.push(format!("error {e}")),
    };
    let clear = || {
        if cold {
            home.clear_build_cache();
        }
    };
    clear();
    step(home.deploy("r/counter", file("counter.go", COUNTER), &opts));
    clear();
    step(home.call("r/counter", "Incr", &["3".into()], &opts));
    clear();
    step(home.call("r/counter", "Incr", &["4".into()], &opts));
    clear();
    step(home.deploy("r/board", file("board.go", BOARD), &opts));
    clear();
    step(home.deploy("r/bad", file("bad.go", BAD_INIT), &opts));
    clear();
    step(home.call("r/board", "Post", &["\"x\"".into()], &opts));
    clear();
    step(home.run_script(file("s.go", SCRIPT), &opts));
    clear();
    step(home.call("r/counter", "Fail", &[], &opts));
    clear();
    step(home.call("r/counter", "Nope", &[], &opts));
    clear();
    step(home.query("r/counter", "count * 2", &opts));
    clear();
    step(home.render("r/counter", "", &opts));
    clear();
    step(home.query("r/counter", "nosuch + 1", &opts));
    clear();
    step(home.query("r/board", "len(notes)", &opts));
    clear();
    step(home.render("r/counter", "", &opts));
    clear();
    step(home.call("r/counter", "Incr", &["1".into()], &opts));
    out
}

#[test]
fn cold_and_warm_builds_give_the_same_transactions() {
    let warm = session("warm", false);
    let cold = session("cold", true);
    assert_eq!(warm.len(), cold.len());
    for (w, c) in warm.iter().zip(&cold) {
        assert_eq!(w, c);
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
    let Ok(mut home) = Home::init(&dir.0) else {
        panic!("init")
    };
    let files = vec![("counter.go".to_string(), COUNTER.to_string())];
    assert_eq!(
        home.deploy("r/counter", files, &opts)
            .map(|o| o.exit_code)
            .ok(),
        Some(0)
    );
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
    assert_eq!(home.builds_from_sources(), after_queries + 1);
}
