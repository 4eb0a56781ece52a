// The workflow-step node in the real Node-RED editor, in Debian's headless Chromium: add the
// node from the palette, open it, see the form generated from the step's descriptor, type an
// invalid input and see the step's own error beside the field, fix it, see the prepared
// request, wire and deploy, press the inject button and read the cash score in the debug
// sidebar; then a user whose report is not ready ends on output 2 with retryable: true.
// Credentials (the service token, a secret field) never reach the browser, flows.json, the
// debug sidebar or a log. Node-RED 4.1.8 with this package installed from its tarball.
// Screenshots: $EDITOR_ARTIFACTS/node-red-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, deployFlows, runtimes, SIM_SECRET, startNodeRed, startService, STEP_ID } from './harness.mjs';

const { chromium } = runtimes('playwright-core');

const TOKEN = 'wfs-service-token-' + Math.random().toString(36).slice(2);
const domId = (prefix, ptr) => prefix + ptr.replace(/[^A-Za-z0-9]/g, (c) => '_' + c.charCodeAt(0).toString(16).padStart(2, '0'));
const row = (ptr) => `.wfs-field[data-ptr="${ptr}"]`;
const errorsOf = (ptr) => '#' + domId('wfs-e', ptr);

/** The seeded flow: a step service config node (with its token), an inject and two debug nodes. */
function seedFlows(serviceUrl) {
  return [
    { id: 'tab1', type: 'tab', label: 'Partner Insights' },
    { id: 'svc1', type: 'step-service', name: 'test service', url: serviceUrl, timeout: 60, credentials: { token: TOKEN } },
    { id: 'inj1', type: 'inject', z: 'tab1', name: 'go', props: [{ p: 'payload' }], payload: '', payloadType: 'date', repeat: '', crontab: '', once: false, x: 120, y: 100, wires: [[]] },
    { id: 'dbg1', type: 'debug', z: 'tab1', name: 'cash score', active: true, tosidebar: true, console: false, complete: 'payload.summary.cash_score', targetType: 'msg', x: 620, y: 80, wires: [] },
    { id: 'dbg2', type: 'debug', z: 'tab1', name: 'step error', active: true, tosidebar: true, console: false, complete: 'payload', targetType: 'msg', x: 620, y: 180, wires: [] },
  ];
}

/** The centre of an element in page coordinates, once it has stopped moving (animations). */
async function centre(locator) {
  let box = await locator.boundingBox();
  for (let i = 0; i < 50; i += 1) {
    await new Promise((r) => setTimeout(r, 100));
    const again = await locator.boundingBox();
    if (box && again && JSON.stringify(box) === JSON.stringify(again)) break;
    box = again;
  }
  assert.ok(box, 'element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags with the mouse from one element's centre to another's, in small steps (jQuery UI / d3). */
async function drag(page, from, to) {
  const a = await centre(from);
  const b = typeof to.x === 'number' ? to : await centre(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 8 });
  await page.mouse.move(b.x, b.y, { steps: 8 });
  await page.mouse.up();
}

const nodeOnCanvas = (page, id) => page.locator(`#red-ui-workspace-chart g.red-ui-flow-node-group[id="${id}"]`);

test('the workflow-step node in the Node-RED editor, end to end in headless Chromium', async (t) => {
  mkdirSync(artifacts, { recursive: true });
  const service = await startService({ token: TOKEN });
  t.after(() => service.stop());
  const red = await startNodeRed();
  t.after(() => red.stop());
  await deployFlows(red.url, seedFlows(service.url));

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const bodies = [];
  const pageErrors = [];
  const refused = []; // HTTP 400 answers: only the editor routes' NOT_DEPLOYED
  page.on('pageerror', (err) => pageErrors.push(err.stack || String(err)));
  // The browser reports each HTTP error answer on the console: the editor routes' 400 for a
  // config node that is not deployed yet is expected (see step 2), and checked there.
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 400 \(Bad Request\)/.test(m.text())) pageErrors.push(m.text()); });
  page.on('response', async (r) => {
    const body = await r.text().catch(() => '');
    bodies.push(`${r.url()} ${body}`);
    if (r.status() === 400) refused.push(`${new URL(r.url()).pathname} ${body}`);
  });
  page.on('websocket', (ws) => ws.on('framereceived', (f) => bodies.push(`ws ${f.payload}`)));
  try {
    await editorFlow(page, red, service, bodies, pageErrors, refused);
  } catch (err) {
    // A screenshot of where it stopped.
    await page.screenshot({ path: join(artifacts, 'node-red-failure.png') }).catch(() => {});
    err.message += '\nthe dialog said: ' + await page.locator('#wfs-step-head, #wfs-summary').allTextContents().then((t) => t.join(' | ')).catch((e) => String(e));
    if (pageErrors.length) err.message += '\npage errors:\n' + pageErrors.join('\n');
    throw err;
  }
});

async function editorFlow(page, red, service, bodies, pageErrors, refused) {
  await page.goto(red.url);

  // 1. Add the node from the palette.
  const paletteNode = page.locator('.red-ui-palette-node[data-palette-type="workflow-step"]');
  await paletteNode.waitFor({ state: 'attached' });
  await page.locator('#red-ui-palette-search input').pressSequentially('workflow step');
  await paletteNode.waitFor();
  const chart = page.locator('#red-ui-workspace-chart');
  const chartBox = await chart.boundingBox();
  await drag(page, paletteNode, { x: chartBox.x + 360, y: chartBox.y + 130 });
  const stepId = await page.waitForFunction(() => {
    const nodes = RED.nodes.filterNodes({ type: 'workflow-step' });
    return nodes.length === 1 && nodes[0].id;
  }).then((h) => h.jsonValue());
  const stepNode = nodeOnCanvas(page, stepId);
  await stepNode.waitFor();

  // 2. Open it. A step service config node added here is not deployed yet: the runtime has
  //    neither its URL nor its token, so the dialog says to deploy it (the editor routes call
  //    only deployed config nodes' services).
  await stepNode.locator('.red-ui-flow-node').dblclick();
  await page.locator('#node-input-service').locator('xpath=..').locator('a:has(i.fa-plus)').click();
  await page.locator('#node-config-input-url').fill(service.url);
  await page.locator('#node-config-dialog-ok').click();
  await page.locator('#node-config-dialog-ok').waitFor({ state: 'detached' });
  await page.locator('#wfs-step-head', { hasText: /this step service is not deployed: deploy it first.*NOT_DEPLOYED/ }).waitFor();
  assert.equal(await page.locator('#wfs-step option').count(), 0);
  assert.ok(refused.length > 0 && refused.every((r) => /^\/workflow-step\/steps .*"code":"NOT_DEPLOYED"/.test(r)), refused.join('\n'));
  //    Pick the deployed one: the service's steps are listed and the form is built from the
  //    chosen step's descriptor.
  await page.locator('#node-input-service').selectOption('svc1');
  await page.locator('#wfs-step option[value="' + STEP_ID + '"]').waitFor({ state: 'attached' });
  // The service has three steps: pick Partner Insights.
  await page.locator('#wfs-step').selectOption(STEP_ID);
  await page.locator('#wfs-step-head strong', { hasText: 'Partner Insights' }).waitFor();
  await page.locator(row('/user_id')).waitFor();
  assert.equal(await page.locator('#wfs-service-note').textContent(), '', 'the deployed config node has no undeployed changes');
  const descriptor = await (await fetch(new URL(`/v1/steps/${STEP_ID}`, service.url), { headers: { authorization: `Bearer ${TOKEN}` } })).json();
  const topLevel = await page.locator('#wfs-form > .wfs-field').evaluateAll((els) => els.map((e) => e.dataset.ptr));
  assert.deepEqual(topLevel, descriptor.ui_hints.order.map((k) => '/' + k), 'fields in the descriptor order');
  assert.equal(await page.locator(`${row('/user_id')} > .wfs-help`).textContent(), descriptor.input_schema.properties.user_id.description);
  assert.equal(await page.locator('#node-input-s_2fsecret').getAttribute('type'), 'password', 'a secret field is a password credential');
  assert.equal(await page.locator(`${row('/options/prism_versions')} > .wfs-label .wfs-deprecated`).count(), 1, 'deprecated fields are marked');
  assert.equal(await page.locator(`${row('/partner_insights/prism_versions/cashscore')} .red-ui-typedInput-option-trigger`).count(), 1, 'an enum is a select');
  assert.ok(await page.locator('#' + domId('wfs-add', '/partner_insights/fico/ultrafico_score_requests')).isVisible(), 'arrays can grow');

  // 3. An invalid input: the step's own validation answers beside the field.
  //    (a tab pasted into the user ID: a control character, which Plaid never accepts)
  const userInput = page.locator(`${row('/user_id')} > .red-ui-typedInput-container input.red-ui-typedInput-input`);
  await userInput.fill('usr_pasted\tid');
  await userInput.dispatchEvent('change');
  const userError = page.locator(`${errorsOf('/user_id')} .wfs-error[data-code="control_character"]`);
  await userError.waitFor();
  assert.match(await userError.textContent(), /user_id contains the control character U\+0009/);
  assert.match(await page.locator('#wfs-summary').textContent(), /^1 error/);
  await page.screenshot({ path: join(artifacts, 'node-red-field-error.png') });

  // 4. Fix it; pick a CashScore version; add an UltraFICO request (a nested array of objects);
  //    type the secret (a credential).
  await typeInto(page, '/user_id', 'usr_nodered_e2e', { clear: true });
  await page.waitForFunction((sel) => document.querySelector(sel).children.length === 0, errorsOf('/user_id'));
  await choose(page, '/partner_insights/prism_versions/cashscore', '4');
  await typeInto(page, '/partner_insights/fico/fico_lender_id', 'lender_e2e');
  await typeInto(page, '/partner_insights/fico/lender_application_id', 'app_e2e');
  await page.locator('#' + domId('wfs-add', '/partner_insights/fico/ultrafico_score_requests')).click();
  const REQ = '/partner_insights/fico/ultrafico_score_requests/0';
  await page.locator(row(`${REQ}/base_fico_score/bureau`)).waitFor();
  await choose(page, `${REQ}/ultrafico_score_version`, '1.0');
  await choose(page, `${REQ}/base_fico_score/bureau`, 'EXPERIAN');
  await choose(page, `${REQ}/base_fico_score/base_fico_score_version`, '10T');
  await typeInto(page, `${REQ}/base_fico_score/score`, '680');
  await page.locator('#node-input-s_2fsecret').pressSequentially(SIM_SECRET);
  await page.locator('#wfs-summary.wfs-ok').waitFor();
  assert.match(await page.locator('#wfs-summary').textContent(), /^valid/);
  // The prepared request: the exact body, the secret's header masked.
  const request = page.locator('#wfs-request');
  await page.waitForFunction(() => /plaid-secret: \*{8}/.test(document.querySelector('#wfs-request').textContent) && /"score": 680/.test(document.querySelector('#wfs-request').textContent));
  assert.match(await request.textContent(), /^POST https?:\/\/\S+\/cra\/check_report\/partner_insights\/get/);
  assert.match(await request.textContent(), /"user_id": "usr_nodered_e2e"/);
  await page.locator(row('/partner_insights')).scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(artifacts, 'node-red-form.png') });
  await page.locator('#node-dialog-ok').click();
  await page.locator('#node-dialog-ok').waitFor({ state: 'detached' });

  // 5. Wire inject → step → (outputs) debug "cash score", (error) debug "step error"; deploy.
  await drag(page, nodeOnCanvas(page, 'inj1').locator('.red-ui-flow-port-output .red-ui-flow-port'), stepNode.locator('.red-ui-flow-port-input .red-ui-flow-port'));
  await drag(page, stepNode.locator('.red-ui-flow-port-output .red-ui-flow-port').nth(0), nodeOnCanvas(page, 'dbg1').locator('.red-ui-flow-port-input .red-ui-flow-port'));
  await drag(page, stepNode.locator('.red-ui-flow-port-output .red-ui-flow-port').nth(1), nodeOnCanvas(page, 'dbg2').locator('.red-ui-flow-port-input .red-ui-flow-port'));
  const wires = await page.evaluate((id) => RED.nodes.filterLinks({}).map((l) => `${l.source.id}:${l.sourcePort}>${l.target.id}`).sort(), stepId);
  assert.deepEqual(wires, [`${stepId}:0>dbg1`, `${stepId}:1>dbg2`, `inj1:0>${stepId}`].sort());
  await deploy(page);
  const flowsFile = readFileSync(join(red.userDir, 'flows.json'), 'utf8');
  assert.ok(flowsFile.includes('usr_nodered_e2e'), 'the step is deployed');
  assert.ok(!flowsFile.includes(SIM_SECRET) && !flowsFile.includes(TOKEN), 'flows.json holds no credential');
  const credsFile = readFileSync(join(red.userDir, 'flows_cred.json'), 'utf8');
  assert.ok(!credsFile.includes(SIM_SECRET) && !credsFile.includes(TOKEN), 'the credentials file is encrypted');

  // 6. Press the inject button; read the cash score in the debug sidebar.
  await page.locator('#red-ui-tab-debug-link-button').click();
  await pressInject(page);
  const scoreMessage = page.locator('.red-ui-debug-msg', { has: page.locator('.red-ui-debug-msg-name', { hasText: 'cash score' }) });
  await scoreMessage.first().waitFor();
  const scoreText = await scoreMessage.first().locator('.red-ui-debug-msg-payload').textContent();
  assert.match(scoreText.trim(), /^\d+$/, `cash score ${scoreText}`);
  assert.match(await scoreMessage.first().locator('.red-ui-debug-msg-topic, .red-ui-debug-msg-meta').first().textContent(), /payload\.summary\.cash_score|number/);
  await page.locator(`#red-ui-workspace-chart g[id="${stepId}"] .red-ui-flow-node-status-label`, { hasText: 'ok' }).waitFor();
  await tidy(page);
  await page.screenshot({ path: join(artifacts, 'node-red-debug.png') });

  // 7. A user whose report is not ready: output 2, retryable, a yellow status.
  await stepNode.locator('.red-ui-flow-node').dblclick();
  await page.locator(row('/user_id')).waitFor();
  // The stored secret is not sent back: the field shows it is set, not its value.
  assert.equal(await page.locator('#node-input-s_2fsecret').inputValue(), '__PWRD__');
  // Change the deployed step service (its timeout): until the next deploy the dialog says the
  //    form still uses it as deployed.
  await page.locator('#node-input-service').locator('xpath=..').locator('a:has(i.fa-pencil)').click();
  await page.locator('#node-config-input-timeout').fill('61');
  await page.locator('#node-config-dialog-ok').click();
  await page.locator('#node-config-dialog-ok').waitFor({ state: 'detached' });
  await page.locator('#wfs-service-note', { hasText: 'changes that are not deployed yet' }).waitFor();
  await page.locator(row('/user_id')).waitFor();
  await typeInto(page, '/user_id', 'usr_not_ready', { clear: true });
  await page.locator('#wfs-summary.wfs-ok').waitFor();
  await page.locator('#node-dialog-ok').click();
  await page.locator('#node-dialog-ok').waitFor({ state: 'detached' });
  await deploy(page);
  await pressInject(page);
  const errorMessage = page.locator('.red-ui-debug-msg', { has: page.locator('.red-ui-debug-msg-name', { hasText: 'step error' }) });
  await errorMessage.first().waitFor();
  // Expand the error object to read its properties.
  await errorMessage.first().locator('.red-ui-debug-msg-element').first().click();
  await page.waitForFunction(() => [...document.querySelectorAll('.red-ui-debug-msg')].some((m) => /retryable/.test(m.textContent)));
  const errorText = await errorMessage.first().textContent();
  for (const expected of [/kind.*"not_ready"/, /code.*"PRODUCT_NOT_READY"/, /retryable.*true/, /suggested_action.*CHECK_REPORT_READY/, /request_id.*"sim/]) assert.match(errorText, expected, errorText);
  await page.locator(`#red-ui-workspace-chart g[id="${stepId}"] .red-ui-flow-node-status-label`, { hasText: 'not_ready' }).waitFor();
  const statusFill = await page.locator(`#red-ui-workspace-chart g[id="${stepId}"] .red-ui-flow-node-status`).getAttribute('class');
  assert.match(statusFill, /yellow/, statusFill);
  await tidy(page);
  await page.screenshot({ path: join(artifacts, 'node-red-not-ready.png') });

  // 8. No credential reached the browser, the debug sidebar or a log.
  const sidebar = await page.locator('#red-ui-sidebar-content').textContent();
  for (const secret of [SIM_SECRET, TOKEN]) {
    assert.ok(!sidebar.includes(secret), 'the debug sidebar shows a credential');
    for (const body of bodies) assert.ok(!body.includes(secret), `the browser received a credential: ${body.slice(0, 200)}`);
    assert.ok(!red.output().includes(secret), 'Node-RED logged a credential');
    assert.ok(!service.output().includes(secret), 'the service logged a credential');
  }
  assert.deepEqual(pageErrors, [], 'no errors in the page');
  assert.ok(refused.every((r) => /"code":"NOT_DEPLOYED"/.test(r)), refused.join('\n'));
}

/** Types into the typed input of the field at `ptr` (its visible text box). */
async function typeInto(page, ptr, text, { clear = false } = {}) {
  const input = page.locator(`${row(ptr)} > .red-ui-typedInput-container input.red-ui-typedInput-input`);
  if (clear) await input.fill('');
  await input.pressSequentially(text);
}

/**
 * Picks `value` in the select of the enum field at `ptr` and waits until the field holds it.
 * Validation messages appearing above the field (the dialog re-validates as you type) can move
 * the field or its menu between Playwright's measuring and its click, so an attempt that did
 * not take is made again (at most three).
 */
async function choose(page, ptr, value) {
  const option = page.locator(`.red-ui-typedInput-options a[value="${value}"]:visible`);
  const holds = () => page.waitForFunction(([sel, v]) => document.querySelector(sel).value === v, ['#' + domId('wfs-f', ptr), value], { timeout: 3000 });
  for (let attempt = 1; ; attempt += 1) {
    try {
      await page.locator(`${row(ptr)} > .red-ui-typedInput-container .red-ui-typedInput-option-trigger`).click();
      await option.click({ timeout: 3000 });
      await holds();
      return;
    } catch (err) {
      if (attempt === 3) throw err;
      // Close a menu left open by clicking the field's label.
      await page.locator(`${row(ptr)} > .wfs-label`).click().catch(() => {});
    }
  }
}

/** Clicks Deploy and waits for Node-RED's "Successfully deployed". */
async function deploy(page) {
  await page.locator('#red-ui-header-button-deploy').click();
  await page.locator('.red-ui-notification', { hasText: 'Successfully deployed' }).last().waitFor();
  await page.locator('#red-ui-header-button-deploy.disabled').waitFor();
}

/** Before a screenshot of the canvas: no notification over it, nothing selected, no hover. */
async function tidy(page) {
  await page.evaluate(() => { RED.view.select(''); $('#red-ui-workspace-chart').scrollTop(0).scrollLeft(0); document.querySelectorAll('.red-ui-notification').forEach((n) => { n.style.visibility = 'hidden'; }); });
  await page.mouse.move(1, 450);
}

/** Clicks the inject node's button on the canvas. */
async function pressInject(page) {
  await page.locator('#red-ui-workspace-chart g[id="inj1"] .red-ui-flow-node-button').click();
}
