//! A minimal harness for tests and examples: runs a `main` package against a tiny `fmt` (Println of basic
//! values only). The real `fmt` lives in the stdlib crate.

use std::io::Write;

use amber_check::Program;
use amber_syntax::ast::NodeIds;
use amber_syntax::SourceMap;

use crate::heap::Obj;
use crate::native::{NativeCtx, NativeError, Natives};
use crate::ops::iface_parts;
use crate::types::RtKind;
use crate::{compile, Limits, Machine, Value};

/// A minimal `fmt.Println`: ints, strings, bools, floats and int slices.
fn println_native(ctx: &mut NativeCtx, args: &mut [Value]) -> Result<(), NativeError> {
    let items = ctx.value_slice(args[0]).to_vec();
    let mut parts = Vec::new();
    for it in items {
        let (ty, v) = iface_parts(ctx.heap, it);
        parts.push(match ty.and_then(|t| ctx.types.get(t)).map(|t| &t.kind) {
            None => "<nil>".to_string(),
            Some(RtKind::String) => String::from_utf8_lossy(ctx.str_bytes(v)).into_owned(),
            Some(RtKind::Int(k)) if k.is_unsigned() => (v.as_int() as u64).to_string(),
            Some(RtKind::Int(_)) => v.as_int().to_string(),
            Some(RtKind::Bool) => v.as_bool().to_string(),
            Some(RtKind::Float64 | RtKind::Float32) => format!("{}", v.as_float()),
            Some(RtKind::Slice { .. }) => {
                let Value::Slice { arr, off, len } = v else {
                    return Ok(());
                };
                match ctx.heap.get(arr) {
                    Some(Obj::Ints(xs)) => format!(
                        "{:?}",
                        xs.get(off as usize..(off + len) as usize).unwrap_or(&[])
                    )
                    .replace(',', ""),
                    _ => "[...]".into(),
                }
            }
            Some(_) => format!("{v:?}"),
        });
    }
    ctx.charge(1)?;
    let _ = writeln!(ctx.out, "{}", parts.join(" "));
    Ok(())
}

/// Registers the minimal `fmt.Println` (for tests that compile their own packages).
pub fn register_test_fmt(natives: &mut Natives) {
    natives.register("fmt.Println", 1, 0, println_native);
}

const FMT: &str = "package fmt\n\nfunc Println(a ...any)\n";

/// A main package compiled against the test `fmt`, with the source map that renders its positions.
pub struct Compiled {
    pub image: crate::Image,
    pub sm: SourceMap,
    pub main_file: amber_syntax::FileId,
}

/// Parses, checks and compiles a main package (with the test `fmt`); `Err` holds the first error rendered.
pub fn compile_go(src: &str) -> Result<Compiled, String> {
    let mut sm = SourceMap::new();
    let mut ids = NodeIds::default();
    let fmt_id = sm.add("fmt.go", FMT);
    let main_id = sm.add("main.go", src);
    let (fmt_file, e1) = amber_syntax::parse_file(&sm, fmt_id, &mut ids);
    let (main_file, e2) = amber_syntax::parse_file(&sm, main_id, &mut ids);
    if let Some(d) = e1.iter().chain(e2.iter()).next() {
        return Err(d.render(&sm));
    }
    let mut prog = Program::new();
    let fmt_files = vec![fmt_file];
    let main_files = vec![main_file];
    let first =
        |es: Vec<amber_syntax::Diagnostic>| es.first().map(|d| d.render(&sm)).unwrap_or_default();
    let fp = prog.check_package(&sm, "fmt", &fmt_files).map_err(first)?;
    let mp = prog
        .check_package(&sm, "main", &main_files)
        .map_err(first)?;
    let mut natives = Natives::new();
    natives.register("fmt.Println", 1, 0, println_native);
    let packages = [
        crate::PackageFiles {
            id: fp,
            files: &fmt_files,
        },
        crate::PackageFiles {
            id: mp,
            files: &main_files,
        },
    ];
    let image = compile(&prog, &sm, &packages, &natives)
        .map_err(|es| format!("compile error: {}", es[0].render(&sm)))?;
    Ok(Compiled {
        image,
        sm,
        main_file: main_id,
    })
}

/// Runs a main package (with the test `fmt`), returning stdout (preceded by the disassembly if asked) and the
/// rendered error if any.
pub fn run_go(src: &str, limits: Limits, disasm: bool) -> (String, Option<String>) {
    let Compiled {
        image,
        sm,
        main_file: main_id,
    } = match compile_go(src) {
        Ok(c) => c,
        Err(e) => return (String::new(), Some(e)),
    };
    let mut out = Vec::new();
    if disasm {
        // The disassembly goes first in the returned output (the vm never prints to the terminal itself).
        let text = crate::disasm::disasm(&image, &|_, line| {
            Some(sm.file(main_id).line_text(line).to_string())
        });
        out.extend_from_slice(text.as_bytes());
    }
    let mut m = match Machine::new(&image, limits) {
        Ok(m) => m,
        Err(e) => return (String::new(), Some(e.render())),
    };
    // print/println output is interleaved with stdout so tests can assert both in order.
    let shared = SharedBuf::default();
    m.set_stderr(Box::new(shared.clone()));
    let mut both = shared.clone();
    both.write_all(&out).ok();
    let r = m.run_main(&mut both);
    let text = shared.0.borrow().clone();
    (
        String::from_utf8_lossy(&text).into_owned(),
        r.err().map(|e| e.render()),
    )
}

/// A byte buffer with several writers.
#[derive(Clone, Default)]
struct SharedBuf(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

impl Write for SharedBuf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Parses, checks and compiles several single-file packages, each `(import path, source)`, dependencies first,
/// together with the test `fmt` and the given extra natives (bodyless functions of the packages).
pub fn compile_packages(pkgs: &[(&str, &str)], extra: &Natives) -> Result<Compiled, String> {
    let mut sm = SourceMap::new();
    let mut ids = NodeIds::default();
    let fmt_id = sm.add("fmt.go", FMT);
    let (fmt_file, errs) = amber_syntax::parse_file(&sm, fmt_id, &mut ids);
    if let Some(d) = errs.first() {
        return Err(d.render(&sm));
    }
    let mut parsed = vec![("fmt", fmt_id, vec![fmt_file])];
    for (path, src) in pkgs {
        let name = format!("{}/{}.go", path, path.rsplit('/').next().unwrap_or(path));
        let id = sm.add(&name, *src);
        let (file, errs) = amber_syntax::parse_file(&sm, id, &mut ids);
        if let Some(d) = errs.first() {
            return Err(d.render(&sm));
        }
        parsed.push((*path, id, vec![file]));
    }
    let mut prog = Program::new();
    let mut checked = Vec::new();
    for (path, _, files) in &parsed {
        let id = prog
            .check_package(&sm, path, files)
            .map_err(|es| es.first().map(|d| d.render(&sm)).unwrap_or_default())?;
        checked.push(id);
    }
    let mut natives = extra.clone();
    natives.register("fmt.Println", 1, 0, println_native);
    let packages: Vec<crate::PackageFiles> = parsed
        .iter()
        .zip(&checked)
        .map(|((_, _, files), &id)| crate::PackageFiles { id, files })
        .collect();
    let image = compile(&prog, &sm, &packages, &natives).map_err(|es| {
        format!(
            "compile error: {}",
            es.first().map(|d| d.render(&sm)).unwrap_or_default()
        )
    })?;
    let main_file = parsed.last().map_or(fmt_id, |p| p.1);
    Ok(Compiled {
        image,
        sm,
        main_file,
    })
}
