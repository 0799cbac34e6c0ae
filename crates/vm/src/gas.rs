//! The gas schedule: every cost the machine charges, in one table.
//!
//! CPU gas is charged per basic block: the compiler sums [`instr_cost`] over a block and emits one
//! `Gas(n)` at its start. Size-dependent work (allocation, copying, hashing, native work) is charged by the
//! machine or the native in proportion to the bytes or elements involved, using the per-unit costs here.

use crate::code::Instr;

/// Version of this schedule (persisted gas figures are only comparable under one version).
pub const SCHEDULE_VERSION: u32 = 1;

/// Base cost of most instructions.
pub const SIMPLE: u64 = 1;
/// Extra cost of a call (frame push and return).
pub const CALL: u64 = 5;
/// Per 8 bytes allocated on the heap.
pub const ALLOC_PER_WORD: u64 = 1;
/// Fixed cost of any heap allocation.
pub const ALLOC_BASE: u64 = 4;
/// Per 8 bytes copied or compared (strings, slices, aggregates).
pub const COPY_PER_WORD: u64 = 1;
/// A map operation (hashing and probing), plus `COPY_PER_WORD` per 8 key bytes.
pub const MAP_OP: u64 = 10;
/// An interface method call lookup.
pub const IFACE_CALL: u64 = 3;

/// Reading one object from the store (a lookup), plus `STORE_READ_PER_BYTE` per encoded byte.
pub const STORE_READ_OBJECT: u64 = 1000;
pub const STORE_READ_PER_BYTE: u64 = 1;

/// The CPU cost of one instruction, charged at its block's entry.
pub fn instr_cost(i: &Instr) -> u64 {
    match i {
        Instr::Nop | Instr::Gas(_) => 0,
        Instr::Call { .. } | Instr::CallValue { .. } | Instr::CallNative { .. } => SIMPLE + CALL,
        Instr::CallIface { .. } => SIMPLE + CALL + IFACE_CALL,
        Instr::MapGet { .. }
        | Instr::MapGetOk { .. }
        | Instr::MapSet { .. }
        | Instr::MapDelete { .. } => MAP_OP,
        Instr::Defer { .. } | Instr::DeferValue { .. } => SIMPLE + CALL,
        _ => SIMPLE,
    }
}

/// Gas for allocating an object of `bytes` payload bytes.
pub fn alloc_cost(bytes: u64) -> u64 {
    ALLOC_BASE + bytes.div_ceil(8) * ALLOC_PER_WORD
}

/// Gas for copying or scanning `bytes` bytes.
pub fn copy_cost(bytes: u64) -> u64 {
    bytes.div_ceil(8) * COPY_PER_WORD
}

/// Gas for reading one object of `bytes` encoded bytes from the store.
pub fn store_read_cost(bytes: u64) -> u64 {
    STORE_READ_OBJECT.saturating_add(bytes.saturating_mul(STORE_READ_PER_BYTE))
}
