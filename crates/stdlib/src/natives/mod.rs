//! The Rust natives of the standard packages, registered by qualified name (`strings.IndexByte`,
//! `fmt.render`). See `go/NATIVES.md` for the contracts of the bodyless ones.

pub mod fmt;
pub mod heap_util;

use amber_vm::Natives;

/// Every native of the standard library.
pub fn natives() -> Natives {
    let mut n = Natives::new();
    register(&mut n);
    n
}

/// Adds the standard library's natives to `n`.
pub fn register(n: &mut Natives) {
    n.register("fmt.render", 5, 4, fmt::render);
    n.register("fmt.writeStdout", 1, 0, fmt::write_stdout);
}
