//! Snapshot tests of what users read: compile diagnostics and the disassembly. Update the snapshots with
//! `UPDATE_EXPECT=1 cargo test -p amber-cli --test snapshots` after an intended change, and review the diff.

use std::process::Command;

use expect_test::expect;

fn amber_in(dir: &std::path::Path, args: &[&str]) -> (String, String, Option<i32>) {
    let o = Command::new(env!("CARGO_BIN_EXE_amber"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("amber runs");
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
        o.status.code(),
    )
}

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("amber-snap-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

#[test]
fn diagnostics() {
    let dir = temp_dir("diag");
    let src = r#"package main

import "errors"

func f(a int, b string) int {
	return a + b
}

func main() {
	x := 1
	var y int = "hello"
	f(1)
	undefinedName()
}
"#;
    std::fs::write(dir.join("bad.go"), src).expect("write");
    let (_, stderr, code) = amber_in(&dir, &["run", "bad.go"]);
    assert_eq!(code, Some(1));
    expect![[r#"
        bad.go:3:8: "errors" imported and not used
        bad.go:6:9: invalid operation: a + b (mismatched types int and string)
        bad.go:10:2: declared and not used: x
        bad.go:11:6: declared and not used: y
        bad.go:11:14: cannot use "hello" (untyped string constant) as int value in variable declaration
        bad.go:12:4: not enough arguments in call to f
        	have (number)
        	want (int, string)
        bad.go:13:2: undefined: undefinedName
    "#]]
    .assert_eq(&stderr);
}

#[test]
fn disassembly() {
    let dir = temp_dir("disasm");
    let src = "package main\n\nfunc add(a, b int) int {\n\treturn a + b\n}\n\nfunc main() {\n\t_ = add(1, 2)\n}\n";
    std::fs::write(dir.join("add.go"), src).expect("write");
    let (stdout, stderr, code) = amber_in(&dir, &["disasm", "add.go"]);
    assert_eq!(code, Some(0), "{stderr}");
    let add = stdout.split("\n\n").next().unwrap_or("");
    expect![[r#"
        func main.add (#0) params=2 results=1 slots=3 file=add.go
          add.go:4  return a + b
               0  Gas(6)
               1  AddI { dst: 0, a: 0, b: 1 }
               2  Return"#]]
    .assert_eq(add);
}
