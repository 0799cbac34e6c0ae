//! File tests: Go programs that end in an `// Output:` and/or `// Error:` comment block (Go's example convention).
//!
//! `// Output:` holds the exact stdout. `// Error:` holds either the compile errors as `LINE:COL: message` (the
//! file-name prefix is stripped before comparing), or, for a program that panics, the stderr lines from
//! `panic: ...` up to (not including) the blank line before the goroutine trace. Compile errors imply exit
//! code 1, a panic exit code 2, no `// Error:` block exit code 0.

use std::path::{Path, PathBuf};

/// What a file test expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expectation {
    pub stdout: Option<String>,
    pub error: Option<String>,
}

impl Expectation {
    pub fn exit_code(&self) -> i32 {
        match &self.error {
            None => 0,
            Some(e) if e.starts_with("panic: ") || e.starts_with("fatal error: ") => 2,
            Some(_) => 1,
        }
    }
}

/// Reads the trailing expectation blocks of a test file. Returns `None` when the file has neither block (it is
/// then not a file test, e.g. a helper file of a multi-file package).
pub fn parse_expectation(src: &str) -> Option<Expectation> {
    let lines: Vec<&str> = src.lines().collect();
    // The blocks are the trailing run of `//` comment lines (blank lines allowed between blocks).
    let mut start = lines.len();
    while start > 0 {
        let l = lines[start - 1].trim_end();
        if l.starts_with("//") || l.is_empty() {
            start -= 1;
        } else {
            break;
        }
    }
    let mut stdout: Option<Vec<String>> = None;
    let mut error: Option<Vec<String>> = None;
    let mut current: Option<&mut Vec<String>> = None;
    for raw in &lines[start..] {
        let l = raw.trim_end_matches('\r');
        if l.trim().is_empty() {
            continue;
        }
        let body = match l.strip_prefix("//") {
            Some(b) => b,
            None => continue,
        };
        match body.trim() {
            "Output:" => {
                stdout = Some(Vec::new());
                current = stdout.as_mut();
                continue;
            }
            "Error:" => {
                error = Some(Vec::new());
                current = error.as_mut();
                continue;
            }
            _ => {}
        }
        if let Some(block) = current.as_deref_mut() {
            block.push(body.strip_prefix(' ').unwrap_or(body).to_string());
        }
    }
    if stdout.is_none() && error.is_none() {
        return None;
    }
    let join = |v: Vec<String>| {
        let mut s = v.join("\n");
        if !s.is_empty() {
            s.push('\n');
        }
        s
    };
    Some(Expectation {
        stdout: stdout.map(join),
        error: error.map(join),
    })
}

/// What running a program produced.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    pub stdout: Vec<u8>,
    pub stderr: String,
    pub exit_code: i32,
}

/// The part of stderr that an `// Error:` block is compared with: compile errors with the file-name prefix
/// removed, or a panic's lines up to the goroutine trace. `shown` is the file's path as Amber printed it;
/// positions inside messages are rewritten to `./NAME.go:` as `go build` prints them in its directory.
pub fn comparable_stderr(stderr: &str, shown: &str) -> String {
    let base = Path::new(shown)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(shown);
    let inner = format!("./{base}:");
    let mut out = String::new();
    for line in stderr.lines() {
        if line.is_empty() || line.starts_with("goroutine ") {
            break;
        }
        let line = line
            .strip_prefix(shown)
            .and_then(|l| l.strip_prefix(':'))
            .unwrap_or(line);
        out.push_str(&line.replace(&format!("{shown}:"), &inner));
        out.push('\n');
    }
    out
}

/// Compares an outcome with an expectation; `Err` describes the first difference, in words a user can act on.
pub fn check(exp: &Expectation, got: &Outcome, shown: &str) -> Result<(), String> {
    let stdout = String::from_utf8_lossy(&got.stdout);
    let mut problems = Vec::new();
    if got.exit_code != exp.exit_code() {
        problems.push(format!(
            "exit code {} (want {})",
            got.exit_code,
            exp.exit_code()
        ));
    }
    let want_stdout = exp.stdout.as_deref().unwrap_or("");
    if stdout != want_stdout {
        problems.push(format!(
            "stdout:\n{}\nwant stdout:\n{}",
            indent(&stdout),
            indent(want_stdout)
        ));
    }
    let want_err = exp.error.as_deref().unwrap_or("");
    let got_err = comparable_stderr(&got.stderr, shown);
    if exp.error.is_some() && got_err != want_err {
        problems.push(format!(
            "error:\n{}\nwant error:\n{}",
            indent(&got_err),
            indent(want_err)
        ));
    } else if exp.error.is_none() && !got.stderr.is_empty() && got.exit_code != 0 {
        problems.push(format!("stderr:\n{}", indent(&got.stderr)));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// `s` with every line indented by four spaces (expected and actual text in failure reports).
pub fn indent(s: &str) -> String {
    s.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every file test under `root` (recursively), sorted: `.go`/`.gno` files that carry an expectation block,
/// excluding `_test.go` files (those belong to `go test`-style packages).
pub fn discover(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    if root.is_file() {
        out.push(root.to_path_buf());
        return Ok(out);
    }
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if is_go_file(&path) && !is_test_file(&path) {
                let src = std::fs::read_to_string(&path)?;
                if parse_expectation(&src).is_some() {
                    out.push(path);
                }
            }
        }
    }
    out.sort();
    Ok(out)
}

pub fn is_go_file(p: &Path) -> bool {
    matches!(
        p.extension().and_then(|e| e.to_str()),
        Some("go") | Some("gno")
    )
}

pub fn is_test_file(p: &Path) -> bool {
    p.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
        n.ends_with("_test.go") || n.ends_with("_test.gno") || n.ends_with("_filetest.gno")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_block() {
        let src = "package main\n\nfunc main() {}\n\n// Output:\n// hi 8\n//\n// x\n";
        let e = parse_expectation(src).unwrap();
        assert_eq!(e.stdout.as_deref(), Some("hi 8\n\nx\n"));
        assert_eq!(e.error, None);
        assert_eq!(e.exit_code(), 0);
    }

    #[test]
    fn output_then_panic() {
        let src = "package main\nfunc main() {}\n// Output:\n// a\n\n// Error:\n// panic: boom\n";
        let e = parse_expectation(src).unwrap();
        assert_eq!(e.stdout.as_deref(), Some("a\n"));
        assert_eq!(e.error.as_deref(), Some("panic: boom\n"));
        assert_eq!(e.exit_code(), 2);
    }

    #[test]
    fn compile_error_keeps_tabs() {
        let src =
            "package main\n// Error:\n// 4:2: not enough arguments in call to f\n// \thave ()\n";
        let e = parse_expectation(src).unwrap();
        assert_eq!(
            e.error.as_deref(),
            Some("4:2: not enough arguments in call to f\n\thave ()\n")
        );
        assert_eq!(e.exit_code(), 1);
    }

    #[test]
    fn no_block_is_not_a_test() {
        assert_eq!(parse_expectation("package main\n// just a comment\n"), None);
    }

    #[test]
    fn stderr_comparison_strips_file_and_trace() {
        let err = "x.go:4:2: declared and not used: y\n";
        assert_eq!(
            comparable_stderr(err, "x.go"),
            "4:2: declared and not used: y\n"
        );
        let p = "panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n";
        assert_eq!(comparable_stderr(p, "x.go"), "panic: boom\n");
    }

    #[test]
    fn mismatch_is_reported() {
        let e = parse_expectation("// Output:\n// 1\n").unwrap();
        let got = Outcome {
            stdout: b"2\n".to_vec(),
            stderr: String::new(),
            exit_code: 0,
        };
        let err = check(&e, &got, "x.go").unwrap_err();
        assert!(err.contains("want stdout"), "{err}");
        let ok = Outcome {
            stdout: b"1\n".to_vec(),
            stderr: String::new(),
            exit_code: 0,
        };
        assert!(check(&e, &ok, "x.go").is_ok());
    }
}
