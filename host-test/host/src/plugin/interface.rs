//! Finding a component's step interface by its shape, and checking its five functions
//! against the contract's signatures.

use anyhow::anyhow;
use wasmtime::component::types::ComponentItem;
use wasmtime::component::{Component, ComponentExportIndex, Instance};
use wasmtime::{Engine, Store};

use super::store::{first_line, StepState};
use crate::bindings::step as wit;

/// The contract's five functions, which a component's step interface must export.
const FUNCTIONS: [&str; 5] = ["describe", "validate", "prepare", "parse", "execute"];

/// Export indices of the step functions, resolved once at load.
pub(super) struct Exports {
    pub(super) describe: ComponentExportIndex,
    pub(super) validate: ComponentExportIndex,
    pub(super) prepare: ComponentExportIndex,
    pub(super) parse: ComponentExportIndex,
    pub(super) execute: ComponentExportIndex,
}

/// Finds the one exported interface that has the contract's five functions (their
/// signatures are checked when the plugin becomes ready).
pub(super) fn find_step_interface(
    engine: &Engine,
    component: &Component,
) -> anyhow::Result<(String, Exports)> {
    let ty = component.component_type();
    let mut names = Vec::new();
    let mut candidates = Vec::new();
    for (name, item) in ty.exports(engine) {
        names.push(name.to_owned());
        if let ComponentItem::ComponentInstance(instance) = item.ty {
            let functions: Vec<&str> = instance.exports(engine).map(|(f, _)| f).collect();
            if FUNCTIONS.iter().all(|f| functions.contains(f)) {
                candidates.push(name.to_owned());
            }
        }
    }
    let interface = match candidates.as_slice() {
        [one] => one.clone(),
        [] => anyhow::bail!(
            "the component does not implement the step contract (http-step:contract@0.2.0): no exported interface has describe, validate, prepare, parse and execute (exports: {})",
            if names.is_empty() { "none".to_owned() } else { names.join(", ") }
        ),
        many => anyhow::bail!(
            "the component exports several step interfaces ({}); a step component exports one",
            many.join(", ")
        ),
    };
    let (_, instance) = component
        .get_export(None, interface.as_str())
        .ok_or_else(|| anyhow!("export {interface} vanished"))?;
    let func = |name: &str| {
        component
            .get_export_index(Some(&instance), name)
            .ok_or_else(|| anyhow!("the component's {interface} lacks the function `{name}`"))
    };
    let exports = Exports {
        describe: func("describe")?,
        validate: func("validate")?,
        prepare: func("prepare")?,
        parse: func("parse")?,
        execute: func("execute")?,
    };
    Ok((interface, exports))
}

/// Fails unless the five functions have exactly the contract's signatures.
pub(super) fn check_signatures(
    interface: &str,
    e: &Exports,
    instance: &Instance,
    store: &mut Store<StepState>,
) -> anyhow::Result<()> {
    let contract = "does not match http-step:contract@0.2.0";
    instance
        .get_typed_func::<(String,), (Result<wit::Validated, wit::ValidateError>,)>(
            &mut *store,
            &e.validate,
        )
        .map_err(|err| anyhow!("{}.validate {contract}: {}", interface, first_line(&err)))?;
    instance
        .get_typed_func::<(String, wit::StepConfig), (Result<wit::HttpRequest, wit::StepFailure>,)>(
            &mut *store,
            &e.prepare,
        )
        .map_err(|err| anyhow!("{}.prepare {contract}: {}", interface, first_line(&err)))?;
    instance
        .get_typed_func::<(u16, Vec<wit::HttpHeader>, Vec<u8>), (Result<String, wit::StepFailure>,)>(&mut *store, &e.parse)
        .map_err(|err| anyhow!("{}.parse {contract}: {}", interface, first_line(&err)))?;
    instance
        .get_typed_func::<(String, wit::StepConfig), (Result<String, wit::StepFailure>,)>(
            &mut *store,
            &e.execute,
        )
        .map_err(|err| anyhow!("{}.execute {contract}: {}", interface, first_line(&err)))?;
    instance
        .get_typed_func::<(), (wit::Descriptor,)>(&mut *store, &e.describe)
        .map_err(|err| anyhow!("{}.describe {contract}: {}", interface, first_line(&err)))?;
    Ok(())
}
