//! The seam between the chain natives and the machine: how a native finds the running transaction's context
//! and the realm it runs as.

use amber_vm::{Machine, NativeCtx};

use crate::api::SharedTx;

thread_local! {
    // Until the machine carries host data, the running transaction is per thread (one machine runs at a
    // time on a thread).
    static CURRENT: std::cell::RefCell<Option<SharedTx>> = const { std::cell::RefCell::new(None) };
}

/// Makes `tx` the context the chain natives of `machine` see.
pub fn install(_machine: &mut Machine, tx: SharedTx) {
    CURRENT.with(|c| *c.borrow_mut() = Some(tx));
}

/// The running transaction's context.
pub fn tx_of(_ctx: &mut NativeCtx) -> Option<SharedTx> {
    CURRENT.with(|c| c.borrow().clone())
}

/// The path of the realm the running code acts as; `None` for the user.
pub fn current_realm(_ctx: &mut NativeCtx) -> Option<String> {
    None
}

/// The path of the realm that called into the current one; `None` for the user.
pub fn previous_realm(_ctx: &mut NativeCtx) -> Option<String> {
    None
}
