//! Types generated from the step WIT (`wit/world.wit`).
//!
//! Only the exported interface's types are used: the host looks the interface up by
//! shape (`<package>/step@0.1.x`), so any component implementing the same contract
//! loads, whatever its package is called.

// The generated items carry the WIT's own docs where it has them; the rest is glue.
#![allow(missing_docs)]

wasmtime::component::bindgen!({
    path: "../../wit",
    world: "partner-insights-step",
    exports: { default: async },
    with: {
        "wasi:http": wasmtime_wasi_http::p2::bindings::http,
        "wasi:io": wasmtime_wasi::p2::bindings::io,
        "wasi:clocks": wasmtime_wasi::p2::bindings::clocks,
    },
});

pub use exports::plaid::partner_insights::step;
