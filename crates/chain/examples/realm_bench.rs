//! Realm benchmark (DESIGN.md §8, store bar): the cost of a call that touches one entry of a realm holding n
//! entries, for several n, and committed transactions per second with and without fsync.
//!
//! The realm keeps a binary search tree of structs linked by pointers, filled with keys in a pseudo-random
//! order, so a lookup follows O(log n) persisted objects. With lazy loading a call should cost about the same
//! at n = 10⁶ as at n = 10³.
//!
//! Run: `cargo run --release -p amber-chain --example realm_bench -- [SIZES...]` (default 1000 100000 1000000).
//! Prints one line per size and a summary; it is a benchmark, never a test.

use std::path::PathBuf;
use std::time::Instant;

use amber_chain::home::{Home, TxOptions};

const REALM: &str = r#"package tree

type node struct {
	key, val    int
	left, right *node
}

var (
	root *node
	size int
	seed = uint64(88172645463325252)
)

// next is xorshift64: a fixed pseudo-random order of keys.
func next() int {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return int(seed % 1000000000)
}

func insert(k int) {
	p := &root
	for *p != nil {
		if k == (*p).key {
			return
		}
		if k < (*p).key {
			p = &(*p).left
		} else {
			p = &(*p).right
		}
	}
	*p = &node{key: k, val: 0}
	size++
}

// Fill inserts n more pseudo-random keys.
func Fill(n int) int {
	for i := 0; i < n; i++ {
		insert(next())
	}
	return size
}

// Touch increments the value of the node closest to k on its search path and returns the path length.
func Touch(k int) int {
	depth := 0
	n := root
	for n != nil {
		depth++
		if k == n.key {
			break
		}
		var c *node
		if k < n.key {
			c = n.left
		} else {
			c = n.right
		}
		if c == nil {
			break
		}
		n = c
	}
	if n != nil {
		n.val++
	}
	return depth
}

func Size() int { return size }
"#;

const FILL_BATCH: usize = 20_000;
const TOUCHES: usize = 15;

fn home_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("amber-realm-bench-{}-{tag}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn opts() -> TxOptions {
    TxOptions {
        gas: Some(u64::MAX / 4),
        ..TxOptions::default()
    }
}

fn must(
    what: &str,
    r: Result<amber_chain::home::TxOutcome, amber_chain::home::HomeError>,
) -> String {
    match r {
        Ok(o) if o.exit_code == 0 => String::from_utf8_lossy(&o.stdout).trim().to_string(),
        Ok(o) => {
            eprintln!("{what} failed:\n{}", o.stderr);
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("{what}: {e}");
            std::process::exit(1);
        }
    }
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    xs[xs.len() / 2]
}

/// A realm of `n` entries; returns (median ms per Touch call, median gas, path length, fill seconds). With
/// `cold`, the home's build cache is cleared before each Touch (every call builds all packages, as a new
/// process does).
fn measure(n: usize, fsync: bool, cold: bool) -> (f64, u64, String, f64) {
    let dir = home_dir(&format!("{n}-{fsync}-{cold}"));
    let opened = Home::init(&dir).and_then(|home| {
        if fsync {
            Ok(home)
        } else {
            drop(home);
            Home::open_unsynced(&dir)
        }
    });
    let home = match opened {
        Ok(h) => h,
        Err(e) => {
            eprintln!("init: {e}");
            std::process::exit(1);
        }
    };
    must(
        "deploy",
        home.deploy(
            "r/tree",
            vec![("tree.go".to_string(), REALM.to_string())],
            &opts(),
        ),
    );
    let started = Instant::now();
    let mut filled = 0;
    while filled < n {
        let batch = FILL_BATCH.min(n - filled);
        must(
            "fill",
            home.call("r/tree", "Fill", &[batch.to_string()], &opts()),
        );
        filled += batch;
    }
    let fill_secs = started.elapsed().as_secs_f64();
    let mut times = Vec::new();
    let mut gas = Vec::new();
    let mut depth = String::new();
    for i in 0..TOUCHES {
        let key = (i as u64 * 2_654_435_761 % 1_000_000_000).to_string();
        if cold {
            home.clear_build_cache();
        }
        let t = Instant::now();
        let out = home.call("r/tree", "Touch", &[key], &opts());
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        if let Ok(o) = &out {
            gas.push(o.gas_used.unwrap_or(0));
        }
        depth = must("touch", out);
    }
    drop(home);
    let _ = std::fs::remove_dir_all(&dir);
    gas.sort_unstable();
    (median(times), gas[gas.len() / 2], depth, fill_secs)
}

fn main() {
    let sizes: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let sizes = if sizes.is_empty() {
        vec![1_000, 100_000, 1_000_000]
    } else {
        sizes
    };
    println!("entries     touch ms (median)  gas/touch  last path  fill s   (fsync on)");
    let mut results = Vec::new();
    for &n in &sizes {
        let (ms, gas, depth, fill) = measure(n, true, false);
        println!("{n:>9}  {ms:>17.2}  {gas:>9}  {depth:>9}  {fill:>6.1}");
        results.push(ms);
    }
    if let (Some(first), Some(last)) = (results.first(), results.last()) {
        println!(
            "cost at {} / cost at {}: {:.2}x",
            sizes[sizes.len() - 1],
            sizes[0],
            last / first
        );
    }
    for (fsync, cold) in [(true, false), (false, false), (false, true)] {
        let (ms, ..) = measure(1_000, fsync, cold);
        println!(
            "committed transactions per second (Touch, 10^3 entries, fsync {}{}): {:.0}",
            if fsync { "on" } else { "off" },
            if cold {
                ", build cache cleared before each"
            } else {
                ""
            },
            1000.0 / ms
        );
    }
}
