//! The seam between the chain natives and the machine: how a native finds the running transaction's context
//! (the machine's host data) and the realm it runs as.

use amber_vm::{Machine, NativeCtx};

use crate::api::SharedTx;

/// Makes `tx` the context the chain natives of `machine` see.
pub fn install(machine: &mut Machine, tx: SharedTx) {
    machine.set_host(Box::new(tx));
}

/// The running transaction's context.
pub fn tx_of(ctx: &mut NativeCtx) -> Option<SharedTx> {
    ctx.host::<SharedTx>().cloned()
}

/// The path of the realm the running code acts as; `None` for the user.
pub fn current_realm(ctx: &mut NativeCtx) -> Option<String> {
    ctx.current_realm().map(str::to_string)
}

/// The path of the realm that called into the current one; `None` for the user.
pub fn previous_realm(ctx: &mut NativeCtx) -> Option<String> {
    ctx.previous_realm().map(str::to_string)
}
