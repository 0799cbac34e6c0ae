//! The state commands as a user sees them when the home itself is the problem: missing, already there, in
//! use by another process (reading commands work beside a writer, writing ones do not), corrupt.
//! (Transactions themselves are covered by the realm tests in `tests/realms/`.)

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn amber(home: &PathBuf, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amber"))
        .args(args)
        .env("AMBER_HOME", home)
        .output()
        .expect("the amber binary runs")
}

/// A fresh directory path (not created) for a home.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("amber-chain-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn missing_home_is_a_clear_error() {
    let home = scratch("missing");
    let o = amber(&home, &["apphash"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!(
            "amber: no Amber home at {} (run `amber init`)\n",
            home.display()
        )
    );
    let o = amber(&home, &["call", "r/counter", "Incr", "1"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("no Amber home"), "{}", stderr(&o));
}

#[test]
fn init_twice_is_refused_and_apphash_is_one_hex_line() {
    let home = scratch("twice");
    let o = amber(&home, &["init"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = amber(&home, &["init"]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        format!("amber: {} already holds an Amber home\n", home.display())
    );
    let o = amber(&home, &["apphash"]);
    let out = stdout(&o);
    assert_eq!(out.len(), 65, "{out}");
    assert!(out
        .trim_end()
        .bytes()
        .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase()));
    let _ = std::fs::remove_dir_all(&home);
}

#[test]
fn corrupt_home_is_a_clear_error() {
    let home = scratch("corrupt");
    assert_eq!(amber(&home, &["init"]).status.code(), Some(0));
    std::fs::write(
        home.join("state.redb"),
        b"this is not a database at all, not even close",
    )
    .expect("overwrite the store");
    let o = amber(&home, &["apphash"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).starts_with("amber: home is corrupt: "),
        "{}",
        stderr(&o)
    );
    let _ = std::fs::remove_dir_all(&home);
}

/// The reading commands, each with part of what it must print about the `r/spin` realm of
/// [`SPIN_REALM`] after `Set 7` at height 2.
const READS: &[(&[&str], &str)] = &[
    (&["query", "r/spin", "n"], "7\n"),
    (&["render", "r/spin", "x"], "n=7 path=x\n"),
    (&["tx", "2"], "tx: call r/spin.Set(7)"),
    (&["inspect", "r/spin"], "#"),
];

const SPIN_REALM: &str = "package spin

var n int

// Spin loops until it runs out of gas.
func Spin() {
	for {
	}
}

// Set changes the state.
func Set(v int) { n = v }

func Render(path string) string { return \"n=\" + itoa(n) + \" path=\" + path }

func itoa(v int) string {
	if v == 0 {
		return \"0\"
	}
	s := \"\"
	for ; v > 0; v /= 10 {
		s = string(rune('0'+v%10)) + s
	}
	return s
}
";

/// A home with `r/spin` deployed and `Set(7)` called (height 2); returns it and the realm's directory.
fn spin_home(name: &str) -> (PathBuf, PathBuf) {
    let home = scratch(name);
    let realm = home.with_extension("src");
    std::fs::create_dir_all(&realm).expect("realm dir");
    std::fs::write(realm.join("spin.go"), SPIN_REALM).expect("write realm");
    assert_eq!(amber(&home, &["init"]).status.code(), Some(0));
    let o = amber(
        &home,
        &["deploy", realm.to_str().expect("utf-8 path"), "r/spin"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let o = amber(&home, &["call", "r/spin", "Set", "7"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    (home, realm)
}

/// Starts a long transaction on `home` and returns it once another writer has found the home busy.
/// Our own probes may make it lose the race for the home (it then exits with "in use"): start it
/// again until a probe finds the home busy. The probe calls a function that does not exist, so that
/// it writes nothing if it gets the home itself.
fn hold_home(home: &PathBuf) -> std::process::Child {
    let spin = || {
        Command::new(env!("CARGO_BIN_EXE_amber"))
            .args(["call", "r/spin", "Spin", "--gas", "1000000000000000"])
            .env("AMBER_HOME", home)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn the spinner")
    };
    let mut spinner = spin();
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut seen = String::new();
    while Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
        if let Ok(Some(_)) = spinner.try_wait() {
            spinner = spin();
            continue;
        }
        let o = amber(home, &["call", "r/spin", "NoSuchFunction"]);
        seen = stderr(&o);
        if seen.contains("in use") {
            break;
        }
    }
    assert_eq!(
        seen,
        format!(
            "amber: home {} is in use by another amber process\n",
            home.display()
        )
    );
    spinner
}

#[test]
fn home_in_use_by_another_process() {
    let (home, realm) = spin_home("inuse");
    let before = stdout(&amber(&home, &["apphash"]));
    let mut spinner = hold_home(&home);
    // Every writing command is refused while the transaction runs.
    let realm_arg = realm.to_str().expect("utf-8 path");
    for args in [
        &["call", "r/spin", "Set", "8"][..],
        &["deploy", realm_arg, "r/other"],
    ] {
        let o = amber(&home, args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert_eq!(
            stderr(&o),
            format!(
                "amber: home {} is in use by another amber process\n",
                home.display()
            ),
            "{args:?}"
        );
    }
    let still_running = matches!(spinner.try_wait(), Ok(None));
    let _ = spinner.kill();
    let _ = spinner.wait();
    assert!(still_running, "the long transaction ended early");
    // The killed transaction left nothing behind, and a reading command deals with what a killed
    // writer leaves.
    assert_eq!(stdout(&amber(&home, &["apphash"])), before);
    assert_eq!(stdout(&amber(&home, &["query", "r/spin", "n"])), "7\n");
    let _ = std::fs::remove_dir_all(&home);
    let _ = std::fs::remove_dir_all(&realm);
}

#[test]
fn reading_commands_work_while_a_transaction_runs() {
    let (home, realm) = spin_home("reading");
    let before = amber(&home, &["apphash"]);
    assert_eq!(before.status.code(), Some(0));
    let mut spinner = hold_home(&home);
    let mut outputs = vec![amber(&home, &["apphash"])];
    for (args, _) in READS {
        outputs.push(amber(&home, args));
    }
    let still_running = matches!(spinner.try_wait(), Ok(None));
    let _ = spinner.kill();
    let _ = spinner.wait();
    assert!(
        still_running,
        "the long transaction ended before the reads were done"
    );
    assert_eq!(stdout(&outputs[0]), stdout(&before));
    for (o, (args, expected)) in outputs[1..].iter().zip(READS) {
        assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(o));
        assert!(
            stdout(o).contains(expected),
            "{args:?} printed {:?}",
            stdout(o)
        );
    }
    let _ = std::fs::remove_dir_all(&home);
    let _ = std::fs::remove_dir_all(&realm);
}

#[test]
fn reading_commands_on_a_missing_or_corrupt_home_fail_clearly() {
    let home = scratch("read-missing");
    for (args, _) in READS.iter().chain([(&["apphash"][..], "")].iter()) {
        let o = amber(&home, args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert_eq!(
            stderr(&o),
            format!(
                "amber: no Amber home at {} (run `amber init`)\n",
                home.display()
            ),
            "{args:?}"
        );
        assert!(!home.exists(), "{args:?} created the home");
    }
    let (home, realm) = spin_home("read-corrupt");
    let db = home.join("state.redb");
    let mut bytes = std::fs::read(&db).expect("read the store");
    for b in bytes.iter_mut().take(4096) {
        *b ^= 0x5A;
    }
    std::fs::write(&db, &bytes).expect("damage the store");
    for (args, _) in READS.iter().chain([(&["apphash"][..], "")].iter()) {
        let o = amber(&home, args);
        assert_eq!(o.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&o).starts_with("amber: home is corrupt: "),
            "{args:?}: {}",
            stderr(&o)
        );
    }
    let _ = std::fs::remove_dir_all(&home);
    let _ = std::fs::remove_dir_all(&realm);
}
