// Screenshots of the example in n8n's editor (headless Debian Chromium through the
// playwright-core that host-test/editor-tests installs): the executed workflow, the Step
// Service node's dialog with the fields loaded from the step's descriptor, and the Check
// Report flow (partner-insights-flow.json): its canvas and, given its id, one execution.
// Usage: node screenshot.mjs N8N_URL OUT_DIR [FLOW_EXECUTION_ID]
// (run.sh does it when N8N_SCREENSHOT_DIR is set)
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [url, outDir, flowExecution] = process.argv.slice(2);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { chromium } = createRequire(join(repo, 'host-test/editor-tests/package.json'))('playwright-core');
mkdirSync(outDir, { recursive: true });
const owner = { email: 'owner@example.com', firstName: 'Example', lastName: 'Owner', password: 'Example-owner-1' };

// The owner may exist already (check-flow.mjs sets up the same one).
const setup = await fetch(new URL('/rest/owner/setup', url), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(owner) });
if (!setup.ok && !/already/i.test(await setup.text())) throw new Error(`owner setup: ${setup.status}`);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(new URL('/signin', url).href);
  await page.locator('input[type="email"], input[name="emailOrLdapLoginId"]').first().fill(owner.email);
  await page.locator('input[type="password"]').first().fill(owner.password);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
  await page.goto(new URL('/workflow/plaidStepN8nWf01', url).href);
  await page.getByText('Partner Insights', { exact: true }).first().waitFor();
  await page.locator('[data-test-id^="execute-workflow-button"]').first().click({ force: true });
  await page.getByText(/executed successfully|workflow executed/i).first().waitFor({ timeout: 60000 }).catch(() => {});
  await page.waitForTimeout(1500); // let the canvas draw the item counts on the connections
  await page.screenshot({ path: join(outDir, 'n8n-workflow.png') });
  // The node whose label is exactly "Partner Insights" (the sticky note mentions it too).
  await page.locator('.vue-flow__node').filter({ has: page.getByText('Partner Insights', { exact: true }) }).first().dblclick({ force: true });
  await page.getByText('user_id').first().waitFor();
  await page.waitForTimeout(1000);
  await page.screenshot({ path: join(outDir, 'n8n-node.png') });
  await page.goto(new URL('/workflow/plaidCheckReport', url).href);
  await page.getByText('Verify webhook', { exact: true }).first().waitFor();
  await page.waitForTimeout(1500);
  // n8n's "Production Checklist" popover covers part of the canvas of a published workflow.
  await page.locator('[data-test-id="suggested-actions-close"]').first().click({ timeout: 3000 }).catch(() => {});
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(outDir, 'n8n-flow.png') });
  if (flowExecution) {
    await page.goto(new URL(`/workflow/plaidCheckReport/executions/${flowExecution}`, url).href);
    await page.waitForTimeout(4000); // the execution preview loads in an iframe
    await page.locator('[data-test-id="suggested-actions-close"]').first().click({ timeout: 3000 }).catch(() => {});
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(outDir, 'n8n-flow-execution.png') });
  }
  console.log(`screenshots in ${outDir}`);
} catch (err) {
  const pages = browser.contexts().flatMap((c) => c.pages());
  if (pages[0]) await pages[0].screenshot({ path: join(outDir, 'n8n-failure.png') }).catch(() => {});
  throw err;
} finally {
  await browser.close();
}
