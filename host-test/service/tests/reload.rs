//! Hot reload through a served instance: a `.wasm` dropped into the folder becomes a
//! step without a restart, a replaced one is swapped in, a broken one is reported and
//! never served (the last good version keeps serving), a removed one disappears, and
//! the other steps are never affected.

mod support;

use std::time::Duration;

use axum::http::Method;
use serde_json::{json, Value};
use support::*;

const GOOD: &str = include_str!("../../../examples/inputs/good.json");

fn write_atomically(dir: &std::path::Path, name: &str, bytes: &[u8]) {
    let temp = dir.join(format!(".{name}.partial"));
    std::fs::write(&temp, bytes).unwrap();
    std::fs::rename(&temp, dir.join(name)).unwrap();
}

async fn list(client: &Client, url: &str) -> Vec<Value> {
    let reply = http(client, Method::GET, &format!("{url}/v1/steps"), "", &[])
        .await
        .expect("the service answers");
    assert_eq!(reply.status, 200);
    reply.json()["steps"].as_array().unwrap().clone()
}

async fn entry(client: &Client, url: &str, id: &str) -> Option<Value> {
    list(client, url).await.into_iter().find(|s| s["id"] == id)
}

async fn execute(client: &Client, url: &str, id: &str) -> Reply {
    http(
        client,
        Method::POST,
        &format!("{url}/v1/steps/{id}/execute"),
        GOOD,
        &[],
    )
    .await
    .expect("the service answers")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plugins_are_added_replaced_broken_and_removed_without_a_restart() {
    let harness = Harness::new(HarnessConfig {
        steps: vec!["bystander"],
        max_file_size: 1024 * 1024,
        poll_interval: Duration::from_millis(50),
        ..HarnessConfig::default()
    })
    .await;
    let dir = harness.plugins.path().to_path_buf();
    let mut served = serve(&harness, "127.0.0.1:0").await;
    let client = client();
    let url = served.url.clone();
    wait_until("the first scan finished", || async {
        http(&client, Method::GET, &format!("{url}/readyz"), "", &[])
            .await
            .is_ok_and(|r| r.status == 200)
    })
    .await;
    assert_eq!(execute(&client, &url, "bystander").await.status, 200);

    // Add.
    install(&dir, "added", &step_test_support::plugin_path());
    wait_until("the added step is ready", || async {
        entry(&client, &url, "added")
            .await
            .is_some_and(|e| e["status"] == "ready")
    })
    .await;
    let reply = execute(&client, &url, "added").await;
    assert_eq!(reply.status, 200, "{}", reply.text);

    // A broken file (random bytes) is listed with its error and never served.
    write_atomically(&dir, "junk.wasm", &random_bytes(40_000));
    wait_until("junk is listed", || async {
        entry(&client, &url, "junk").await.is_some()
    })
    .await;
    let junk = entry(&client, &url, "junk").await.unwrap();
    assert_eq!(junk["status"], "broken", "{junk}");
    assert!(
        junk["error"]
            .as_str()
            .unwrap()
            .contains("not a valid WebAssembly component"),
        "{junk}"
    );
    assert_eq!(junk["serving_previous_version"], false);
    assert_eq!(junk["name"], Value::Null);
    let reply = execute(&client, &url, "junk").await;
    reply.assert_service_error(503, "STEP_BROKEN");
    assert!(reply.json()["error"]["message"]
        .as_str()
        .unwrap()
        .contains("not a valid WebAssembly component"));

    // A file over the size cap is refused before it is read.
    write_atomically(&dir, "huge.wasm", &vec![0u8; 2 * 1024 * 1024]);
    wait_until("huge is listed", || async {
        entry(&client, &url, "huge").await.is_some()
    })
    .await;
    let huge = entry(&client, &url, "huge").await.unwrap();
    assert!(
        huge["error"]
            .as_str()
            .unwrap()
            .contains("over the 1048576-byte cap"),
        "{huge}"
    );

    // Replace `added` with another component: the new one serves.
    install(&dir, "added", &step_test_support::misbehaving_path());
    wait_until("the replacement is loaded", || async {
        entry(&client, &url, "added")
            .await
            .is_some_and(|e| e["name"] == "test.misbehaving")
    })
    .await;
    let replaced = entry(&client, &url, "added").await.unwrap();
    assert_eq!(replaced["status"], "ready");
    assert_eq!(replaced["title"], "Misbehaving step (tests only)");
    let reply = execute(&client, &url, "added").await;
    assert_eq!(reply.status, 503, "{}", reply.text);
    assert_eq!(reply.json()["error"]["code"], "EXECUTION_FAILED");
    let descriptor = http(
        &client,
        Method::GET,
        &format!("{url}/v1/steps/added"),
        "",
        &[],
    )
    .await
    .unwrap();
    assert_eq!(descriptor.json()["endpoint"], "POST /nowhere");

    // Break `added` by writing over it in place (a scan may even see it half-written):
    // listed as broken, the last good version keeps serving.
    std::fs::write(dir.join("added.wasm"), random_bytes(50_000)).unwrap();
    wait_until("the breakage is reported", || async {
        entry(&client, &url, "added")
            .await
            .is_some_and(|e| e["status"] == "broken")
    })
    .await;
    let broken = entry(&client, &url, "added").await.unwrap();
    assert_eq!(broken["serving_previous_version"], true, "{broken}");
    assert_eq!(broken["name"], "test.misbehaving");
    let reply = execute(&client, &url, "added").await;
    assert_eq!(
        reply.json()["error"]["code"],
        "EXECUTION_FAILED",
        "{}",
        reply.text
    );

    // Fixing it swaps the good component back in.
    install(&dir, "added", &step_test_support::plugin_path());
    wait_until("the fix is loaded", || async {
        entry(&client, &url, "added")
            .await
            .is_some_and(|e| e["status"] == "ready" && e["name"] != "test.misbehaving")
    })
    .await;
    assert_eq!(execute(&client, &url, "added").await.status, 200);

    // Remove.
    std::fs::remove_file(dir.join("junk.wasm")).unwrap();
    wait_until("junk is gone", || async {
        entry(&client, &url, "junk").await.is_none()
    })
    .await;
    execute(&client, &url, "junk")
        .await
        .assert_service_error(404, "STEP_NOT_FOUND");

    // The bystander was never affected.
    assert_eq!(
        entry(&client, &url, "bystander").await.unwrap()["status"],
        "ready"
    );
    assert_eq!(execute(&client, &url, "bystander").await.status, 200);
    let ready = http(&client, Method::GET, &format!("{url}/readyz"), "", &[])
        .await
        .unwrap();
    // bystander and added serve; huge never loaded.
    assert_eq!(ready.json(), json!({ "status": "ready", "steps": 2 }));

    // Loads of identical bytes after the first come from the compile cache, and the
    // bystander loaded exactly once (nothing reloads an unchanged file).
    let stats = harness.state.registry().stats();
    assert!(stats.cache_hits >= 1, "{stats:?}");
    assert_eq!(stats.loads, stats.cache_hits + stats.cache_misses);
    assert_eq!(
        stats.loads, 4,
        "bystander, added, its replacement, its fix: {stats:?}"
    );
    // junk, huge, and the broken `added` (once or, caught half-written, twice).
    assert!((3..=4).contains(&stats.failures), "{stats:?}");

    served.signal();
    served.task.await.unwrap().unwrap();
}
