//! Measures dispatch speed on hand-assembled fib and the `loop` benchmark:
//! `cargo run --release -p amber-vm --example dispatch [fib N | loop N]` (default: fib 35 and loop 8000).

use std::time::Instant;

use amber_vm::{samples, Limits, Machine};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n = |i: usize, d: i32| args.get(i).and_then(|s| s.parse().ok()).unwrap_or(d);
    let which = args.first().map(|s| s.as_str()).unwrap_or("all");
    let mut programs = Vec::new();
    if which == "fib" || which == "all" {
        programs.push(("fib", samples::fib_image(n(1, 35))));
    }
    if which == "loop" || which == "all" {
        programs.push(("loop", samples::loop_image(n(1, 8000))));
    }
    for (name, image) in programs {
        let mut out = Vec::new();
        let t = Instant::now();
        let mut m = Machine::new(&image, Limits::default()).expect("machine");
        let r = m.run_main(&mut out);
        println!(
            "{name}: gas {:?} in {:.3}s, output {}",
            r.map(|o| o.gas_used),
            t.elapsed().as_secs_f64(),
            String::from_utf8_lossy(&out).trim()
        );
    }
}
