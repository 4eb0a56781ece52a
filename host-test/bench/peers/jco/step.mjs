// The release component under jco: transpile it once, then call the step interface from Node
// and get the same JSON shapes the Rust host (`host-test`) prints. This is what an engine
// written in JavaScript would embed; it has none of the host's policy (see README, "Use it in
// an engine").
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transpile } from '@bytecodealliance/jco';

/**
 * Transpiles `wasmPath` into `outDir` (which must sit where `@bytecodealliance/preview2-shim`
 * resolves, i.e. inside this package) and returns the directory's module URL.
 */
export async function transpileComponent(wasmPath, outDir) {
  const { files } = await transpile(await readFile(wasmPath), { name: 'step', quiet: true });
  for (const [name, bytes] of Object.entries(files)) {
    const path = join(outDir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  }
  return pathToFileURL(join(outDir, 'step.js')).href;
}

/**
 * Imports a transpiled component with an empty WASI environment (preview2-shim otherwise
 * hands the guest the whole `process.env`) and returns a step with the host's JSON shapes.
 */
export async function loadStep(moduleUrl, env = {}) {
  const { _setEnv } = await import('@bytecodealliance/preview2-shim/cli');
  _setEnv(env);
  const { step } = await import(moduleUrl);
  return { ...wrap(step), moduleUrl };
}

const snake = (kebab) => kebab.replaceAll('-', '_');
const parseJson = (text) => { try { return JSON.parse(text); } catch { return text; } };

/** A WIT `field-error` record as the host prints it. */
const fieldError = (e) => ({ path: e.path, code: e.code, message: e.message });

/** A WIT `step-failure` as the host prints its `error` (see step_host::outcome::StepError). */
export function stepError(failure) {
  if (failure.tag === 'execution-failed') {
    return { kind: 'plugin_fault', code: 'EXECUTION_FAILED', message: 'the component reported that it could not run to completion', retryable: true,
      http_status: null, request_id: null, suggested_action: null, error_type: null, display_message: null };
  }
  const e = failure.val;
  const out = {
    kind: snake(e.kind), code: e.code, message: e.message, retryable: e.retryable,
    http_status: e.httpStatus ?? null, request_id: e.requestId ?? null, suggested_action: e.suggestedAction ?? null,
    error_type: e.errorType ?? null, display_message: e.displayMessage ?? null,
  };
  if (e.fieldErrors.length) out.field_errors = e.fieldErrors.map(fieldError);
  if (e.detail !== undefined) out.detail = parseJson(e.detail);
  return out;
}

/** jco throws a `ComponentError` whose `payload` is the WIT error of a `result`. */
function failureOf(err) {
  if (err && typeof err === 'object' && 'payload' in err) return err.payload;
  throw err;
}

/** The generic keys of a step configuration; every other key is one of the step's settings. */
const GENERIC = ['base_url', 'connect_timeout_ms', 'first_byte_timeout_ms', 'between_bytes_timeout_ms'];

/** The WIT `step-config` record from the host's flat JSON config (`examples/config/*.json`). */
export function stepConfig(config = {}) {
  const settings = Object.fromEntries(Object.entries(config).filter(([key]) => !GENERIC.includes(key)));
  return {
    settings: JSON.stringify(settings),
    baseUrl: config.base_url,
    connectTimeoutMs: config.connect_timeout_ms,
    firstByteTimeoutMs: config.first_byte_timeout_ms,
    betweenBytesTimeoutMs: config.between_bytes_timeout_ms,
  };
}

function wrap(step) {
  return {
    /** The descriptor, as `host-test describe` prints it. */
    describe() {
      const d = step.describe();
      return {
        name: d.name, version: d.version, title: d.title, description: d.description,
        documentation_url: d.documentationUrl, endpoint: d.endpoint,
        input_schema: parseJson(d.inputSchema), output_schema: parseJson(d.outputSchema),
        ui_hints: parseJson(d.uiHints), examples: parseJson(d.examples),
        settings_schema: parseJson(d.settingsSchema),
        origins: d.origins.map((o) => ({ url: o.url, selected_by: parseJson(o.selectedBy) })),
        credentials: d.credentials.map((c) => ({ name: c.name, header: c.header, description: c.description })),
        defaults: { ...d.defaults },
      };
    },
    /** As `host-test validate`. */
    validate(text) {
      try {
        const ok = step.validate(text);
        return { valid: true, input: parseJson(ok.input), warnings: ok.warnings.map(fieldError) };
      } catch (err) {
        const failure = failureOf(err);
        if (failure.tag === 'execution-failed') {
          return { valid: false, errors: [{ path: '', code: 'execution_failed', message: 'the component could not validate the input' }], warnings: [] };
        }
        return { valid: false, errors: failure.val.errors.map(fieldError), warnings: failure.val.warnings.map(fieldError) };
      }
    },
    /** As `host-test prepare`. */
    prepare(text, config) {
      try {
        const r = step.prepare(text, stepConfig(config));
        return { method: r.method, url: r.url, headers: Object.fromEntries(r.headers.map((h) => [h.name, h.value])), body: parseJson(r.body) };
      } catch (err) {
        return { ok: false, error: stepError(failureOf(err)) };
      }
    },
    /** As `host-test parse`: `headers` is a list of [name, value]. */
    parse(status, headers, body) {
      try {
        const outputs = step.parse(status, headers.map(([name, value]) => ({ name, value })), body);
        return { ok: true, outputs: JSON.parse(outputs) };
      } catch (err) {
        return { ok: false, error: stepError(failureOf(err)) };
      }
    },
    /**
     * As `host-test run` without retries. preview2-shim's HTTP is synchronous: this blocks the
     * calling thread for the whole request, so call it from a worker thread.
     */
    execute(text, config) {
      try {
        return { ok: true, outputs: JSON.parse(step.execute(text, stepConfig(config))) };
      } catch (err) {
        return { ok: false, error: stepError(failureOf(err)) };
      }
    },
  };
}
