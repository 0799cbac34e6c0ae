//! The `amber` binary: argument parsing and all terminal I/O.

pub mod chaincmd;
pub mod driver;
pub mod filetest;
pub mod gotest;
pub mod load;
pub mod realmtest;
