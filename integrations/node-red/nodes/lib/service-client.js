'use strict';
// The step service's HTTP API (host-test serve) as seen from Node-RED's runtime: one function
// per route, JSON in and out, the bearer token added here and nowhere else. Never logs.

/** Default time a call may take before it is abandoned (the service has its own limits). */
const DEFAULT_TIMEOUT_MS = 130_000;

/**
 * Calls `method path` on the service at `baseUrl` and returns `{status, body, headers}`, where
 * `body` is the parsed JSON answer. A service that cannot be reached, answers with something
 * that is not JSON, or takes longer than `timeoutMs` yields a `kind: "service"` error envelope
 * (status 502/504), so callers handle one shape.
 */
async function call(baseUrl, token, method, path, body, { timeoutMs = DEFAULT_TIMEOUT_MS, signal } = {}) {
  if (/\$\{[^}]+\}/.test(baseUrl)) {
    // Node-RED leaves `${NAME}` as it is when NAME is set nowhere (flow, global or process).
    return serviceError(400, 'INVALID_URL', `the step service URL ${baseUrl} names an environment variable that is not set`, false);
  }
  let url;
  try {
    url = new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : baseUrl + '/');
  } catch {
    return serviceError(400, 'INVALID_URL', `the step service URL ${JSON.stringify(String(baseUrl))} is not a URL`, false);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return serviceError(400, 'INVALID_URL', 'the step service URL must start with http:// or https://', false);
  }
  const headers = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const signals = [AbortSignal.timeout(timeoutMs)];
  if (signal) signals.push(signal);
  let response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.any(signals), redirect: 'error' });
  } catch (err) {
    if (err.name === 'TimeoutError') return serviceError(504, 'CLIENT_TIMEOUT', `the step service did not answer within ${Math.round(timeoutMs / 1000)} s`, true);
    if (err.name === 'AbortError') return serviceError(499, 'CANCELLED', 'the call was cancelled (the node was stopped)', true);
    return serviceError(502, 'UNREACHABLE', `cannot reach the step service at ${url.origin}: ${causeOf(err)}`, true);
  }
  const text = await response.text().catch(() => '');
  const responseHeaders = { requestId: response.headers.get('x-request-id'), retryAfter: response.headers.get('retry-after') };
  try {
    return { status: response.status, body: JSON.parse(text), headers: responseHeaders };
  } catch {
    const hint = response.status === 404 ? ' (is this the URL of a step service?)' : '';
    return { ...serviceError(502, 'NOT_JSON', `the step service answered HTTP ${response.status} without JSON${hint}`, response.status >= 500), headers: responseHeaders };
  }
}

function causeOf(err) {
  const cause = err && err.cause;
  return (cause && (cause.code || cause.message)) || err.message || String(err);
}

/** A service-level error in the service's own envelope. */
function serviceError(status, code, message, retryable) {
  return { status, body: { ok: false, error: { kind: 'service', code, message, retryable } }, headers: {} };
}

const enc = encodeURIComponent;

module.exports = {
  DEFAULT_TIMEOUT_MS,
  call,
  serviceError,
  /** `GET /v1/steps`. */
  listSteps: (url, token, opts) => call(url, token, 'GET', '/v1/steps', undefined, opts),
  /** `GET /v1/steps/{id}`: the descriptor. */
  describe: (url, token, id, opts) => call(url, token, 'GET', `/v1/steps/${enc(id)}`, undefined, opts),
  /** `POST /v1/steps/{id}/validate`. */
  validate: (url, token, id, input, opts) => call(url, token, 'POST', `/v1/steps/${enc(id)}/validate`, input, opts),
  /** `POST /v1/steps/{id}/prepare`. */
  prepare: (url, token, id, input, opts) => call(url, token, 'POST', `/v1/steps/${enc(id)}/prepare`, input, opts),
  /** `POST /v1/steps/{id}/execute`. */
  execute: (url, token, id, input, opts) => call(url, token, 'POST', `/v1/steps/${enc(id)}/execute`, input, opts),
};
