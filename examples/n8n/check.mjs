// Checks what `n8n execute --rawOutput` printed for workflow.json: the good user's summary on
// the step node's success output, the not-ready user's structured error on its error output,
// each item paired with its input, and no credential anywhere. Prints a short verdict.
import { readFileSync } from 'node:fs';

const [outputFile, ...secrets] = process.argv.slice(2);
const text = readFileSync(outputFile, 'utf8');
const fail = (why) => { console.error(`FAIL: ${why}`); process.exit(1); };
for (const secret of secrets) if (secret && text.includes(secret)) fail('the execution output contains a credential');
// n8n prints its log lines on stdout too: the result is the pretty-printed object from a line
// that is just "{" to the next line that is just "}".
const match = text.match(/^\{$[\s\S]*?^\}$/m);
if (!match) fail(`no JSON in the output:\n${text.slice(0, 2000)}`);
const run = JSON.parse(match[0]);
if (run.status !== 'success' || run.finished !== true) fail(`execution status ${run.status}`);
const runs = run.data.resultData.runData['Partner Insights'];
if (!runs) fail('the step node did not run');
const [ok = [], errors = []] = runs[0].data.main;
if (ok.length !== 1 || errors.length !== 1) fail(`expected 1 output and 1 error, got ${ok.length} and ${errors.length}`);
const summary = ok[0].json.summary;
if (!summary || typeof summary.cash_score !== 'number' || typeof summary.first_detect_score !== 'number') fail(`no scores in ${JSON.stringify(ok[0].json).slice(0, 300)}`);
if (ok[0].pairedItem.item !== 0) fail('the output is not paired with the first user');
const error = errors[0].json.error;
if (!error || error.kind !== 'not_ready' || error.code !== 'PRODUCT_NOT_READY' || error.retryable !== true) fail(`unexpected error ${JSON.stringify(errors[0].json)}`);
if (!/CHECK_REPORT_READY/.test(error.suggested_action || '') || !error.request_id) fail('the error lacks its suggested action or request id');
if (errors[0].pairedItem.item !== 1) fail('the error is not paired with the second user');
const scores = run.data.resultData.runData.Scores?.[0]?.data.main[0].length;
const routed = run.data.resultData.runData['Step errors']?.[0]?.data.main[0].length;
if (scores !== 1 || routed !== 1) fail(`downstream nodes got ${scores} output(s) and ${routed} error(s)`);
console.log(`ok: usr_n8n_good_user -> cash_score ${summary.cash_score}, first_detect_score ${summary.first_detect_score} (report ${summary.report_id})`);
console.log(`ok: usr_not_ready -> ${error.kind}/${error.code}, retryable ${error.retryable}, retry after ${error.retry_after_seconds ?? '?'} s: ${error.suggested_action}`);
