//! Crash safety (DESIGN.md §3): an `amber call` killed with SIGKILL at a random moment — often in the middle of
//! its commit — leaves the home at the state before the call or after it, never in between, and every
//! persisted object is still there.
//!
//! A reference home receives the same calls without being killed; whenever the victim's counter says a call
//! committed, the reference makes the same call and the two app hashes must agree.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const REALM: &str = r#"// Package crash builds a graph of many small objects, so that a commit writes a lot.
package crash

import "strconv"

type node struct {
	id    int
	name  string
	next  *node
	items []int
}

var (
	calls int
	byKey = map[string]*node{}
	head  *node
)

// Grow adds n linked nodes, each also in the map, and counts the call.
func Grow(n int) {
	calls++
	for i := 0; i < n; i++ {
		id := calls*100000 + i
		nd := &node{id: id, name: "n" + strconv.Itoa(id), next: head, items: []int{id, calls}}
		head = nd
		byKey[nd.name] = nd
	}
}

// Check walks everything and returns the number of committed calls; it panics on any inconsistency.
func Check() int {
	seen := 0
	for nd := head; nd != nil; nd = nd.next {
		if byKey[nd.name] != nd || nd.items[0] != nd.id || len(nd.items) != 2 {
			panic("inconsistent node " + nd.name)
		}
		seen++
	}
	if seen != len(byKey) {
		panic("list and map disagree")
	}
	return calls
}
"#;

const NODES_PER_CALL: &str = "400";
const ROUNDS: usize = 30;

fn amber(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amber"))
        .args(args)
        .arg("--home")
        .arg(home)
        .output()
        .expect("the amber binary runs")
}

fn ok(home: &Path, args: &[&str]) -> String {
    let o = amber(home, args);
    assert_eq!(
        o.status.code(),
        Some(0),
        "amber {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn apphash(home: &Path) -> String {
    ok(home, &["apphash"]).trim().to_string()
}

fn committed_calls(home: &Path) -> usize {
    let out = ok(home, &["query", "r/crash", "Check()"]);
    out.trim()
        .parse()
        .unwrap_or_else(|_| panic!("Check() printed {out:?}"))
}

fn fresh_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("amber-crash-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A small deterministic generator for the kill delays (the test must behave the same on every run).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n.max(1)
    }
}

#[test]
fn sigkill_during_calls_leaves_a_committed_state() {
    let work = fresh_dir("work");
    let src = work.join("crash");
    std::fs::create_dir_all(&src).expect("realm dir");
    std::fs::write(src.join("crash.go"), REALM).expect("realm source");
    let victim = work.join("victim");
    let reference = work.join("reference");
    let src = src.to_str().expect("utf-8 path");
    for home in [&victim, &reference] {
        ok(home, &["init"]);
        ok(home, &["deploy", src, "r/crash"]);
    }
    // How long one call takes, to spread the kills over its whole life (start-up, execution, commit).
    let started = Instant::now();
    ok(&victim, &["call", "r/crash", "Grow", NODES_PER_CALL]);
    let call_time = started.elapsed();
    ok(&reference, &["call", "r/crash", "Grow", NODES_PER_CALL]);
    assert_eq!(apphash(&victim), apphash(&reference));

    let mut rng = Lcg(0x5eed);
    let mut calls = 1;
    let mut survived = 0;
    let mut killed = 0;
    let window = call_time.as_micros() as u64 * 2;
    for _ in 0..ROUNDS {
        let before = apphash(&victim);
        let mut child = Command::new(env!("CARGO_BIN_EXE_amber"))
            .args(["call", "r/crash", "Grow", NODES_PER_CALL, "--home"])
            .arg(&victim)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn amber call");
        std::thread::sleep(Duration::from_micros(rng.below(window)));
        // SIGKILL: no destructor, no flush, no unwinding.
        let _ = child.kill();
        let status = child.wait().expect("wait for the killed call");
        if status.success() {
            survived += 1;
        } else {
            killed += 1;
        }
        // The home opens, the whole graph loads and is consistent.
        let now = committed_calls(&victim);
        let after = apphash(&victim);
        if now == calls {
            assert_eq!(
                after, before,
                "a call that did not commit changed the app hash"
            );
        } else {
            assert_eq!(now, calls + 1, "more than one call committed");
            calls = now;
            ok(&reference, &["call", "r/crash", "Grow", NODES_PER_CALL]);
            assert_eq!(
                after,
                apphash(&reference),
                "the committed state differs from the reference after {calls} calls"
            );
        }
    }
    eprintln!("{ROUNDS} rounds: {killed} killed, {survived} completed, {calls} calls committed");
    // The test only means something if some calls were cut short and some got through.
    assert!(killed > 0, "no call was killed ({survived} completed)");
    let _ = std::fs::remove_dir_all(&work);
}
