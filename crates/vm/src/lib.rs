//! The compiler from checked Go to slot code, and the stackless machine that runs it: heap, GC, gas.

pub mod code;
pub mod compile;
pub mod compile_opt;
mod compile_typekey;
pub mod disasm;
pub mod gas;
pub mod heap;
pub mod machine;
pub mod map;
pub mod native;
pub mod native_api;
pub mod native_caller;
pub mod ops;
pub mod persist;
mod persist_encode;
pub mod types;
pub mod validate;
pub mod value;

pub use code::{Func, Image, Instr};
pub use compile::{compile, PackageFiles};
pub use machine::{Limits, Machine, RunError, RunOutcome, TraceFrame};
pub use native::{NativeCtx, NativeError, Natives};
pub use value::Value;
#[doc(hidden)]
pub mod samples;
#[doc(hidden)]
pub mod testkit;

#[cfg(test)]
mod compile_tests;
#[cfg(test)]
mod lang_tests;
#[cfg(test)]
mod machine_tests;
#[cfg(test)]
mod persist_tests;
#[cfg(test)]
mod realm_tests;
