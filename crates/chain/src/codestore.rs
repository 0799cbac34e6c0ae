//! The compiled program of a home's deployed packages, kept in its store (outside the app hash) so that a new
//! process loads it instead of rebuilding every deployed package and the standard packages they use.
//!
//! A stored program is `MAGIC`, then a postcard-encoded [`Header`] (the build id of the compiler that made it,
//! the deployed packages it holds and the standard packages built on top), then the postcard-encoded
//! [`Built`]. A home keeps the program of all its deployed packages (named [`PROGRAM_REF`]) and a few with
//! standard packages on top (`program fmt` for calls that print results, a script's imports), at most
//! [`MAX_PROGRAMS`]: each deploy replaces them all by the new program in its own commit (programs are
//! cumulative: one per deploy would grow quadratically). Beside them, a small index of the deployed packages'
//! functions ([`CALLS_REF`]) tells a call what it calls without decoding a whole program to find out (whether
//! it prints results decides which program it builds on). Anything unexpected — another build, other
//! packages, bytes that do not decode or do not hold together — reads as "no stored program", and the
//! caller rebuilds from the sources.

use amber_store::{Hash, Read, StoreError, Writer};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::image::Built;
use crate::tx::{call_target, CallTarget};

/// What a stored program starts with (the format: a change of layout changes it).
const MAGIC: &[u8] = b"amber-program 1\n";
/// The build of this binary: a hash of every source that decides the bytes of a compiled program.
pub const BUILD_ID: &str = env!("AMBER_BUILD_ID");
/// The name of the program of all deployed packages among the store's code references (with standard
/// packages on top: this, then each path after a space).
pub const PROGRAM_REF: &str = "program";
/// The name of the index of calls into the deployed packages among the store's code references.
pub const CALLS_REF: &str = "calls";
/// How many programs (with different standard packages on top) a home stores at most.
pub const MAX_PROGRAMS: usize = 4;

/// What identifies a program built from deployed packages: each package's path and files (name, sha256 of
/// the text), in deploy order.
pub type BuildKey = Vec<(String, Vec<(String, String)>)>;

#[derive(Serialize, Deserialize)]
struct Header {
    build_id: String,
    key: BuildKey,
    std: Vec<String>,
}

/// What each package-level function of the deployed packages gives as a call target (`tx::call_target` of
/// it: the target or the error), for a new process to look calls up without decoding a program.
#[derive(Serialize, Deserialize)]
struct CallIndex {
    build_id: String,
    key: BuildKey,
    calls: Vec<(String, String, Result<CallTarget, String>)>,
}

/// The code reference of the program with standard packages `std` on top of the deployed ones.
fn ref_name(std: &[String]) -> String {
    let mut name = PROGRAM_REF.to_string();
    for path in std {
        name.push(' ');
        name.push_str(path);
    }
    name
}

fn is_program_ref(name: &str) -> bool {
    name == PROGRAM_REF
        || name
            .strip_prefix(PROGRAM_REF)
            .is_some_and(|rest| rest.starts_with(' '))
}

/// The bytes of `built`, the program of the deployed packages `key` with the standard packages `std` on top.
pub fn encode(key: &BuildKey, std: &[String], built: &Built) -> Result<Vec<u8>, String> {
    let header = Header {
        build_id: BUILD_ID.to_string(),
        key: key.clone(),
        std: std.to_vec(),
    };
    let mut out = MAGIC.to_vec();
    out = postcard::to_extend(&header, out).map_err(|e| e.to_string())?;
    postcard::to_extend(built, out).map_err(|e| e.to_string())
}

/// The program in `bytes` if it is one of this build for the deployed packages `key` with the standard
/// packages `std` on top, ready to build on.
pub fn decode(bytes: &[u8], key: &BuildKey, std: &[String]) -> Result<Built, String> {
    let rest = bytes
        .strip_prefix(MAGIC)
        .ok_or("not a stored program of this format")?;
    let (header, rest): (Header, &[u8]) =
        postcard::take_from_bytes(rest).map_err(|e| format!("header: {e}"))?;
    if header.build_id != BUILD_ID {
        return Err("made by another build".into());
    }
    if &header.key != key || header.std != std {
        return Err("made of other packages".into());
    }
    let (mut built, rest): (Built, &[u8]) =
        postcard::take_from_bytes(rest).map_err(|e| format!("program: {e}"))?;
    if !rest.is_empty() {
        return Err("trailing bytes".into());
    }
    built.resolve_stored()?;
    Ok(built)
}

/// The stored program of the deployed packages `key` with the standard packages `std` on top, in `r`:
/// `Ok(None)` when there is none usable (the reason is dropped: the caller rebuilds either way).
pub fn load(r: &impl Read, key: &BuildKey, std: &[String]) -> Result<Option<Built>, StoreError> {
    let Some(hash) = r.code_ref(&ref_name(std))? else {
        return Ok(None);
    };
    let Some(bytes) = r.code(&hash)? else {
        return Ok(None);
    };
    // Code is addressed by its sha256: bytes that changed on disk are not decoded at all.
    if Sha256::digest(&bytes).as_slice() != hash.as_slice() {
        return Ok(None);
    }
    Ok(decode(&bytes, key, std).ok())
}

/// What calling `func` of the deployed package `path` gives (`tx::call_target` on the program of the
/// deployed packages `key`), from the stored index: `Ok(None)` when the index does not say (none stored, of
/// another build or other packages, or `func` is no package-level function of `path`).
pub fn stored_call(
    r: &impl Read,
    key: &BuildKey,
    path: &str,
    func: &str,
) -> Result<Option<Result<CallTarget, String>>, StoreError> {
    let Some(hash) = r.code_ref(CALLS_REF)? else {
        return Ok(None);
    };
    let Some(bytes) = r.code(&hash)? else {
        return Ok(None);
    };
    if Sha256::digest(&bytes).as_slice() != hash.as_slice() {
        return Ok(None);
    }
    let Ok(index) = postcard::from_bytes::<CallIndex>(&bytes) else {
        return Ok(None);
    };
    if index.build_id != BUILD_ID || &index.key != key {
        return Ok(None);
    }
    Ok(index
        .calls
        .into_iter()
        .find(|(p, f, _)| p == path && f == func)
        .map(|(_, _, target)| target))
}

/// Stores the index of calls into the deployed packages `key` of `built` (see [`stored_call`]).
fn store_calls(w: &mut Writer, key: &BuildKey, built: &Built) -> Result<(), StoreError> {
    let program = built.program();
    let mut calls = Vec::new();
    for (path, _) in key {
        let Some(pkg) = program.package_by_path(path) else {
            continue;
        };
        let Some(package) = program.package(pkg) else {
            continue;
        };
        for &f in &package.funcs {
            let name = &program.objects.get(f).name;
            // Methods are package-level functions too, but not members of the package scope.
            if program.lookup_member(pkg, name) == Some(f) {
                calls.push((path.clone(), name.clone(), call_target(program, path, name)));
            }
        }
    }
    let index = CallIndex {
        build_id: BUILD_ID.to_string(),
        key: key.clone(),
        calls,
    };
    let Ok(bytes) = postcard::to_allocvec(&index) else {
        return Ok(());
    };
    let old = w.code_ref(CALLS_REF)?;
    let hash = w.put_code(&bytes)?;
    if let Some(old) = old.filter(|old| *old != hash) {
        w.delete_code(&old)?;
    }
    w.put_code_ref(CALLS_REF, Some(&hash))
}

/// Stores `built`, the program of the deployed packages `key` with the standard packages `std` on top, in
/// `w`'s commit, replacing the one of the same standard packages. Nothing is stored when the home already
/// keeps [`MAX_PROGRAMS`] others, or when it cannot be encoded. `Err` is a store error only.
pub fn store(
    w: &mut Writer,
    key: &BuildKey,
    std: &[String],
    built: &Built,
) -> Result<(), StoreError> {
    let name = ref_name(std);
    let programs: Vec<(String, Hash)> = w
        .code_refs()?
        .into_iter()
        .filter(|(n, _)| is_program_ref(n))
        .collect();
    let old = programs.iter().find(|(n, _)| *n == name).map(|(_, h)| *h);
    if old.is_none() && programs.len() >= MAX_PROGRAMS {
        return Ok(());
    }
    // A program that cannot be encoded is not stored (it is a cache): the transaction goes on.
    let Ok(bytes) = encode(key, std, built) else {
        return Ok(());
    };
    let hash = w.put_code(&bytes)?;
    if let Some(old) = old.filter(|old| *old != hash) {
        w.delete_code(&old)?;
    }
    w.put_code_ref(&name, Some(&hash))?;
    if std.is_empty() {
        store_calls(w, key, built)?;
    }
    Ok(())
}

/// Makes `built` the only stored program: that of the deployed packages `key` after a deploy (the others
/// hold the packages before it).
pub fn store_deployed(w: &mut Writer, key: &BuildKey, built: &Built) -> Result<(), StoreError> {
    for (name, hash) in w.code_refs()? {
        if is_program_ref(&name) {
            w.delete_code(&hash)?;
            w.put_code_ref(&name, None)?;
        }
    }
    store(w, key, &[], built)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::image::{standard_imports, Builder, PackageSource};

    /// A deployed package using what makes the compiler remember things between packages: interfaces,
    /// embedded (promoted) methods, method values and expressions, closures, range over a function, maps,
    /// and standard packages with natives.
    const RICH: &str = r#"package rich

import (
	"fmt"
	"sort"
	"strings"
)

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ W, H int }

func (r Rect) Area() int     { return r.W * r.H }
func (r *Rect) Name() string { return "rect" }

type Labelled struct {
	*Rect
	Label string
}

func Seq(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

var Shapes = map[string]Shape{}

func Sum(n int) int {
	s := 0
	for v := range Seq(n) {
		if v > 5 {
			break
		}
		s += v
	}
	return s
}

func Describe() string {
	r := &Rect{2, 3}
	name := r.Name
	area := (*Rect).Area
	var sh Shape = Labelled{r, "x"}
	Shapes["l"] = sh
	words := []string{"b", "a"}
	sort.Strings(words)
	return fmt.Sprintf("%s %d %s %v %d", name(), area(r), sh.Name(), words, Sum(10)) + strings.Repeat("!", 2)
}
"#;

    const SCRIPT: &str = "package main\nimport (\"fmt\"; \"r/rich\"; \"strings\")\ntype T struct{ rich.Rect }\nfunc main() {\n\tt := T{rich.Rect{W: 1, H: 2}}\n\tvar s rich.Shape = &t\n\tf := func() string { return strings.ToUpper(rich.Describe()) }\n\tfor v := range rich.Seq(3) {\n\t\tfmt.Println(v, s.Area(), s.Name(), f(), rich.Sum(v))\n\t}\n}\n";

    fn deployed() -> Vec<PackageSource> {
        vec![PackageSource {
            path: "r/rich".into(),
            files: vec![("r/rich/rich.go".into(), RICH.into())],
        }]
    }

    fn key() -> BuildKey {
        vec![("r/rich".into(), vec![("rich.go".into(), "00".repeat(32))])]
    }

    /// The program of the deployed packages, built from sources.
    fn built() -> Built {
        let mut b = Builder::new(&deployed());
        assert_eq!(b.add_path("r/rich"), Ok(()));
        b.into_built()
    }

    /// The image of the script built on `base` in the steps a home takes (its standard imports, then it).
    fn script_image(base: Built) -> String {
        let mut b = Builder::from_built(base, &deployed());
        let files = vec![("s.go".to_string(), SCRIPT.to_string())];
        for path in standard_imports(&files) {
            assert_eq!(b.add_path(&path), Ok(()));
        }
        assert_eq!(b.add_files("main", files), Ok(()));
        format!("{:?}", b.into_image())
    }

    #[test]
    fn a_stored_program_gives_the_image_built_from_sources() {
        let from_sources = script_image(built());
        let mut frozen = built();
        frozen.freeze();
        let bytes = match encode(&key(), &[], &frozen) {
            Ok(b) => b,
            Err(e) => panic!("encode: {e}"),
        };
        assert!(bytes.starts_with(MAGIC));
        // Frozen or not, a program encodes to as many bytes (hash maps may list their entries in another
        // order).
        assert_eq!(
            encode(&key(), &[], &built()).map(|b| b.len()),
            Ok(bytes.len())
        );
        let loaded = match decode(&bytes, &key(), &[]) {
            Ok(b) => b,
            Err(e) => panic!("decode: {e}"),
        };
        assert_eq!(loaded.paths(), frozen.paths());
        // Decoding and encoding again gives as many bytes, and a script on the loaded program the same image.
        assert_eq!(
            encode(&key(), &[], &loaded).map(|b| b.len()),
            Ok(bytes.len())
        );
        assert_eq!(script_image(loaded), from_sources);
    }

    #[test]
    fn a_stored_program_of_another_build_or_other_packages_is_refused() {
        let Ok(bytes) = encode(&key(), &[], &built()) else {
            panic!("encode")
        };
        let mut other_key = key();
        other_key[0].1[0].1 = "11".repeat(32);
        assert_eq!(
            decode(&bytes, &other_key, &[]).err().as_deref(),
            Some("made of other packages")
        );
        assert_eq!(
            decode(&bytes, &key(), &["fmt".to_string()])
                .err()
                .as_deref(),
            Some("made of other packages")
        );
        let other_build = replace(&bytes, BUILD_ID.as_bytes(), &[b'0'; 64]);
        assert_eq!(
            decode(&other_build, &key(), &[]).err().as_deref(),
            Some("made by another build")
        );
        let other_format = replace(&bytes, MAGIC, b"amber-program 0\n");
        assert_eq!(
            decode(&other_format, &key(), &[]).err().as_deref(),
            Some("not a stored program of this format")
        );
        let mut trailing = bytes.clone();
        trailing.push(0);
        assert_eq!(
            decode(&trailing, &key(), &[]).err().as_deref(),
            Some("trailing bytes")
        );
    }

    /// `bytes` with the first occurrence of `what` replaced by `with` (of the same length).
    fn replace(bytes: &[u8], what: &[u8], with: &[u8]) -> Vec<u8> {
        let Some(at) = bytes.windows(what.len()).position(|w| w == what) else {
            panic!("not found")
        };
        let mut out = bytes.to_vec();
        out[at..at + what.len()].copy_from_slice(with);
        out
    }

    /// Truncated or damaged bytes give errors (or, where the damage still decodes, a program that passed the
    /// checks), never a panic. A home checks the sha256 of the bytes before decoding, so damage on disk never
    /// gets this far; this is the decoder's own robustness.
    #[test]
    fn damaged_bytes_never_panic() {
        let Ok(bytes) = encode(&key(), &[], &built()) else {
            panic!("encode")
        };
        let n = bytes.len();
        for cut in [0, 1, MAGIC.len(), MAGIC.len() + 3, n / 3, n / 2, n - 1] {
            assert!(decode(&bytes[..cut], &key(), &[]).is_err(), "cut at {cut}");
        }
        let header = MAGIC.len() + 2 + 64;
        for i in 0..48 {
            let at = header + (n - header) * i / 48;
            for flip in [0x01u8, 0x80, 0xff] {
                let mut damaged = bytes.clone();
                damaged[at] ^= flip;
                let _ = decode(&damaged, &key(), &[]);
            }
        }
    }

    #[test]
    fn a_home_keeps_a_few_programs_and_a_deploy_leaves_one() {
        let dir = crate::home_tests::TempHome::new("codestore-programs");
        let Ok(store) = amber_store::Store::create(&dir.0) else {
            panic!("create")
        };
        let built = built();
        let std_lists: Vec<Vec<String>> = ["", "fmt", "strings", "sort", "bytes"]
            .iter()
            .map(|p| p.split_whitespace().map(String::from).collect())
            .collect();
        let Ok(mut w) = store.writer() else {
            panic!("writer")
        };
        for std in &std_lists {
            assert!(store_program(&mut w, std, &built));
        }
        let names = |w: &Writer| match w.code_refs() {
            Ok(refs) => refs.into_iter().map(|(n, _)| n).collect::<Vec<_>>(),
            Err(e) => panic!("{e}"),
        };
        // The fifth is not kept; storing one again replaces it.
        // (The program of the packages alone comes with the index of calls into them.)
        assert_eq!(
            names(&w),
            [
                "calls",
                "program",
                "program fmt",
                "program sort",
                "program strings"
            ]
        );
        assert!(store_program(&mut w, &std_lists[1], &built));
        assert_eq!(names(&w).len(), MAX_PROGRAMS + 1);
        assert!(store_deployed(&mut w, &key(), &built).is_ok());
        assert_eq!(names(&w), ["calls", "program"]);
        assert!(w.commit().is_ok());
        let Ok(r) = store.reader() else {
            panic!("reader")
        };
        assert!(matches!(load(&r, &key(), &[]), Ok(Some(_))));
        assert!(matches!(load(&r, &key(), &std_lists[1]), Ok(None)));
        // The index of calls says what the program says, for the package-level functions it has.
        for func in ["Describe", "Sum", "Seq", "Area", "Shapes", "Nope"] {
            let from_program = call_target(built.program(), "r/rich", func);
            let from_index = match stored_call(&r, &key(), "r/rich", func) {
                Ok(found) => found,
                Err(e) => panic!("{e}"),
            };
            match func {
                // A method, a variable, nothing: not functions of the package scope.
                "Area" | "Shapes" | "Nope" => assert_eq!(from_index, None, "{func}"),
                _ => assert_eq!(from_index, Some(from_program), "{func}"),
            }
        }
        assert_eq!(
            stored_call(&r, &key(), "r/rich", "Sum").ok().flatten(),
            Some(Ok(CallTarget {
                pkg_name: "rich".into(),
                results: 1
            }))
        );
        let mut other = key();
        other[0].0 = "r/other".into();
        assert_eq!(stored_call(&r, &other, "r/rich", "Sum").ok(), Some(None));
        // The store closes before its directory goes.
        drop((r, store));
        drop(dir);
    }

    fn store_program(w: &mut Writer, std: &[String], built: &Built) -> bool {
        store(w, &key(), std, built).is_ok()
    }

    /// Not a test: the size of a stored program and the time to encode and decode it (run with
    /// `cargo test --release -p amber-chain stored_program_costs -- --ignored --nocapture`).
    #[test]
    #[ignore]
    fn stored_program_costs() {
        let built = built();
        let start = std::time::Instant::now();
        let Ok(bytes) = encode(&key(), &[], &built) else {
            panic!("encode")
        };
        let encoded = start.elapsed();
        let start = std::time::Instant::now();
        let rounds = 20;
        for _ in 0..rounds {
            assert!(decode(&bytes, &key(), &[]).is_ok());
        }
        let decoded = start.elapsed() / rounds;
        let start = std::time::Instant::now();
        for _ in 0..rounds {
            let mut b = Builder::new(&deployed());
            assert_eq!(b.add_path("r/rich"), Ok(()));
        }
        let rebuilt = start.elapsed() / rounds;
        let sources: usize = built.program().packages.len();
        println!(
            "program of {sources} packages: {} bytes, encode {encoded:?}, decode {decoded:?}, build from sources {rebuilt:?}",
            bytes.len()
        );
    }
}
