//! The visual step editor: one page and a small JSON API on loopback, mirroring the
//! "Add HTTP Task" flow of workflow editors. The page knows nothing about Plaid: it
//! renders whatever the components in the plugins folder describe.
//!
//! API (JSON in and out; errors are `{"error": "..."}` with a 4xx status):
//! - `GET  /api/plugins`                  the palette: every `.wasm` in the folder
//! - `GET  /api/plugins/{id}/descriptor`  the descriptor
//! - `POST /api/plugins/{id}/validate`    `{"input"}` → validation
//! - `POST /api/plugins/{id}/prepare`     `{"input","settings"}` → the prepared request
//! - `POST /api/plugins/{id}/execute`     `{"input","settings"}` → `{"ok",...}`
//! - `POST /api/plugins/{id}/export`      `{"input","settings"}` → step input + workflow task
//!
//! Credential values typed into the page never come back: every response is passed
//! through a [`Redactor`] that knows the values at the descriptor's secret paths.
//!
//! Only the editor's own page may use it, through the guard it shares with the step
//! service ([`step_service::guard`]). Every request must be addressed to the editor itself
//! (`Host: 127.0.0.1:PORT` or `localhost:PORT`), which defeats DNS rebinding (a foreign page
//! whose name now resolves to 127.0.0.1 still sends its own name). API requests (and
//! anything but a page `GET`) must come from the editor's origin or carry no `Origin`, with
//! no `Sec-Fetch-Site` but `same-origin` or `none`, and POSTs must be `application/json`,
//! which a cross-site page cannot send without a CORS preflight the editor never grants.
//! Anything else is a 403 with a JSON error. Every answer forbids framing, sniffing and
//! caching.
//!
//! The plugins folder is the host's [`Registry`]: each request rescans it (a file is read
//! again only when its size, modification time or inode change); a file over the
//! registry's cap is listed with an error and never read.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, Path as UrlPath, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};
use tokio::net::TcpListener;

use step_host::outcome::{descriptor_json, envelope, failed};
use step_host::plugin::{LoadOptions, StepConfig};
use step_host::policy::{Origin, Policy};
use step_host::registry::{LoadedStep, Registry, RegistryOptions, Setup, DEFAULT_MAX_FILE_SIZE};
use step_host::secrets::{CredentialSource, Redactor};
use step_service::guard::{self, Guard, GuardConfig, Refusal, Scope};

const INDEX: &str = include_str!("../../editor/index.html");
const APP_JS: &str = include_str!("../../editor/app.js");
const APP_CSS: &str = include_str!("../../editor/app.css");

/// Largest request body the editor API accepts.
pub const MAX_BODY: usize = 1024 * 1024;

/// Editor settings.
#[derive(Debug, Clone)]
pub struct EditorOptions {
    /// Folder scanned for step components (`*.wasm`).
    pub plugins_dir: PathBuf,
    /// How plugins are loaded (compile cache).
    pub load: LoadOptions,
    /// Base URL of the embedded simulator, allowed and used for "Simulator".
    pub simulator_url: Option<String>,
    /// Where the credentials steps declare come from (environment or simulator test keys).
    pub credentials: CredentialSource,
}

struct EditorState {
    options: EditorOptions,
    registry: Registry,
}

/// An API error: a status and one sentence.
struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "error": self.1 }))).into_response()
    }
}

type ApiResult = Result<Response, ApiError>;

/// The request body of the step endpoints.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct StepRequest {
    /// The step input (a JSON value, or JSON text).
    input: Value,
    /// Where to run.
    #[serde(default)]
    settings: Settings,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Settings {
    /// `simulator`, `sandbox` or `production`.
    #[serde(default)]
    environment: Option<String>,
    /// Base URL override.
    #[serde(default)]
    base_url: Option<String>,
}

/// Serves the editor on `listener` until the process ends.
pub async fn serve(listener: TcpListener, options: EditorOptions) -> anyhow::Result<()> {
    let port = listener.local_addr()?.port();
    let registry = Registry::new(
        RegistryOptions {
            dir: options.plugins_dir.clone(),
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            poll_interval: Duration::from_secs(1),
            load: options.load.clone(),
        },
        Arc::new(setup(&options)?),
    );
    let state = Arc::new(EditorState { options, registry });
    axum::serve(listener, router(state, port)).await?;
    Ok(())
}

/// The editor's guard: loopback on its port only; a page (a `GET` outside `/api/`) needs
/// the right `Host`, everything else every check.
fn guard_config(port: u16) -> GuardConfig {
    GuardConfig {
        guard: Guard::new(Vec::new()),
        port: Some(port),
        scope: |method: &Method, path: &str| {
            let page = method == Method::GET && !path.starts_with("/api/");
            if page {
                Scope::Page
            } else {
                Scope::Api
            }
        },
        refuse: |refusal: Refusal| ApiError(StatusCode::FORBIDDEN, refusal.message).into_response(),
    }
}

fn router(state: Arc<EditorState>, port: u16) -> Router {
    Router::new()
        .route(
            "/",
            get(|| async { ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], INDEX) }),
        )
        .route(
            "/app.js",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
                    APP_JS,
                )
            }),
        )
        .route(
            "/app.css",
            get(|| async { ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], APP_CSS) }),
        )
        .route("/api/plugins", get(list_plugins))
        .route("/api/plugins/{id}/descriptor", get(describe))
        .route("/api/plugins/{id}/{action}", post(step_action))
        .fallback(|| async { ApiError(StatusCode::NOT_FOUND, "no such page or endpoint".into()) })
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(middleware::from_fn_with_state(
            Arc::new(guard_config(port)),
            guard::enforce,
        ))
        .with_state(state)
}

/// What every step runs under: the default policy (plus the embedded simulator, allowed
/// and receiving the credentials) and the editor's credential source.
fn setup(options: &EditorOptions) -> anyhow::Result<Setup> {
    let mut policy = Policy::default();
    if let Some(url) = &options.simulator_url {
        let origin = Origin::parse(url)?;
        policy.allow.push(origin.clone());
        // The embedded simulator is where the (test) credentials are meant to go.
        policy.credentials_for.push(origin);
    }
    Ok(Setup {
        policy,
        credentials: options.credentials.clone(),
    })
}

impl EditorState {
    /// The step with this id as the registry serves it, after a rescan of the folder.
    async fn step(&self, id: &str) -> Result<Arc<LoadedStep>, ApiError> {
        self.registry.scan().await;
        let entry = self.registry.get(id).ok_or_else(|| {
            ApiError(
                StatusCode::NOT_FOUND,
                format!("no step component named {id:?}"),
            )
        })?;
        entry.serving.ok_or_else(|| {
            ApiError(
                StatusCode::UNPROCESSABLE_ENTITY,
                entry.error.unwrap_or_default(),
            )
        })
    }
}

async fn list_plugins(State(state): State<Arc<EditorState>>) -> ApiResult {
    state.registry.scan().await;
    let list: Vec<Value> = state
        .registry
        .snapshot()
        .values()
        .map(|entry| match (&entry.serving, &entry.error) {
            (Some(step), None) => {
                let d = &step.descriptor;
                json!({ "id": entry.id, "title": d.title, "name": d.name, "version": d.version, "endpoint": d.endpoint })
            }
            (_, error) => {
                json!({ "id": entry.id, "title": entry.id, "error": error.clone().unwrap_or_default() })
            }
        })
        .collect();
    Ok(Json(json!({ "plugins": list })).into_response())
}

async fn describe(
    State(state): State<Arc<EditorState>>,
    UrlPath(id): UrlPath<String>,
) -> ApiResult {
    let step = state.step(&id).await?;
    let mut json = descriptor_json(&step.descriptor);
    // The step's own `environment` setting, if it has one, plus the embedded simulator.
    let declared: Vec<Value> = json["settings_schema"]["properties"]["environment"]["enum"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|v| v.is_string())
        .cloned()
        .collect();
    let mut environments = Vec::new();
    if state.options.simulator_url.is_some() {
        environments.push(json!("simulator"));
    }
    environments.extend(declared);
    json["settings"] = json!({ "environments": environments });
    Ok(Json(json).into_response())
}

async fn step_action(
    State(state): State<Arc<EditorState>>,
    UrlPath((id, action)): UrlPath<(String, String)>,
    body: Result<Json<StepRequest>, JsonRejection>,
) -> ApiResult {
    if !matches!(
        action.as_str(),
        "validate" | "prepare" | "execute" | "export"
    ) {
        return Err(ApiError(
            StatusCode::NOT_FOUND,
            format!("unknown action {action:?}"),
        ));
    }
    let Json(request) = body.map_err(|e| ApiError(e.status(), e.body_text()))?;
    let step = state.step(&id).await?;
    let plugin = &step.plugin;
    let input_value = match &request.input {
        Value::String(text) => serde_json::from_str(text).unwrap_or(Value::Null),
        other => other.clone(),
    };
    let input_text = match &request.input {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    let mut redactor = Redactor::new(
        plugin
            .credentials()
            .await
            .map_err(|e| ApiError(StatusCode::UNPROCESSABLE_ENTITY, format!("{e:#}")))?,
    );
    for secret in plugin.secret_values(&input_value).await {
        redactor.add(&secret);
    }
    let config = step_config(&state, &request.settings)?;
    let result = match action.as_str() {
        "validate" => serde_json::to_value(
            plugin
                .validate(&input_text)
                .await
                .map_err(|e| ApiError(StatusCode::UNPROCESSABLE_ENTITY, e.message))?,
        ),
        "prepare" => Ok(match plugin.prepare(&input_text, &config).await {
            Ok(request) => json!({ "ok": true, "request": request }),
            Err(error) => failed(&error),
        }),
        "execute" => Ok(envelope(&plugin.execute(&input_text, &config).await, None)),
        _ => {
            let target = crate::export::ServiceTarget {
                url: crate::export::DEFAULT_SERVICE_URL.to_owned(),
                step_id: id.clone(),
            };
            let paths: Vec<&str> = plugin
                .secret_paths()
                .await
                .iter()
                .map(String::as_str)
                .collect();
            let task = crate::export::conductor(plugin, &target, Some(&input_value))
                .await
                .map_err(|e| ApiError(StatusCode::UNPROCESSABLE_ENTITY, format!("{e:#}")))?;
            Ok(json!({
                "step_input": crate::export::without_secrets(&input_value, &paths),
                "workflow_task": task,
            }))
        }
    }
    .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    // Masked on the JSON values: a secret can never match (and corrupt) JSON syntax.
    Ok(Json(redactor.redact_json(&result)).into_response())
}

fn step_config(state: &EditorState, settings: &Settings) -> Result<StepConfig, ApiError> {
    let base_url = settings.base_url.clone().filter(|u| !u.trim().is_empty());
    let mut config = StepConfig::default();
    match settings.environment.as_deref() {
        None | Some("simulator") => {
            config.base_url = base_url.or_else(|| state.options.simulator_url.clone());
        }
        // Any other value is the step's `environment` setting: the component checks it.
        Some(environment) => {
            config.set("environment", json!(environment));
            config.base_url = base_url;
        }
    }
    Ok(config)
}
