//! The gas schedule: every cost the machine charges, in one table.
//!
//! CPU gas is charged per basic block: the compiler sums [`instr_cost`] over a block and emits one
//! `Gas(n)` at its start. Size-dependent work (allocation, copying, hashing, native work) is charged by the
//! machine or the native in proportion to the bytes or elements involved, using the per-unit costs here.

use crate::code::Instr;

/// Every cost in gas units, as data: one value of this struct is one version of the schedule.
///
/// Calibration (version 2): 1 gas is meant to be about 1 ns of work on the reference machine (the 2-core
/// development VM). Method: run the ten programs of `shared/bench` with `amber run --stats` under schedule 1,
/// divide each program's user CPU time by its gas, and scale each cost so that the programs dominated by it
/// land near 1 ns/gas (plain instructions: loop, sieve; calls: fib; allocation: binarytrees; maps: maps).
/// Store costs come from the store's measured commit and load times (about 5 µs to read and decode one
/// object, about 10 µs to write one in a commit); bytes newly stored are priced higher than CPU because state
/// is kept forever.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schedule {
    /// Persisted gas figures are only comparable under one version.
    pub version: u32,
    /// Base cost of most instructions.
    pub simple: u64,
    /// Extra cost of a call (frame push and return).
    pub call: u64,
    /// Extra cost of an interface method call's lookup.
    pub iface_call: u64,
    /// A map operation (hashing and probing).
    pub map_op: u64,
    /// Fixed cost of any heap allocation, plus `alloc_per_word` per 8 bytes.
    pub alloc_base: u64,
    pub alloc_per_word: u64,
    /// Per 8 bytes copied, compared or scanned (strings, slices, aggregates, natives).
    pub copy_per_word: u64,
    /// Reading one object from the store, plus `store_read_per_byte` per encoded byte.
    pub store_read_object: u64,
    pub store_read_per_byte: u64,
    /// Writing one new or changed object at commit, plus `store_write_per_byte` per encoded byte.
    pub store_write_object: u64,
    pub store_write_per_byte: u64,
    /// Deleting one persisted object at commit.
    pub store_delete_object: u64,
}

/// The schedule in force.
pub const SCHEDULE: Schedule = Schedule {
    version: 2,
    simple: 3,
    call: 15,
    iface_call: 10,
    map_op: 100,
    alloc_base: 30,
    alloc_per_word: 2,
    copy_per_word: 1,
    store_read_object: 5_000,
    store_read_per_byte: 2,
    store_write_object: 10_000,
    store_write_per_byte: 10,
    store_delete_object: 2_000,
};

/// Version of the schedule in force.
pub const SCHEDULE_VERSION: u32 = SCHEDULE.version;

/// The CPU cost of one instruction, charged at its block's entry.
pub fn instr_cost(i: &Instr) -> u64 {
    match i {
        Instr::Nop | Instr::Gas(_) => 0,
        Instr::Call { .. } | Instr::CallValue { .. } | Instr::CallNative { .. } => {
            SCHEDULE.simple + SCHEDULE.call
        }
        Instr::CallIface { .. } => SCHEDULE.simple + SCHEDULE.call + SCHEDULE.iface_call,
        Instr::MapGet { .. }
        | Instr::MapGetOk { .. }
        | Instr::MapSet { .. }
        | Instr::MapDelete { .. } => SCHEDULE.map_op,
        Instr::Defer { .. } | Instr::DeferValue { .. } | Instr::DeferValueAt { .. } => {
            SCHEDULE.simple + SCHEDULE.call
        }
        _ => SCHEDULE.simple,
    }
}

/// Gas for allocating an object of `bytes` payload bytes.
pub fn alloc_cost(bytes: u64) -> u64 {
    SCHEDULE
        .alloc_base
        .saturating_add(bytes.div_ceil(8).saturating_mul(SCHEDULE.alloc_per_word))
}

/// Gas for copying or scanning `bytes` bytes.
pub fn copy_cost(bytes: u64) -> u64 {
    bytes.div_ceil(8).saturating_mul(SCHEDULE.copy_per_word)
}

/// Gas for reading one object of `bytes` encoded bytes from the store.
pub fn store_read_cost(bytes: u64) -> u64 {
    SCHEDULE
        .store_read_object
        .saturating_add(bytes.saturating_mul(SCHEDULE.store_read_per_byte))
}

/// Gas for writing one object of `bytes` encoded bytes at commit.
pub fn store_write_cost(bytes: u64) -> u64 {
    SCHEDULE
        .store_write_object
        .saturating_add(bytes.saturating_mul(SCHEDULE.store_write_per_byte))
}

/// Gas for deleting one persisted object at commit.
pub fn store_delete_cost() -> u64 {
    SCHEDULE.store_delete_object
}
