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
//! Plugins are read once: each file's size, modification time and inode are checked
//! per request, and the file is read again only when they change. Files larger than
//! [`MAX_PLUGIN_BYTES`] are listed with an error and never read.

use std::collections::HashMap;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

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

use step_host::outcome::descriptor_json;
use step_host::plugin::{LoadOptions, Plugin, StepConfig};
use step_host::policy::{Origin, Policy};
use step_host::secrets::{CredentialSource, Redactor};
use step_service::guard::{self, Guard, GuardConfig, Refusal, Scope};

const INDEX: &str = include_str!("../../editor/index.html");
const APP_JS: &str = include_str!("../../editor/app.js");
const APP_CSS: &str = include_str!("../../editor/app.css");

/// Largest request body the editor API accepts.
pub const MAX_BODY: usize = 1024 * 1024;

/// Largest plugin file the editor reads (64 MiB; the Plaid step is about 0.3 MiB).
pub const MAX_PLUGIN_BYTES: u64 = 64 * 1024 * 1024;

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

/// What identifies one version of a plugin file without reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct FileStamp {
    len: u64,
    modified: SystemTime,
    inode: u64,
}

impl FileStamp {
    fn of(path: &Path) -> std::io::Result<Self> {
        let meta = std::fs::metadata(path)?;
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(&meta);
        #[cfg(not(unix))]
        let inode = 0;
        Ok(Self {
            len: meta.len(),
            modified: meta.modified().unwrap_or(SystemTime::UNIX_EPOCH),
            inode,
        })
    }
}

/// A plugin file as last seen: loaded, or why it could not be.
struct Loaded {
    stamp: FileStamp,
    plugin: Result<Arc<Plugin>, String>,
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
    let port = listener.local_addr()?.port();
    let state = Arc::new(EditorState {
        options,
        plugins: Mutex::new(HashMap::new()),
    });
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
    /// The plugin with this id: read and loaded once, again only when the file's size,
    /// modification time or inode change; a file over [`MAX_PLUGIN_BYTES`] is never read.
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
        let stamp = FileStamp::of(&path).map_err(|e| {
            ApiError(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!("cannot read the plugin {}: {e}", path.display()),
            )
        })?;
        let mut plugins = self.plugins.lock().expect("plugins lock");
        if let Some(loaded) = plugins.get(id).filter(|l| l.stamp == stamp) {
            return loaded
                .plugin
                .clone()
                .map_err(|e| ApiError(StatusCode::UNPROCESSABLE_ENTITY, e));
        }
        let plugin = self.load(&path, &stamp).map(Arc::new);
        plugins.insert(
            id.to_owned(),
            Loaded {
                stamp,
                plugin: plugin.clone(),
            },
        );
        plugin.map_err(|e| ApiError(StatusCode::UNPROCESSABLE_ENTITY, e))
    }

    /// Reads (at most the cap) and loads one plugin file.
    fn load(&self, path: &Path, stamp: &FileStamp) -> Result<Plugin, String> {
        let mib = |bytes: u64| bytes.div_ceil(1024 * 1024);
        let too_large = |len: u64| {
            format!(
                "the plugin {} ({} MiB) is larger than the editor's {} MiB plugin size cap; it was not read",
                path.display(),
                mib(len),
                mib(MAX_PLUGIN_BYTES)
            )
        };
        if stamp.len > MAX_PLUGIN_BYTES {
            return Err(too_large(stamp.len));
        }
        let mut bytes = Vec::new();
        std::fs::File::open(path)
            .and_then(|file| file.take(MAX_PLUGIN_BYTES + 1).read_to_end(&mut bytes))
            .map_err(|e| format!("cannot read the plugin {}: {e}", path.display()))?;
        if bytes.len() as u64 > MAX_PLUGIN_BYTES {
            return Err(too_large(bytes.len() as u64));
        }
        let mut policy = Policy::default();
        if let Some(url) = &self.options.simulator_url {
            let origin = Origin::parse(url).map_err(|e| e.to_string())?;
            policy.allow.push(origin.clone());
            // The embedded simulator is where the (test) credentials are meant to go.
            policy.credentials_for.push(origin);
        }
        Plugin::from_bytes(
            &bytes,
            policy,
            self.options.credentials.clone(),
            &self.options.load,
        )
        .map_err(|e| format!("cannot load the plugin {}: {e:#}", path.display()))
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
    let plugin = state.plugin(&id)?;
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
