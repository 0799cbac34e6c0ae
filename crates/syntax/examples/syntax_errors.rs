//! Prints the syntax errors of Go files as `go build` would (`file:line:col: msg`), for comparing with gc.

use amber_syntax::ast::NodeIds;
use amber_syntax::{parse_file, SourceMap};

fn main() {
    for path in std::env::args().skip(1) {
        let Ok(text) = std::fs::read(&path) else {
            eprintln!("cannot read {path}");
            continue;
        };
        let mut sm = SourceMap::new();
        let id = sm.add(path.clone(), String::from_utf8_lossy(&text).into_owned());
        let mut ids = NodeIds::default();
        let (_, errs) = parse_file(&sm, id, &mut ids);
        for e in errs {
            println!("{}", e.render(&sm));
        }
    }
}
