//! Runs a Go `main` file with a minimal `fmt.Println` (no stdlib): `cargo run --release -p amber-vm --example
//! rungo -- FILE.go [--disasm]`.

use amber_vm::{testkit, Limits};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: rungo FILE.go [--disasm]");
        std::process::exit(2);
    };
    let src = std::fs::read_to_string(path).unwrap_or_default();
    let (out, err) = testkit::run_go(
        &src,
        Limits::default(),
        args.iter().any(|a| a == "--disasm"),
    );
    print!("{out}");
    if let Some(e) = err {
        eprint!("{e}");
        std::process::exit(2);
    }
}
