//! The Go sources a transaction runs, synthesised from the command line: a `main` package calling a realm's
//! function with literal arguments, and a query function added to a deployed package.

use amber_check::types::{BasicKind, TypeKind};
use amber_check::{ObjKind, Program};
use amber_syntax::ast::LitKind;
use amber_syntax::lexer::{Lexer, Tok};

/// The import name of `fmt` in synthesised files: no Go identifier a user writes starts like it.
pub const FMT_NAME: &str = "__amber_fmt";

/// Name of the synthesised file of a call (shown in compile errors).
pub const CALL_FILE: &str = "call.go";

/// Name of the synthesised query function.
pub const QUERY_FUNC: &str = "__amberQuery";

/// Checks that `arg` is one Go literal (int, float, imaginary, rune or string, optionally negated) or `true` /
/// `false`, so that it can be pasted into Go source unchanged.
pub fn check_literal(arg: &str) -> Result<(), String> {
    let bad = || {
        Err(format!(
            "argument {arg:?} is not a Go literal (an int, float, rune, \"string\", true or false)"
        ))
    };
    let mut lx = Lexer::new(arg, 0);
    let mut toks = Vec::new();
    loop {
        let t = lx.next_token();
        match t.tok {
            Tok::Eof => break,
            // The automatic semicolon after a final literal is not part of the argument.
            Tok::Semi(_) if lx.text(t.lo, t.hi).is_empty() || lx.text(t.lo, t.hi) == "\n" => {}
            _ => toks.push((t.tok, lx.text(t.lo, t.hi).to_string())),
        }
        if toks.len() > 2 {
            return bad();
        }
    }
    if !lx.errors.is_empty() {
        return bad();
    }
    let literal = |tok: &Tok, text: &str| match tok {
        Tok::Lit(_) => true,
        Tok::Name => text == "true" || text == "false",
        _ => false,
    };
    let numeric = |tok: &Tok| {
        matches!(
            tok,
            Tok::Lit(LitKind::Int | LitKind::Float | LitKind::Imag | LitKind::Char)
        )
    };
    match toks.as_slice() {
        [(tok, text)] if literal(tok, text) => Ok(()),
        [(Tok::Op(op), minus), (tok, _)] if minus == "-" && numeric(tok) => {
            let _ = op;
            Ok(())
        }
        _ => bad(),
    }
}

/// What a call needs to know of the function it calls.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CallTarget {
    /// The package name (used to qualify the call).
    pub pkg_name: String,
    pub results: usize,
}

/// Checks that `func` is an exported function of package `path` whose parameters all have basic types.
pub fn call_target(program: &Program, path: &str, func: &str) -> Result<CallTarget, String> {
    let pkg = program
        .package_by_path(path)
        .ok_or_else(|| format!("package {path} is not deployed"))?;
    let pkg_name = program
        .package(pkg)
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let obj = program
        .lookup_member(pkg, func)
        .ok_or_else(|| format!("{path} has no function {func}"))?;
    let object = program.objects.get(obj);
    let ObjKind::Func(f) = &object.kind else {
        return Err(format!("{path}.{func} is not a function"));
    };
    if !func.chars().next().is_some_and(char::is_uppercase) {
        return Err(format!("{path}.{func} is not exported"));
    }
    let TypeKind::Signature(sig) = program.types.kind(f.sig) else {
        return Err(format!("{path}.{func} is not a function"));
    };
    for (i, &p) in sig.params.iter().enumerate() {
        let mut t = p;
        if sig.variadic && i + 1 == sig.params.len() {
            if let TypeKind::Slice(elem) = program.types.under(p) {
                t = *elem;
            }
        }
        let basic = matches!(
            program.types.under(t),
            TypeKind::Basic(k) if *k != BasicKind::UnsafePointer && *k != BasicKind::Invalid
        );
        if !basic {
            return Err(format!(
                "cannot call {path}.{func} from the command line: parameter {} has type {} (only basic types: bool, numbers, string)",
                i + 1,
                program.type_string(p, Some(pkg))
            ));
        }
    }
    Ok(CallTarget {
        pkg_name,
        results: sig.results.len(),
    })
}

/// The `main` package of a call: imports the realm, calls `func` with the literal `args` and prints the
/// results as `fmt.Println` does.
pub fn call_source(path: &str, target: &CallTarget, func: &str, args: &[String]) -> String {
    let call = format!("{}.{}({})", target.pkg_name, func, args.join(", "));
    let body = if target.results == 0 {
        call
    } else {
        format!("{FMT_NAME}.Println({call})")
    };
    let fmt_import = if target.results == 0 {
        String::new()
    } else {
        format!("import {FMT_NAME} \"fmt\"\n")
    };
    format!(
        "package main\n\nimport {name} {quoted}\n{fmt_import}\nfunc main() {{ {body} }}\n",
        name = target.pkg_name,
        quoted = go_quote(path)
    )
}

/// A file of package `pkg_name` holding the query function: prints `expr` as `fmt.Println` does.
/// `imports` are (name, path) of the packages the package's own files import: those whose name `expr` uses
/// as a qualifier (`strings.ToUpper(name)`) are imported by the query file too, as in the package's files
/// (Go's imports are per file, and an unused one is an error, so only the used ones).
pub fn query_source(pkg_name: &str, expr: &str, imports: &[(String, String)]) -> String {
    let used = qualifiers(expr);
    let mut extra = String::new();
    for (name, path) in imports {
        if used.iter().any(|u| u == name) && !extra.contains(&format!("\n{name} ")) {
            extra.push_str(&format!("\n{name} {}", go_quote(path)));
        }
    }
    format!(
        "package {pkg_name}\n\nimport ({FMT_NAME} \"fmt\"{extra}\n)\n\nfunc {QUERY_FUNC}() {{\n\t{FMT_NAME}.Println({expr})\n}}\n"
    )
}

/// Checks that `expr` parses as exactly one Go expression; `Err` holds the syntax errors as Go prints them,
/// positioned in `query:LINE:COL`.
pub fn check_expression(expr: &str) -> Result<(), String> {
    let mut sm = amber_syntax::SourceMap::new();
    let id = sm.add("query", expr);
    match amber_syntax::parse_expr(&sm, id, &mut amber_syntax::ast::NodeIds::default()) {
        Ok(_) => Ok(()),
        Err(diags) => Err(diags
            .iter()
            .map(|d| d.render(&sm))
            .collect::<Vec<_>>()
            .join("\n")),
    }
}

/// `s` as a Go string literal (Rust's `{:?}` is not Go syntax for every string).
fn go_quote(s: &str) -> String {
    let mut out = Vec::new();
    amber_stdlib::format::strconv::quote(&mut out, s.as_bytes());
    String::from_utf8_lossy(&out).into_owned()
}

/// The identifiers `expr` uses before a `.` (possible package qualifiers).
fn qualifiers(expr: &str) -> Vec<String> {
    let mut lx = Lexer::new(expr, 0);
    let mut names = Vec::new();
    let mut prev: Option<String> = None;
    loop {
        let t = lx.next_token();
        match t.tok {
            Tok::Eof => break,
            Tok::Period => {
                if let Some(name) = prev.take() {
                    names.push(name);
                }
            }
            Tok::Name => prev = Some(lx.text(t.lo, t.hi).to_string()),
            _ => prev = None,
        }
    }
    names
}

/// (name, path) of every named import of `files` (file name, text): the explicit name, else the last element
/// of the path. Files that do not parse contribute what parsed.
pub fn file_imports(files: &[(String, String)]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (name, text) in files {
        let mut sm = amber_syntax::SourceMap::new();
        let id = sm.add(name, text);
        let (file, _) =
            amber_syntax::parse_file(&sm, id, &mut amber_syntax::ast::NodeIds::default());
        for imp in &file.imports {
            let local = match &imp.name {
                Some(n) if n.name == "_" || n.name == "." => continue,
                Some(n) => n.name.clone(),
                None => imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string(),
            };
            if !out.iter().any(|(n, _): &(String, String)| *n == local) {
                out.push((local, imp.path.clone()));
            }
        }
    }
    out
}

/// The query that renders `path` with the package's `Render(path string) string`.
pub fn render_expr(path: &str) -> String {
    format!("Render({})", go_quote(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_paths_are_quoted_as_go_strings() {
        assert_eq!(
            render_expr("a\u{7f}b\"\u{e9}"),
            "Render(\"a\\x7fb\\\"\u{e9}\")"
        );
        assert!(check_expression(&render_expr("\u{0}\u{200b}\\")).is_ok());
    }

    #[test]
    fn a_query_is_one_expression() {
        assert_eq!(check_expression("len(users) + f(1)[2].X"), Ok(()));
        for bad in [")(", "0); count = 5; f(0", "1 2", "x :=", "}"] {
            assert!(check_expression(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn queries_import_only_the_packages_they_name() {
        let files = vec![(
            "a.go".to_string(),
            "package a\n\nimport (\n\tstr \"strings\"\n\t_ \"sort\"\n\t\"p/avl\"\n)\n".to_string(),
        )];
        let imports = file_imports(&files);
        assert_eq!(
            imports,
            [
                ("str".to_string(), "strings".to_string()),
                ("avl".to_string(), "p/avl".to_string())
            ]
        );
        let src = query_source("a", "str.ToUpper(x.y)", &imports);
        assert!(src.contains("\nstr \"strings\""), "{src}");
        assert!(!src.contains("p/avl"), "{src}");
    }

    #[test]
    fn literals_are_accepted_one_at_a_time() {
        for ok in [
            "5",
            "-5",
            "3.5",
            "-1e3",
            "'x'",
            "\"hi there\"",
            "`raw`",
            "true",
            "false",
            "0x1F",
        ] {
            assert_eq!(check_literal(ok), Ok(()), "{ok}");
        }
        for bad in [
            "",
            "x",
            "1+2",
            "f()",
            "\"a\" + \"b\"",
            "-\"s\"",
            "5 6",
            "\"unterminated",
            "-true",
        ] {
            assert!(check_literal(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn call_source_prints_results_only_when_there_are_some() {
        let t = CallTarget {
            pkg_name: "counter".into(),
            results: 1,
        };
        let src = call_source("r/counter", &t, "Incr", &["5".into()]);
        assert!(src.contains("__amber_fmt.Println(counter.Incr(5))"));
        let t0 = CallTarget { results: 0, ..t };
        let src = call_source("r/counter", &t0, "Reset", &[]);
        assert!(src.contains("{ counter.Reset() }"));
        assert!(!src.contains("fmt"));
    }
}
