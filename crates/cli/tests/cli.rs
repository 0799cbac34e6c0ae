//! The `amber` binary as a user sees it: exit codes, what goes to stdout and stderr, limits that stop a
//! program cleanly, and determinism of output and gas across runs.

use std::path::PathBuf;
use std::process::{Command, Output};

fn amber(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_amber"))
        .args(args)
        .output()
        .expect("the amber binary runs")
}

/// Writes `src` to a fresh file named `name` in a temporary directory and returns its path.
fn program(name: &str, src: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("amber-cli-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, src).expect("write program");
    path
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn compile_error_exits_1_with_position() {
    let p = program("unused.go", "package main\n\nfunc main() {\n\tx := 1\n}\n");
    let o = amber(&["run", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.ends_with("unused.go:4:2: declared and not used: x\n"),
        "{err}"
    );
}

#[test]
fn panic_exits_2_with_go_trace() {
    let p = program(
        "idx.go",
        "package main\n\nfunc main() {\n\ta := []int{1, 2, 3}\n\ti := 5\n\t_ = a[i]\n}\n",
    );
    let o = amber(&["run", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.starts_with("panic: runtime error: index out of range [5] with length 3\n\ngoroutine 1 [running]:\nmain.main()\n"), "{err}");
    assert!(err.contains("idx.go:6"), "{err}");
}

#[test]
fn out_of_gas_is_deterministic() {
    let src = "package main\n\nfunc main() {\n\tn := 0\n\tfor {\n\t\tn++\n\t}\n}\n";
    let p = program("spin.go", src);
    let runs: Vec<Output> = (0..3)
        .map(|_| amber(&["run", "--gas", "100000", "--stats", p.to_str().unwrap()]))
        .collect();
    for o in &runs {
        assert_eq!(o.status.code(), Some(2));
        assert!(stderr(o).starts_with("out of gas"), "{}", stderr(o));
        assert_eq!(
            stderr(o),
            stderr(&runs[0]),
            "out of gas must stop at the same point every run"
        );
    }
}

#[test]
fn gas_is_deterministic_across_runs() {
    let src = "package main\n\ntype T struct{ a []int }\n\nfunc main() {\n\tm := map[int]*T{}\n\tfor i := 0; i < 2000; i++ {\n\t\tm[i%37] = &T{a: make([]int, i%11)}\n\t}\n\tif len(m) != 37 {\n\t\tpanic(len(m))\n\t}\n}\n";
    let p = program("gas.go", src);
    let first = amber(&["run", "--stats", p.to_str().unwrap()]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    assert!(
        stderr(&first).starts_with("gas used: "),
        "{}",
        stderr(&first)
    );
    for _ in 0..3 {
        let again = amber(&["run", "--stats", p.to_str().unwrap()]);
        assert_eq!(stderr(&again), stderr(&first));
        assert_eq!(again.stdout, first.stdout);
    }
}

#[test]
fn deep_recursion_is_a_clean_stack_overflow() {
    let src =
        "package main\n\nfunc f(n int) int {\n\treturn f(n+1) + 1\n}\n\nfunc main() {\n\tf(0)\n}\n";
    let p = program("deep.go", src);
    let o = amber(&["run", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("fatal error: stack overflow"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn absurd_make_panics() {
    let src = "package main\n\nfunc main() {\n\tn := 1 << 62\n\t_ = make([]int, n)\n}\n";
    let p = program("huge.go", src);
    let o = amber(&["run", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).starts_with("panic: runtime error: makeslice: len out of range"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn missing_file_is_an_error_not_a_crash() {
    let o = amber(&["run", "/nonexistent/amber/x.go"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("no such file or directory"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn unknown_import_is_reported() {
    let p = program(
        "imp.go",
        "package main\n\nimport \"nosuchpkg\"\n\nfunc main() { nosuchpkg.F() }\n",
    );
    let o = amber(&["run", p.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("imp.go:3:8: package nosuchpkg is not in std"),
        "{}",
        stderr(&o)
    );
}
