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

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use axum::extract::rejection::JsonRejection;
use axum::extract::{DefaultBodyLimit, Path as UrlPath, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};
use tokio::net::TcpListener;

use step_host::outcome::descriptor_json;
use step_host::plugin::{LoadOptions, Plugin, StepConfig};
use step_host::policy::{Origin, Policy};
use step_host::secrets::{Credentials, Redactor};

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
    /// Credentials the host injects (environment or simulator test keys).
    pub credentials: Credentials,
}

struct Loaded {
    modified: SystemTime,
    plugin: Arc<Plugin>,
}

struct EditorState {
    options: EditorOptions,
    plugins: Mutex<HashMap<String, Loaded>>,
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
    let state = Arc::new(EditorState {
        options,
        plugins: Mutex::new(HashMap::new()),
    });
    axum::serve(listener, router(state)).await?;
    Ok(())
}

fn router(state: Arc<EditorState>) -> Router {
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
        .with_state(state)
}

/// `*.wasm` files in the folder, by file stem.
fn scan(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut found: Vec<(String, PathBuf)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "wasm") && path.is_file())
        .filter_map(|path| Some((path.file_stem()?.to_str()?.to_owned(), path)))
        .collect();
    found.sort();
    found
}

impl EditorState {
    /// The plugin with this id, loaded (or reloaded when its file changed).
    fn plugin(&self, id: &str) -> Result<Arc<Plugin>, ApiError> {
        let path = scan(&self.options.plugins_dir)
            .into_iter()
            .find(|(stem, _)| stem == id)
            .map(|(_, path)| path)
            .ok_or_else(|| {
                ApiError(
                    StatusCode::NOT_FOUND,
                    format!("no step component named {id:?}"),
                )
            })?;
        let modified = std::fs::metadata(&path)
            .and_then(|m| m.modified())
            .unwrap_or(SystemTime::UNIX_EPOCH);
        let mut plugins = self.plugins.lock().expect("plugins lock");
        if let Some(loaded) = plugins.get(id).filter(|l| l.modified == modified) {
            return Ok(loaded.plugin.clone());
        }
        let mut policy = Policy::default();
        if let Some(url) = &self.options.simulator_url {
            policy.allow.push(
                Origin::parse(url)
                    .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?,
            );
        }
        let plugin = Plugin::load_with(
            &path,
            policy,
            self.options.credentials.clone(),
            &self.options.load,
        )
        .map_err(|e| ApiError(StatusCode::UNPROCESSABLE_ENTITY, format!("{e:#}")))?;
        let plugin = Arc::new(plugin);
        plugins.insert(
            id.to_owned(),
            Loaded {
                modified,
                plugin: plugin.clone(),
            },
        );
        Ok(plugin)
    }
}

async fn list_plugins(State(state): State<Arc<EditorState>>) -> ApiResult {
    let mut list = Vec::new();
    for (id, path) in scan(&state.options.plugins_dir) {
        let entry = match state.plugin(&id) {
            Ok(plugin) => match plugin.describe().await {
                Ok(d) => {
                    json!({ "id": id, "title": d.title, "name": d.name, "version": d.version, "endpoint": d.endpoint })
                }
                Err(e) => json!({ "id": id, "title": id, "error": e.message }),
            },
            Err(ApiError(_, message)) => json!({ "id": id, "title": id, "error": message }),
        };
        tracing::debug!(path = %path.display(), "palette entry");
        list.push(entry);
    }
    Ok(Json(json!({ "plugins": list })).into_response())
}

async fn describe(
    State(state): State<Arc<EditorState>>,
    UrlPath(id): UrlPath<String>,
) -> ApiResult {
    let plugin = state.plugin(&id)?;
    let d = plugin
        .describe()
        .await
        .map_err(|e| ApiError(StatusCode::UNPROCESSABLE_ENTITY, e.message))?;
    let mut json = descriptor_json(&d);
    json["settings"] = json!({
        "environments": if state.options.simulator_url.is_some() { json!(["simulator", "sandbox", "production"]) } else { json!(["sandbox", "production"]) },
    });
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
    let plugin = state.plugin(&id)?;
    let input_value = match &request.input {
        Value::String(text) => serde_json::from_str(text).unwrap_or(Value::Null),
        other => other.clone(),
    };
    let input_text = match &request.input {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    let mut redactor = Redactor::new(&state.options.credentials);
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
            Err(error) => json!({ "ok": false, "error": error }),
        }),
        "execute" => Ok(match plugin.execute(&input_text, &config).await {
            Ok(outputs) => json!({ "ok": true, "outputs": outputs }),
            Err(error) => json!({ "ok": false, "error": error }),
        }),
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
            let task = crate::export::conductor(&plugin, &target, Some(&input_value))
                .await
                .map_err(|e| ApiError(StatusCode::UNPROCESSABLE_ENTITY, format!("{e:#}")))?;
            Ok(json!({
                "step_input": crate::export::without_secrets(&input_value, &paths),
                "workflow_task": task,
            }))
        }
    }
    .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    let text = redactor.redact(&result.to_string());
    Ok(([(header::CONTENT_TYPE, "application/json")], text).into_response())
}

fn step_config(state: &EditorState, settings: &Settings) -> Result<StepConfig, ApiError> {
    let base_url = settings.base_url.clone().filter(|u| !u.trim().is_empty());
    Ok(match settings.environment.as_deref() {
        None | Some("simulator") => StepConfig {
            base_url: base_url.or_else(|| state.options.simulator_url.clone()),
            ..StepConfig::default()
        },
        Some(env @ ("sandbox" | "production")) => StepConfig {
            environment: Some(env.to_owned()),
            base_url,
            ..StepConfig::default()
        },
        Some(other) => {
            return Err(ApiError(
                StatusCode::BAD_REQUEST,
                format!("environment must be simulator, sandbox or production; got {other:?}"),
            ))
        }
    })
}
