//! Realm benchmark (DESIGN.md §8, store bar): the cost of a call that touches one entry of a realm holding n
//! entries, for several n, and committed transactions per second with and without fsync.
//!
//! The realm keeps a binary search tree of structs linked by pointers, filled with keys in a pseudo-random
//! order, so a lookup follows O(log n) persisted objects. With lazy loading a call should cost about the same
//! at n = 10⁶ as at n = 10³.
//!
//! Run: `cargo run --release -p amber-chain --example realm_bench -- [SIZES...]` (default 1000 100000 1000000).
//! Prints one line per size and a summary; it is a benchmark, never a test. Set `REALM_BENCH_DIR` to keep the
//! filled homes there and reuse them in later runs.

use std::path::{Path, PathBuf};
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

/// Where the home for `n` entries lives: under `REALM_BENCH_DIR` if set (kept, and reused by later runs when
/// already filled: filling 10^6 entries takes minutes), else a fresh temporary directory removed afterwards.
fn home_dir(n: usize) -> (PathBuf, bool) {
    match std::env::var_os("REALM_BENCH_DIR") {
        Some(d) => (PathBuf::from(d).join(format!("tree-{n}")), true),
        None => {
            let dir =
                std::env::temp_dir().join(format!("amber-realm-bench-{}-{n}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            (dir, false)
        }
    }
}

fn open(dir: &Path, fsync: bool) -> Home {
    let opened = if fsync {
        Home::open(dir)
    } else {
        Home::open_unsynced(dir)
    };
    match opened {
        Ok(h) => h,
        Err(e) => {
            eprintln!("open {}: {e}", dir.display());
            std::process::exit(1);
        }
    }
}

/// A home whose realm holds `n` entries (filled with fsync on); the seconds the fill took (0 if reused).
fn filled_home(dir: &Path, n: usize) -> f64 {
    // A completed fill leaves this marker (the tree may hold fewer than n keys: random keys repeat).
    let marker = dir.join("filled");
    if dir.exists() {
        if std::fs::read_to_string(&marker).is_ok_and(|m| m == n.to_string()) {
            return 0.0;
        }
        let _ = std::fs::remove_dir_all(dir);
    }
    let home = match Home::init(dir) {
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
    let secs = started.elapsed().as_secs_f64();
    drop(home);
    if let Err(e) = std::fs::write(&marker, n.to_string()) {
        eprintln!("{}: {e}", marker.display());
    }
    secs
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

/// Where a call gets the program of the deployed packages.
#[derive(Clone, Copy, PartialEq)]
enum Cold {
    /// From memory (one process making many calls).
    No,
    /// Memory cleared before each call, as in a new process: read from the home's store.
    Stored,
    /// Memory cleared and stored programs ignored: built from the sources (a new process before programs
    /// were stored).
    Sources,
}

/// Touch calls on the home in `dir`: (median ms per call, median gas, last path length). With `cold`, the
/// home's build cache is cleared before each call, as a new process starts.
fn touches(dir: &Path, fsync: bool, cold: Cold) -> (f64, u64, String) {
    let home = open(dir, fsync);
    home.set_use_stored_programs(cold != Cold::Sources);
    let mut times = Vec::new();
    let mut gas = Vec::new();
    let mut depth = String::new();
    for i in 0..TOUCHES {
        let key = (i as u64 * 2_654_435_761 % 1_000_000_000).to_string();
        if cold != Cold::No {
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
    gas.sort_unstable();
    (median(times), gas[gas.len() / 2], depth)
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
    println!("entries  touch ms fsync on  touch ms unsynced  gas/touch  last path  fill s");
    let mut synced = Vec::new();
    let mut unsynced = Vec::new();
    let mut cold_tps = None;
    for &n in &sizes {
        let (dir, keep) = home_dir(n);
        let fill = filled_home(&dir, n);
        let (ms, gas, depth) = touches(&dir, true, Cold::No);
        let (ms_unsynced, ..) = touches(&dir, false, Cold::No);
        if cold_tps.is_none() {
            let (ms_stored, ..) = touches(&dir, false, Cold::Stored);
            let (ms_sources, ..) = touches(&dir, false, Cold::Sources);
            cold_tps = Some((1000.0 / ms_stored, 1000.0 / ms_sources));
        }
        println!("{n:>7}  {ms:>16.2}  {ms_unsynced:>17.2}  {gas:>9}  {depth:>9}  {fill:>6.1}");
        synced.push(ms);
        unsynced.push(ms_unsynced);
        if !keep {
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
    for (what, ms) in [("fsync on", &synced), ("unsynced", &unsynced)] {
        if let (Some(first), Some(last)) = (ms.first(), ms.last()) {
            println!(
                "cost at {} / cost at {} ({what}): {:.2}x",
                sizes[sizes.len() - 1],
                sizes[0],
                last / first
            );
        }
    }
    if let (Some(s), Some(u), Some((stored, sources))) =
        (synced.first(), unsynced.first(), cold_tps)
    {
        println!(
            "committed transactions per second (Touch, {} entries): fsync on {:.0}, unsynced {:.0}, \
             unsynced with the build cache cleared before each (a new process) {:.0} (program read from \
             the store; built from sources: {:.0})",
            sizes[0],
            1000.0 / s,
            1000.0 / u,
            stored,
            sources
        );
    }
}
