//! Unit tests of the store: tables, snapshots, aborts, the app hash, reopening, damaged files.

use super::*;
use redb::ReadableTableMetadata;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use tempfile::TempDir;

fn new_store() -> (TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::create(dir.path()).unwrap();
    (dir, store)
}

/// The redb database of a store opened for writing, for tests that go behind the store's back.
fn database(store: &Store) -> &Database {
    match &store.db {
        Handle::Writer(db) | Handle::Unsynced(db) => db,
        Handle::ReadOnly(_) => panic!("the store was opened read-only"),
    }
}

fn hex(hash: &Hash) -> String {
    hash.iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn every_table_roundtrips_through_a_commit() {
    let (_dir, store) = new_store();
    let mut w = store.writer().unwrap();
    w.put_object(7, b"seven").unwrap();
    w.put_object(u64::MAX, b"").unwrap();
    w.put_package("r/counter", b"pkg-record").unwrap();
    w.put_package("p/avl", b"lib").unwrap();
    let blob = w.put_blob(b"source code").unwrap();
    w.put_meta("height", b"\x01").unwrap();
    w.put_tx(1, b"result").unwrap();
    w.commit().unwrap();

    let r = store.reader().unwrap();
    assert_eq!(r.object(7).unwrap().as_deref(), Some(&b"seven"[..]));
    assert_eq!(r.object(u64::MAX).unwrap().as_deref(), Some(&b""[..]));
    assert_eq!(r.object(8).unwrap(), None);
    assert_eq!(
        r.package("r/counter").unwrap().as_deref(),
        Some(&b"pkg-record"[..])
    );
    assert_eq!(r.package("r/other").unwrap(), None);
    assert_eq!(r.package_paths().unwrap(), vec!["p/avl", "r/counter"]);
    assert_eq!(r.blob(&blob).unwrap().as_deref(), Some(&b"source code"[..]));
    assert_eq!(r.blob(&[0; 32]).unwrap(), None);
    assert_eq!(r.meta("height").unwrap().as_deref(), Some(&b"\x01"[..]));
    assert_eq!(r.meta("nope").unwrap(), None);
    assert_eq!(r.tx(1).unwrap().as_deref(), Some(&b"result"[..]));
    assert_eq!(r.tx(2).unwrap(), None);
    assert_eq!(store.version().unwrap(), 1);
}

#[test]
fn blob_hash_is_sha256_of_the_content() {
    let (_dir, store) = new_store();
    let mut w = store.writer().unwrap();
    let hash = w.put_blob(b"abc").unwrap();
    assert_eq!(
        hex(&hash),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    // The same content again changes nothing.
    assert_eq!(w.put_blob(b"abc").unwrap(), hash);
}

#[test]
fn writer_sees_its_own_writes_and_deletes() {
    let (_dir, store) = new_store();
    let mut w = store.writer().unwrap();
    w.put_object(1, b"a").unwrap();
    assert_eq!(w.object(1).unwrap().as_deref(), Some(&b"a"[..]));
    w.put_object(1, b"b").unwrap();
    assert_eq!(w.object(1).unwrap().as_deref(), Some(&b"b"[..]));
    w.delete_object(1).unwrap();
    assert_eq!(w.object(1).unwrap(), None);
    w.put_package("r/x", b"x").unwrap();
    assert_eq!(w.package_paths().unwrap(), vec!["r/x"]);
}

#[test]
fn writer_reads_merge_pending_and_committed_state() {
    let (_dir, store) = new_store();
    let mut w = store.writer().unwrap();
    w.put_package("r/b", b"b").unwrap();
    w.put_object(1, b"committed").unwrap();
    w.put_meta("m", b"old").unwrap();
    w.commit().unwrap();

    let mut w = store.writer().unwrap();
    w.put_package("r/a", b"a").unwrap();
    w.put_package("r/c", b"c").unwrap();
    assert_eq!(w.package_paths().unwrap(), vec!["r/a", "r/b", "r/c"]);
    assert_eq!(w.package("r/b").unwrap().as_deref(), Some(&b"b"[..]));
    assert_eq!(w.object(1).unwrap().as_deref(), Some(&b"committed"[..]));
    w.delete_object(1).unwrap();
    assert_eq!(w.object(1).unwrap(), None);
    w.put_meta("m", b"new").unwrap();
    assert_eq!(w.meta("m").unwrap().as_deref(), Some(&b"new"[..]));
    let hash = w.put_blob(b"pending blob").unwrap();
    assert_eq!(
        w.blob(&hash).unwrap().as_deref(),
        Some(&b"pending blob"[..])
    );
    w.put_tx(9, b"nine").unwrap();
    assert_eq!(w.tx(9).unwrap().as_deref(), Some(&b"nine"[..]));
    // None of it is visible outside before the commit.
    let r = store.reader().unwrap();
    assert_eq!(r.package_paths().unwrap(), vec!["r/b"]);
    assert_eq!(r.object(1).unwrap().as_deref(), Some(&b"committed"[..]));
    assert_eq!(r.tx(9).unwrap(), None);
    w.commit().unwrap();
    let r = store.reader().unwrap();
    assert_eq!(r.package_paths().unwrap(), vec!["r/a", "r/b", "r/c"]);
    assert_eq!(r.object(1).unwrap(), None);
    assert_eq!(r.meta("m").unwrap().as_deref(), Some(&b"new"[..]));
    assert_eq!(
        r.blob(&hash).unwrap().as_deref(),
        Some(&b"pending blob"[..])
    );
    assert_eq!(r.tx(9).unwrap().as_deref(), Some(&b"nine"[..]));
}

#[test]
fn reader_is_a_snapshot() {
    let (_dir, store) = new_store();
    let mut w = store.writer().unwrap();
    w.put_object(1, b"old").unwrap();
    w.commit().unwrap();

    let before = store.reader().unwrap();
    let hash_before = before.app_hash().unwrap();
    let mut w = store.writer().unwrap();
    w.put_object(1, b"new").unwrap();
    w.put_object(2, b"two").unwrap();
    w.commit().unwrap();

    assert_eq!(before.object(1).unwrap().as_deref(), Some(&b"old"[..]));
    assert_eq!(before.object(2).unwrap(), None);
    assert_eq!(before.version().unwrap(), 1);
    assert_eq!(before.app_hash().unwrap(), hash_before);
    let after = store.reader().unwrap();
    assert_eq!(after.object(1).unwrap().as_deref(), Some(&b"new"[..]));
    assert_eq!(after.version().unwrap(), 2);
    assert_ne!(after.app_hash().unwrap(), hash_before);
}

#[test]
fn dropping_a_writer_writes_nothing() {
    let (_dir, store) = new_store();
    let empty = store.app_hash().unwrap();
    {
        let mut w = store.writer().unwrap();
        w.put_object(1, b"x").unwrap();
        w.put_package("r/a", b"a").unwrap();
        w.put_blob(b"blob").unwrap();
        w.put_meta("k", b"v").unwrap();
        w.put_tx(1, b"t").unwrap();
    }
    let r = store.reader().unwrap();
    assert_eq!(r.object(1).unwrap(), None);
    assert!(r.package_paths().unwrap().is_empty());
    assert_eq!(r.meta("k").unwrap(), None);
    assert_eq!(r.tx(1).unwrap(), None);
    assert_eq!(store.app_hash().unwrap(), empty);
    assert_eq!(store.version().unwrap(), 0);
    // The store is usable afterwards.
    let mut w = store.writer().unwrap();
    w.put_object(1, b"x").unwrap();
    w.commit().unwrap();
    assert_eq!(store.version().unwrap(), 1);
}

#[test]
fn only_one_writer_at_a_time() {
    let (_dir, store) = new_store();
    let w = store.writer().unwrap();
    let err = store.writer().err().unwrap();
    assert_eq!(
        err.to_string(),
        "a write transaction is already open on this store"
    );
    drop(w);
    assert!(store.writer().is_ok());
}

#[test]
fn empty_store_has_a_fixed_app_hash() {
    let (_d1, a) = new_store();
    let (_d2, b) = new_store();
    assert_eq!(a.app_hash().unwrap(), b.app_hash().unwrap());
    assert_eq!(a.app_hash().unwrap(), *b"SPARSE_MERKLE_PLACEHOLDER_HASH__");
    assert_eq!(a.version().unwrap(), 0);
}

#[test]
fn app_hash_changes_on_every_change() {
    let (_dir, store) = new_store();
    let mut seen = vec![store.app_hash().unwrap()];
    type Step = Box<dyn Fn(&mut Writer)>;
    let steps: Vec<Step> = vec![
        Box::new(|w| w.put_object(1, b"a").unwrap()),
        Box::new(|w| w.put_object(1, b"b").unwrap()),
        Box::new(|w| w.put_object(2, b"b").unwrap()),
        Box::new(|w| w.put_package("r/a", b"rec").unwrap()),
        Box::new(|w| w.put_package("r/a", b"rec2").unwrap()),
        Box::new(|w| {
            w.put_blob(b"code").unwrap();
        }),
        Box::new(|w| w.put_meta("m", b"1").unwrap()),
        Box::new(|w| w.put_meta("m", b"2").unwrap()),
        Box::new(|w| w.delete_object(2).unwrap()),
        // The same bytes under another kind of key are another state.
        Box::new(|w| w.put_meta("r/a", b"rec2").unwrap()),
    ];
    for step in &steps {
        let mut w = store.writer().unwrap();
        step(&mut w);
        let root = w.commit().unwrap();
        assert_eq!(root, store.app_hash().unwrap());
        assert!(!seen.contains(&root), "state repeated a root");
        seen.push(root);
    }
    assert_eq!(store.version().unwrap(), steps.len() as u64);
}

#[test]
fn transactions_alone_do_not_change_the_app_hash() {
    let (_dir, store) = new_store();
    let mut w = store.writer().unwrap();
    w.put_object(1, b"a").unwrap();
    let root = w.commit().unwrap();
    let mut w = store.writer().unwrap();
    w.put_tx(1, b"ok").unwrap();
    assert_eq!(w.commit().unwrap(), root);
    // An empty commit keeps the root and still counts as a version.
    assert_eq!(store.writer().unwrap().commit().unwrap(), root);
    assert_eq!(store.version().unwrap(), 3);
    // And the tree goes on from there.
    let mut w = store.writer().unwrap();
    w.put_object(2, b"b").unwrap();
    assert_ne!(w.commit().unwrap(), root);
}

#[test]
fn put_order_does_not_matter() {
    let (_d1, a) = new_store();
    let (_d2, b) = new_store();
    let mut w = a.writer().unwrap();
    for id in 0..50u64 {
        w.put_object(id, &id.to_le_bytes()).unwrap();
    }
    w.put_package("r/x", b"x").unwrap();
    w.put_meta("k", b"v").unwrap();
    let root_a = w.commit().unwrap();

    let mut w = b.writer().unwrap();
    w.put_meta("k", b"v").unwrap();
    w.put_object(3, b"overwritten below").unwrap();
    w.put_object(999, b"deleted below").unwrap();
    w.put_package("r/x", b"x").unwrap();
    for id in (0..50u64).rev() {
        w.put_object(id, &id.to_le_bytes()).unwrap();
    }
    w.delete_object(999).unwrap();
    let root_b = w.commit().unwrap();
    assert_eq!(root_a, root_b);
}

#[test]
fn same_operations_in_separate_commits_give_the_same_root_as_one() {
    // The root commits to state, not to history.
    let (_d1, a) = new_store();
    let (_d2, b) = new_store();
    let mut w = a.writer().unwrap();
    w.put_object(1, b"1").unwrap();
    w.put_object(2, b"2").unwrap();
    let root_a = w.commit().unwrap();
    let mut w = b.writer().unwrap();
    w.put_object(2, b"2").unwrap();
    w.commit().unwrap();
    let mut w = b.writer().unwrap();
    w.put_object(1, b"1").unwrap();
    assert_eq!(w.commit().unwrap(), root_a);
}

#[test]
fn deleting_what_was_added_restores_the_root() {
    let (_dir, store) = new_store();
    let mut w = store.writer().unwrap();
    for id in 0..20u64 {
        w.put_object(id, b"base").unwrap();
    }
    let base = w.commit().unwrap();

    let mut w = store.writer().unwrap();
    w.put_object(100, b"new").unwrap();
    w.put_package("r/new", b"pkg").unwrap();
    let added = w.commit().unwrap();
    assert_ne!(added, base);

    let mut w = store.writer().unwrap();
    w.delete_object(100).unwrap();
    // Packages are never deleted: compare with a store that only ever added the package.
    let after = w.commit().unwrap();
    let (_d2, other) = new_store();
    let mut w = other.writer().unwrap();
    for id in 0..20u64 {
        w.put_object(id, b"base").unwrap();
    }
    w.put_package("r/new", b"pkg").unwrap();
    assert_eq!(w.commit().unwrap(), after);

    // Deleting every object returns to the empty root.
    let mut w = store.writer().unwrap();
    for id in 0..20u64 {
        w.delete_object(id).unwrap();
    }
    w.commit().unwrap();
    let (_d3, only_pkg) = new_store();
    let mut w = only_pkg.writer().unwrap();
    w.put_package("r/new", b"pkg").unwrap();
    assert_eq!(w.commit().unwrap(), store.app_hash().unwrap());
}

#[test]
fn deleting_an_added_object_restores_the_previous_root() {
    let (_dir, store) = new_store();
    let mut w = store.writer().unwrap();
    w.put_object(1, b"one").unwrap();
    w.put_object(2, b"two").unwrap();
    let before = w.commit().unwrap();
    let mut w = store.writer().unwrap();
    w.put_object(3, b"three").unwrap();
    assert_ne!(w.commit().unwrap(), before);
    let mut w = store.writer().unwrap();
    w.delete_object(3).unwrap();
    assert_eq!(w.commit().unwrap(), before);
    // Deleting something absent changes nothing.
    let mut w = store.writer().unwrap();
    w.delete_object(42).unwrap();
    assert_eq!(w.commit().unwrap(), before);
}

#[test]
fn deleting_a_meta_value_restores_the_previous_root() {
    let (_dir, store) = new_store();
    let before = store.app_hash().unwrap();
    let mut w = store.writer().unwrap();
    w.put_meta("k", b"v").unwrap();
    assert_ne!(w.commit().unwrap(), before);
    let mut w = store.writer().unwrap();
    w.delete_meta("k").unwrap();
    assert_eq!(w.meta("k").unwrap(), None);
    assert_eq!(w.commit().unwrap(), before);
    assert_eq!(store.reader().unwrap().meta("k").unwrap(), None);
}

#[test]
fn written_then_deleted_in_one_writer_is_absent() {
    let (_dir, store) = new_store();
    let mut w = store.writer().unwrap();
    w.put_object(1, b"one").unwrap();
    let before = w.commit().unwrap();
    let mut w = store.writer().unwrap();
    w.put_object(5, b"temp").unwrap();
    w.delete_object(5).unwrap();
    assert_eq!(w.commit().unwrap(), before);
    assert_eq!(store.reader().unwrap().object(5).unwrap(), None);
}

#[test]
fn reopening_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let (root, blob) = {
        let store = Store::create(dir.path()).unwrap();
        let mut w = store.writer().unwrap();
        w.put_object(1, b"one").unwrap();
        w.put_package("r/a", b"a").unwrap();
        let blob = w.put_blob(b"blob").unwrap();
        w.put_meta("m", b"v").unwrap();
        w.put_tx(1, b"t").unwrap();
        (w.commit().unwrap(), blob)
    };
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.app_hash().unwrap(), root);
    assert_eq!(store.version().unwrap(), 1);
    let r = store.reader().unwrap();
    assert_eq!(r.object(1).unwrap().as_deref(), Some(&b"one"[..]));
    assert_eq!(r.package("r/a").unwrap().as_deref(), Some(&b"a"[..]));
    assert_eq!(r.blob(&blob).unwrap().as_deref(), Some(&b"blob"[..]));
    assert_eq!(r.meta("m").unwrap().as_deref(), Some(&b"v"[..]));
    assert_eq!(r.tx(1).unwrap().as_deref(), Some(&b"t"[..]));
    drop(r);
    // The tree continues correctly after a reopen.
    let mut w = store.writer().unwrap();
    w.put_object(2, b"two").unwrap();
    let next = w.commit().unwrap();
    let (_d2, fresh) = new_store();
    let mut w = fresh.writer().unwrap();
    w.put_object(1, b"one").unwrap();
    w.put_package("r/a", b"a").unwrap();
    w.put_blob(b"blob").unwrap();
    w.put_meta("m", b"v").unwrap();
    w.put_object(2, b"two").unwrap();
    assert_eq!(w.commit().unwrap(), next);
}

#[test]
fn unsynced_commits_are_read_back_and_survive_a_clean_close() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::create(dir.path()).unwrap());
    let root = {
        let store = Store::open_unsynced(dir.path()).unwrap();
        // Nobody else may open the file meanwhile, not even to read.
        assert!(matches!(
            Store::open_read_only(dir.path()),
            Err(StoreError::InUse(_))
        ));
        let mut w = store.writer().unwrap();
        w.put_object(1, b"fast").unwrap();
        let root = w.commit().unwrap();
        assert_eq!(
            store.reader().unwrap().object(1).unwrap().as_deref(),
            Some(&b"fast"[..])
        );
        root
    };
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.app_hash().unwrap(), root);
    assert_eq!(
        store.reader().unwrap().object(1).unwrap().as_deref(),
        Some(&b"fast"[..])
    );
}

#[test]
fn create_and_open_errors() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("a/b/home");
    let err = Store::open(&home).err().unwrap();
    assert!(matches!(err, StoreError::NotFound(_)));
    assert_eq!(
        err.to_string(),
        format!("no Amber home at {} (run `amber init`)", home.display())
    );
    // What an interrupted create left behind does not matter.
    std::fs::create_dir_all(&home).unwrap();
    std::fs::write(home.join(DB_BUILDING_FILE), b"half-made").unwrap();
    let store = Store::create(&home).unwrap();
    assert!(!home.join(DB_BUILDING_FILE).exists());
    assert!(db_path(&home).is_file());
    drop(store);
    assert_eq!(Store::open(&home).unwrap().version().unwrap(), 0);
    let err = Store::create(&home).err().unwrap();
    assert!(matches!(err, StoreError::AlreadyExists(_)));
    assert_eq!(
        err.to_string(),
        format!("{} already holds an Amber home", home.display())
    );
}

#[test]
fn a_second_open_is_refused_while_the_first_is_alive() {
    let dir = tempfile::tempdir().unwrap();
    let first = Store::create(dir.path()).unwrap();
    let err = Store::open(dir.path()).err().unwrap();
    assert!(matches!(err, StoreError::InUse(_)), "{err:?}");
    assert_eq!(
        err.to_string(),
        format!(
            "home {} is in use by another amber process",
            dir.path().display()
        )
    );
    drop(first);
    assert!(Store::open(dir.path()).is_ok());
}

/// Both kinds of open refuse the home in `dir` as corrupt; the read-only one, which checks less
/// when it opens (a writer may be growing the file), may do so at the first read of the damage.
fn assert_corrupt(dir: &Path) {
    let read_only = Store::open_read_only(dir).and_then(|store| {
        let r = store.reader()?;
        for id in 0..200 {
            r.object(id)?;
        }
        r.package_paths()
    });
    for result in [
        read_only.map(|_| ()),
        Store::open(dir).map(|_| ()),
        Store::open_unsynced(dir).map(|_| ()),
    ] {
        match result {
            Err(StoreError::Corrupt(what)) => {
                let shown = StoreError::Corrupt(what).to_string();
                assert!(shown.starts_with("home is corrupt: "), "{shown}");
            }
            Err(other) => panic!("expected Corrupt, got {other:?}"),
            Ok(_) => panic!("a damaged file opened"),
        }
    }
}

fn populated_home() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::create(dir.path()).unwrap();
    for round in 0..5u64 {
        let mut w = store.writer().unwrap();
        for id in 0..200u64 {
            w.put_object(id, &vec![round as u8; 300]).unwrap();
        }
        w.commit().unwrap();
    }
    dir
}

#[test]
fn a_truncated_file_is_corrupt() {
    let dir = populated_home();
    let path = db_path(dir.path());
    let len = std::fs::metadata(&path).unwrap().len();
    let file = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    file.set_len(len / 3).unwrap();
    drop(file);
    assert_corrupt(dir.path());
    std::fs::write(&path, b"").unwrap();
    assert_corrupt(dir.path());
}

#[test]
fn a_garbage_file_is_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(db_path(dir.path()), vec![0xA5u8; 10_000]).unwrap();
    assert_corrupt(dir.path());
    std::fs::write(db_path(dir.path()), b"short").unwrap();
    assert_corrupt(dir.path());
}

#[test]
fn an_overwritten_header_is_corrupt() {
    let dir = populated_home();
    let path = db_path(dir.path());
    let mut bytes = std::fs::read(&path).unwrap();
    for b in bytes.iter_mut().take(64) {
        *b ^= 0xFF;
    }
    std::fs::write(&path, &bytes).unwrap();
    assert_corrupt(dir.path());
}

#[test]
fn a_home_of_another_store_format_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    {
        let store = Store::create(dir.path()).unwrap();
        let txn = database(&store).begin_write().unwrap();
        txn.open_table(INFO)
            .unwrap()
            .insert(FORMAT_KEY, &b"amber-store 0"[..])
            .unwrap();
        txn.commit().unwrap();
    }
    let err = Store::open(dir.path()).err().unwrap();
    assert_eq!(
        err.to_string(),
        "home is corrupt: made in format \"amber-store 0\", this amber reads \"amber-store 2\""
    );
}

#[test]
fn a_foreign_redb_file_is_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::create(db_path(dir.path())).unwrap();
    drop(db);
    assert_corrupt(dir.path());
}

#[test]
fn many_keys_over_many_commits_match_one_big_commit() {
    let (_d1, a) = new_store();
    for batch in 0..10u64 {
        let mut w = a.writer().unwrap();
        for id in batch * 100..(batch + 1) * 100 {
            w.put_object(id, &id.to_be_bytes()).unwrap();
        }
        w.commit().unwrap();
    }
    let (_d2, b) = new_store();
    let mut w = b.writer().unwrap();
    for id in (0..1000u64).rev() {
        w.put_object(id, &id.to_be_bytes()).unwrap();
    }
    assert_eq!(w.commit().unwrap(), a.app_hash().unwrap());
}

#[test]
fn stale_tree_nodes_are_removed() {
    // Rewriting the same keys over and over must not grow the node table.
    let (_dir, store) = new_store();
    let count_nodes = node_count;
    let mut w = store.writer().unwrap();
    for id in 0..100u64 {
        w.put_object(id, b"0").unwrap();
    }
    w.commit().unwrap();
    let nodes = count_nodes(&store);
    for round in 1..20u8 {
        let mut w = store.writer().unwrap();
        w.put_object(u64::from(round) % 100, &[round]).unwrap();
        w.commit().unwrap();
        store.writer().unwrap().commit().unwrap();
    }
    assert_eq!(count_nodes(&store), nodes);
}

const CHILD_OPEN: &str = "<amber-store child: open>";

/// Not a test on its own: the body of a child process that other tests start. It opens the home
/// named by AMBER_STORE_CHILD_HOME, prints CHILD_OPEN and holds the store until stdin closes.
#[test]
#[ignore]
fn child_holds_the_store_open() {
    use std::io::{BufRead, Write};
    let Some(home) = std::env::var_os("AMBER_STORE_CHILD_HOME") else {
        return;
    };
    let store = Store::open(Path::new(&home)).unwrap();
    // libtest prints its own text on the same line: a marker nobody else writes.
    println!("{CHILD_OPEN}");
    std::io::stdout().flush().unwrap();
    let mut line = String::new();
    let _ = std::io::stdin().lock().read_line(&mut line);
    drop(store);
}

#[test]
fn another_process_holding_the_home_makes_it_in_use() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().unwrap();
    drop(Store::create(dir.path()).unwrap());
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "tests::child_holds_the_store_open",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("AMBER_STORE_CHILD_HOME", dir.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut opened = false;
    let mut line = String::new();
    while stdout.read_line(&mut line).unwrap() > 0 {
        if line.contains(CHILD_OPEN) {
            opened = true;
            break;
        }
        line.clear();
    }
    assert!(opened, "the child never opened the store");
    let err = Store::open(dir.path()).err();
    // Reading beside the other process's writer is allowed.
    let read = Store::open_read_only(dir.path()).and_then(|store| store.version());
    drop(child.stdin.take()); // lets the child finish
    child.wait().unwrap();
    assert!(matches!(err, Some(StoreError::InUse(_))), "{err:?}");
    assert_eq!(read.unwrap(), 0);
    assert!(Store::open(dir.path()).is_ok());
}

#[test]
fn a_damaged_tree_node_is_an_error_not_a_crash() {
    let (_dir, store) = new_store();
    let mut w = store.writer().unwrap();
    for id in 0..50u64 {
        w.put_object(id, b"x").unwrap();
    }
    w.commit().unwrap();
    // Overwrite every node of the tree with garbage, behind the store's back.
    let keys: Vec<Vec<u8>> = {
        let r = store.reader().unwrap();
        let table = r.txn.open_table(JMT_NODES).unwrap();
        table
            .iter()
            .unwrap()
            .map(|entry| entry.unwrap().0.value().to_vec())
            .collect()
    };
    let txn = database(&store).begin_write().unwrap();
    {
        let mut table = txn.open_table(JMT_NODES).unwrap();
        for key in &keys {
            table.insert(key.as_slice(), &b"\xff\xff\xff"[..]).unwrap();
        }
    }
    txn.commit().unwrap();
    let mut w = store.writer().unwrap();
    w.put_object(1, b"y").unwrap();
    let err = w.commit().err().unwrap();
    assert!(matches!(err, StoreError::Corrupt(_)), "{err:?}");
}

#[test]
fn a_missing_tree_node_is_an_error_not_a_crash() {
    let (_dir, store) = new_store();
    let mut w = store.writer().unwrap();
    for id in 0..50u64 {
        w.put_object(id, b"x").unwrap();
    }
    w.commit().unwrap();
    // Keep only the root: every path below it is now missing.
    let txn = database(&store).begin_write().unwrap();
    {
        let mut table = txn.open_table(JMT_NODES).unwrap();
        // The root's position: no nibbles, a count of 0.
        let root = vec![0u8];
        table.retain(|key, _| key == root.as_slice()).unwrap();
        assert_eq!(table.len().unwrap(), 1);
    }
    txn.commit().unwrap();
    let mut w = store.writer().unwrap();
    w.put_object(1, b"y").unwrap();
    let err = w.commit().err().unwrap();
    assert!(matches!(err, StoreError::Corrupt(_)), "{err:?}");
    assert!(err.to_string().starts_with("home is corrupt: "), "{err}");
    // The failed commit wrote nothing.
    assert_eq!(store.version().unwrap(), 1);
}

/// Not a test on its own: a child process that commits once to AMBER_STORE_CHILD_HOME and dies
/// without closing the database, as a `kill -9` right after a commit would leave it.
#[test]
#[ignore]
fn child_commits_then_dies() {
    let Some(home) = std::env::var_os("AMBER_STORE_CHILD_HOME") else {
        return;
    };
    let store = Store::open(Path::new(&home)).unwrap();
    let mut w = store.writer().unwrap();
    w.put_meta("child", b"was here").unwrap();
    w.commit().unwrap();
    std::process::abort();
}

fn run_child(test: &str, home: &Path) -> std::process::ExitStatus {
    std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", test, "--ignored", "--test-threads=1"])
        .env("AMBER_STORE_CHILD_HOME", home)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap()
}

#[test]
fn a_process_dying_after_a_commit_leaves_that_commit() {
    let dir = populated_home();
    let before = Store::open(dir.path()).unwrap().app_hash().unwrap();
    let status = run_child("tests::child_commits_then_dies", dir.path());
    assert!(!status.success());
    let store = Store::open(dir.path()).unwrap();
    let r = store.reader().unwrap();
    assert_eq!(r.meta("child").unwrap().as_deref(), Some(&b"was here"[..]));
    assert_eq!(r.version().unwrap(), 6);
    assert_ne!(r.app_hash().unwrap(), before);
    assert_eq!(r.object(199).unwrap(), Some(vec![4u8; 300]));
}

/// Commit timings, printed (not asserted). Run with
/// `cargo test --release -p amber-store -- --ignored --nocapture commit_timings`;
/// AMBER_STORE_BENCH_KEYS sets the store size (default 10^5), AMBER_STORE_BENCH_DIR keeps the
/// filled home there for the next run.
#[test]
#[ignore]
fn commit_timings() {
    use std::time::Instant;
    let size: u64 = std::env::var("AMBER_STORE_BENCH_KEYS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(100_000);
    let temp = tempfile::tempdir().unwrap();
    let home = match std::env::var_os("AMBER_STORE_BENCH_DIR") {
        Some(dir) => PathBuf::from(dir).join(format!("keys-{size}")),
        None => temp.path().to_path_buf(),
    };
    let store = match Store::open(&home) {
        Ok(store) => store,
        Err(_) => {
            let store = Store::create(&home).unwrap();
            let start = Instant::now();
            let mut id = 0;
            while id < size {
                let mut w = store.writer().unwrap();
                for _ in 0..10_000.min(size - id) {
                    w.put_object(id, &[id as u8; 100]).unwrap();
                    id += 1;
                }
                w.commit().unwrap();
            }
            println!(
                "filled {size} objects of 100 bytes in {:.2?}",
                start.elapsed()
            );
            store
        }
    };
    println!(
        "database file: {} MB",
        std::fs::metadata(db_path(&home)).unwrap().len() / 1_000_000
    );
    let mut round = 0u64;
    for changed in [1u64, 1000] {
        let runs = if changed == 1 { 50 } else { 10 };
        let start = Instant::now();
        for _ in 0..runs {
            round += 1;
            let mut w = store.writer().unwrap();
            for k in 0..changed {
                let id = (round * 7919 + k * 104_729) % size;
                w.put_object(id, &round.to_le_bytes()).unwrap();
            }
            w.commit().unwrap();
        }
        println!(
            "commit of {changed} changed keys in a store of {size}: {:.2?} each",
            start.elapsed() / runs
        );
    }
    drop(store);
    let start = Instant::now();
    let store = Store::open(&home).unwrap();
    let opened = start.elapsed();
    drop(store);
    println!(
        "open after a clean close: {opened:.2?}, then close: {:.2?}",
        start.elapsed() - opened
    );
    let start = Instant::now();
    let store = Store::open_read_only(&home).unwrap();
    println!("read-only open: {:.2?}", start.elapsed());
    let start = Instant::now();
    store.app_hash().unwrap();
    drop(store);
    println!("read-only app hash and close: {:.2?}", start.elapsed());
    run_child("tests::child_commits_then_dies", &home);
    let start = Instant::now();
    let store = Store::open(&home).unwrap();
    let opened = start.elapsed();
    drop(store);
    println!(
        "open after a crash (quick repair): {opened:.2?}, then close: {:.2?}",
        start.elapsed() - opened
    );
}

fn node_count(store: &Store) -> u64 {
    let r = store.reader().unwrap();
    let table = r.txn.open_table(JMT_NODES).unwrap();
    table.len().unwrap()
}

#[test]
fn random_puts_and_deletes_match_a_store_built_in_one_commit() {
    // A small deterministic generator: the test is the same on every run.
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let (_dir, store) = new_store();
    let mut state: BTreeMap<u64, Vec<u8>> = BTreeMap::new();
    for round in 0..40u64 {
        let mut w = store.writer().unwrap();
        for _ in 0..(next() % 60) {
            let id = next() % 300;
            if next() % 3 == 0 {
                w.delete_object(id).unwrap();
                state.remove(&id);
            } else {
                let value = next().to_le_bytes().to_vec();
                w.put_object(id, &value).unwrap();
                state.insert(id, value);
            }
        }
        let root = w.commit().unwrap();
        if round % 8 == 7 {
            let (_d, fresh) = new_store();
            let mut w = fresh.writer().unwrap();
            for (id, value) in &state {
                w.put_object(*id, value).unwrap();
            }
            assert_eq!(w.commit().unwrap(), root, "round {round}");
            // Same state, same tree: no node of an old version is left behind.
            assert_eq!(node_count(&store), node_count(&fresh), "round {round}");
        }
    }
    // Deleting everything gives the empty tree back.
    let mut w = store.writer().unwrap();
    for id in state.keys() {
        w.delete_object(*id).unwrap();
    }
    assert_eq!(w.commit().unwrap(), tree::empty_root());
    assert_eq!(node_count(&store), 1);
}

#[test]
fn handles_can_move_between_threads() {
    fn send<T: Send>() {}
    fn sync<T: Sync>() {}
    send::<Store>();
    sync::<Store>();
    send::<Reader>();
    send::<Writer>();
    send::<StoreError>();
    sync::<StoreError>();
}

#[test]
fn a_damaged_page_anywhere_gives_errors_not_crashes() {
    let original = populated_home();
    let pristine = std::fs::read(db_path(original.path())).unwrap();
    let page = 4096;
    let mut outcomes = BTreeMap::new();
    for start in (0..pristine.len()).step_by(page) {
        let dir = tempfile::tempdir().unwrap();
        let mut bytes = pristine.clone();
        for b in bytes.iter_mut().skip(start).take(page) {
            *b = 0x5A;
        }
        std::fs::write(db_path(dir.path()), &bytes).unwrap();
        // Whatever the damage, every call returns (Ok or an error); none panics. Read-only
        // first: it must not change the file, so the writer below sees the same damage.
        let read_only = Store::open_read_only(dir.path()).and_then(|store| {
            let r = store.reader()?;
            for id in 0..200 {
                r.object(id)?;
            }
            r.package_paths()
        });
        if let Err(e) = read_only {
            assert!(
                matches!(
                    e,
                    StoreError::Corrupt(_) | StoreError::Io(_) | StoreError::NeedsRecovery(_)
                ),
                "page at {start}, read-only: {e:?}"
            );
            *outcomes.entry("refused read-only").or_insert(0) += 1;
        }
        assert!(std::fs::read(db_path(dir.path())).unwrap() == bytes);
        let outcome = match Store::open(dir.path()) {
            Err(e) => e,
            Ok(store) => {
                let reads = store.reader().and_then(|r| {
                    for id in 0..200 {
                        r.object(id)?;
                    }
                    r.package_paths()
                });
                let commit = store.writer().and_then(|mut w| {
                    w.put_object(5, b"x")?;
                    w.commit()
                });
                match (reads, commit) {
                    (Err(e), _) | (_, Err(e)) => e,
                    (Ok(_), Ok(_)) => {
                        *outcomes.entry("unharmed").or_insert(0) += 1;
                        continue;
                    }
                }
            }
        };
        assert!(
            matches!(outcome, StoreError::Corrupt(_) | StoreError::Io(_)),
            "page at {start}: {outcome:?}"
        );
        *outcomes.entry("refused").or_insert(0) += 1;
    }
    // Some damage must have been noticed, or the test shows nothing.
    assert!(
        outcomes.get("refused").copied().unwrap_or(0) > 0,
        "{outcomes:?}"
    );
}

#[test]
fn a_read_only_open_reads_beside_the_writer() {
    let dir = tempfile::tempdir().unwrap();
    let writer = Store::create(dir.path()).unwrap();
    let mut w = writer.writer().unwrap();
    w.put_object(1, b"one").unwrap();
    w.put_package("r/a", b"record").unwrap();
    let first = w.commit().unwrap();

    let reading = Store::open_read_only(dir.path()).unwrap();
    assert!(reading.is_read_only() && !writer.is_read_only());
    let before = reading.reader().unwrap();
    assert_eq!(before.app_hash().unwrap(), first);
    assert_eq!(before.object(1).unwrap().as_deref(), Some(&b"one"[..]));
    assert_eq!(before.package_paths().unwrap(), vec!["r/a"]);

    // A commit made while the read-only store is open: new readers see it, old ones do not.
    let mut w = writer.writer().unwrap();
    w.put_object(1, b"uno").unwrap();
    w.put_object(2, b"two").unwrap();
    let second = w.commit().unwrap();
    let after = reading.reader().unwrap();
    assert_eq!(after.app_hash().unwrap(), second);
    assert_eq!(after.version().unwrap(), 2);
    assert_eq!(after.object(1).unwrap().as_deref(), Some(&b"uno"[..]));
    assert_eq!(after.object(2).unwrap().as_deref(), Some(&b"two"[..]));
    assert_eq!(before.app_hash().unwrap(), first);
    assert_eq!(before.object(1).unwrap().as_deref(), Some(&b"one"[..]));
    assert_eq!(before.object(2).unwrap(), None);
    assert_eq!(reading.app_hash().unwrap(), second);

    // The writer goes on after the readers are gone; a second read-only store sees that too.
    drop((before, after, reading));
    let mut w = writer.writer().unwrap();
    w.put_meta("m", b"v").unwrap();
    let third = w.commit().unwrap();
    assert_eq!(
        Store::open_read_only(dir.path())
            .unwrap()
            .app_hash()
            .unwrap(),
        third
    );
}

#[test]
fn a_read_only_store_cannot_write() {
    let dir = populated_home();
    let store = Store::open_read_only(dir.path()).unwrap();
    let err = store.writer().err().unwrap();
    assert!(matches!(err, StoreError::ReadOnly), "{err:?}");
    assert_eq!(err.to_string(), "the home was opened read-only");
}

#[test]
fn writers_exclude_each_other_but_not_readers() {
    let dir = populated_home();
    // Readers first: a writer may still open.
    let reader_a = Store::open_read_only(dir.path()).unwrap();
    let reader_b = Store::open_read_only(dir.path()).unwrap();
    let writer = Store::open(dir.path()).unwrap();
    let err = Store::open(dir.path()).err().unwrap();
    assert!(matches!(err, StoreError::InUse(_)), "{err:?}");
    let reader_c = Store::open_read_only(dir.path()).unwrap();
    let mut w = writer.writer().unwrap();
    w.put_object(1000, b"new").unwrap();
    let root = w.commit().unwrap();
    for reader in [&reader_a, &reader_b, &reader_c] {
        assert_eq!(reader.app_hash().unwrap(), root);
        assert_eq!(reader.version().unwrap(), 6);
    }
    drop(writer);
    // With only readers left the writer's place is free again.
    let writer = Store::open(dir.path()).unwrap();
    assert_eq!(writer.app_hash().unwrap(), root);
}

#[test]
fn a_read_only_open_never_writes_the_file() {
    let dir = populated_home();
    let path = db_path(dir.path());
    let bytes = std::fs::read(&path).unwrap();
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    {
        let store = Store::open_read_only(dir.path()).unwrap();
        let r = store.reader().unwrap();
        for id in 0..200 {
            assert_eq!(r.object(id).unwrap(), Some(vec![4u8; 300]));
        }
        assert_eq!(r.version().unwrap(), 5);
    }
    assert!(std::fs::read(&path).unwrap() == bytes);
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        modified
    );
    // It works on a file it may not write, too.
    let mut permissions = std::fs::metadata(&path).unwrap().permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).unwrap();
    let store = Store::open_read_only(dir.path()).unwrap();
    assert_eq!(store.version().unwrap(), 5);
}

#[test]
fn a_read_only_open_of_a_missing_home_is_not_found() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("nothing-here");
    let err = Store::open_read_only(&home).err().unwrap();
    assert!(matches!(err, StoreError::NotFound(_)), "{err:?}");
    assert!(!home.exists(), "a read-only open created the home");
}

#[test]
fn a_killed_writer_leaves_a_home_only_a_writer_recovers() {
    let dir = populated_home();
    let status = run_child("tests::child_commits_then_dies", dir.path());
    assert!(!status.success());
    let bytes = std::fs::read(db_path(dir.path())).unwrap();
    let err = Store::open_read_only(dir.path()).err().unwrap();
    assert!(matches!(err, StoreError::NeedsRecovery(_)), "{err:?}");
    assert_eq!(
        err.to_string(),
        format!(
            "home {} was not closed cleanly (a writing amber process was killed) and needs \
             recovery, which only a writing command (deploy, call, run) does: run one first",
            dir.path().display()
        )
    );
    assert!(std::fs::read(db_path(dir.path())).unwrap() == bytes);
    // A writer repairs it; from then on reading works and shows the killed writer's commit.
    drop(Store::open(dir.path()).unwrap());
    let store = Store::open_read_only(dir.path()).unwrap();
    let r = store.reader().unwrap();
    assert_eq!(r.meta("child").unwrap().as_deref(), Some(&b"was here"[..]));
    assert_eq!(r.version().unwrap(), 6);
}

#[test]
fn readers_beside_a_busy_writer_see_whole_commits() {
    // Every commit writes the same value under keys 0..50 and the version under "v": a snapshot
    // that mixed two commits would show two values.
    let dir = tempfile::tempdir().unwrap();
    let writer = Store::create(dir.path()).unwrap();
    let path = dir.path().to_path_buf();
    let commits = 40u64;
    let reading = std::thread::spawn(move || {
        let store = Store::open_read_only(&path).unwrap();
        let mut seen = BTreeSet::new();
        while seen.len() < 3 || !seen.contains(&commits) {
            let r = store.reader().unwrap();
            let version = r.version().unwrap();
            if version > 0 {
                let v = r.meta("v").unwrap().unwrap();
                assert_eq!(v, version.to_be_bytes());
                for id in 0..50 {
                    assert_eq!(r.object(id).unwrap().unwrap(), v, "object {id}");
                }
            }
            seen.insert(version);
        }
        seen.len()
    });
    for version in 1..=commits {
        let mut w = writer.writer().unwrap();
        for id in 0..50 {
            w.put_object(id, &version.to_be_bytes()).unwrap();
        }
        w.put_meta("v", &version.to_be_bytes()).unwrap();
        w.commit().unwrap();
    }
    assert!(reading.join().unwrap() >= 3);
}

#[test]
fn opening_after_a_killed_writer_needs_no_full_repair() {
    let dir = populated_home();
    let status = run_child("tests::child_commits_then_dies", dir.path());
    assert!(!status.success());
    // redb calls the repair callback only for a full repair (a walk of the whole file); every
    // commit records the allocator state, so none is needed.
    let repaired = Arc::new(AtomicBool::new(false));
    let seen = repaired.clone();
    let mut opening = builder();
    opening.set_repair_callback(move |session| {
        seen.store(true, Ordering::SeqCst);
        session.abort();
    });
    let db = opening.open(db_path(dir.path())).unwrap();
    assert!(!repaired.load(Ordering::SeqCst));
    drop(db);
    let store = Store::open_read_only(dir.path()).unwrap();
    let r = store.reader().unwrap();
    assert_eq!(r.meta("child").unwrap().as_deref(), Some(&b"was here"[..]));
    assert_eq!(r.version().unwrap(), 6);
}

#[test]
fn compiled_code_is_kept_outside_the_app_hash() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::create(dir.path()).unwrap();
    let mut w = store.writer().unwrap();
    w.put_object(1, b"a").unwrap();
    let root = w.commit().unwrap();
    // A home made without the code tables reads as holding no code.
    let r = store.reader().unwrap();
    assert_eq!(r.code(&[7; 32]).unwrap(), None);
    assert_eq!(r.code_ref("program").unwrap(), None);
    assert_eq!(r.code_refs().unwrap(), vec![]);
    drop(r);

    let mut w = store.writer().unwrap();
    let code = w.put_code(b"compiled").unwrap();
    assert_eq!(hex(&code), hex(&Sha256::digest(b"compiled").into()));
    w.put_code_ref("program", Some(&code)).unwrap();
    // The writer sees its own pending code.
    assert_eq!(w.code(&code).unwrap().as_deref(), Some(&b"compiled"[..]));
    assert_eq!(w.code_ref("program").unwrap(), Some(code));
    assert_eq!(w.code_refs().unwrap(), vec![("program".to_string(), code)]);
    assert_eq!(w.commit().unwrap(), root);
    // Code is not a blob (state) and blobs are not code.
    let r = store.reader().unwrap();
    assert_eq!(r.blob(&code).unwrap(), None);
    assert_eq!(r.code(&code).unwrap().as_deref(), Some(&b"compiled"[..]));
    drop(r);

    // Replacing the program: the new code in, the old one out, in one commit; still the same root.
    let mut w = store.writer().unwrap();
    let newer = w.put_code(b"compiled again").unwrap();
    w.delete_code(&code).unwrap();
    w.put_code_ref("program", Some(&newer)).unwrap();
    assert_eq!(w.code(&code).unwrap(), None);
    assert_eq!(w.commit().unwrap(), root);
    drop(store);

    let store = Store::open(dir.path()).unwrap();
    let r = store.reader().unwrap();
    assert_eq!(r.code(&code).unwrap(), None);
    assert_eq!(
        r.code(&newer).unwrap().as_deref(),
        Some(&b"compiled again"[..])
    );
    assert_eq!(r.code_ref("program").unwrap(), Some(newer));
    drop(r);
    let mut w = store.writer().unwrap();
    w.put_code_ref("program fmt", Some(&code)).unwrap();
    assert_eq!(
        w.code_refs().unwrap(),
        vec![
            ("program".to_string(), newer),
            ("program fmt".to_string(), code)
        ]
    );
    w.put_code_ref("program", None).unwrap();
    assert_eq!(
        w.code_refs().unwrap(),
        vec![("program fmt".to_string(), code)]
    );
    w.commit().unwrap();
    assert_eq!(store.reader().unwrap().code_ref("program").unwrap(), None);
    assert_eq!(
        store.reader().unwrap().code_refs().unwrap(),
        vec![("program fmt".to_string(), code)]
    );
    // A read-only open of a home without the tables reads no code either.
    let (_d2, fresh) = new_store();
    drop(fresh);
    let ro = Store::open_read_only(_d2.path()).unwrap();
    assert_eq!(ro.reader().unwrap().code(&code).unwrap(), None);
}

#[test]
fn equal_state_with_different_code_has_equal_app_hashes() {
    let (_d1, a) = new_store();
    let (_d2, b) = new_store();
    let mut wa = a.writer().unwrap();
    wa.put_object(1, b"x").unwrap();
    wa.put_code(b"build one").unwrap();
    let mut wb = b.writer().unwrap();
    wb.put_object(1, b"x").unwrap();
    wb.put_code(b"build two").unwrap();
    assert_eq!(wa.commit().unwrap(), wb.commit().unwrap());
}
