//! Transactions over a real home, in process: what persists, what a failure leaves, what is recorded.

use std::path::PathBuf;

use crate::home::{block_time, Home, TxOptions};

const COUNTER: &str = r#"package counter

import "chain"

var count int

func Incr(n int) int {
	count += n
	chain.Emit("Incr", "by", "n")
	return count
}

func Boom() {
	count = 1000
	panic("boom")
}
"#;

/// A fresh home directory, removed when dropped (the chain's tests share it).
pub(crate) struct TempHome(pub(crate) PathBuf);

impl TempHome {
    pub(crate) fn new(name: &str) -> TempHome {
        let dir =
            std::env::temp_dir().join(format!("amber-chain-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        TempHome(dir)
    }
}

impl Drop for TempHome {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn counter_files() -> Vec<(String, String)> {
    vec![("counter.go".to_string(), COUNTER.to_string())]
}

fn stdout(o: &crate::home::TxOutcome) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn opts() -> TxOptions {
    TxOptions::default()
}

#[test]
fn state_persists_across_transactions_and_reopening() {
    let dir = TempHome::new("persist");
    {
        let Ok(home) = Home::init(&dir.0) else {
            panic!("init")
        };
        let Ok(o) = home.deploy("r/counter", counter_files(), &opts()) else {
            panic!("deploy")
        };
        assert_eq!(o.exit_code, 0, "{}", o.stderr);
        let Ok(o) = home.call("r/counter", "Incr", &["5".into()], &opts()) else {
            panic!("call")
        };
        assert_eq!(stdout(&o), "5\n");
        assert_eq!(o.height, Some(2));
    }
    let Ok(home) = Home::open(&dir.0) else {
        panic!("open")
    };
    let Ok(o) = home.call("r/counter", "Incr", &["-2".into()], &opts()) else {
        panic!("call")
    };
    assert_eq!(stdout(&o), "3\n");
    assert_eq!(o.events.len(), 1);
    assert_eq!(o.events[0].realm, "r/counter");
    let Ok(Some(rec)) = home.tx(3) else {
        panic!("no transaction record")
    };
    assert_eq!(rec.time, block_time(3));
    assert_eq!(rec.output, "3\n");
    assert_eq!(rec.what, "call r/counter.Incr(-2)");
}

#[test]
fn failures_and_queries_write_nothing() {
    let dir = TempHome::new("nothing");
    let Ok(home) = Home::init(&dir.0) else {
        panic!("init")
    };
    let _ = home.deploy("r/counter", counter_files(), &opts());
    let Ok(before) = home.app_hash() else {
        panic!("app hash")
    };
    let Ok(o) = home.call("r/counter", "Boom", &[], &opts()) else {
        panic!("call")
    };
    assert_eq!(o.exit_code, 2);
    assert!(o.stderr.starts_with("panic: boom\n"), "{}", o.stderr);
    let out_of_gas = TxOptions {
        gas: Some(5),
        ..opts()
    };
    let Ok(o) = home.call("r/counter", "Incr", &["1".into()], &out_of_gas) else {
        panic!("call")
    };
    assert_eq!(o.exit_code, 2);
    assert!(o.stderr.starts_with("out of gas"), "{}", o.stderr);
    let Ok(o) = home.query("r/counter", "Incr(7)", &opts()) else {
        panic!("query")
    };
    assert_eq!(stdout(&o), "7\n");
    assert_eq!(home.app_hash().ok(), Some(before));
    assert_eq!(home.height().ok(), Some(1));
    let Ok(o) = home.query("r/counter", "count", &opts()) else {
        panic!("query")
    };
    assert_eq!(stdout(&o), "0\n");
}

#[test]
fn same_transactions_same_app_hash_in_two_homes() {
    let (a, b) = (TempHome::new("same-a"), TempHome::new("same-b"));
    let mut hashes = Vec::new();
    for dir in [&a, &b] {
        let Ok(home) = Home::init(&dir.0) else {
            panic!("init")
        };
        let _ = home.deploy("r/counter", counter_files(), &opts());
        let _ = home.call("r/counter", "Incr", &["2".into()], &opts());
        let _ = home.call("r/counter", "Boom", &[], &opts());
        hashes.push(home.app_hash().ok());
    }
    assert!(hashes[0].is_some());
    assert_eq!(hashes[0], hashes[1]);
}

#[test]
fn deploy_refusals() {
    let dir = TempHome::new("refuse");
    let Ok(home) = Home::init(&dir.0) else {
        panic!("init")
    };
    let _ = home.deploy("r/counter", counter_files(), &opts());
    let again = home.deploy("r/counter", counter_files(), &opts());
    assert_eq!(
        again.map(|o| o.stderr).ok().as_deref(),
        Some("package r/counter is already deployed\n")
    );
    let bad = vec![(
        "b.go".to_string(),
        "package b\n\nimport \"r/zzz\"\n\nvar X = zzz.Y\n".to_string(),
    )];
    let o = home.deploy("r/b", bad, &opts());
    assert_eq!(
        o.map(|o| o.stderr).ok().as_deref(),
        Some("r/b/b.go:3:8: package r/zzz is not deployed and not in std\n")
    );
    let o = home.deploy("plain/x", counter_files(), &opts());
    assert_eq!(o.map(|o| o.exit_code).ok(), Some(1));
}
