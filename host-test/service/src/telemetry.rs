//! Prometheus metrics (`metrics` + `metrics-exporter-prometheus`) and the per-request
//! span that puts the request id into every log line.
//!
//! Series (all prefixed `step_service_`):
//! - `http_requests_total{method,route,status}` counter; `route` is the matched route
//!   template (`/v1/steps/{id}/execute`), never the raw path
//! - `http_request_duration_seconds{method,route}` histogram
//! - `http_requests_in_flight` gauge
//! - `step_outcomes_total{step,action,kind}` counter; `kind` is `ok`, `invalid` (validate
//!   found problems) or the step error's kind, or `service` for the service's own refusals
//! - `load_shed_total{limit}` counter, `limit` = `global` or `step`
//! - `compile_cache_hits_total`, `compile_cache_misses_total`, `plugin_loads_total`,
//!   `plugin_load_failures_total` counters
//! - `plugins{status}` gauge, `status` = `ready` or `broken`
//! - `draining` gauge (1 after the shutdown signal)

use std::sync::OnceLock;
use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request};
use axum::middleware::Next;
use axum::response::Response;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use step_host::registry::{Registry, StepStatus};

use crate::logs::Shown;

/// Latency buckets in seconds: loopback steps take about a millisecond, real Plaid
/// calls up to the 60 s step deadline.
const LATENCY_BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
    65.0,
];

/// How often histogram buckets are drained (`run_upkeep`).
pub const UPKEEP_INTERVAL: Duration = Duration::from_secs(5);

/// The process-wide Prometheus recorder, installed on first use. If the embedding
/// program already installed another recorder, the service's series go to that one and
/// `/metrics` renders only what this recorder saw.
pub fn prometheus() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new()
                .set_buckets_for_metric(
                    Matcher::Full("step_service_http_request_duration_seconds".into()),
                    LATENCY_BUCKETS,
                )
                .expect("the bucket list is not empty")
                .build_recorder();
            let handle = recorder.handle();
            if metrics::set_global_recorder(recorder).is_err() {
                tracing::warn!("another metrics recorder is installed; /metrics shows only the service's own recorder");
            }
            describe();
            handle
        })
        .clone()
}

fn describe() {
    use metrics::{describe_counter, describe_gauge, describe_histogram, Unit};
    describe_counter!(
        "step_service_http_requests_total",
        "HTTP requests answered, by method, route template and status"
    );
    describe_histogram!(
        "step_service_http_request_duration_seconds",
        Unit::Seconds,
        "HTTP request latency, by method and route template"
    );
    describe_gauge!(
        "step_service_http_requests_in_flight",
        "HTTP requests being handled"
    );
    describe_counter!(
        "step_service_step_outcomes_total",
        "Step calls by step, action and outcome kind (ok, invalid, an error kind, or service)"
    );
    describe_counter!(
        "step_service_load_shed_total",
        "Requests refused with 503 OVERLOADED, by the limit that was reached"
    );
    describe_counter!(
        "step_service_compile_cache_hits_total",
        "Plugin loads served from the compile cache"
    );
    describe_counter!(
        "step_service_compile_cache_misses_total",
        "Plugin loads that compiled the component"
    );
    describe_counter!("step_service_plugin_loads_total", "Successful plugin loads");
    describe_counter!(
        "step_service_plugin_load_failures_total",
        "Plugin files that failed to load"
    );
    describe_gauge!("step_service_plugins", "Plugins in the folder, by status");
    describe_gauge!(
        "step_service_draining",
        "1 once the shutdown signal arrived"
    );
}

/// Copies the registry's counters into the recorder, just before rendering.
pub fn publish_registry(registry: &Registry, draining: bool) {
    let stats = registry.stats();
    metrics::counter!("step_service_compile_cache_hits_total").absolute(stats.cache_hits);
    metrics::counter!("step_service_compile_cache_misses_total").absolute(stats.cache_misses);
    metrics::counter!("step_service_plugin_loads_total").absolute(stats.loads);
    metrics::counter!("step_service_plugin_load_failures_total").absolute(stats.failures);
    let snapshot = registry.snapshot();
    let ready = snapshot
        .values()
        .filter(|entry| entry.status() == StepStatus::Ready)
        .count();
    metrics::gauge!("step_service_plugins", "status" => "ready").set(ready as f64);
    metrics::gauge!("step_service_plugins", "status" => "broken")
        .set((snapshot.len() - ready) as f64);
    metrics::gauge!("step_service_draining").set(if draining { 1.0 } else { 0.0 });
}

/// Counts one step outcome.
pub fn step_outcome(step: &str, action: &'static str, kind: &str) {
    metrics::counter!(
        "step_service_step_outcomes_total",
        "step" => step.to_owned(),
        "action" => action,
        "kind" => kind.to_owned()
    )
    .increment(1);
}

/// Counts one shed request.
pub fn load_shed(limit: &'static str) {
    metrics::counter!("step_service_load_shed_total", "limit" => limit).increment(1);
}

/// Middleware: request count, latency and in-flight gauge by route template, plus one
/// access log line per request (inside the request's span, so it carries the id).
pub async fn track(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = method_label(request.method());
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let in_flight = InFlight::enter();
    let response = next.run(request).await;
    drop(in_flight);
    let elapsed = started.elapsed();
    let status = response.status().as_u16();
    metrics::counter!(
        "step_service_http_requests_total",
        "method" => method,
        "route" => route.clone(),
        "status" => status.to_string()
    )
    .increment(1);
    metrics::histogram!(
        "step_service_http_request_duration_seconds",
        "method" => method,
        "route" => route.clone()
    )
    .record(elapsed.as_secs_f64());
    tracing::info!(
        %method,
        %route,
        status,
        latency_ms = elapsed.as_secs_f64() * 1e3,
        "request"
    );
    response
}

/// A method as a metric label and in the access line: the standard ones by name, any
/// other (a caller may send any token) as `other`, so callers cannot add series.
fn method_label(method: &axum::http::Method) -> &'static str {
    use axum::http::Method;
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// Holds one unit of the in-flight gauge; released on drop, also when the client goes
/// away and the request future is dropped.
struct InFlight(metrics::Gauge);

impl InFlight {
    fn enter() -> Self {
        let gauge = metrics::gauge!("step_service_http_requests_in_flight");
        gauge.increment(1.0);
        Self(gauge)
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.decrement(1.0);
    }
}

/// The span of one request: method, path and the request id (kept or made by the
/// request id layers before this runs), so every log line of the request carries its id.
/// The caller's values are shown escaped and capped ([`Shown`]).
pub fn request_span<B>(request: &axum::http::Request<B>) -> tracing::Span {
    let id = request
        .headers()
        .get(crate::request_id::HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("-");
    tracing::info_span!(
        "request",
        request_id = %Shown::new(id),
        method = %Shown::new(request.method().as_str()),
        path = %Shown::new(request.uri().path()),
    )
}
