//! The built component against the rules real engines apply (Obelisk's, which are the
//! strictest we target), checked on the binary without running an engine: a WIT change
//! that would make an engine drop a task function fails here.

use wasmtime::component::types::{ComponentItem, Type};
use wasmtime::component::Component;
use wasmtime::{Config, Engine};

fn component() -> (Engine, Component) {
    let engine = Engine::new(&Config::new()).unwrap();
    let component = Component::from_file(&engine, step_test_support::plugin_path()).unwrap();
    (engine, component)
}

/// Obelisk's rule for a task function's error type: `string`, or a variant with a
/// payload-less `execution-failed` case.
fn error_type_problem(error: &Option<Type>) -> Option<String> {
    match error {
        Some(Type::String) => None,
        Some(Type::Variant(variant)) => {
            let cases: Vec<_> = variant
                .cases()
                .map(|c| (c.name.to_owned(), c.ty.is_some()))
                .collect();
            if !cases
                .iter()
                .any(|(name, payload)| name == "execution-failed" && !payload)
            {
                return Some(format!(
                    "error variant lacks a payload-less execution-failed case: {cases:?}"
                ));
            }
            let retryable_named = cases
                .iter()
                .filter(|(name, _)| name != "execution-failed" && !name.contains("permanent"))
                .all(|(name, _)| name.contains("retryable"));
            if !retryable_named {
                return Some(format!(
                    "every error case must say permanent or retryable: {cases:?}"
                ));
            }
            if !cases.iter().any(|(name, _)| name.contains("permanent")) {
                return Some(format!(
                    "no permanent case for errors that must not be retried: {cases:?}"
                ));
            }
            None
        }
        other => Some(format!(
            "error type must be string or a variant, got {other:?}"
        )),
    }
}

#[test]
fn exports_live_in_a_named_versioned_interface_with_engine_safe_task_functions() {
    let (engine, component) = component();
    let ty = component.component_type();
    let exports: Vec<_> = ty.exports(&engine).collect();
    assert_eq!(exports.len(), 1, "one exported interface");
    let (name, export) = &exports[0];
    assert_eq!(*name, "plaid:partner-insights/step@0.3.0");
    let (namespace, rest) = name.split_once(':').expect("namespaced");
    let (_, version) = rest.split_once('@').expect("versioned");
    assert!(!namespace.is_empty() && version.split('.').count() == 3);
    let ComponentItem::ComponentInstance(instance) = &export.ty else {
        panic!("exports must be an interface instance, never bare world functions");
    };
    let mut task_functions = Vec::new();
    for (function, item) in instance.exports(&engine) {
        let ComponentItem::ComponentFunc(func) = &item.ty else {
            continue;
        };
        for (param, ty) in func.params() {
            assert!(
                !matches!(
                    ty,
                    Type::Own(_) | Type::Borrow(_) | Type::Future(_) | Type::Stream(_)
                ),
                "{function}({param}) must be a plain value"
            );
        }
        let results: Vec<Type> = func.results().collect();
        assert_eq!(results.len(), 1, "{function} returns one value");
        match &results[0] {
            Type::Result(result) => {
                if let Some(problem) = error_type_problem(&result.err()) {
                    panic!("{function}: {problem}");
                }
                task_functions.push(function.to_owned());
            }
            Type::Record(_) if function == "describe" => {}
            other => panic!("{function} must return result<T, E>, got {other:?}"),
        }
    }
    task_functions.sort();
    assert_eq!(task_functions, ["execute", "parse", "prepare", "validate"]);
}

/// Imports: WASI 0.2 only, plus the contract's types interface, which has no
/// functions at all (records and variants only; engines link it with nothing).
#[test]
fn imports_are_wasi_0_2_and_the_contract_types_only() {
    let (engine, component) = component();
    let mut imports: Vec<String> = Vec::new();
    for (name, import) in component.component_type().imports(&engine) {
        if name == "http-step:contract/types@0.2.0" {
            let ComponentItem::ComponentInstance(instance) = import.ty else {
                panic!("the contract's types are an interface");
            };
            let functions = instance
                .exports(&engine)
                .filter(|(_, item)| matches!(item.ty, ComponentItem::ComponentFunc(_)))
                .count();
            assert_eq!(
                functions, 0,
                "the contract's types interface has no functions"
            );
            continue;
        }
        imports.push(name.to_owned());
    }
    assert!(imports
        .iter()
        .any(|i| i == "wasi:http/outgoing-handler@0.2.12"));
    for import in &imports {
        let version = import.rsplit_once('@').map(|(_, v)| v).unwrap_or("");
        assert!(
            import.starts_with("wasi:") && version.starts_with("0.2."),
            "non-WASI-0.2 import {import}"
        );
        assert!(
            !import.starts_with("wasi:sockets") && !import.starts_with("wasi:filesystem"),
            "needless capability {import}"
        );
    }
}
