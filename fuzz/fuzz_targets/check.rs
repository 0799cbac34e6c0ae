//! Fuzz target: any bytes, as lossy UTF-8, parsed as a file and type-checked as package main (with a small
//! fake `fmt` and `strings` to import) must never panic or hang, and every error must lie inside the file.
#![no_main]

use amber_check::Program;
use amber_syntax::ast::NodeIds;
use amber_syntax::{parse_file, SourceMap};
use libfuzzer_sys::fuzz_target;

const FAKE_STD: &[(&str, &str)] = &[
    (
        "fmt",
        "package fmt\n\
         type Stringer interface { String() string }\n\
         func Println(a ...any) (n int, err error)\n\
         func Sprintf(format string, a ...any) string\n\
         func Errorf(format string, a ...any) error\n",
    ),
    (
        "strings",
        "package strings\n\
         type Builder struct { buf []byte }\n\
         func (b *Builder) WriteString(s string) (int, error) { b.buf = append(b.buf, s...); return len(s), nil }\n\
         func (b *Builder) String() string { return string(b.buf) }\n\
         func Repeat(s string, n int) string\n\
         const MaxLen = 1 << 20\n",
    ),
];

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let mut sm = SourceMap::new();
    let mut ids = NodeIds::default();
    let mut prog = Program::new();
    for (path, src) in FAKE_STD {
        let fid = sm.add(format!("{path}.go"), *src);
        let (f, _) = parse_file(&sm, fid, &mut ids);
        assert!(prog.check_package(&sm, path, &[f]).is_ok());
    }
    let fid = sm.add("main.go", text);
    let (f, _) = parse_file(&sm, fid, &mut ids);
    // The pipeline checks only files that parse; check the others too (with `Bad` nodes): the checker
    // must cope with any tree.
    let (lo, hi) = {
        let file = sm.file(fid);
        (file.base, file.base + file.text.len() as u32)
    };
    if let Err(errs) = prog.check_package(&sm, "main", &[f]) {
        for e in &errs {
            assert!(e.pos >= lo && e.pos <= hi, "error outside the file: {e:?}");
            let _ = e.render(&sm);
        }
    }
});
