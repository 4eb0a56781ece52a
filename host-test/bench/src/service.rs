//! `host-test serve` as a separate process, called over loopback HTTP with keep-alive,
//! as an engine's HTTP task would call it.

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{anyhow, Context as _};
use bytes::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde_json::Value;

use plaid_sim::TEST_KEYS;

/// The step id the service gives the benchmarked component (its file stem).
const STEP_ID: &str = "plaid";

/// A running `host-test serve` and a keep-alive client of it; the process is killed on drop.
pub struct Service {
    child: Child,
    url: String,
    client: Client<HttpConnector, Full<Bytes>>,
}

impl Service {
    /// Starts `host-test serve` on the component at `plugin`, against the simulator at
    /// `sim_url` (allowed, and given the simulator's test keys). `scratch` holds its plugins
    /// folder and its log.
    pub async fn start(plugin: &Path, sim_url: &str, scratch: &Path) -> anyhow::Result<Self> {
        let plugins = scratch.join("serve-plugins");
        std::fs::create_dir_all(&plugins)?;
        std::fs::copy(plugin, plugins.join(format!("{STEP_ID}.wasm")))?;
        let log = std::fs::File::create(scratch.join("serve.log"))?;
        let mut command = Command::new(std::env::current_exe()?);
        command
            .arg("serve")
            .arg("--plugins")
            .arg(&plugins)
            .args(["--listen", "127.0.0.1:0", "--base-url", sim_url])
            .args(["--allow", sim_url, "--credentials-for", sim_url])
            .arg("--cache-dir")
            .arg(scratch.join("serve-cache"))
            .envs(TEST_KEYS)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log);
        let mut child = command.spawn().context("starting host-test serve")?;
        let stdout = child.stdout.take().context("serve's stdout")?;
        let first_line = tokio::task::spawn_blocking(move || {
            let mut line = String::new();
            BufReader::new(stdout).read_line(&mut line).map(|_| line)
        });
        let line = match tokio::time::timeout(Duration::from_secs(120), first_line).await {
            Ok(read) => read??,
            Err(_) => {
                let _ = child.kill();
                anyhow::bail!("host-test serve did not start within 120 s");
            }
        };
        let url = serde_json::from_str::<Value>(&line)
            .ok()
            .and_then(|v| v["listening"].as_str().map(str::to_owned))
            .ok_or_else(|| anyhow!("host-test serve printed {line:?}, not its address"))?;
        let service = Self {
            child,
            url,
            client: Client::builder(TokioExecutor::new())
                .pool_max_idle_per_host(64)
                .build_http(),
        };
        service.wait_for_step().await?;
        Ok(service)
    }

    /// The service listens before it has loaded its plugins: waits until the step is
    /// listed as ready, as a load balancer's readiness probe would.
    async fn wait_for_step(&self) -> anyhow::Result<()> {
        let deadline = std::time::Instant::now() + Duration::from_secs(120);
        loop {
            let request = http::Request::get(format!("{}/v1/steps/{STEP_ID}", self.url))
                .body(Full::new(Bytes::new()))?;
            if let Ok(response) = self.client.request(request).await {
                if response.status() == http::StatusCode::OK {
                    return Ok(());
                }
            }
            anyhow::ensure!(
                std::time::Instant::now() < deadline,
                "host-test serve did not load the step within 120 s"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// `POST /v1/steps/plaid/{action}` with `input`; an error unless the answer is 200.
    pub async fn call(&self, action: &str, input: &str) -> anyhow::Result<()> {
        let request = http::Request::post(format!("{}/v1/steps/{STEP_ID}/{action}", self.url))
            .header("content-type", "application/json")
            .body(Full::new(Bytes::copy_from_slice(input.as_bytes())))?;
        let response = self.client.request(request).await?;
        let status = response.status();
        let body = response.into_body().collect().await?.to_bytes();
        anyhow::ensure!(
            status == http::StatusCode::OK,
            "serve answered {status}: {}",
            String::from_utf8_lossy(&body[..body.len().min(300)])
        );
        Ok(())
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
