// Drives `host-test editor` in real headless Chromium (Debian's /usr/bin/chromium):
// search the palette, open the step, fill the generated form, see a validation error
// appear beside its field and go away, run Test request against the simulator, export,
// and check that the typed credential never comes back. Screenshots are saved to
// $EDITOR_ARTIFACTS (default: <target dir>/editor-artifacts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const targetDir = process.env.CARGO_TARGET_DIR || join(repo, 'target');
const binary = process.env.HOST_TEST_BIN || join(targetDir, 'debug', 'host-test');
const artifacts = process.env.EDITOR_ARTIFACTS || join(targetDir, 'editor-artifacts');
// The simulator's documented test secret, typed into the password field: the simulator
// accepts it, so Test request succeeds with the credential coming from the page.
const SECRET = 'sim_secret_abcdef0123456789';

// The page's id scheme for a JSON Pointer (see domId in editor/app.js).
const domId = (prefix, ptr) => prefix + ptr.replace(/[^A-Za-z0-9]/g, (c) => '_' + c.charCodeAt(0).toString(16));
const field = (ptr) => '#' + domId('f', ptr);
const messages = (ptr) => '#' + domId('e', ptr);
const REQ = '/partner_insights/fico/ultrafico_score_requests/0';

async function startEditor() {
  const child = spawn(binary, ['editor', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PLAID_CLIENT_ID: '', PLAID_SECRET: '' } });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const line = await new Promise((resolveLine, reject) => {
    createInterface({ input: child.stdout }).once('line', resolveLine);
    child.once('exit', (code) => reject(new Error(`editor exited with ${code}: ${stderr}`)));
  });
  return { child, url: JSON.parse(line).listening, logs: () => stderr };
}

test('the editor flow works end to end in headless Chromium', async (t) => {
  mkdirSync(artifacts, { recursive: true });
  const editor = await startEditor();
  t.after(() => editor.child.kill());
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const bodies = [];
  page.on('response', async (r) => { if (r.url().includes('/api/')) bodies.push(await r.text().catch(() => '')); });
  await page.goto(editor.url);

  // Palette and search.
  await page.getByLabel('Search steps').fill('partner');
  const entry = page.locator('#plugins button', { hasText: 'Partner Insights' });
  await entry.waitFor();
  assert.equal(await page.locator('#plugins button').count(), 1);
  await page.getByLabel('Search steps').fill('no such step');
  assert.equal(await page.locator('#plugins button').count(), 0);
  await page.getByLabel('Search steps').fill('partner');
  await entry.click();

  // Reference from the descriptor.
  await page.locator('#ref-title', { hasText: 'Partner Insights' }).waitFor();
  assert.match(await page.locator('#ref-endpoint').textContent(), /POST \/cra\/check_report\/partner_insights\/get/);
  assert.ok(await page.locator('#ref-list dt', { hasText: 'options.prism_versions' }).locator('.deprecated').count() >= 1);
  // Request-time configuration is deprecated (OAS 1.700.0): marked in the reference and the form.
  assert.equal(await page.locator(`${field('/partner_insights')} > legend .deprecated`).count(), 1);
  assert.equal(await page.locator(`${field('/options')} > legend .deprecated`).count(), 1);
  // Numeric spellings of Prism versions are accepted, not offered twice.
  const cashscoreLabels = await page.locator(`${field('/partner_insights/prism_versions/cashscore')} option`).allTextContents();
  assert.deepEqual(cashscoreLabels, ['(not set)', '4.1', '4', '3_lite', '3', 'null']);

  // The form generated from the schema: identity, a secret, and a FICO request.
  await page.locator(field('/user_id')).fill('usr_editor_e2e');
  assert.equal(await page.locator(field('/secret')).getAttribute('type'), 'password');
  await page.locator(field('/secret')).fill(SECRET);
  await page.locator(field('/partner_insights/prism_versions/cashscore')).selectOption({ label: '4' });
  await page.locator(field('/partner_insights/fico/fico_lender_id')).fill('lender_e2e');
  await page.locator(field('/partner_insights/fico/lender_application_id')).fill('app_e2e');
  await page.locator('#' + domId('add', '/partner_insights/fico/ultrafico_score_requests')).click();
  await page.locator(field(`${REQ}/ultrafico_score_version`)).selectOption({ label: '1.0' });
  await page.locator(field(`${REQ}/base_fico_score/score`)).fill('680');
  await page.locator(field(`${REQ}/base_fico_score/base_fico_score_version`)).selectOption({ label: '10T' });
  await page.locator(field(`${REQ}/base_fico_score/bureau`)).selectOption({ label: 'EXPERIAN' });
  await page.locator('#summary', { hasText: 'valid' }).waitFor();

  // An invalid bureau, typed into the JSON view, is reported beside the bureau field.
  await page.locator('#json-panel summary').click();
  const json = await page.locator('#json').inputValue();
  await page.locator('#json').fill(json.replace('"EXPERIAN"', '"experian"'));
  const bureauErrors = page.locator(messages(`${REQ}/base_fico_score/bureau`)).locator('.error');
  await bureauErrors.first().waitFor();
  assert.match(await bureauErrors.first().textContent(), /bureau must be one of EXPERIAN, EQUIFAX, TRANSUNION; got "experian"/);
  assert.match(await page.locator('#summary').textContent(), /1 error/);
  // Fixing it in the form makes the error disappear.
  await page.locator(field(`${REQ}/base_fico_score/bureau`)).selectOption({ label: 'EXPERIAN' });
  await page.waitForFunction((sel) => document.querySelector(sel).children.length === 0, messages(`${REQ}/base_fico_score/bureau`));
  await page.locator('#summary.ok').waitFor();

  // The prepared request shows the credential masked.
  await page.locator('#request', { hasText: 'plaid-secret: ********' }).waitFor();
  await page.screenshot({ path: join(artifacts, 'editor-form.png'), fullPage: true });

  // Test request against the embedded simulator.
  await page.getByRole('button', { name: 'Test request' }).click();
  await page.locator('#result-summary .ok').waitFor();
  const cash = await page.locator('#result-summary dd[data-key="cash_score"]').textContent();
  assert.match(cash, /^\d+$/, `cash score ${cash}`);
  assert.match(await page.locator('#result-json').textContent(), /"ultrafico_scores"/);
  await page.screenshot({ path: join(artifacts, 'editor-result.png'), fullPage: true });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(artifacts, 'editor-viewport.png') });

  // Export: the step input and a workflow task, credentials only as references.
  await page.getByRole('button', { name: 'Export' }).click();
  await page.locator('#exported').waitFor();
  const stepInput = await page.locator('#export-input').inputValue();
  const task = await page.locator('#export-task').inputValue();
  assert.ok(stepInput.includes('usr_editor_e2e'));
  assert.ok(task.includes('/v1/steps/') && task.includes('${workflow.secrets.step_service_token}'));
  for (const text of [stepInput, task]) assert.ok(!text.includes(SECRET), 'export contains the credential');

  // Keyboard: the Test request button is reachable and operable without a mouse.
  await page.locator('#test').focus();
  await page.keyboard.press('Enter');
  await page.locator('#status', { hasText: 'Test request succeeded' }).waitFor();

  // The server never echoed the credential and never logged it.
  for (const body of bodies) assert.ok(!body.includes(SECRET), `an API response echoed the credential: ${body.slice(0, 200)}`);
  assert.ok(!editor.logs().includes(SECRET), 'the editor logged the credential');
});

test("the flow's other steps: create a report and verify a webhook in the editor", async (t) => {
  const editor = await startEditor();
  t.after(() => editor.child.kill());
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  t.after(() => browser.close());
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(editor.url);
  await page.locator('#plugins button', { hasText: 'Partner Insights' }).waitFor();
  assert.equal(await page.locator('#plugins button').count(), 3, 'the three steps of the plugins folder');

  // Create: the required fields, an enum, a bounded integer; Test request against the simulator.
  await page.locator('#plugins button', { hasText: 'Create Check Report' }).click();
  await page.locator('#ref-endpoint', { hasText: 'POST /cra/check_report/create' }).waitFor();
  await page.locator(field('/webhook')).fill('http://127.0.0.1:9/plaid/webhook');
  await page.locator(field('/user_id')).fill('usr_editor_create');
  await page.locator(field('/consumer_report_permissible_purpose')).selectOption({ label: 'EXTENSION_OF_CREDIT' });
  await page.locator(field('/days_requested')).fill('800');
  const days = page.locator(messages('/days_requested')).locator('.error');
  await days.first().waitFor();
  assert.match(await days.first().textContent(), /at most 731/);
  await page.locator(field('/days_requested')).fill('365');
  await page.locator('#summary', { hasText: /^valid/ }).waitFor();
  await page.getByRole('button', { name: 'Test request' }).click();
  await page.waitForFunction(() => document.querySelector('#result-json').textContent.includes('"next": "wait_for_webhook"'));
  await page.screenshot({ path: join(artifacts, 'editor-create.png'), fullPage: true });

  // Verify: headers edited as JSON, the raw body in a multi-line field; a webhook with no
  // Plaid-Verification header is reported, the prepared request names the key endpoint.
  await page.locator('#plugins button', { hasText: 'Verify webhook' }).click();
  await page.locator('#ref-endpoint', { hasText: 'POST /webhook_verification_key/get' }).waitFor();
  assert.equal(await page.locator(field('/headers')).evaluate((n) => n.tagName), 'TEXTAREA');
  assert.equal(await page.locator(field('/body')).evaluate((n) => n.tagName), 'TEXTAREA');
  await page.locator(field('/headers')).fill('{"content-type": "application/json"}');
  await page.locator(field('/body')).fill('{\n  "webhook_type": "CHECK_REPORT"\n}');
  const missing = page.locator('[data-code="missing_verification_header"]');
  await missing.waitFor();
  assert.equal(await missing.getAttribute('data-path'), '/headers/plaid-verification');
  const token = 'eyJhbGciOiJFUzI1NiIsImtpZCI6ImsxIiwidHlwIjoiSldUIn0.eyJpYXQiOjEsInJlcXVlc3RfYm9keV9zaGEyNTYiOiIwMCJ9.' + 'A'.repeat(86);
  await page.locator(field('/headers')).fill(JSON.stringify({ 'Plaid-Verification': token }));
  await page.locator('#summary', { hasText: /^valid/ }).waitFor();
  await page.locator('#request', { hasText: '/webhook_verification_key/get' }).waitFor();
  assert.match(await page.locator('#request').textContent(), /"key_id":\s*"k1"/);
});
