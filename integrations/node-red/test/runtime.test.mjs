// The workflow-step node in Node-RED's runtime (node-red-node-test-helper, Node-RED 4.1.8)
// against the real step service: outputs on output 1, structured errors on output 2, node
// status, Catch nodes, the editor's admin routes, and no credential in any message or log.
// The nodes are the ones this package's tarball installs (npm install of `npm pack`'s file
// into a fresh Node-RED user directory), not the source folder's.
import { test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { hostname } from 'node:os';
import { installedUserDir, NODE_RED, nodeRedRequire, runtimes, SIM_SECRET, startCanary, startService, STEP_ID, STEP_IDS } from './harness.mjs';

const { userDir, installed } = installedUserDir();
const helper = runtimes('node-red-node-test-helper');
const serviceNode = runtimes(join(installed, 'nodes', 'step-service.js'));
const stepNode = runtimes(join(installed, 'nodes', 'workflow-step.js'));
const catchNode = nodeRedRequire('@node-red/nodes/core/common/25-catch.js');
const StepForm = runtimes(join(installed, 'resources', 'step-form.js'));

helper.init(nodeRedRequire.resolve(NODE_RED));

const TOKEN = 'wfs-runtime-token-' + Math.random().toString(36).slice(2);
const WRONG_SECRET = 'wrong_secret_value_' + Math.random().toString(36).slice(2);
let service;

before(async () => {
  service = await startService({ token: TOKEN });
  await new Promise((resolve) => helper.startServer(resolve));
});
afterEach(async () => { await helper.unload(); });
after(async () => {
  await new Promise((resolve) => helper.stopServer(resolve));
  await service.stop();
  rmSync(userDir, { recursive: true, force: true });
});

/** A flow: the config node, the step node with `fields`, one helper per output (and a Catch). */
function flow(fields, { url, catchErrors = false, step = STEP_ID } = {}) {
  return [
    { id: 'tab', type: 'tab' },
    { id: 'svc', type: 'step-service', url: url || service.url, timeout: 30 },
    { id: 'step', type: 'workflow-step', z: 'tab', service: 'svc', step, fields, catchErrors, wires: [['out'], ['err']] },
    { id: 'out', type: 'helper', z: 'tab' },
    { id: 'err', type: 'helper', z: 'tab' },
    { id: 'catcher', type: 'catch', z: 'tab', scope: null, wires: [['caught']] },
    { id: 'caught', type: 'helper', z: 'tab' },
  ];
}

const credentials = (extra = {}) => ({ svc: { token: TOKEN }, step: extra });

async function load(fields, opts, creds = credentials()) {
  await helper.load([serviceNode, stepNode, catchNode], flow(fields, opts), creds);
  return helper.getNode('step');
}

/** Sends `msg` into the step and resolves with the first message on `outputs` (ids). */
function run(msg, outputs = ['out', 'err']) {
  return new Promise((resolve) => {
    for (const id of outputs) helper.getNode(id).once('input', (m) => resolve({ on: id, msg: m }));
    helper.getNode('step').receive(msg);
  });
}

/** The node's latest status, once `text` matches. */
async function statusOf(node, pattern) {
  for (let i = 0; i < 100; i += 1) {
    const calls = node.status.getCalls ? node.status.getCalls() : [];
    const last = calls.length ? calls[calls.length - 1].args[0] : null;
    if (last && pattern.test(last.text || '')) return last;
    await new Promise((r) => setTimeout(r, 20));
  }
  return null;
}

const USER_FROM_MSG = { '/user_id': { t: 'msg', v: 'payload.user_id' }, '/partner_insights/prism_versions/cashscore': { t: 'enum', v: '4' } };

test('a good user: the outputs on output 1 (msg.payload), status ok', async () => {
  const node = await load(USER_FROM_MSG);
  const { on, msg } = await run({ payload: { user_id: 'usr_runtime_ok' }, topic: 'kept' });
  assert.equal(on, 'out');
  assert.equal(typeof msg.payload.summary.cash_score, 'number');
  assert.equal(msg.payload.request_id.startsWith('sim'), true);
  assert.equal(msg.topic, 'kept', 'the message is reused');
  const status = await statusOf(node, /ok/);
  assert.deepEqual({ fill: status.fill, shape: status.shape }, { fill: 'green', shape: 'dot' });
});

test('a not-ready user: the structured error on output 2, retryable, yellow status', async () => {
  const node = await load(USER_FROM_MSG);
  const { on, msg } = await run({ payload: { user_id: 'usr_not_ready' } });
  assert.equal(on, 'err');
  assert.equal(msg.payload.kind, 'not_ready');
  assert.equal(msg.payload.code, 'PRODUCT_NOT_READY');
  assert.equal(msg.payload.retryable, true);
  assert.match(msg.payload.suggested_action, /CHECK_REPORT_READY/);
  assert.match(msg.payload.request_id, /^sim/);
  assert.equal(msg.statusCode, 503);
  assert.equal(typeof msg.retryAfter, 'number');
  const status = await statusOf(node, /not_ready/);
  assert.deepEqual({ fill: status.fill, shape: status.shape }, { fill: 'yellow', shape: 'ring' });
});

test('an invalid literal: invalid_input with field errors on output 2, red status', async () => {
  const node = await load({ '/user_id': { t: 'str', v: 'usr_pasted\u0007id' } });
  const { on, msg } = await run({ payload: {} });
  assert.equal(on, 'err');
  assert.equal(msg.payload.kind, 'invalid_input');
  assert.equal(msg.payload.retryable, false);
  assert.ok(msg.payload.field_errors.some((e) => e.path === '/user_id' && e.code === 'control_character'), JSON.stringify(msg.payload));
  const status = await statusOf(node, /invalid_input/);
  assert.deepEqual({ fill: status.fill, shape: status.shape }, { fill: 'red', shape: 'ring' });
});

test('JSONata and nested arrays: an UltraFICO request built from the message', async () => {
  const REQ = '/partner_insights/fico/ultrafico_score_requests/0';
  await load({
    '/user_id': { t: 'jsonata', v: '"usr_" & payload.name' },
    '/partner_insights/fico/fico_lender_id': { t: 'str', v: 'lender_rt' },
    '/partner_insights/fico/lender_application_id': { t: 'flow', v: 'application' },
    '/partner_insights/fico/ultrafico_score_requests': { t: 'form', n: 1 },
    [`${REQ}/ultrafico_score_version`]: { t: 'enum', v: '1.0' },
    [`${REQ}/request_correlation_id`]: { t: 'str', v: 'corr_rt' },
    [`${REQ}/base_fico_score/bureau`]: { t: 'enum', v: 'EQUIFAX' },
    [`${REQ}/base_fico_score/score`]: { t: 'msg', v: 'payload.score' },
    [`${REQ}/base_fico_score/base_fico_score_version`]: { t: 'enum', v: '10T' },
  });
  helper.getNode('step').context().flow.set('application', 'app_rt');
  const { on, msg } = await run({ payload: { name: 'runtime_fico', score: 700 } });
  assert.equal(on, 'out', JSON.stringify(msg.payload));
  assert.equal(msg.payload.summary.ultrafico_scores.length, 1);
  assert.equal(msg.payload.summary.ultrafico_scores[0].request_correlation_id, 'corr_rt');
});

test('a JSONata syntax error shows on deploy and ends on output 2 without calling the service', async () => {
  const node = await load({ '/user_id': { t: 'jsonata', v: '"usr_" & (' } });
  const status = await statusOf(node, /not.configured/);
  assert.equal(status.fill, 'red');
  const { on, msg } = await run({ payload: {} });
  assert.equal(on, 'err');
  assert.equal(msg.payload.code, 'INVALID_JSONATA');
});

test('a secret field is a credential: used in the call, never in a message, status or log', async () => {
  await load({ '/user_id': { t: 'str', v: 'usr_runtime_secret' } }, {}, credentials({ [StepForm.credKey('/secret')]: WRONG_SECRET }));
  const bad = await run({ payload: {} });
  assert.equal(bad.on, 'err');
  assert.equal(bad.msg.payload.kind, 'auth', JSON.stringify(bad.msg.payload)); // the simulator refused the wrong secret: it was sent
  await helper.unload();
  await load({ '/user_id': { t: 'str', v: 'usr_runtime_secret' } }, {}, credentials({ [StepForm.credKey('/secret')]: SIM_SECRET }));
  const good = await run({ payload: {} });
  assert.equal(good.on, 'out');
  for (const secret of [WRONG_SECRET, SIM_SECRET, TOKEN]) {
    assert.ok(!JSON.stringify([bad.msg, good.msg]).includes(secret), 'a message holds a credential');
    assert.ok(!JSON.stringify(helper.log().args).includes(secret), 'a log line holds a credential');
    assert.ok(!service.output().includes(secret), 'the service logged a credential');
  }
});

test('with "send errors to Catch nodes", an error goes to Catch instead of output 2', async () => {
  await load(USER_FROM_MSG, { catchErrors: true });
  const { on, msg } = await run({ payload: { user_id: 'usr_expired' } }, ['out', 'err', 'caught']);
  assert.equal(on, 'caught');
  assert.match(msg.error.message, /expired\/CONSUMER_REPORT_EXPIRED: /);
  assert.equal(msg.payload.kind, 'expired', 'the structured error is in msg.payload for the Catch flow too');
  assert.equal(msg.payload.retryable, false);
});

test('a service that cannot be reached: a retryable service error on output 2', async () => {
  await load(USER_FROM_MSG, { url: 'http://127.0.0.1:9' });
  const { on, msg } = await run({ payload: { user_id: 'usr_runtime_ok' } });
  assert.equal(on, 'err');
  assert.deepEqual([msg.payload.kind, msg.payload.code, msg.payload.retryable], ['service', 'UNREACHABLE', true]);
});

test('messages in flight together are all answered (the event loop is never blocked)', async () => {
  await load(USER_FROM_MSG);
  const ids = ['usr_para_1', 'usr_para_2', 'usr_para_3', 'usr_not_ready', 'usr_para_4'];
  const seen = [];
  const done = new Promise((resolve) => {
    const collect = (m) => { seen.push(m._msgid); if (seen.length === ids.length) resolve(); };
    helper.getNode('out').on('input', collect);
    helper.getNode('err').on('input', collect);
  });
  const sent = ids.map((user_id) => { const msg = { _msgid: user_id, payload: { user_id } }; helper.getNode('step').receive(msg); return user_id; });
  await done;
  assert.deepEqual(seen.sort(), sent.sort());
});

test('admin routes proxy to the deployed config node\'s service with its token, and nowhere else', async () => {
  await load(USER_FROM_MSG);
  const steps = await helper.request().get('/workflow-step/steps').query({ service: 'svc' }).expect(200);
  assert.equal(steps.body.status, 200);
  assert.deepEqual(steps.body.body.steps.map((s) => s.id), STEP_IDS);
  const described = await helper.request().get(`/workflow-step/steps/${STEP_ID}`).query({ service: 'svc' }).expect(200);
  assert.equal(described.body.body.endpoint, 'POST /cra/check_report/partner_insights/get');
  const validated = await helper.request().post(`/workflow-step/steps/${STEP_ID}/validate`).query({ service: 'svc' }).send({ user_id: 'usr_pasted\u0007id' }).expect(200);
  assert.equal(validated.body.status, 422);
  assert.equal(validated.body.body.errors[0].code, 'control_character');
  const prepared = await helper.request().post(`/workflow-step/steps/${STEP_ID}/prepare`).query({ service: 'svc' }).send({ user_id: 'usr_prepare', secret: StepForm.MASK }).expect(200);
  assert.equal(prepared.body.body.method, 'POST');
  for (const r of [steps, described, validated, prepared]) assert.ok(!JSON.stringify(r.body).includes(TOKEN));

  // Any other address: never called, whatever the request says.
  const elsewhere = await startCanary();
  try {
    // A URL beside the config node's id is not used: the deployed node's service answers.
    const withUrl = await helper.request().get('/workflow-step/steps').query({ service: 'svc', url: elsewhere.url }).expect(200);
    assert.deepEqual(withUrl.body.body.steps.map((s) => s.id), STEP_IDS);
    // A URL alone, an unknown id, or the id of a node that is not a step service: refused.
    for (const query of [{ url: elsewhere.url }, {}]) {
      const r = await helper.request().get('/workflow-step/steps').query(query).expect(400);
      assert.equal(r.body.body.error.code, 'NO_SERVICE');
    }
    for (const service of ['not-a-node', 'step', 'out', 'catcher']) {
      const r = await helper.request().post(`/workflow-step/steps/${STEP_ID}/validate`).query({ service, url: elsewhere.url }).send({}).expect(400);
      assert.equal(r.body.body.error.code, 'NOT_DEPLOYED', service);
    }
    assert.deepEqual(elsewhere.seen, [], 'the canary was called');
  } finally {
    await elsewhere.close();
  }
});

test('the editor routes refuse foreign Hosts and cross-site calls', async () => {
  // Names an operator lists in settings.js (workflowStepAllowedHosts): a proxy's public name.
  helper.settings({ workflowStepAllowedHosts: ['nodered.example.com'] });
  try {
    await load(USER_FROM_MSG);
    const list = () => helper.request().get('/workflow-step/steps').query({ service: 'svc' });
    const validate = () => helper.request().post(`/workflow-step/steps/${STEP_ID}/validate`).query({ service: 'svc' });
    const refused = async (request, code) => {
      const r = await request.expect(403);
      assert.equal(r.body.status, 403);
      assert.equal(r.body.body.error.code, code);
      assert.ok(!JSON.stringify(r.body).includes('steps'), 'a refused request learns nothing of the service');
    };
    // DNS rebinding: the attacker's page keeps its own name as Host (and as Origin).
    await refused(list().set('Host', 'rebind.attacker.example:1880'), 'HOST_NOT_ALLOWED');
    await refused(validate().set('Host', 'rebind.attacker.example:1880').set('Origin', 'http://rebind.attacker.example:1880').send({ user_id: 'usr_x' }), 'HOST_NOT_ALLOWED');
    // Cross-site pages: a foreign Origin, Sec-Fetch-Site, a simple (non-JSON) POST.
    await refused(validate().set('Origin', 'http://evil.example').send({ user_id: 'usr_x' }), 'CROSS_SITE_REFUSED');
    await refused(list().set('Sec-Fetch-Site', 'cross-site'), 'CROSS_SITE_REFUSED');
    await refused(validate().set('Content-Type', 'text/plain').send('{"user_id":"usr_x"}'), 'JSON_REQUIRED');
    await refused(validate().type('form').send({ user_id: 'usr_x' }), 'JSON_REQUIRED');
    // Accepted: IP literals, localhost, this machine's name, a listed name (also as the Origin
    // of a proxy that rewrites Host), and the editor's own same-origin calls.
    for (const host of ['127.0.0.1:1880', 'localhost:1880', '[::1]:1880', `${hostname()}:1880`, 'nodered.example.com']) {
      const r = await list().set('Host', host).expect(200);
      assert.deepEqual(r.body.body.steps.map((s) => s.id), STEP_IDS, host);
    }
    await list().set('Origin', 'https://nodered.example.com').expect(200);
    const own = await validate().set('Host', 'localhost:1880').set('Origin', 'http://localhost:1880').set('Sec-Fetch-Site', 'same-origin').send({ user_id: 'usr_pasted\u0007id' }).expect(200);
    assert.equal(own.body.body.errors[0].code, 'control_character');
  } finally {
    helper.settings({});
  }
});

test('bytes for a string field (an http in node\'s unparsed body) are sent as UTF-8 text, exactly', async () => {
  const fields = { '/headers': { t: 'msg', v: 'req.headers' }, '/body': { t: 'msg', v: 'payload' } };
  await load(fields, { step: 'plaid_webhook_verify' });
  const body = Buffer.from('\ufeff{\n  "webhook_type": "CHECK_REPORT",\n  "note": "caf\u00e9 \u2713"\n}', 'utf8');
  const { on, msg } = await run({ payload: body, req: { headers: { 'content-type': 'application/json', 'plaid-verification': 'eyJhbGciOiJFUzI1NiJ9.e30.c2ln' } } });
  assert.equal(on, 'err');
  // Not invalid_input (a Buffer sent as JSON is an object, not the string the schema wants):
  // the text reached the verification, which refused the signature.
  assert.equal(msg.payload.kind, 'webhook_invalid', JSON.stringify(msg.payload));
  assert.equal(StepForm.asText({ type: 'string' }, body), body.toString('utf8'), 'the bytes as they are, byte order mark included');
  assert.deepEqual(StepForm.asText({ type: 'object' }, body), body, 'only for string fields');
});

test('a step service URL from an environment variable (${NAME}): the node and the editor routes use it as deployed', async () => {
  process.env.WFS_RUNTIME_SERVICE_URL = service.url;
  try {
    await load(USER_FROM_MSG, { url: '${WFS_RUNTIME_SERVICE_URL}' });
    const { on } = await run({ payload: { user_id: 'usr_runtime_env_url' } });
    assert.equal(on, 'out');
    // The editor's routes call the deployed config node's service: its URL as resolved.
    const steps = await helper.request().get('/workflow-step/steps').query({ service: 'svc' }).expect(200);
    assert.equal(steps.body.status, 200);
    await helper.unload();
    await load(USER_FROM_MSG, { url: '${WFS_RUNTIME_UNSET_URL}' });
    const unset = await run({ payload: { user_id: 'usr_runtime_env_url' } });
    assert.equal(unset.on, 'err');
    assert.deepEqual([unset.msg.payload.code, unset.msg.payload.retryable], ['INVALID_URL', false]);
    assert.match(unset.msg.payload.message, /\$\{WFS_RUNTIME_UNSET_URL\} names an environment variable that is not set/);
    const unset2 = await helper.request().get('/workflow-step/steps').query({ service: 'svc' }).expect(200);
    assert.deepEqual([unset2.body.status, unset2.body.body.error.code], [400, 'INVALID_URL']);
    // The editor cannot name another variable (or a URL) for the runtime to resolve and call.
    process.env.WFS_RUNTIME_PRIVATE = 'http://127.0.0.1:9/private-value';
    for (const query of [{ service: 'svc', url: '${WFS_RUNTIME_PRIVATE}' }, { url: '${WFS_RUNTIME_PRIVATE}' }]) {
      const other = await helper.request().get('/workflow-step/steps').query(query);
      assert.ok(!JSON.stringify(other.body).includes('private-value'));
      assert.notEqual(other.body.body.error.code, 'UNREACHABLE', 'the private URL was called');
    }
  } finally {
    delete process.env.WFS_RUNTIME_SERVICE_URL;
    delete process.env.WFS_RUNTIME_PRIVATE;
  }
});
