// The Check Report example flow (examples/partner-insights-flow.json) exactly as shipped, end to
// end: a standalone Plaid simulator (`host-test -v sim`, its request log read back), the step
// service with the three components (`host-test serve`), and Node-RED 4.1.8 with this package
// installed from its tarball. The flow is the installed package's file, deployed from its bytes
// through the admin API (as Import → Examples gives them); its URLs come from
// Node-RED's environment (STEP_SERVICE_URL, PLAID_WEBHOOK_URL). What the flow decides is read
// from its debug nodes over Node-RED's comms websocket, as the editor's debug sidebar reads it.
// Then forged webhooks: HTTP 401 and nothing fetched. Last, the flow in the editor (headless
// Chromium): a screenshot, and the create node's form valid against the `${STEP_SERVICE_URL}`
// config node.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, deployFlows, freePort, logField, nodeRedRequire, PKG, pkgDir, repo, runtimes, startNodeRed, startService, startSim } from './harness.mjs';

const { chromium } = runtimes('playwright-core');
const WebSocket = nodeRedRequire('ws'); // Node-RED's own dependency

const FLOW_FILE = join('examples', 'partner-insights-flow.json');
const IN_SOURCE = join(pkgDir, FLOW_FILE);
const IN_REPO = join(repo, 'examples', 'node-red', 'partner-insights-flow.json');
let SHIPPED; // the installed package's copy
const READY_MS = 300; // the simulator's report generation time
const PI_PATH = '/cra/check_report/partner_insights/get';
const CREATE_PATH = '/cra/check_report/create';

let sim;
let service;
let red;
let bare; // a second Node-RED without STEP_SERVICE_URL / PLAID_WEBHOOK_URL: the defaults
let debug;
let webhookUrl;

before(async () => {
  sim = await startSim({ readyMs: READY_MS });
  [service, bare] = await Promise.all([
    startService({ simUrl: sim.url }),
    startNodeRed({ env: { STEP_SERVICE_URL: undefined, PLAID_WEBHOOK_URL: undefined } }),
  ]);
  // Node-RED's port is in its webhook URL, so it is chosen first (once the others listen).
  const port = await freePort();
  webhookUrl = `http://127.0.0.1:${port}/plaid/webhook`;
  red = await startNodeRed({ port, env: { STEP_SERVICE_URL: service.url, PLAID_WEBHOOK_URL: webhookUrl } });
  SHIPPED = join(red.installed, FLOW_FILE);
  debug = await debugSidebar(red.url);
  // The shipped file's bytes, as Import would take them.
  await deployFlows(red.url, readFileSync(SHIPPED), red);
});

after(async () => {
  debug?.close();
  await Promise.all([red?.stop(), bare?.stop(), service?.stop()]);
  await sim?.stop();
});

/**
 * The debug sidebar as the editor receives it: Node-RED's comms websocket (without adminAuth
 * every connection gets every topic). `waitFor(ids, pred)` resolves with the first message
 * of the debug node `ids` (an id or a list) whose value satisfies `pred`.
 */
async function debugSidebar(url) {
  const ws = new WebSocket(url.replace(/^http/, 'ws') + '/comms');
  const messages = [];
  const waiters = new Set();
  ws.on('message', (data) => {
    for (const { topic, data: d } of JSON.parse(data)) {
      if (topic !== 'debug') continue;
      const value = /^Object|^Array/.test(d.format || '') ? JSON.parse(d.msg) : d.msg;
      messages.push({ id: d.id, name: d.name, value });
      for (const w of waiters) w();
    }
  });
  await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); });
  return {
    messages,
    of: (id) => messages.filter((m) => m.id === id).map((m) => m.value),
    waitFor(ids, pred = () => true, timeoutMs = 15000) {
      const wanted = [].concat(ids);
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = messages.find((m) => wanted.includes(m.id) && pred(m.value));
          if (!hit) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(hit.value);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no debug message from ${wanted} within ${timeoutMs} ms; seen: ${JSON.stringify(messages).slice(0, 3000)}\n${red.output()}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => ws.close(),
  };
}

/** Presses an inject node of the deployed flow (as its button does), optionally with other properties. */
async function inject(url, id, props) {
  const r = await fetch(new URL(`/inject/${id}`, url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(props ? { __user_inject_props__: props } : {}),
  });
  assert.equal(r.status, 200);
}

/** Polls `fn` until it returns something truthy (at most `timeoutMs`). */
async function until(fn, what, timeoutMs = 5000) {
  for (const end = Date.now() + timeoutMs; ; await new Promise((r) => setTimeout(r, 20))) {
    const value = fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
  }
}

/** The flow's decision for `user`: the message of its "approve" or its "review" debug node. */
function decisionFor(user) {
  const mine = (v) => v && v.user_id === user;
  return debug.waitFor(['crf_debug_approve', 'crf_debug_review'], mine);
}

test('the example flow is shipped in the package and the repository, byte for byte, without credentials, under Import → Examples', async () => {
  const shipped = readFileSync(SHIPPED);
  assert.ok(shipped.equals(readFileSync(IN_SOURCE)), 'the installed package\'s examples/partner-insights-flow.json differs from the source');
  assert.ok(shipped.equals(readFileSync(IN_REPO)), 'examples/node-red/partner-insights-flow.json and integrations/node-red/examples/partner-insights-flow.json differ');
  // What the editor's Import → Examples menu lists and loads.
  const listed = await (await fetch(new URL(`/library/examples/flows/${PKG}/`, red.url))).json();
  assert.ok(listed.some((e) => e.fn === 'partner-insights-flow'), JSON.stringify(listed));
  const example = await fetch(new URL(`/library/examples/flows/${PKG}/partner-insights-flow`, red.url));
  assert.equal(await example.text(), shipped.toString('utf8'));
  const nodes = JSON.parse(shipped);
  assert.ok(nodes.every((n) => !('credentials' in n)), 'no credentials in the flow');
  const service = nodes.find((n) => n.type === 'step-service');
  assert.equal(service.url, '${STEP_SERVICE_URL}');
  const tab = nodes.find((n) => n.type === 'tab');
  assert.deepEqual(tab.env.map((e) => e.name).sort(), ['PLAID_WEBHOOK_URL', 'STEP_SERVICE_URL']);
  const httpIn = nodes.find((n) => n.type === 'http in');
  assert.deepEqual([httpIn.method, httpIn.url, httpIn.skipBodyParsing], ['post', '/plaid/webhook', true], 'the webhook route keeps the raw body');
});

test('inject → create → the simulator\'s signed webhook → verified → Partner Insights → a decision', async () => {
  const started = Date.now();
  await inject(red.url, 'crf_inject_1');
  await inject(red.url, 'crf_inject_2');
  const waiting = await debug.waitFor('crf_debug_waiting', (v) => /usr_applicant_1/.test(v));
  assert.match(waiting, /waiting for the webhook/);
  const [first, second] = await Promise.all(['usr_applicant_1', 'usr_applicant_3'].map(decisionFor));
  // The EXAMPLE threshold, as the shipped switch has it.
  const threshold = Number(JSON.parse(readFileSync(SHIPPED, 'utf8')).find((n) => n.id === 'crf_switch_score').rules[0].v);
  assert.equal(threshold, 600);
  for (const d of [first, second]) {
    assert.equal(typeof d.cash_score, 'number', JSON.stringify(d));
    assert.equal(d.decision, d.cash_score >= threshold ? 'approve' : 'review', JSON.stringify(d));
  }
  assert.deepEqual([first.decision, second.decision].sort(), ['approve', 'review'], 'both branches of the example threshold');
  // What the simulator saw: the create (with the webhook URL the flow took from the
  // environment), its signed webhook answered 200 by Node-RED, the verification key fetched,
  // Partner Insights fetched once per user. (The flow reaches Partner Insights only from a
  // verified webhook.)
  for (const user of ['usr_applicant_1', 'usr_applicant_3']) {
    assert.equal(sim.requests(CREATE_PATH, user).length, 1);
    assert.equal(sim.requests(PI_PATH, user).length, 1);
    const sent = await until(() => sim.output().split('\n').find((line) => line.includes('simulator webhook') && logField(line, 'user_id', user) && logField(line, 'code', 'USER_CHECK_REPORT_READY')), `the simulator's log of ${user}'s webhook`);
    assert.match(sent, /result=Ok\(200\)/, 'Node-RED answered the webhook 200');
  }
  assert.ok(sim.requests('/webhook_verification_key/get').length >= 2, 'the signatures were checked with Plaid\'s key');
  console.log(`created, webhook verified, decided in ${Date.now() - started} ms (report ready after ${READY_MS} ms)`);
});

test('forged webhooks: HTTP 401 and nothing else; the genuine one then goes through', async () => {
  // A genuine signed webhook, caught by a receiver of our own: the service's create step with
  // the receiver as its webhook URL.
  const user = 'usr_webhook_forgery';
  let resolveHook;
  const caught = new Promise((r) => { resolveHook = r; });
  const receiver = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => { res.end(); resolveHook({ headers: req.headers, body: Buffer.concat(chunks) }); });
  });
  await new Promise((r) => receiver.listen(0, '127.0.0.1', r));
  let genuine;
  try {
    const created = await fetch(new URL('/v1/steps/plaid_check_report_create/execute', service.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user_id: user, webhook: `http://127.0.0.1:${receiver.address().port}/hook`, days_requested: 365, consumer_report_permissible_purpose: 'EXTENSION_OF_CREDIT', products: ['cra_partner_insights'] }),
    });
    assert.equal(created.status, 200, await created.text());
    genuine = await caught;
  } finally {
    receiver.close();
  }
  const signature = genuine.headers['plaid-verification'];
  assert.match(signature, /^[\w-]+\.[\w-]+\.[\w-]+$/);

  const post = (body, headers) => fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const tampered = Buffer.from(genuine.body);
  const at = tampered.indexOf('usr_webhook_forgery') + 4; // one byte of the user ID
  tampered[at] = 'W'.charCodeAt(0);
  const reserialized = JSON.stringify(JSON.parse(genuine.body)); // the same JSON, other bytes
  const forgeries = [
    { what: 'a garbage signature', body: genuine.body, headers: { 'plaid-verification': 'eyJhbGciOiJFUzI1NiJ9.e30.c2lnbmF0dXJl' } },
    { what: 'no signature', body: genuine.body, headers: {} },
    { what: 'the body one byte changed', body: tampered, headers: { 'plaid-verification': signature }, code: 'BODY_HASH_MISMATCH' },
    { what: 'the body re-serialized', body: reserialized, headers: { 'plaid-verification': signature }, code: 'BODY_HASH_MISMATCH' },
  ];
  const debugBefore = debug.messages.length;
  const piBefore = sim.requests(PI_PATH).length;
  for (const f of forgeries) {
    const r = await post(f.body, f.headers);
    assert.equal(r.status, 401, `${f.what}: HTTP ${r.status}`);
    const refusal = await r.json();
    assert.equal(refusal.kind, 'webhook_invalid', `${f.what}: ${JSON.stringify(refusal)}`);
    assert.equal(refusal.retryable, false);
    if (f.code) assert.equal(refusal.code, f.code, f.what);
  }
  // The genuine webhook, unchanged, after the forgeries: 200, then Partner Insights and a
  // decision for its user. Once that decision is in, nothing else may have happened: the
  // forgeries fetched nothing and reached no debug node.
  const r = await post(genuine.body, { 'plaid-verification': signature });
  assert.equal(r.status, 200);
  const decision = await decisionFor(user);
  assert.equal(sim.requests(PI_PATH).length, piBefore + 1, 'Partner Insights fetched only for the genuine webhook');
  assert.equal(sim.requests(PI_PATH, user).length, 1);
  assert.equal(sim.requests(PI_PATH, 'usr_Webhook_forgery').length, 0, 'not for the tampered body\'s user');
  assert.deepEqual(debug.messages.slice(debugBefore).map((m) => m.value), [decision], 'only the genuine webhook\'s decision reached a debug node');
});

test('the other branches: a failed report → repair; too little data → one new report, then give up; not ready → wait', async () => {
  await inject(red.url, 'crf_inject_failed');
  await inject(red.url, 'crf_inject_insufficient');
  // Another user on an inject of the shipped flow, as the editor's inject button with custom properties.
  await inject(red.url, 'crf_inject_1', [{ p: 'user_id', v: 'usr_not_ready', vt: 'str' }]);

  const repair = await debug.waitFor('crf_debug_repair', (v) => v.user_id === 'usr_create_failed');
  assert.equal(repair.reason, 'check_report_failed');
  assert.ok(repair.repairable_items.length > 0, JSON.stringify(repair));
  const gaveUp = await debug.waitFor('crf_debug_gave_up', (v) => v.user_id === 'usr_insufficient_data');
  assert.deepEqual([gaveUp.kind, gaveUp.code], ['report_unavailable', 'INSUFFICIENT_TRANSACTION_DATA']);
  const notReady = await debug.waitFor('crf_debug_not_ready', (v) => v.user_id === 'usr_not_ready');
  assert.equal(notReady.code, 'PRODUCT_NOT_READY');

  assert.equal(sim.requests(PI_PATH, 'usr_create_failed').length, 0, 'a FAILED report: no Partner Insights');
  assert.equal(sim.requests(CREATE_PATH, 'usr_insufficient_data').length, 2, 'one new report through the link, then the example guard stops');
  assert.equal(sim.requests(PI_PATH, 'usr_insufficient_data').length, 2);
  assert.equal(debug.of('crf_debug_gave_up').length, 1);
});

test('unset, the flow\'s URLs are their documented defaults', async () => {
  // The shipped flow plus a probe on its tab that shows the tab's two variables.
  const flows = JSON.parse(readFileSync(SHIPPED, 'utf8'));
  flows.push(
    { id: 'probe_inject', type: 'inject', z: 'crf_tab', props: [{ p: 'payload' }], payload: '{"service": $env("STEP_SERVICE_URL"), "webhook": $env("PLAID_WEBHOOK_URL")}', payloadType: 'jsonata', repeat: '', once: false, x: 100, y: 800, wires: [['probe_debug']] },
    { id: 'probe_debug', type: 'debug', z: 'crf_tab', name: 'probe', active: true, tosidebar: true, complete: 'payload', targetType: 'msg', x: 300, y: 800, wires: [] },
  );
  await deployFlows(bare.url, flows, bare);
  const probe = await debugSidebar(bare.url);
  try {
    await inject(bare.url, 'probe_inject');
    assert.deepEqual(await probe.waitFor('probe_debug'), { service: 'http://127.0.0.1:8787', webhook: 'http://127.0.0.1:1880/plaid/webhook' });
  } finally {
    probe.close();
  }
});

test('the flow in the editor: the create node\'s form is valid against ${STEP_SERVICE_URL}; a screenshot', async (t) => {
  mkdirSync(artifacts, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1720, height: 1000 }, deviceScaleFactor: 1 });
  const pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.stack || String(err)));
  await page.goto(red.url);
  const onCanvas = (id) => page.locator(`#red-ui-workspace-chart g.red-ui-flow-node-group[id="${id}"]`);
  await onCanvas('crf_create').waitFor();

  // The create node's dialog: the steps listed through the config node whose URL is
  // ${STEP_SERVICE_URL}, the form built, its literals valid (two fields from msg / env).
  await onCanvas('crf_create').locator('.red-ui-flow-node').dblclick();
  await page.locator('#wfs-summary.wfs-ok').waitFor({ timeout: 15000 }).catch(async (err) => {
    await page.screenshot({ path: join(artifacts, 'node-red-check-report-failure.png') }).catch(() => {});
    const said = await page.locator('#wfs-step-head, #wfs-summary, #wfs-general, .wfs-error').allTextContents().catch(() => []);
    throw new Error(`${err.message}\nthe dialog said: ${said.join(' | ')}\npage errors: ${pageErrors.join('\n')}`);
  });
  assert.match(await page.locator('#wfs-summary').textContent(), /^valid.*2 from the message/);
  assert.equal(await page.locator('#wfs-step').inputValue(), 'plaid_check_report_create');
  await page.locator('#node-dialog-cancel').click();
  await page.locator('#node-dialog-cancel').waitFor({ state: 'detached' });

  // The whole flow and the debug sidebar (the palette hidden): both applicants' decisions.
  await page.evaluate(() => { RED.menu.setSelected('menu-item-palette', false); RED.sidebar.show('debug'); });
  for (const id of ['crf_inject_1', 'crf_inject_2']) await onCanvas(id).locator('.red-ui-flow-node-button').click();
  const shown = (name) => page.locator('.red-ui-debug-msg', { has: page.locator('.red-ui-debug-msg-name', { hasText: name }) }).first();
  const names = Object.fromEntries(JSON.parse(readFileSync(SHIPPED, 'utf8')).map((n) => [n.id, n.name]));
  await shown(names.crf_debug_approve).waitFor();
  await shown(names.crf_debug_review).waitFor();
  await page.evaluate(() => { RED.view.select(''); document.querySelectorAll('.red-ui-notification').forEach((n) => n.remove()); });
  await page.mouse.move(1, 400);
  await page.screenshot({ path: join(artifacts, 'node-red-check-report-flow.png') });
  assert.deepEqual(pageErrors, []);
});
