//! Realm tests: multi-step transcripts of `amber` commands against fresh homes, with the output each must
//! print. A realm test is a `.txt` file in a directory named `realms`. Format (one item per line):
//!
//! ```text
//! // a comment
//! > deploy ../../examples/realms/counter r/counter     run `amber deploy ...` (words split like a shell)
//! deployed r/counter                                   expected stdout lines, in order
//! gas used: *                                          a line ending in `*` matches any line with that prefix
//! ! panic: boom                                        an expected stderr line (after `! `)
//! ...                                                  any number of lines (of the stream of the line above)
//! [exit 2]                                             the expected exit code (0 when absent)
//! > home b                                             switch to home `b` (each home is created on first use)
//! > restart                                            nothing to do: every command is a new process
//! > apphash-equal a b                                  homes a and b have the same app hash
//! > apphash-unchanged                                  the app hash is what it was before the previous command
//! ```
//!
//! Commands run the real `amber` binary with `AMBER_HOME` set to the current home (and `run` gets
//! `--home`), in the test file's directory, so relative paths name files beside the test.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};

/// Whether `path` is a realm test file.
pub fn is_realm_test(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "txt")
        && path
            .parent()
            .and_then(|d| d.file_name())
            .is_some_and(|n| n == "realms")
}

/// Every realm test under `root` (recursively), sorted.
pub fn discover(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    if root.is_file() {
        if is_realm_test(root) {
            out.push(root.to_path_buf());
        }
        return Ok(out);
    }
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if is_realm_test(&path) {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// One step of a transcript.
#[derive(Debug, Default)]
struct Step {
    /// Line number of the `>` line.
    line: usize,
    words: Vec<String>,
    stdout: Vec<String>,
    stderr: Vec<String>,
    exit: i32,
    /// Whether the last expected line was a stderr line (a `...` then belongs to stderr).
    last_stderr: bool,
}

/// Splits a command line into words: white space separates, '...' is literal, "..." takes `\"` and `\\`.
pub fn split_words(line: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => cur.push(c),
                        None => return Err("unterminated '".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c @ ('"' | '\\')) => cur.push(c),
                            Some(c) => {
                                cur.push('\\');
                                cur.push(c);
                            }
                            None => return Err("unterminated \"".into()),
                        },
                        Some(c) => cur.push(c),
                        None => return Err("unterminated \"".into()),
                    }
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    Ok(words)
}

fn parse(src: &str) -> Result<Vec<Step>, String> {
    let mut steps: Vec<Step> = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let n = i + 1;
        if let Some(cmd) = line.strip_prefix("> ") {
            let words = split_words(cmd).map_err(|e| format!("line {n}: {e}"))?;
            if words.is_empty() {
                return Err(format!("line {n}: empty command"));
            }
            steps.push(Step {
                line: n,
                words,
                ..Step::default()
            });
            continue;
        }
        if line.starts_with("//") || (steps.is_empty() && line.trim().is_empty()) {
            continue;
        }
        let Some(step) = steps.last_mut() else {
            return Err(format!("line {n}: expected output before any `> command`"));
        };
        if let Some(code) = line
            .strip_prefix("[exit ")
            .and_then(|r| r.strip_suffix(']'))
        {
            step.exit = code
                .parse()
                .map_err(|_| format!("line {n}: bad exit code"))?;
        } else if let Some(err) = line.strip_prefix("! ") {
            step.stderr.push(err.to_string());
            step.last_stderr = true;
        } else if line == "!" {
            step.stderr.push(String::new());
            step.last_stderr = true;
        } else if line == "..." && step.last_stderr {
            step.stderr.push(line.to_string());
        } else {
            step.stdout.push(line.to_string());
            step.last_stderr = false;
        }
    }
    // Blank lines at the end of a step's output separate steps; they are not expected output.
    for s in &mut steps {
        while s.stdout.last().is_some_and(|l| l.is_empty()) {
            s.stdout.pop();
        }
    }
    Ok(steps)
}

/// Whether `actual` lines match `expected` patterns (`...` = any lines, `PREFIX*` = a line with that prefix).
fn matches(expected: &[String], actual: &[&str]) -> bool {
    match expected.split_first() {
        None => actual.is_empty(),
        Some((p, rest)) if p == "..." => (0..=actual.len()).any(|k| matches(rest, &actual[k..])),
        Some((p, rest)) => match actual.split_first() {
            None => false,
            Some((a, arest)) => {
                let ok = match p.strip_suffix('*') {
                    Some(prefix) => a.starts_with(prefix),
                    None => p == a,
                };
                ok && matches(rest, arest)
            }
        },
    }
}

static NEXT_DIR: AtomicU64 = AtomicU64::new(0);

/// A scratch directory for one test's homes, removed when dropped.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs one realm test with the `amber` binary at `amber`; `Err` describes every mismatch.
pub fn run(path: &Path, amber: &Path) -> Result<(), String> {
    let src = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let steps = parse(&src)?;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let scratch = Scratch(std::env::temp_dir().join(format!(
        "amber-realmtest-{}-{}",
        std::process::id(),
        NEXT_DIR.fetch_add(1, Ordering::Relaxed)
    )));
    let home_of = |name: &str| scratch.0.join(name);
    let mut home = "a".to_string();
    let mut created: Vec<String> = Vec::new();
    let run_amber = |home: &Path, args: &[String]| {
        Command::new(amber)
            .args(args)
            .env("AMBER_HOME", home)
            .current_dir(&dir)
            .output()
    };
    let apphash = |home: &Path| -> Result<String, String> {
        let o = run_amber(home, &["apphash".to_string()]).map_err(|e| e.to_string())?;
        Ok(String::from_utf8_lossy(&o.stdout).trim().to_string())
    };
    let mut before_last = String::new();
    let mut problems = Vec::new();
    for step in &steps {
        let at = format!("{}:{}", path.display(), step.line);
        if !created.contains(&home) {
            std::fs::create_dir_all(&scratch.0).map_err(|e| e.to_string())?;
            run_amber(&home_of(&home), &["init".to_string()]).map_err(|e| e.to_string())?;
            created.push(home.clone());
        }
        match step.words.first().map_or("", String::as_str) {
            "home" => {
                home = step.words.get(1).cloned().unwrap_or_else(|| "a".into());
                continue;
            }
            "restart" => continue,
            "apphash-equal" => {
                let (Some(a), Some(b)) = (step.words.get(1), step.words.get(2)) else {
                    problems.push(format!("{at}: apphash-equal needs two homes"));
                    continue;
                };
                let (ha, hb) = (apphash(&home_of(a))?, apphash(&home_of(b))?);
                if ha != hb || ha.is_empty() {
                    problems.push(format!("{at}: app hashes differ: {a} {ha}, {b} {hb}"));
                }
                continue;
            }
            "apphash-unchanged" => {
                let now = apphash(&home_of(&home))?;
                if now != before_last {
                    problems.push(format!(
                        "{at}: app hash changed: {before_last} before the previous command, {now} now"
                    ));
                }
                continue;
            }
            _ => {}
        }
        before_last = apphash(&home_of(&home))?;
        let mut args = step.words.clone();
        if args.first().is_some_and(|a| a == "run") {
            args.insert(1, "--home".into());
            args.insert(2, home_of(&home).display().to_string());
        }
        let o = run_amber(&home_of(&home), &args).map_err(|e| format!("{at}: {e}"))?;
        let out = String::from_utf8_lossy(&o.stdout).into_owned();
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        let out_lines: Vec<&str> = out.lines().collect();
        let err_lines: Vec<&str> = err.lines().collect();
        let code = o.status.code().unwrap_or(-1);
        let mut bad = Vec::new();
        if code != step.exit {
            bad.push(format!("exit code {code}, want {}", step.exit));
        }
        if !matches(&step.stdout, &out_lines) {
            bad.push(format!(
                "stdout:\n{}\nwant:\n{}",
                indent(&out),
                indent(&step.stdout.join("\n"))
            ));
        }
        if !matches(&step.stderr, &err_lines) {
            bad.push(format!(
                "stderr:\n{}\nwant:\n{}",
                indent(&err),
                indent(&step.stderr.join("\n"))
            ));
        }
        if !bad.is_empty() {
            problems.push(format!(
                "{at}: > {}\n{}",
                step.words.join(" "),
                bad.join("\n")
            ));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

fn indent(s: &str) -> String {
    s.lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_like_a_shell() {
        assert_eq!(
            split_words(r#"call r/g Sign '"a b"' "x\"y" -3"#),
            Ok(vec![
                "call".to_string(),
                "r/g".into(),
                "Sign".into(),
                "\"a b\"".into(),
                "x\"y".into(),
                "-3".into()
            ])
        );
        assert!(split_words("'open").is_err());
    }

    #[test]
    fn patterns_match_prefixes_and_gaps() {
        let exp: Vec<String> = ["a", "gas used: *", "...", "z"].map(String::from).to_vec();
        assert!(matches(&exp, &["a", "gas used: 12", "z"]));
        assert!(matches(&exp, &["a", "gas used: 12", "p", "q", "z"]));
        assert!(!matches(&exp, &["a", "gas: 12", "z"]));
        assert!(!matches(&exp, &["a", "gas used: 1"]));
    }

    #[test]
    fn transcript_parses_steps() {
        let Ok(steps) =
            parse("// c\n> call r/c Incr 1\n1\n! oops\n[exit 2]\n\n> apphash-unchanged\n")
        else {
            panic!("parse failed");
        };
        assert_eq!(steps.len(), 2);
        assert_eq!(steps[0].stdout, vec!["1"]);
        assert_eq!(steps[0].stderr, vec!["oops"]);
        assert_eq!(steps[0].exit, 2);
    }
}
