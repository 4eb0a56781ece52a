//! The parts of the `host-test` command line that tests and other tools reuse: the
//! visual step editor and the exports for other engines.

// Step errors are the product here, returned once per step: boxing them buys nothing.
#![allow(clippy::result_large_err)]

pub mod editor;
pub mod export;
