//! Realms and transactions: deployed packages, the chain API package, and (with the store) deploy, call,
//! query and render as transactions over a home. Nothing here prints to the terminal: results are returned.

pub mod address;
pub mod api;
#[cfg(test)]
mod cache_tests;
pub mod codestore;
pub mod home;
#[cfg(test)]
mod home_tests;
pub mod host;
pub mod image;
pub mod persist_glue;
pub mod tx;
