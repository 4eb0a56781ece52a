// One worker thread of bench.mjs: loads the transpiled step once (its own instance, kept for
// every call), then either times validate and parse (`mode: 'pure'`) or takes execute steps from
// a shared counter until they run out (`mode: 'execute'`). Every call is timed on its own with
// performance.now(); only the component call is timed, the success check runs after it.
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadStep, stepConfig, stepError } from './step.mjs';

const { mode, moduleUrl, env } = workerData;
// loadStep gives the component an explicit WASI environment; importing the module URL again
// returns the same (already instantiated) module, whose raw bindings are what we time.
await loadStep(moduleUrl, env);
const { step } = await import(moduleUrl);

/** A short description of a thrown value: a WIT error as the host prints it, or the exception. */
function describeError(err) {
  if (err && typeof err === 'object' && 'payload' in err) {
    const p = err.payload;
    if (p && p.tag === 'permanent-invalid-input') return JSON.stringify({ invalid_input: p.val.errors });
    try { return JSON.stringify(stepError(p)); } catch { return String(err); }
  }
  return err && err.stack ? err.stack : String(err);
}

/** Whether `text` is JSON with a `report` object. */
function hasReport(text) {
  let value;
  try { value = JSON.parse(text); } catch { return 'outputs are not JSON'; }
  const report = value && value.report;
  return report && typeof report === 'object' && !Array.isArray(report) ? null : 'outputs carry no report object';
}

/**
 * Runs `call` and times it. Returns [ns, errorText|null]; `check(result)` returns an error text
 * or null and runs outside the timed region.
 */
function timed(call, check) {
  let result;
  const t0 = performance.now();
  try {
    result = call();
  } catch (err) {
    const t1 = performance.now();
    return [Math.round((t1 - t0) * 1e6), describeError(err)];
  }
  const t1 = performance.now();
  return [Math.round((t1 - t0) * 1e6), check ? check(result) : null];
}

/** Collects samples and failures of one measurement. */
function series() {
  return { samples_ns: [], failures: 0, first_error: null };
}
function record(s, [ns, error]) {
  s.samples_ns.push(ns);
  if (error !== null) {
    s.failures += 1;
    if (s.first_error === null) s.first_error = error;
  }
}

if (mode === 'pure') {
  const { validate, parse } = workerData;
  const out = { validate: {}, parse: null };
  for (const [name, text] of Object.entries(validate.inputs)) {
    for (let i = 0; i < validate.warmup; i++) timed(() => step.validate(text));
    const s = series();
    for (let i = 0; i < validate.iterations; i++) record(s, timed(() => step.validate(text)));
    out.validate[name] = s;
  }
  const body = new Uint8Array(readFileSync(parse.report_file));
  const callParse = () => step.parse(200, [], body);
  for (let i = 0; i < parse.warmup; i++) timed(callParse, hasReport);
  const s = series();
  for (let i = 0; i < parse.iterations; i++) record(s, timed(callParse, hasReport));
  out.parse = s;
  parentPort.postMessage({ done: out });
} else if (mode === 'execute') {
  const { template, config, steps, warmup, counter, go, index } = workerData;
  const cfg = stepConfig(config);
  const input = (id) => template.replaceAll('{i}', id);
  const counterView = new Int32Array(counter);
  const goView = new Int32Array(go);
  const s = series();
  // Warm this worker's instance (and V8's code for it) before the clock starts.
  const warm = series();
  for (let k = 0; k < warmup; k++) record(warm, timed(() => step.execute(input(`w${index}_${k}`), cfg), hasReport));
  parentPort.postMessage({ ready: true, index, warmup_failures: warm.failures, warmup_error: warm.first_error });
  Atomics.wait(goView, 0, 0);
  for (;;) {
    const i = Atomics.add(counterView, 0, 1);
    if (i >= steps) break;
    record(s, timed(() => step.execute(input(String(i)), cfg), hasReport));
  }
  parentPort.postMessage({ done: s });
} else {
  throw new Error(`unknown mode ${mode}`);
}
