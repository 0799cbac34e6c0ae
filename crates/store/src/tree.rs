//! The app hash: a Jellyfish Merkle tree (crate `jmt`) whose nodes live in a redb table.
//!
//! Only the latest version of the tree is kept. A commit adds the nodes of the new version and
//! deletes the nodes it made stale, in the same redb write transaction as the data, so a redb
//! snapshot always holds a complete tree that matches its data.

use std::collections::BTreeSet;
use std::panic::{catch_unwind, AssertUnwindSafe};

use jmt::storage::{LeafNode, NibblePath, Node, NodeKey, TreeReader};
use jmt::{KeyHash, OwnedValue, Sha256Jmt, Version};
use redb::{ReadableTable, Table, TableDefinition};
use sha2::Sha256;

use crate::{Hash, ObjectId, StoreError};

/// Tree nodes: borsh(NodeKey) -> borsh(Node).
pub(crate) const JMT_NODES: TableDefinition<&[u8], &[u8]> = TableDefinition::new("jmt_nodes");

/// A key of the committed state, before hashing. Its byte form is namespaced so that two kinds of
/// record can never share a tree key.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum StateKey {
    Object(ObjectId),
    Package(String),
    Blob(Hash),
    Meta(String),
}

impl StateKey {
    fn bytes(&self) -> Vec<u8> {
        let (prefix, body): (&[u8], &[u8]) = match self {
            StateKey::Object(id) => (b"o/", &id.to_be_bytes()),
            StateKey::Package(path) => (b"p/", path.as_bytes()),
            StateKey::Blob(hash) => (b"b/", hash),
            StateKey::Meta(key) => (b"m/", key.as_bytes()),
        };
        let mut bytes = Vec::with_capacity(prefix.len() + body.len());
        bytes.extend_from_slice(prefix);
        bytes.extend_from_slice(body);
        bytes
    }

    pub(crate) fn tree_key(&self) -> KeyHash {
        KeyHash::with::<Sha256>(self.bytes())
    }
}

/// One change to the tree: a key and its new value (`None`: deleted).
pub(crate) type TreeChange = (KeyHash, Option<OwnedValue>);

/// The root hash of an empty tree.
pub(crate) fn empty_root() -> Hash {
    Sha256Jmt::<NodeReader>::EMPTY_ROOT.0
}

/// The node key of the root of `version`.
fn root_key(version: Version) -> NodeKey {
    NodeKey::new(version, std::iter::empty().collect::<NibblePath>())
}

fn encode<T: borsh::BorshSerialize>(value: &T) -> Result<Vec<u8>, StoreError> {
    borsh::to_vec(value).map_err(|e| StoreError::Io(format!("cannot encode a tree node: {e}")))
}

/// Writes the root of an empty tree as version 0 (done once, when a store is created).
pub(crate) fn init_empty(table: &mut Table<&[u8], &[u8]>) -> Result<(), StoreError> {
    let key = encode(&root_key(0))?;
    let node = encode(&Node::Null)?;
    table.insert(key.as_slice(), node.as_slice())?;
    Ok(())
}

/// jmt's view of the node table inside the current write transaction.
struct NodeReader<'t, 'txn> {
    table: &'t Table<'txn, &'static [u8], &'static [u8]>,
}

impl TreeReader for NodeReader<'_, '_> {
    fn get_node_option(&self, node_key: &NodeKey) -> anyhow::Result<Option<Node>> {
        let key = borsh::to_vec(node_key)?;
        match self.table.get(key.as_slice())? {
            None => Ok(None),
            Some(bytes) => Ok(Some(borsh::from_slice::<Node>(bytes.value())?)),
        }
    }

    // Values are kept in the data tables, not in the tree; only proofs would ask for them here.
    fn get_value_option(
        &self,
        _max_version: Version,
        _key_hash: KeyHash,
    ) -> anyhow::Result<Option<OwnedValue>> {
        Err(anyhow::anyhow!("the tree does not keep values"))
    }

    fn get_rightmost_leaf(&self) -> anyhow::Result<Option<(NodeKey, LeafNode)>> {
        Err(anyhow::anyhow!("the tree is never restored from chunks"))
    }
}

/// Applies `changes` (sorted by tree key, a `None` value deletes) as `version`, which must be one more
/// than the version of the tree in `table`. Returns the new root hash. Cost: O(k log n) node reads
/// and writes for k changes in a tree of n keys.
pub(crate) fn update(
    table: &mut Table<&'static [u8], &'static [u8]>,
    changes: Vec<TreeChange>,
    version: Version,
) -> Result<Hash, StoreError> {
    let computed = {
        let reader = NodeReader { table };
        // jmt asserts its invariants; a tree damaged on disk must give an error, not a crash.
        catch_unwind(AssertUnwindSafe(|| {
            Sha256Jmt::new(&reader).put_value_set(changes, version)
        }))
    };
    let (root, batch) = match computed {
        Ok(Ok(result)) => result,
        Ok(Err(e)) => return Err(StoreError::Corrupt(format!("merkle tree: {e:#}"))),
        Err(_) => {
            return Err(StoreError::Corrupt(
                "merkle tree: inconsistent nodes".into(),
            ))
        }
    };
    // Only the latest version is kept: drop what the new version replaced, and the previous root
    // (jmt copies an unchanged root to the new version without marking the old one stale).
    let mut stale: BTreeSet<Vec<u8>> = BTreeSet::new();
    for index in &batch.stale_node_index_batch {
        stale.insert(encode(&index.node_key)?);
    }
    if let Some(previous) = version.checked_sub(1) {
        stale.insert(encode(&root_key(previous))?);
    }
    for key in &stale {
        table.remove(key.as_slice())?;
    }
    for (key, node) in batch.node_batch.nodes() {
        let key = encode(key)?;
        let node = encode(node)?;
        table.insert(key.as_slice(), node.as_slice())?;
    }
    Ok(root.0)
}
