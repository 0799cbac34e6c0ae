//! The seam between the chain and the vm's persistence (attach a store, run one package's initialisers,
//! collect what to commit, freeze a library). Everything the chain asks of the vm's persistence goes through
//! these few functions.

use amber_store::{Read, Reader};
use amber_vm::persist::ObjectSource;
use amber_vm::{Machine, RunError};

/// What a successful transaction changed, to be written to the store.
pub type Changes = amber_vm::persist::CommitSet;

/// The store as the machine's object source: it reads committed objects from a snapshot.
pub struct StoreSource {
    pub reader: Reader,
}

impl ObjectSource for StoreSource {
    fn load(&mut self, id: u64) -> Result<Option<Vec<u8>>, String> {
        self.reader.object(id).map_err(|e| e.to_string())
    }
}

/// Makes the packages in `roots` take their state from the store (their initialisers must not run again).
pub fn attach(
    machine: &mut Machine,
    source: StoreSource,
    roots: &[(String, u64)],
    next_id: u64,
) -> Result<(), RunError> {
    machine.attach_store(Box::new(source), roots, next_id)
}

/// Runs the initialisers of package `path` only.
pub fn run_package_init(
    machine: &mut Machine,
    path: &str,
    out: &mut dyn std::io::Write,
) -> Result<(), RunError> {
    machine.run_package_init(path, out)
}

/// What to write so that the store matches the heap, after a successful transaction.
pub fn commit_changes(machine: &mut Machine) -> Result<Changes, RunError> {
    machine.commit_changes()
}

/// Freezes a library's state after its initialisation.
pub fn freeze_package(machine: &mut Machine, path: &str) -> Result<(), RunError> {
    machine.freeze_package(path)
}
