//! The parts of the `host-test` command line that tests and other tools reuse: the
//! visual step editor, the exports for other engines, the `serve` verb, and the embedded
//! simulator they run against.

// Step errors are the product here, returned once per step: boxing them buys nothing.
#![allow(clippy::result_large_err)]

pub mod editor;
pub mod export;
pub mod serve;
pub mod simulator;
