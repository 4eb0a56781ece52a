//! Bindings of the imports every Plaid step shares (`wit/plaid-common/world.wit`):
//! `wasi:http/outgoing-handler` and the generic contract's types. Each component's own
//! `generate!` maps these interfaces here with `with:`, so the transport and the glue
//! below work with every step's exports.

// The generated items carry the WIT's docs where it has them; the rest is glue.
#![allow(missing_docs)]

wit_bindgen::generate!({
    world: "plaid:common/imports",
    path: ["../../wit/http-step", "../../wit", "../../wit/plaid-common"],
    generate_all,
});
