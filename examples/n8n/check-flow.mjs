// Drives partner-insights-flow.json in a running n8n (`n8n start`, the workflow published) and
// checks what happened, through n8n's public API (GET /api/v1/executions?includeData=true):
// a Check Report is created for a few simulator users, the simulator's signed webhook comes
// back to the Plaid webhook node, is verified from its raw body, and takes the branch its
// user calls for; then two forged webhooks are refused with 401 and start no Partner Insights
// call (the simulator's log says so). Prints what each execution did, with wall times.
// Usage: node check-flow.mjs N8N_URL SIM_LOG [SECRET...]   (run.sh runs it)
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';

const [n8nUrl, simLog, ...secrets] = process.argv.slice(2);
const WORKFLOW = 'plaidCheckReport';
const fail = (why) => { console.error(`FAIL: ${why}`); process.exit(1); };
const t0 = Date.now();
const took = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const url = (path) => new URL(path, n8nUrl).href;

// An owner and an API key (read executions only), as a user would make them in Settings.
// Same owner as screenshot.mjs, so that both may run against one n8n.
const owner = { email: 'owner@example.com', firstName: 'Example', lastName: 'Owner', password: 'Example-owner-1' };
const browser = { 'browser-id': 'plaid-step-n8n-example', 'content-type': 'application/json' };
let res = await fetch(url('/rest/owner/setup'), { method: 'POST', headers: browser, body: JSON.stringify(owner) });
if (!res.ok) res = await fetch(url('/rest/login'), { method: 'POST', headers: browser, body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }) });
if (!res.ok) fail(`owner setup / login: ${res.status} ${await res.text()}`);
const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
res = await fetch(url('/rest/api-keys'), {
  method: 'POST', headers: { ...browser, cookie },
  body: JSON.stringify({ label: 'check-flow', scopes: ['execution:list', 'execution:read'], expiresAt: null }),
});
if (!res.ok) fail(`creating an API key: ${res.status} ${await res.text()}`);
const apiKey = (await res.json()).data.rawApiKey;
if (!apiKey) fail('no API key in the answer');
secrets.push(apiKey);

async function executions() {
  const all = [];
  let cursor;
  do {
    const q = new URLSearchParams({ workflowId: WORKFLOW, includeData: 'true', limit: '100', ...(cursor ? { cursor } : {}) });
    const r = await fetch(url(`/api/v1/executions?${q}`), { headers: { 'X-N8N-API-KEY': apiKey, accept: 'application/json' } });
    if (!r.ok) fail(`GET /api/v1/executions: ${r.status} ${await r.text()}`);
    const page = await r.json();
    all.push(...page.data);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}
async function waitForExecutions(count, what) {
  const since = Date.now();
  for (;;) {
    const list = await executions();
    const done = list.filter((e) => e.stoppedAt && !['running', 'new', 'waiting'].includes(e.status));
    if (done.length >= count) return done;
    if (Date.now() - since > 90_000) fail(`${what}: ${done.length} of ${count} executions finished after 90 s (${list.map((e) => `${e.id}:${e.status}`).join(', ')})`);
    await sleep(300);
  }
}
// The simulator's log fields (`key=value`, the value quoted or not, depending on its version).
const field = (line, key, value) => line.includes(`${key}="${value}"`) || ` ${line} `.includes(` ${key}=${value} `);
const simCalls = (path) => readFileSync(simLog, 'utf8').split('\n').filter((l) => field(l, 'path', path));
const PI = '/cra/check_report/partner_insights/get';

// The node's runs in an execution: [outputs of the first run] or undefined when it did not run.
const ran = (e, node) => e.data?.resultData?.runData?.[node]?.[0];
const out = (e, node, index = 0) => ran(e, node)?.data?.main?.[index] ?? [];
const only = (e, node, index = 0) => {
  const items = out(e, node, index);
  if (items.length !== 1) fail(`execution ${e.id}: "${node}" output ${index} has ${items.length} items, not 1`);
  return items[0].json;
};
const nodesRun = (e) => Object.keys(e.data?.resultData?.runData ?? {});
const piBefore = simCalls(PI).length; // workflow.json's calls, run before against the same simulator

// 1. Create a report for each user; Plaid (the simulator) then calls the Plaid webhook node.
const users = {
  usr_n8n_approve: 'score', // a report; its cash_score decides approve / review
  usr_n8n_review: 'score',
  usr_create_failed: 'repair', // a USER_CHECK_REPORT_FAILED webhook with repairable items
  usr_expired: 'create_again', // READY, then Partner Insights says CONSUMER_REPORT_EXPIRED
  usr_not_ready: 'wait', // READY, then Partner Insights still says PRODUCT_NOT_READY
};
let since = Date.now();
const answers = await Promise.all(Object.keys(users).map(async (user_id) => {
  const r = await fetch(url('/webhook/plaid/check-report'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user_id }) });
  return { user_id, status: r.status, body: await r.text() };
}));
const webhookUrl = url('/webhook/plaid');
for (const a of answers) {
  if (a.status !== 202) fail(`start ${a.user_id}: HTTP ${a.status} ${a.body}`);
  const body = JSON.parse(a.body);
  if (body.status !== 'generating' || !body.request_id || body.user_id !== a.user_id) fail(`start ${a.user_id}: ${a.body}`);
  if (body.webhook !== webhookUrl) fail(`start ${a.user_id}: the report's webhook is ${body.webhook}, not ${webhookUrl}`);
}
console.log(`ok: created ${answers.length} Check Reports through POST /webhook/plaid/check-report (202, status generating, webhook ${webhookUrl}) in ${took(since)}`);
// A start without a user: the create step's error, answered by "Respond: not created".
const noUser = await fetch(url('/webhook/plaid/check-report'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
const noUserBody = await noUser.text();
if (noUser.status !== 422 || JSON.parse(noUserBody).error?.kind !== 'invalid_input') fail(`start without a user_id: HTTP ${noUser.status} ${noUserBody}`);
console.log(`ok: a start without a user_id -> HTTP 422, error ${JSON.parse(noUserBody).error.code}: ${JSON.parse(noUserBody).error.message.slice(0, 100)}`);
answers.push({ user_id: null, status: noUser.status, body: noUserBody });

since = Date.now();
const firstRound = await waitForExecutions(2 * answers.length - 1, 'the reports and their webhooks');
const webhookRuns = firstRound.filter((e) => ran(e, 'Plaid webhook'));
const startRuns = firstRound.filter((e) => ran(e, 'Start: create a Check Report'));
if (webhookRuns.length !== answers.length - 1 || startRuns.length !== answers.length) fail(`${startRuns.length} start and ${webhookRuns.length} webhook executions, expected ${answers.length} and ${answers.length - 1}`);
console.log(`ok: ${webhookRuns.length} webhooks arrived and their executions finished ${took(since)} after the last create`);
for (const e of startRuns) if (e.status !== 'success') fail(`start execution ${e.id}: ${e.status}`);

const seen = new Set();
for (const e of webhookRuns) {
  if (e.status !== 'success') fail(`webhook execution ${e.id}: status ${e.status}: ${JSON.stringify(e.data?.resultData?.error ?? {}).slice(0, 400)}`);
  const raw = only(e, 'Raw body as text').raw_body;
  const hook = only(e, 'Plaid webhook');
  if (typeof raw !== 'string' || !raw.startsWith('{\n  "webhook_type"')) fail(`execution ${e.id}: raw_body is not the raw (pretty-printed) body: ${JSON.stringify(raw).slice(0, 100)}`);
  if (!hook.headers?.['plaid-verification']) fail(`execution ${e.id}: no Plaid-Verification header`);
  const v = only(e, 'Verify webhook');
  if (out(e, 'Verify webhook', 1).length) fail(`execution ${e.id}: the verify step refused the simulator's webhook`);
  if (!ran(e, 'Respond 200: verified') || ran(e, 'Respond 401: refused')) fail(`execution ${e.id}: not answered 200`);
  const kind = users[v.user_id];
  if (!kind) fail(`execution ${e.id}: a webhook for an unexpected user ${v.user_id}`);
  seen.add(v.user_id);
  const line = `execution ${e.id}, ${v.user_id}: ${v.webhook_code}, verified (key ${v.key_id}), next ${v.next}`;
  if (kind === 'repair') {
    if (v.next !== 'repair_or_recreate' || ran(e, 'Partner Insights')) fail(`${line}: expected repair_or_recreate without Partner Insights`);
    const r = only(e, 'Repair in Link update mode, then create again');
    if (r.action !== 'repair_then_create' || !Array.isArray(r.repairable_items) || !r.repairable_items.length) fail(`${line}: ${JSON.stringify(r)}`);
    console.log(`ok: ${line} -> "Repair in Link update mode, then create again" (${r.repairable_items.map((i) => i.error_code).join(', ')})`);
    continue;
  }
  if (v.next !== 'fetch_insights' || !ran(e, 'Partner Insights')) fail(`${line}: expected fetch_insights and a Partner Insights call`);
  if (kind === 'score') {
    const s = only(e, 'Partner Insights').summary;
    if (typeof s?.cash_score !== 'number') fail(`${line}: no cash_score`);
    const expected = s.cash_score >= 600 ? 'Approve (example threshold)' : 'Review (example threshold)';
    const other = s.cash_score >= 600 ? 'Review (example threshold)' : 'Approve (example threshold)';
    const d = only(e, expected);
    if (ran(e, other) || d.user_id !== v.user_id || d.cash_score !== s.cash_score) fail(`${line}: cash_score ${s.cash_score} but ${JSON.stringify(d)}`);
    console.log(`ok: ${line} -> Partner Insights cash_score ${s.cash_score} -> "${expected}" (decision ${d.decision})`);
    continue;
  }
  const err = only(e, 'Partner Insights', 1).error;
  const target = kind === 'wait' ? 'Not ready: wait for webhook' : 'Create the report again';
  const r = only(e, target);
  if ((kind === 'wait' && err.kind !== 'not_ready') || (kind === 'create_again' && !['expired', 'report_unavailable'].includes(err.kind))) fail(`${line}: Partner Insights error ${JSON.stringify(err)}`);
  console.log(`ok: ${line} -> Partner Insights ${err.kind}/${err.code} (error output) -> "${target}" (action ${r.action})`);
}
if (seen.size !== Object.keys(users).length) fail(`webhooks for ${[...seen].join(', ')} only`);
for (const user of Object.keys(users)) {
  if (!readFileSync(simLog, 'utf8').split('\n').some((l) => l.includes('simulator webhook') && field(l, 'user_id', user) && l.includes('result=Ok(200)'))) fail(`the simulator's log has no webhook for ${user} answered 200`);
}
const piCalls = simCalls(PI).length;
const expectedPi = Object.values(users).filter((k) => k !== 'repair').length;
if (piCalls - piBefore !== expectedPi) fail(`the simulator saw ${piCalls - piBefore} Partner Insights calls from the flow, expected ${expectedPi}`);
console.log(`ok: the simulator's webhooks were all answered 200; it saw ${simCalls('/cra/check_report/create').length} creates and ${piCalls - piBefore} Partner Insights calls from the flow`);

// 2. Forged webhooks to the same URL: a JWT signed with another key under Plaid's key id, and
// Plaid's own JWT of an earlier webhook over a different body.
const b64url = (b) => Buffer.from(b).toString('base64url');
const sample = webhookRuns.find((e) => only(e, 'Verify webhook').user_id === 'usr_n8n_approve');
const kid = only(sample, 'Verify webhook').key_id;
const realJwt = only(sample, 'Plaid webhook').headers['plaid-verification'];
const forgedBody = JSON.stringify({ webhook_type: 'CHECK_REPORT', webhook_code: 'USER_CHECK_REPORT_READY', user_id: 'usr_n8n_forged', successful_products: ['cra_base_report', 'cra_partner_insights'], failed_products: [], environment: 'sandbox' }, null, 2);
const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const signingInput = `${b64url(JSON.stringify({ alg: 'ES256', kid, typ: 'JWT' }))}.${b64url(JSON.stringify({ iat: Math.floor(Date.now() / 1000), request_body_sha256: createHash('sha256').update(forgedBody).digest('hex') }))}`;
const forgedJwt = `${signingInput}.${b64url(sign('sha256', Buffer.from(signingInput), { key: privateKey, dsaEncoding: 'ieee-p1363' }))}`;
const forgeries = [
  { what: 'a JWT signed with another key', jwt: forgedJwt, code: 'BAD_SIGNATURE' },
  { what: "Plaid's JWT of another webhook", jwt: realJwt, code: 'BODY_HASH_MISMATCH' },
];
since = Date.now();
for (const f of forgeries) {
  const r = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'plaid-verification': f.jwt }, body: forgedBody });
  f.status = r.status;
  f.answer = await r.text();
  if (r.status !== 401) fail(`forged webhook (${f.what}): HTTP ${r.status} ${f.answer}, not 401`);
}
const all = await waitForExecutions(firstRound.length + forgeries.length, 'the forged webhooks');
const forgedRuns = all.filter((e) => !firstRound.some((x) => x.id === e.id));
for (const e of forgedRuns) {
  const err = only(e, 'Verify webhook', 1).error;
  const f = forgeries.find((x) => x.code === err?.code);
  if (!f || err.kind !== 'webhook_invalid') fail(`forged webhook execution ${e.id}: ${JSON.stringify(err)}`);
  const nodes = nodesRun(e).sort().join(', ');
  if (nodes !== 'Plaid webhook, Raw body as text, Respond 401: refused, Verify webhook') fail(`forged webhook execution ${e.id} ran ${nodes}`);
  console.log(`ok: forged webhook (${f.what}) -> HTTP ${f.status} ${f.answer}; verify: ${err.kind}/${err.code}; nodes run: ${nodes}`);
}
await sleep(500);
const after = simCalls(PI);
if (after.length !== piCalls || after.some((l) => l.includes('usr_n8n_forged'))) fail(`the simulator saw Partner Insights calls after the forged webhooks`);
console.log(`ok: no Partner Insights call after the forged webhooks (${took(since)})`);

const dump = JSON.stringify(all) + JSON.stringify(answers);
for (const s of secrets) if (s && dump.includes(s)) fail('a credential appears in the executions or the answers');
console.log(`ok: no credential in ${all.length} executions' data or the answers; check-flow took ${took(t0)}`);
