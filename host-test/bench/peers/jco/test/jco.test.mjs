// The release component transpiled with jco (pinned in package.json) and called from Node:
// describe, validate, prepare and parse on the repository's example inputs and Plaid's own
// bodies, and execute (in a worker thread) against the simulator, each compared with what the
// Rust host (`host-test`) prints for the same input.
//
// Binaries: HOST_TEST_BIN (default $CARGO_TARGET_DIR/debug/host-test) and HOST_TEST_PLUGIN
// (default $CARGO_TARGET_DIR/wasm32-wasip2/release/plaid_partner_insights.wasm).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { transpileComponent, loadStep } from '../step.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '..');
const repo = resolve(here, '../../../../..');
const targetDir = process.env.CARGO_TARGET_DIR || join(repo, 'target');
const hostBin = process.env.HOST_TEST_BIN || join(targetDir, 'debug', 'host-test');
const wasm = process.env.HOST_TEST_PLUGIN || join(targetDir, 'wasm32-wasip2', 'release', 'plaid_partner_insights.wasm');
const inputsDir = join(repo, 'examples', 'inputs');
const plaidDir = join(repo, 'examples', 'plaid');
// The simulator's documented test keys: the host injects them from its environment, the
// component under jco reads them from its WASI environment.
const SIM_KEYS = { PLAID_CLIENT_ID: 'sim_client_id_0123456789', PLAID_SECRET: 'sim_secret_abcdef0123456789' };
const NO_KEYS = { PLAID_CLIENT_ID: '', PLAID_SECRET: '' };

/** Runs `host-test ARGS…` with `stdin`, returns its parsed stdout and exit code. */
function host(args, { stdin, env = NO_KEYS } = {}) {
  return new Promise((resolveRun, reject) => {
    const child = execFile(hostBin, ['--plugin', wasm, ...args], { env: { ...process.env, ...env }, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      const code = err ? err.code : 0;
      if (typeof code !== 'number' || code > 1) return reject(new Error(`host-test ${args.join(' ')} exited ${code}: ${stderr}`));
      resolveRun({ json: JSON.parse(stdout), code });
    });
    child.stdin.end(stdin ?? '');
  });
}

const exampleInputs = readdirSync(inputsDir).filter((f) => f.endsWith('.json')).sort();
const readInput = (name) => readFileSync(join(inputsDir, name), 'utf8');
// Edge cases beside the examples: not JSON, not an object, empty, unknown fields, deep nesting.
const edgeInputs = {
  'not JSON': '{"user_id": ',
  'an array': '[1, 2]',
  'empty object': '{}',
  'empty text': '',
  'identity only': '{"user_id":"usr_jco_compare","partner_insights":{}}',
  'user_token': '{"user_token":"tok-1","partner_insights":{"fico":{"fico_lender_id":"l","lender_application_id":"a","ultrafico_score_requests":[]}}}',
  'deep nesting': '['.repeat(200) + ']'.repeat(200),
};

let step;
let scratch;
before(async () => {
  scratch = mkdtempSync(join(pkg, '.transpiled-'));
  step = await loadStep(await transpileComponent(wasm, scratch));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

test('describe under jco equals host-test describe', async () => {
  const { json } = await host(['describe']);
  const mine = step.describe();
  assert.equal(mine.name, 'plaid.cra.check_report.partner_insights.get');
  assert.deepEqual(mine, json);
});

test('validate under jco equals host-test validate on every example input and edge case', async () => {
  const cases = [...exampleInputs.map((f) => [f, readInput(f)]), ...Object.entries(edgeInputs)];
  let invalid = 0;
  for (const [name, text] of cases) {
    const { json, code } = await host(['validate', '-'], { stdin: text });
    const mine = step.validate(text);
    assert.deepEqual(mine, json, name);
    assert.equal(code, mine.valid ? 0 : 1, name);
    if (!mine.valid) invalid += 1;
  }
  // The comparison covered both outcomes, with the documented errors of invalid.json.
  assert.ok(invalid >= 4 && invalid < cases.length, `${invalid} of ${cases.length} invalid`);
  const errors = step.validate(readInput('invalid.json')).errors.map((e) => `${e.path} ${e.code}`);
  assert.ok(errors.includes('/partner_insights/fico/ultrafico_score_requests/0/base_fico_score/bureau invalid_enum'), errors.join('\n'));
});

test('prepare under jco equals host-test prepare for each environment and a base URL', async () => {
  const configs = [
    [['--env', 'sandbox'], { environment: 'sandbox' }],
    [['--env', 'production'], { environment: 'production' }],
    [['--base-url', 'http://127.0.0.1:9'], { base_url: 'http://127.0.0.1:9' }],
  ];
  const urls = new Set();
  for (const name of [...exampleInputs, 'invalid.json']) {
    for (const [flags, config] of configs) {
      const { json } = await host(['prepare', '-', ...flags], { stdin: readInput(name) });
      const mine = step.prepare(readInput(name), config);
      assert.deepEqual(mine, json, `${name} ${flags.join(' ')}`);
      if (mine.url) urls.add(mine.url);
    }
  }
  assert.deepEqual([...urls].sort(), [
    'http://127.0.0.1:9/cra/check_report/partner_insights/get',
    'https://production.plaid.com/cra/check_report/partner_insights/get',
    'https://sandbox.plaid.com/cra/check_report/partner_insights/get',
  ]);
  assert.equal(step.prepare(readInput('invalid.json'), {}).error.kind, 'invalid_input');
});

test('an inline secret is masked by the host but echoed by the component under jco', async () => {
  // A policy difference, not a contract one: host-test masks writeOnly values in all it prints.
  const text = '{"user_id":"usr_jco_compare","secret":"inline_secret_value_42","partner_insights":{}}';
  const { json } = await host(['validate', '-'], { stdin: text });
  assert.equal(json.input.secret, '********');
  assert.equal(step.validate(text).input.secret, 'inline_secret_value_42');
  // prepare masks it in both: that masking is the component's own.
  const prepared = step.prepare(text, { environment: 'sandbox' });
  assert.equal(prepared.headers['plaid-secret'], '********');
  assert.ok(!JSON.stringify(prepared).includes('inline_secret_value_42'));
  assert.deepEqual(prepared, (await host(['prepare', '-', '--env', 'sandbox'], { stdin: text })).json);
});

test('parse under jco equals host-test parse on Plaid\'s 200 example and every documented error', async () => {
  const cases = [['response-200.spec-example-1.json', 200, []]];
  for (const f of readdirSync(join(plaidDir, 'errors')).sort()) cases.push([join('errors', f), Number(f.split('.')[0]), []]);
  cases.push([join('errors', '429.RATE_LIMIT.docs.json'), 429, [['Retry-After', '7']]]);
  const kinds = new Set();
  for (const [file, status, headers] of cases) {
    const path = join(plaidDir, file);
    const args = ['parse', path, '--status', String(status), ...headers.flatMap(([n, v]) => ['--header', `${n}: ${v}`])];
    const { json } = await host(args);
    const mine = step.parse(status, [['content-type', 'application/json'], ...headers], readFileSync(path));
    assert.deepEqual(mine, json, file);
    kinds.add(mine.ok ? 'ok' : mine.error.kind);
  }
  assert.ok(kinds.has('ok') && kinds.has('not_ready') && kinds.has('expired') && kinds.has('rate_limited') && kinds.has('api_error'), [...kinds].join(','));
  // Bodies that are not Plaid JSON.
  const odd = [[502, '<html>Bad gateway</html>'], [200, '{"report": {"report_id": "r'], [200, ''], [302, '']];
  for (const [status, body] of odd) {
    const { json } = await host(['parse', '-', '--status', String(status)], { stdin: body });
    assert.deepEqual(step.parse(status, [], Buffer.from(body)), json, `${status} ${body}`);
  }
});

test('execute under jco in a worker thread equals host-test run against the simulator', async (t) => {
  const sim = spawn(hostBin, ['sim', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  t.after(() => sim.kill());
  const line = await new Promise((ok, fail) => {
    createInterface({ input: sim.stdout }).once('line', ok);
    sim.once('exit', (code) => fail(new Error(`simulator exited with ${code}`)));
  });
  const simUrl = JSON.parse(line).listening;
  const port = new URL(simUrl).port;
  const names = ['good.json', 'fico.json', 'invalid.json', 'sim-not-ready.json', 'sim-expired.json', 'sim-not-found.json',
    'sim-server-error.json', 'sim-html-502.json', 'sim-truncated.json'];
  const inputs = [...names, 'sim-oversized.json'].map(readInput);
  const config = { base_url: simUrl };
  const mine = await new Promise((ok, fail) => {
    const worker = new Worker(join(pkg, 'execute-worker.mjs'), { workerData: { moduleUrl: step.moduleUrl, env: SIM_KEYS, inputs, config } });
    worker.once('message', ok);
    worker.once('error', fail);
  });
  // Request ids are the simulator's counter (also inside body excerpts) and attempts are the
  // host's: everything else matches.
  const comparable = (result) => {
    const copy = JSON.parse(JSON.stringify(result).replace(/sim\d{12}/g, 'sim-request-id'));
    delete copy.attempts;
    if (copy.outputs) delete copy.outputs.request_id;
    if (copy.error) { delete copy.error.request_id; delete copy.error.attempts; }
    return copy;
  };
  for (const [i, name] of names.entries()) {
    const { json } = await host(['run', '-', '--base-url', simUrl, '--allow', `127.0.0.1:${port}`, '--credentials-for', simUrl], { stdin: inputs[i], env: SIM_KEYS });
    assert.deepEqual(comparable(mine[i]), comparable(json), name);
  }
  assert.equal(typeof mine[0].outputs.summary.cash_score, 'number');
  // What the host's policy adds: a 12 MiB answer is over its 8 MiB cap; the shim has no cap.
  const oversized = readInput('sim-oversized.json');
  const { json: capped } = await host(['run', '-', '--base-url', simUrl, '--allow', `127.0.0.1:${port}`, '--credentials-for', simUrl], { stdin: oversized, env: SIM_KEYS });
  assert.equal(capped.error.kind, 'response_too_large');
  assert.equal(mine[names.length].ok, true, 'the shim read the whole 12 MiB body');
  assert.equal(mine[3].error.kind, 'not_ready');
  assert.equal(mine[3].error.retryable, true);
});
