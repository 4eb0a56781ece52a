//! A generic wasmtime host for HTTP workflow-step components.
//!
//! The host is plugin-agnostic: it loads any component exporting the step contract
//! (`describe`, `validate`, `prepare`, `parse`, `execute`), runs each step in a fresh
//! store under its [`policy::Policy`], and lets the component reach the network only
//! through `wasi:http`, filtered by [`outbound::OutboundHooks`].

// Step errors are the product here, returned once per step: boxing them buys nothing.
#![allow(clippy::result_large_err)]

pub mod addresses;
pub mod bindings;
pub mod cache;
pub mod config;
pub mod grants;
pub mod outbound;
pub mod outcome;
pub mod plugin;
pub mod policy;
pub mod pool;
pub mod registry;
pub mod retry;
pub mod secrets;

pub use config::StepConfig;
pub use outcome::{FieldError, PreparedRequest, StepError, Validation};
pub use plugin::{LoadOptions, Plugin};
pub use policy::Policy;
pub use registry::{Registry, RegistryOptions, StepEntry, StepSetup};
pub use retry::{Attempted, RetryPolicy};
pub use secrets::{CredentialSource, Credentials, Redactor};
