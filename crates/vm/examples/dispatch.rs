//! Measures dispatch speed on hand-assembled fib(35) and the `loop` benchmark: `cargo run --release -p
//! amber-vm --example dispatch`.

use std::time::Instant;

use amber_vm::{samples, Limits, Machine};

fn main() {
    for (name, image) in [
        ("fib(35)", samples::fib_image(35)),
        ("loop(8000)", samples::loop_image(8000)),
    ] {
        let mut out = Vec::new();
        let t = Instant::now();
        let mut m = Machine::new(&image, Limits::default()).expect("machine");
        let r = m.run_main(&mut out);
        println!(
            "{name}: {:?} in {:.3}s, output {}",
            r.map(|o| o.gas_used),
            t.elapsed().as_secs_f64(),
            String::from_utf8_lossy(&out).trim()
        );
    }
}
