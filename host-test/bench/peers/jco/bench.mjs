#!/usr/bin/env node
// Peer-runtime benchmark: the release component transpiled with jco and run under Node, driven by
// the same SPEC.json as host-test/bench/peers/wasmtime-py/bench.py, for `host-test bench` to compare with
// its own host.
//
//   node host-test/bench/peers/jco/bench.mjs SPEC.json
//
// Prints ONE JSON object on stdout (diagnostics go to stderr): per-call samples in nanoseconds
// for validate (per named input), execute (per concurrency) and parse. Every measured call runs
// in a worker thread (preview2-shim's outgoing HTTP is synchronous and blocks its thread):
// validate and parse in one worker, execute at concurrency C in C workers that each load the step
// once and take step indices from a shared counter. If the runtime cannot start, prints
// {"runtime":"jco","skipped":"…"} and exits 0.
import { accessSync, constants, readFileSync, mkdtempSync, rmSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

const here = dirname(fileURLToPath(import.meta.url));
const RUNTIME = 'jco';

const log = (...args) => console.error('[jco bench]', ...args);
const emit = (obj) => process.stdout.write(`${JSON.stringify(obj)}\n`);

/** The version of the jco package this process loads. */
function jcoVersion() {
  let dir = dirname(fileURLToPath(import.meta.resolve('@bytecodealliance/jco')));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const json = JSON.parse(readFileSync(pkg, 'utf8'));
      if (json.name === '@bytecodealliance/jco') return json.version;
    }
    const up = dirname(dir);
    if (up === dir) return 'unknown';
    dir = up;
  }
}

let scratch = null;
function cleanup() {
  if (scratch) {
    rmSync(scratch, { recursive: true, force: true });
    scratch = null;
  }
}
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => { cleanup(); process.exit(130); });
}

/** Starts a worker and resolves once it posts `{done}`; `onMessage` sees the other messages. */
function startWorker(workerData, onMessage = () => {}) {
  const worker = new Worker(join(here, 'bench-worker.mjs'), { workerData });
  const done = new Promise((resolve, reject) => {
    worker.on('message', (msg) => (msg.done ? resolve(msg.done) : onMessage(msg)));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`bench worker exited with ${code} before it finished`)));
  });
  return { worker, done };
}

/** Drops the worker-side `first_error` after printing it once to stderr. */
function finish(name, s) {
  if (s.failures && s.first_error) log(`${name}: ${s.failures} failure(s); first: ${s.first_error}`);
  return { samples_ns: s.samples_ns, failures: s.failures };
}

async function runPure(spec, moduleUrl) {
  const { done } = startWorker({
    mode: 'pure', moduleUrl, env: spec.env ?? {},
    validate: {
      inputs: spec.validate.inputs, iterations: spec.validate.iterations ?? 0, warmup: spec.validate.warmup ?? 0,
    },
    parse: { report_file: spec.parse.report_file, iterations: spec.parse.iterations ?? 0, warmup: spec.parse.warmup ?? 0 },
  });
  const out = await done;
  const validate = Object.fromEntries(Object.entries(out.validate).map(([name, s]) => [name, finish(`validate ${name}`, s)]));
  return { validate, parse: finish('parse', out.parse) };
}

async function runExecute(spec, moduleUrl, { concurrency, steps }) {
  const counter = new SharedArrayBuffer(4);
  const go = new SharedArrayBuffer(4);
  let ready = 0;
  let warmupLogged = false;
  let allReady;
  const readyPromise = new Promise((resolve) => { allReady = resolve; });
  const workers = [];
  for (let index = 0; index < concurrency; index++) {
    workers.push(startWorker({
      mode: 'execute', moduleUrl, env: spec.env ?? {}, index,
      template: spec.execute.input_template, config: spec.config ?? {},
      steps, warmup: spec.execute.warmup ?? 0, counter, go,
    }, (msg) => {
      if (msg.ready) {
        if (msg.warmup_failures && !warmupLogged) {
          warmupLogged = true;
          log(`execute c=${concurrency} warm-up (worker ${msg.index}): ${msg.warmup_failures} failure(s); first: ${msg.warmup_error}`);
        }
        ready += 1;
        if (ready === concurrency) allReady();
      }
    }));
  }
  try {
    // A worker that dies while loading fails its `done` promise; race it with readiness.
    await Promise.race([readyPromise, ...workers.map((w) => w.done)]);
    const t0 = performance.now();
    Atomics.store(new Int32Array(go), 0, 1);
    Atomics.notify(new Int32Array(go), 0);
    const results = await Promise.all(workers.map((w) => w.done));
    const t1 = performance.now();
    const merged = { samples_ns: [], failures: 0, first_error: null };
    for (const r of results) {
      merged.samples_ns.push(...r.samples_ns);
      merged.failures += r.failures;
      merged.first_error ??= r.first_error;
    }
    return { concurrency, steps, elapsed_ns: Math.round((t1 - t0) * 1e6), ...finish(`execute c=${concurrency}`, merged) };
  } finally {
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }
}

async function main() {
  const specPath = process.argv[2];
  if (!specPath) {
    log('usage: node bench.mjs SPEC.json');
    process.exit(2);
  }
  const spec = JSON.parse(readFileSync(specPath, 'utf8'));
  // A spec that names no readable component is a caller's mistake, not a runtime that cannot run.
  accessSync(spec.wasm, constants.R_OK);

  let version;
  let moduleUrl;
  try {
    version = jcoVersion();
    const { transpileComponent } = await import('./step.mjs');
    // Inside this package, so that the transpiled code resolves @bytecodealliance/preview2-shim.
    scratch = mkdtempSync(join(here, '.transpiled-bench-'));
    moduleUrl = await transpileComponent(spec.wasm, scratch);
  } catch (err) {
    log('cannot start:', err && err.stack ? err.stack : err);
    emit({ runtime: RUNTIME, skipped: `jco could not load the component: ${err && err.message ? err.message : err}` });
    return;
  }

  const out = {
    runtime: RUNTIME,
    version,
    notes: 'component transpiled once with jco (WASI from @bytecodealliance/preview2-shim); one instance per worker '
      + 'thread, loaded before timing and reused for every call of that thread (no per-call instantiation); '
      + 'validate and parse run in one worker; execute at concurrency C runs in C workers (each warmed with '
      + `${spec.execute?.warmup ?? 0} steps of its own) taking steps from a shared counter; preview2-shim's `
      + 'outgoing HTTP is synchronous, so each worker has at most one request in flight; samples time the '
      + 'component call only (lifting included), the success check runs outside; WASI env = spec env only',
    validate: null,
    execute: [],
    parse: null,
  };

  try {
    const pure = await runPure(spec, moduleUrl);
    out.validate = pure.validate;
    out.parse = pure.parse;
  } catch (err) {
    log('validate/parse:', err && err.stack ? err.stack : err);
    const reason = { skipped: `validate/parse worker failed: ${err && err.message ? err.message : err}` };
    out.validate = reason;
    out.parse = reason;
  }

  for (const run of spec.execute?.runs ?? []) {
    try {
      out.execute.push(await runExecute(spec, moduleUrl, run));
    } catch (err) {
      log(`execute c=${run.concurrency}:`, err && err.stack ? err.stack : err);
      out.execute.push({ concurrency: run.concurrency, steps: run.steps, skipped: `execute failed: ${err && err.message ? err.message : err}` });
    }
  }

  emit(out);
}

await main();
cleanup();
