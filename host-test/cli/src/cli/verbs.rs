//! One function per verb, each printing JSON through an [`Outcome`].

use std::path::PathBuf;
use std::time::Duration;

use anyhow::bail;
use serde_json::{json, Value};

use step_host::outcome::{envelope, failed};
use step_host::policy::{default_port, named_credential_origins, Origin};
use step_host::{CredentialSource, Policy, Redactor, RetryPolicy, StepError};

use super::harness::{check_settings, redactor_for, EmbeddedSim, Loader};
use super::io::{parse_headers, read_body, read_input};
use super::{ConfigArgs, Outcome, RunArgs};

/// The envelope and the exit code.
fn step_result(result: Result<Value, StepError>) -> (Value, i32) {
    (envelope(&result, None), i32::from(result.is_err()))
}

/// `describe`: the descriptor.
pub async fn describe(loader: &Loader) -> anyhow::Result<Outcome> {
    let plugin = loader.load_offline().await?;
    let descriptor = plugin
        .describe()
        .await
        .map_err(|e| anyhow::anyhow!(e.message))?;
    Ok(Outcome::new(
        step_host::outcome::descriptor_json(&descriptor),
        0,
        Redactor::default(),
    ))
}

/// `validate`: the validation, or the structured error when the component itself failed
/// (e.g. it hit its memory limit).
pub async fn validate(loader: &Loader, input: &str, max_input: u64) -> anyhow::Result<Outcome> {
    let text = read_input(input, max_input)?;
    let plugin = loader.load_offline().await?;
    let redactor = redactor_for(&plugin, Some(&text)).await?;
    let (json, code) = match plugin.validate(&text).await {
        Ok(validation) => (
            serde_json::to_value(&validation)?,
            i32::from(!validation.valid),
        ),
        Err(error) => (json!({ "valid": false, "error": error }), 1),
    };
    Ok(Outcome::new(json, code, redactor))
}

/// `prepare`: the request as `run` would send it (to the simulator by default).
pub async fn prepare(
    loader: &Loader,
    input: &str,
    config: &ConfigArgs,
    max_input: u64,
) -> anyhow::Result<Outcome> {
    let text = read_input(input, max_input)?;
    let mut step_config = config.step_config()?;
    let plugin = loader.load_offline().await?;
    check_settings(&plugin, &step_config).await?;
    let redactor = redactor_for(&plugin, Some(&text)).await?;
    if config.uses_sim(&step_config) && step_config.base_url.is_none() {
        step_config.base_url = Some("http://127.0.0.1:PORT".into());
    }
    let (json, code) = match plugin.prepare(&text, &step_config).await {
        Ok(request) => (serde_json::to_value(&request)?, 0),
        Err(error) => (failed(&error), 1),
    };
    Ok(Outcome::new(json, code, redactor))
}

/// The policy `run` uses: the flags' allow entries, credential origins, deadline, cap.
fn run_policy(args: &RunArgs) -> anyhow::Result<Policy> {
    let mut policy = Policy::default();
    for entry in &args.allow {
        policy.allow.push(Origin::parse(entry)?);
    }
    policy.credentials_for = named_credential_origins(&args.credentials_for)?;
    if let Some(ms) = args.deadline_ms {
        policy.step_deadline = Duration::from_millis(ms);
    }
    if let Some(bytes) = args.max_body {
        policy.max_response_body = bytes;
    }
    Ok(policy)
}

/// Warns about `--credentials-for` origins that no request may reach.
fn warn_unreachable_credential_origins(policy: &Policy) {
    for origin in &policy.credentials_for {
        let scheme = origin.scheme.as_deref().unwrap_or("https");
        let port = origin.port.unwrap_or(default_port(scheme));
        if !policy.allows(scheme, &origin.host, port) {
            tracing::warn!("--credentials-for {origin}: that origin is not allowed (add --allow), so no request will reach it");
        }
    }
}

/// `run`: validate, call, parse, with retries; against the embedded simulator unless an
/// environment or a base URL was chosen.
pub async fn run(loader: &Loader, args: &RunArgs, max_input: u64) -> anyhow::Result<Outcome> {
    let text = read_input(&args.input, max_input)?;
    let mut step_config = args.config.step_config()?;
    let mut policy = run_policy(args)?;
    let (sim, source) = if args.config.uses_sim(&step_config) {
        let sim = EmbeddedSim::start().await?;
        sim.allow_in(&mut policy);
        step_config.base_url.get_or_insert_with(|| sim.url());
        (Some(sim), EmbeddedSim::credentials())
    } else {
        (None, CredentialSource::env())
    };
    warn_unreachable_credential_origins(&policy);
    let plugin = loader.load(policy, source).await?;
    check_settings(&plugin, &step_config).await?;
    let redactor = redactor_for(&plugin, Some(&text)).await?;
    let retry = RetryPolicy {
        retries: args.retries,
        ..RetryPolicy::default()
    };
    let attempted = plugin
        .execute_with_retries(&text, &step_config, &retry)
        .await;
    drop(sim);
    let mut result = attempted.result;
    if let Err(error) = &mut result {
        error.attempts = Some(attempted.attempts);
    }
    let json = envelope(&result, Some(attempted.attempts));
    let code = i32::from(json["ok"] != json!(true));
    Ok(Outcome::new(json, code, redactor))
}

/// `parse`: a response file through the component's `parse`, offline.
pub async fn parse(
    loader: &Loader,
    body: &str,
    status: u16,
    headers: &[String],
) -> anyhow::Result<Outcome> {
    let body = read_body(body)?;
    let headers = parse_headers(headers)?;
    let plugin = loader.load_offline().await?;
    let (json, code) = step_result(plugin.parse(status, &headers, &body).await);
    Ok(Outcome::new(json, code, Redactor::default()))
}

/// `export conductor`: the service-backed HTTP task and its task definition.
pub async fn export(
    loader: &Loader,
    service_url: String,
    step: Option<String>,
) -> anyhow::Result<Outcome> {
    let plugin = loader.load_offline().await?;
    let step_id = match step {
        Some(id) => id,
        None => host_test::export::step_id(&loader.path()?)?,
    };
    let target = host_test::export::ServiceTarget {
        url: service_url,
        step_id,
    };
    let json = host_test::export::conductor(&plugin, &target, None).await?;
    Ok(Outcome::new(json, 0, Redactor::default()))
}

/// `editor`: the visual step editor on loopback, with the embedded simulator.
pub async fn editor(
    loader: &Loader,
    port: u16,
    plugins: Option<PathBuf>,
) -> anyhow::Result<Outcome> {
    let plugins_dir = match plugins {
        Some(dir) => dir,
        None => loader.folder()?,
    };
    if !plugins_dir.is_dir() {
        bail!(
            "the plugins folder {} does not exist",
            plugins_dir.display()
        );
    }
    let sim = EmbeddedSim::start().await?;
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    let url = format!("http://{}", listener.local_addr()?);
    let stop = step_service::launch::stop_signals()?;
    println!("{}", json!({ "listening": url, "plugins": plugins_dir }));
    let options = host_test::editor::EditorOptions {
        plugins_dir,
        load: loader.options.clone(),
        simulator_url: Some(sim.url()),
        credentials: EmbeddedSim::credentials(),
    };
    tokio::select! {
        served = host_test::editor::serve(listener, options) => served?,
        () = stop => {},
    }
    drop(sim);
    Ok(Outcome::new(
        json!({ "stopped": true }),
        0,
        Redactor::default(),
    ))
}

/// `serve`: the step service until SIGTERM or Ctrl-C.
pub async fn serve(loader: &Loader, args: host_test::serve::ServeArgs) -> anyhow::Result<Outcome> {
    let default_plugins = match &args.plugins {
        Some(_) => None,
        None => Some(loader.folder()?),
    };
    let context = host_test::serve::ServeContext {
        default_plugins,
        load: loader.options.clone(),
    };
    host_test::serve::run(args, context).await?;
    Ok(Outcome::new(
        json!({ "stopped": true }),
        0,
        Redactor::default(),
    ))
}

/// `sim`: the Plaid simulator in the foreground, with `config` (credentials from the
/// environment, delays and limits from the flags). Prints its URL and endpoints.
pub async fn sim(port: u16, config: plaid_sim::SimConfig) -> anyhow::Result<Outcome> {
    let sim = plaid_sim::Simulator::start(port, config).await?;
    let at = |path: &str| format!("{}{path}", sim.url());
    let stop = step_service::launch::stop_signals()?;
    println!(
        "{}",
        json!({
            "listening": sim.url(),
            "endpoint": at(plaid_sim::PATH),
            "create_endpoint": at(plaid_sim::CREATE_PATH),
            "key_endpoint": at(plaid_sim::KEY_PATH),
        })
    );
    stop.await;
    drop(sim);
    Ok(Outcome::new(
        json!({ "stopped": true }),
        0,
        Redactor::default(),
    ))
}

/// `bench`: the benchmark.
pub async fn bench(loader: &Loader, args: step_bench::BenchArgs) -> anyhow::Result<Outcome> {
    let json = step_bench::run(&loader.path()?, args).await?;
    Ok(Outcome::new(json, 0, Redactor::default()))
}
