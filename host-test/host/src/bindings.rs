//! Types generated from the generic HTTP-step contract (`wit/http-step/contract.wit`,
//! package `http-step:contract@0.2.0`) — the only WIT this host knows.
//!
//! Components export the contract's five functions under their own interface name; the
//! host finds that interface by its shape (see `plugin::find_step_interface`) and calls
//! it with these types, which the component model checks structurally.

// The generated items carry the WIT's own docs where it has them; the rest is glue.
#![allow(missing_docs)]

wasmtime::component::bindgen!({
    path: "../../wit/http-step",
    world: "step-component",
    exports: { default: async },
});

/// The contract's records and variants (`http-step:contract/types`).
pub use http_step::contract::types as step;
