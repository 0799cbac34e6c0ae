//! The standard packages: their Go sources and the native functions behind them.

pub mod format;
pub mod load;
pub mod natives;
pub mod sources;

pub use natives::natives;
