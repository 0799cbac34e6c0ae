//! The app hash: a Jellyfish Merkle tree (crate `jmt`) whose nodes live in a redb table.
//!
//! Only the latest version of the tree is kept, so a node is stored under its position (nibble
//! path) alone, with its version beside it: a commit overwrites the nodes it replaces in place and
//! deletes those that vanished, in the same redb write transaction as the data, so a redb
//! snapshot always holds a complete tree that matches its data and the table holds ~2n nodes.

use std::collections::{BTreeMap, BTreeSet};
use std::panic::{catch_unwind, AssertUnwindSafe};

use jmt::storage::{LeafNode, NibblePath, Node, NodeKey, TreeReader};
use jmt::{KeyHash, OwnedValue, Sha256Jmt, Version};
use redb::{ReadableTable, Table, TableDefinition};
use sha2::Sha256;

use crate::{Hash, ObjectId, StoreError};

/// Tree nodes: position (see `position`) -> version (8 bytes, big-endian) ++ borsh(Node).
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

/// The table key of a node: its position only, as the packed nibbles of its path then their
/// count. Sorting by path first keeps the lower nodes of one key's path in nearby pages, so a
/// commit dirties fewer pages than with the depth first.
fn position(node_key: &NodeKey) -> anyhow::Result<Vec<u8>> {
    let path = node_key.nibble_path();
    let mut bytes = Vec::with_capacity(path.num_nibbles() / 2 + 2);
    let mut nibbles = path.nibbles();
    while let Some(high) = nibbles.next() {
        let low = nibbles.next().map(u8::from).unwrap_or(0);
        bytes.push((u8::from(high) << 4) | low);
    }
    bytes.push(u8::try_from(path.num_nibbles())?);
    Ok(bytes)
}

/// The table value of a node: its version, then the node.
fn encode_node(version: Version, node: &Node) -> anyhow::Result<Vec<u8>> {
    let mut bytes = version.to_be_bytes().to_vec();
    borsh::to_writer(&mut bytes, node)?;
    Ok(bytes)
}

/// Decodes a table value; `None` when it holds another version than the one asked for.
fn decode_node(bytes: &[u8], wanted: Version) -> anyhow::Result<Option<Node>> {
    let Some((version, node)) = bytes.split_first_chunk::<8>() else {
        anyhow::bail!("tree node record too short");
    };
    if u64::from_be_bytes(*version) != wanted {
        return Ok(None);
    }
    Ok(Some(borsh::from_slice::<Node>(node)?))
}

fn encoding_error(e: anyhow::Error) -> StoreError {
    StoreError::Io(format!("cannot encode a tree node: {e:#}"))
}

/// Writes the root of an empty tree as version 0 (done once, when a store is created).
pub(crate) fn init_empty(table: &mut Table<&[u8], &[u8]>) -> Result<(), StoreError> {
    let key = position(&root_key(0)).map_err(encoding_error)?;
    let node = encode_node(0, &Node::Null).map_err(encoding_error)?;
    table.insert(key.as_slice(), node.as_slice())?;
    Ok(())
}

/// jmt's view of the node table inside the current write transaction.
struct NodeReader<'t, 'txn> {
    table: &'t Table<'txn, &'static [u8], &'static [u8]>,
}

impl TreeReader for NodeReader<'_, '_> {
    fn get_node_option(&self, node_key: &NodeKey) -> anyhow::Result<Option<Node>> {
        let key = position(node_key)?;
        match self.table.get(key.as_slice())? {
            None => Ok(None),
            Some(bytes) => decode_node(bytes.value(), node_key.version()),
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
            let tree = Sha256Jmt::new(&reader);
            // The batch path walks the tree once for all keys; it cannot delete.
            if !changes.is_empty() && changes.iter().all(|(_, value)| value.is_some()) {
                let puts = changes
                    .into_iter()
                    .map(|(key, value)| (key, value.unwrap_or_default()))
                    .collect();
                tree.batch_put_value_sets(vec![puts], None, version)
                    .map(|(roots, batch)| (roots.first().copied(), batch))
            } else {
                tree.put_value_set(changes, version)
                    .map(|(root, batch)| (Some(root), batch))
            }
        }))
    };
    let (root, batch) = match computed {
        Ok(Ok((Some(root), batch))) => (root, batch),
        Ok(Ok((None, _))) => return Err(StoreError::Corrupt("merkle tree: no root".into())),
        Ok(Err(e)) => return Err(StoreError::Corrupt(format!("merkle tree: {e:#}"))),
        Err(_) => {
            return Err(StoreError::Corrupt(
                "merkle tree: inconsistent nodes".into(),
            ))
        }
    };
    // Only the latest version is kept. Replaced nodes are overwritten by the new node at the
    // same position; the positions that no new node takes are deleted. jmt copies an unchanged
    // root to the new version without marking the old one stale, which the overwrite covers.
    let mut new_nodes = BTreeMap::new();
    for (key, node) in batch.node_batch.nodes() {
        let value = encode_node(key.version(), node).map_err(encoding_error)?;
        new_nodes.insert(position(key).map_err(encoding_error)?, value);
    }
    let mut vanished = BTreeSet::new();
    for index in &batch.stale_node_index_batch {
        let key = position(&index.node_key).map_err(encoding_error)?;
        if !new_nodes.contains_key(&key) {
            vanished.insert(key);
        }
    }
    for key in &vanished {
        table.remove(key.as_slice())?;
    }
    for (key, value) in &new_nodes {
        table.insert(key.as_slice(), value.as_slice())?;
    }
    Ok(root.0)
}
