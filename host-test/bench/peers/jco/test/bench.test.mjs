// Smoke test of bench.mjs (the jco peer runtime `host-test bench` spawns): a tiny SPEC against
// the simulator, checking the JSON it prints: shape, one sample per measured call, no failures.
//
// Binaries: HOST_TEST_BIN (default $CARGO_TARGET_DIR/debug/host-test) and HOST_TEST_PLUGIN
// (default $CARGO_TARGET_DIR/wasm32-wasip2/release/plaid_partner_insights.wasm).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');
const repo = resolve(here, '../../../../..');
const targetDir = process.env.CARGO_TARGET_DIR || join(repo, 'target');
const hostBin = process.env.HOST_TEST_BIN || join(targetDir, 'debug', 'host-test');
const wasm = resolve(process.env.HOST_TEST_PLUGIN || join(targetDir, 'wasm32-wasip2', 'release', 'plaid_partner_insights.wasm'));
const SIM_KEYS = { PLAID_CLIENT_ID: 'sim_client_id_0123456789', PLAID_SECRET: 'sim_secret_abcdef0123456789' };
const TYPICAL = '{"user_id":"usr_bench_typical","partner_insights":{"prism_versions":{"cashscore":"4","firstdetect":"3","insights":"4"}}}';

let sim;
let scratch;
let simUrl;
before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'jco-bench-test-'));
  sim = spawn(hostBin, ['sim', '--port', '0', '--rate-limit-per-minute', '100000000'], {
    stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...SIM_KEYS },
  });
  const line = await new Promise((ok, fail) => {
    createInterface({ input: sim.stdout }).once('line', ok);
    sim.once('error', fail);
    sim.once('exit', (code) => fail(new Error(`simulator exited with ${code}`)));
  });
  simUrl = JSON.parse(line).listening;
});
after(() => {
  sim?.kill();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** A ~100 KB report: Plaid's 200 example with its first item repeated. */
function reportFile() {
  const body = JSON.parse(readFileSync(join(repo, 'examples', 'plaid', 'response-200.spec-example-1.json'), 'utf8'));
  const item = body.report.items[0];
  while (JSON.stringify(body.report.items).length < 100_000) body.report.items.push(item);
  const path = join(scratch, 'report.json');
  writeFileSync(path, JSON.stringify(body));
  return path;
}

function runBench(spec, env = process.env) {
  const specPath = join(scratch, 'spec.json');
  writeFileSync(specPath, JSON.stringify(spec));
  return new Promise((ok, fail) => {
    execFile(process.execPath, [join(pkg, 'bench.mjs'), specPath], { env, maxBuffer: 64 << 20, timeout: 50_000 }, (err, stdout, stderr) => {
      if (err) return fail(new Error(`bench.mjs failed: ${err.message}\n${stderr}`));
      ok({ out: JSON.parse(stdout), stderr });
    });
  });
}

const isSamples = (s, n, what) => {
  assert.equal(s.failures, 0, what);
  assert.equal(s.samples_ns.length, n, what);
  for (const ns of s.samples_ns) assert.ok(Number.isInteger(ns) && ns > 0, `${what}: ${ns}`);
};

test('bench.mjs measures validate, execute and parse under jco with no failures', async () => {
  const spec = {
    wasm,
    env: SIM_KEYS,
    config: { base_url: simUrl },
    validate: { inputs: { typical: TYPICAL, fico_heavy: readFileSync(join(repo, 'examples', 'inputs', 'fico.json'), 'utf8') }, iterations: 5, warmup: 2 },
    execute: { input_template: '{"user_id":"usr_b{i}"}', runs: [{ concurrency: 1, steps: 5 }, { concurrency: 4, steps: 12 }], warmup: 1 },
    parse: { report_file: reportFile(), iterations: 3, warmup: 1 },
  };
  const { out, stderr } = await runBench(spec);
  assert.deepEqual(Object.keys(out), ['runtime', 'version', 'notes', 'validate', 'execute', 'parse'], stderr);
  assert.equal(out.runtime, 'jco');
  const jcoPkg = JSON.parse(readFileSync(join(pkg, 'node_modules', '@bytecodealliance', 'jco', 'package.json'), 'utf8'));
  assert.equal(out.version, jcoPkg.version);
  assert.equal(typeof out.notes, 'string');
  assert.deepEqual(Object.keys(out.validate).sort(), ['fico_heavy', 'typical']);
  for (const [name, s] of Object.entries(out.validate)) isSamples(s, 5, `validate ${name}`);
  assert.equal(out.execute.length, 2);
  for (const [i, run] of spec.execute.runs.entries()) {
    const got = out.execute[i];
    assert.equal(got.concurrency, run.concurrency);
    assert.equal(got.steps, run.steps);
    assert.ok(Number.isInteger(got.elapsed_ns) && got.elapsed_ns > 0);
    isSamples(got, run.steps, `execute c=${run.concurrency}`);
  }
  isSamples(out.parse, 3, 'parse');
  // The transpiled scratch directory is gone.
  assert.deepEqual(readdirSync(pkg).filter((f) => f.startsWith('.transpiled-bench-')), []);
});

test('bench.mjs counts failed calls instead of hiding them', async () => {
  // An input the step rejects, and a base URL nothing listens on.
  const spec = {
    wasm,
    env: SIM_KEYS,
    config: { base_url: 'http://127.0.0.1:9' },
    validate: { inputs: { invalid: '{}' }, iterations: 2, warmup: 0 },
    execute: { input_template: '{"user_id":"usr_b{i}"}', runs: [{ concurrency: 1, steps: 2 }], warmup: 0 },
    parse: { report_file: join(repo, 'examples', 'plaid', 'errors', readdirSync(join(repo, 'examples', 'plaid', 'errors')).sort()[0]), iterations: 1, warmup: 0 },
  };
  const { out, stderr } = await runBench(spec);
  assert.equal(out.validate.invalid.failures, 2);
  assert.equal(out.execute[0].failures, 2);
  assert.equal(out.parse.failures, 1);
  assert.match(stderr, /missing_identity/);
  assert.match(stderr, /CONNECTION_REFUSED/);
});

test('bench.mjs gives the component the spec env only', async () => {
  // No keys in the spec while bench.mjs's own environment has the right ones: the component
  // sends none, so it did not inherit the process environment.
  const spec = {
    wasm,
    env: {},
    config: { base_url: simUrl },
    validate: { inputs: {}, iterations: 0, warmup: 0 },
    execute: { input_template: '{"user_id":"usr_b{i}"}', runs: [{ concurrency: 1, steps: 1 }], warmup: 0 },
    parse: { report_file: reportFile(), iterations: 0, warmup: 0 },
  };
  const { out, stderr } = await runBench(spec, { ...process.env, ...SIM_KEYS });
  assert.equal(out.execute[0].failures, 1, stderr);
  assert.match(stderr, /MISSING_FIELDS/);
});
