//! The `amber` binary: argument parsing and all terminal I/O.
