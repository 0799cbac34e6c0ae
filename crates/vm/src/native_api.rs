//! Small public helpers for natives (written for the standard library's natives): gas inspection and the
//! deterministic addresses that stand in for machine pointers when a program prints them.

use crate::heap::Heap;
use crate::native::NativeCtx;
use crate::types::TypeTable;
use crate::value::Handle;

/// The address printed for heap object `h` (and, for a pointer into one of its cells, cell `idx`).
///
/// Go prints machine addresses; Amber prints a function of object identity so that output is the same on every
/// machine and run. Cells of one object are 8 bytes apart, objects 1 MiB apart, in Go's usual `0xc000...` range.
pub fn pointer_address(h: Handle, idx: u32) -> u64 {
    0xc000_000000u64
        .wrapping_add(u64::from(h) << 20)
        .wrapping_add(u64::from(idx) * 8)
}

/// The address printed for top-level function `idx` (`%p` of a func value).
pub fn func_address(idx: u32) -> u64 {
    0x48_0000u64 + u64::from(idx) * 0x20
}

impl<'a> NativeCtx<'a> {
    /// A context over a heap and type table, for running natives outside the machine (tests, tools).
    pub fn new(
        heap: &'a mut Heap,
        types: &'a TypeTable,
        out: &'a mut dyn std::io::Write,
        gas_left: &'a mut u64,
    ) -> NativeCtx<'a> {
        NativeCtx {
            heap,
            types,
            out,
            gas_left,
            callers: None,
            packages: &[],
            frames: &[],
            host: None,
        }
    }

    /// The gas still available: natives doing open-ended work (walking a value graph) bound it by this
    /// before charging.
    pub fn gas_left(&self) -> u64 {
        *self.gas_left
    }
}
