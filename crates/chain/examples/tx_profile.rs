//! Where the time of one `amber call` goes: parse, check and compile of the standard packages, of the deployed
//! packages and of the transaction's own package, then the run and commit (the rest of `Home::call`).
//!
//! Run: `cargo run --release -p amber-chain --example tx_profile [-- REALM_DIR FUNC ARGS...]` (default: the
//! counter realm of examples/realms, `Incr 1`). Prints medians over several calls; a measurement, not a test.

use std::collections::HashMap;
use std::time::Instant;

use amber_chain::home::{Home, TxOptions};
use amber_check::Program;
use amber_stdlib::load::{resolve_std, Loader};

const ROUNDS: usize = 15;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    xs.get(xs.len() / 2).copied().unwrap_or(0.0)
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args.first().cloned().unwrap_or_else(|| {
        format!(
            "{}/../../examples/realms/counter",
            env!("CARGO_MANIFEST_DIR")
        )
    });
    let func = args.get(1).cloned().unwrap_or_else(|| "Incr".into());
    let call_args: Vec<String> = if args.len() > 2 {
        args[2..].to_vec()
    } else {
        vec!["1".into()]
    };
    let mut files = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("cannot read {dir}");
        std::process::exit(1);
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "go") {
            let text = std::fs::read_to_string(&p).unwrap_or_default();
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push((name, text));
        }
    }
    files.sort();
    let path = "r/profiled";
    let home_dir = std::env::temp_dir().join(format!("amber-tx-profile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&home_dir);
    // Commits that do not wait for the disk: the profile is of the work, not of fsync.
    let opened = Home::init(&home_dir).and_then(|home| {
        drop(home);
        Home::open_unsynced(&home_dir)
    });
    let Ok(home) = opened else {
        eprintln!("cannot create a home");
        std::process::exit(1);
    };
    let opts = TxOptions::default();
    match home.deploy(path, files.clone(), &opts) {
        Ok(o) if o.exit_code == 0 => {}
        Ok(o) => {
            eprintln!("deploy failed: {}", o.stderr);
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("deploy: {e}");
            std::process::exit(1);
        }
    }

    // The phases of building the image, measured on the same inputs a call builds from.
    let deployed: HashMap<String, Vec<(String, String)>> = [(
        path.to_string(),
        files
            .iter()
            .map(|(n, t)| (format!("{path}/{n}"), t.clone()))
            .collect(),
    )]
    .into_iter()
    .collect();
    let mut rows: HashMap<&str, Vec<f64>> = HashMap::new();
    let mut totals = Vec::new();
    let mut sizes = (0usize, 0usize, 0usize);
    for _ in 0..ROUNDS {
        let d = deployed.clone();
        let mut loader = Loader::new(Box::new(move |p: &str| {
            if let Some(f) = d.get(p) {
                return Ok(f.clone());
            }
            if p == amber_chain::api::PATH {
                return Ok(amber_chain::api::sources());
            }
            resolve_std(p)
        }));
        let t = Instant::now();
        if loader.add_path(path).is_err() {
            eprintln!("parse failed");
            std::process::exit(1);
        }
        let n_deployed = loader.packages.len();
        rows.entry("parse std + deployed").or_default().push(ms(t));
        let mut program = Program::new();
        let (mut check_std, mut check_dep) = (0.0, 0.0);
        for p in &loader.packages {
            let t = Instant::now();
            if program
                .check_package(&loader.sm, &p.path, &p.files)
                .is_err()
            {
                eprintln!("check failed in {}", p.path);
                std::process::exit(1);
            }
            if p.path == path {
                check_dep += ms(t);
            } else {
                check_std += ms(t);
            }
        }
        rows.entry("check std").or_default().push(check_std);
        rows.entry("check deployed").or_default().push(check_dep);
        let target = match amber_chain::tx::call_target(&program, path, &func) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(1);
            }
        };
        let src = amber_chain::tx::call_source(path, &target, &func, &call_args);
        let t = Instant::now();
        if loader
            .add_files("main", vec![("call.go".into(), src)])
            .is_err()
        {
            eprintln!("tx parse failed");
            std::process::exit(1);
        }
        rows.entry("parse tx package (+ std it adds)")
            .or_default()
            .push(ms(t));
        let t = Instant::now();
        for p in &loader.packages[n_deployed..] {
            if program
                .check_package(&loader.sm, &p.path, &p.files)
                .is_err()
            {
                eprintln!("check failed in {}", p.path);
                std::process::exit(1);
            }
        }
        rows.entry("check tx package (+ std it adds)")
            .or_default()
            .push(ms(t));
        let loaded = loader.finish();
        let natives = amber_chain::api::natives();
        let pkgs = |upto: usize| -> Vec<amber_vm::PackageFiles> {
            loaded.packages[..upto]
                .iter()
                .filter_map(|p| {
                    program
                        .package_by_path(&p.path)
                        .map(|id| amber_vm::PackageFiles {
                            id,
                            files: &p.files,
                        })
                })
                .collect()
        };
        let t = Instant::now();
        let _ = amber_vm::compile(&program, &loaded.sm, &pkgs(n_deployed), &natives);
        rows.entry("compile std + deployed")
            .or_default()
            .push(ms(t));
        let t = Instant::now();
        let image = amber_vm::compile(&program, &loaded.sm, &pkgs(loaded.packages.len()), &natives);
        rows.entry("compile all (std + deployed + tx)")
            .or_default()
            .push(ms(t));
        let t = Instant::now();
        let pc = program.clone();
        rows.entry("clone checker Program").or_default().push(ms(t));
        drop(pc);
        if let Ok(image) = image {
            let t = Instant::now();
            let ic = image.clone();
            rows.entry("clone Image").or_default().push(ms(t));
            drop(ic);
            sizes = (
                image.funcs.len(),
                image.funcs.iter().map(|f| f.code.len()).sum(),
                loaded.sm.files().map(|f| f.text.len()).sum(),
            );
        }
        // What a call does with a warm cache: clone the cached program, build the call's package on it.
        let sources = vec![amber_chain::image::PackageSource {
            path: path.to_string(),
            files: deployed[path].clone(),
        }];
        let mut base = amber_chain::image::Builder::new(&sources);
        for p in [path, "fmt"] {
            if base.add_path(p).is_err() {
                eprintln!("base build failed");
                std::process::exit(1);
            }
        }
        let mut cached = base.built().clone();
        cached.freeze();
        let t = Instant::now();
        let mut warm = amber_chain::image::Builder::from_built(cached.clone(), &[]);
        rows.entry("warm: clone cached program")
            .or_default()
            .push(ms(t));
        let src = amber_chain::tx::call_source(path, &target, &func, &call_args);
        let t = Instant::now();
        if warm
            .add_files("main", vec![("call.go".into(), src)])
            .is_err()
        {
            eprintln!("warm build failed");
            std::process::exit(1);
        }
        let warm_image = warm.into_image();
        rows.entry("warm: build tx package on it")
            .or_default()
            .push(ms(t));
        let t = Instant::now();
        let _ = amber_vm::validate::validate(&warm_image);
        rows.entry("warm: validate the image (Machine::new)")
            .or_default()
            .push(ms(t));
        let t = Instant::now();
        match home.call(path, &func, &call_args, &opts) {
            Ok(o) if o.exit_code == 0 => {}
            Ok(o) => {
                eprintln!("call failed: {}", o.stderr);
                std::process::exit(1);
            }
            Err(e) => {
                eprintln!("call: {e}");
                std::process::exit(1);
            }
        }
        totals.push(ms(t));
        let t = Instant::now();
        match home.query(path, "1", &opts) {
            Ok(o) if o.exit_code == 0 => {}
            _ => {
                eprintln!("query failed");
                std::process::exit(1);
            }
        }
        rows.entry("whole Home::query, warm")
            .or_default()
            .push(ms(t));
    }
    let mut names: Vec<&&str> = rows.keys().collect();
    names.sort();
    println!("one call of {path}.{func}: medians over {ROUNDS} rounds (ms)");
    for n in names {
        println!("  {n:<36} {:>8.2}", median(rows[*n].clone()));
    }
    println!(
        "  {:<36} {:>8.2}",
        "whole Home::call, warm (no fsync)",
        median(totals)
    );
    println!(
        "image: {} funcs, {} instructions; sources {} bytes",
        sizes.0, sizes.1, sizes.2
    );
    let _ = std::fs::remove_dir_all(&home_dir);
}
