//! The state commands as a user sees them when the home itself is the problem: missing, already there, in
//! use by another process, corrupt. (Transactions themselves are covered by the realm tests in
//! `tests/realms/`.)

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

#[test]
fn home_in_use_by_another_process() {
    let home = scratch("inuse");
    let realm = home.with_extension("src");
    std::fs::create_dir_all(&realm).expect("realm dir");
    std::fs::write(
        realm.join("spin.go"),
        "package spin\n\n// Spin loops until it runs out of gas.\nfunc Spin() {\n\tfor {\n\t}\n}\n",
    )
    .expect("write realm");
    assert_eq!(amber(&home, &["init"]).status.code(), Some(0));
    let o = amber(
        &home,
        &["deploy", realm.to_str().expect("utf-8 path"), "r/spin"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let before = stdout(&amber(&home, &["apphash"]));
    // A long transaction keeps the home open. Our own probes may make it lose the race for the home (it
    // then exits with "in use"): start it again until a probe finds the home busy.
    let spin = || {
        Command::new(env!("CARGO_BIN_EXE_amber"))
            .args(["call", "r/spin", "Spin", "--gas", "1000000000000"])
            .env("AMBER_HOME", &home)
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
        let o = amber(&home, &["apphash"]);
        seen = stderr(&o);
        if o.status.code() == Some(1) {
            break;
        }
    }
    let _ = spinner.kill();
    let _ = spinner.wait();
    assert_eq!(
        seen,
        format!(
            "amber: home {} is in use by another amber process\n",
            home.display()
        )
    );
    // The killed transaction left nothing behind.
    assert_eq!(stdout(&amber(&home, &["apphash"])), before);
    let _ = std::fs::remove_dir_all(&home);
    let _ = std::fs::remove_dir_all(&realm);
}
