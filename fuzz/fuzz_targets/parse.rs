//! Fuzz target: any bytes, as lossy UTF-8, must parse (as a file and as an expression) without panicking,
//! and every error must lie inside the file.
#![no_main]

use amber_syntax::ast::NodeIds;
use amber_syntax::{parse_expr, parse_file, SourceMap};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let len = text.len() as u32;
    let mut sm = SourceMap::new();
    let id = sm.add("f.go", text.clone());
    let mut ids = NodeIds::default();
    let (_, errs) = parse_file(&sm, id, &mut ids);
    assert!(errs.len() <= 10);
    for e in &errs {
        assert!(e.pos <= len, "error outside the file: {e:?}");
        let _ = e.render(&sm);
    }
    let id2 = sm.add("e.go", text);
    if let Ok(e) = parse_expr(&sm, id2, &mut ids) {
        let _ = amber_syntax::expr_string(&e);
    }
});
