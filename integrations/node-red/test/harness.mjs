// Starts the real parts the Node-RED tests use: the step service (`host-test serve`, which
// starts the embedded Plaid simulator) and Node-RED 4.1 (from this package's devDependencies)
// with a temporary user directory that has this package installed.
//
// HOST_TEST_BIN (default $CARGO_TARGET_DIR/debug/host-test) and HOST_TEST_PLUGIN (default
// $CARGO_TARGET_DIR/wasm32-wasip2/release/plaid_partner_insights.wasm) name the binaries.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
export const pkgDir = resolve(here, '..');
export const repo = resolve(here, '../../..');
export const targetDir = process.env.CARGO_TARGET_DIR || join(repo, 'target');
export const hostBin = process.env.HOST_TEST_BIN || join(targetDir, 'debug', 'host-test');
export const wasm = process.env.HOST_TEST_PLUGIN || join(targetDir, 'wasm32-wasip2', 'release', 'plaid_partner_insights.wasm');
export const artifacts = process.env.EDITOR_ARTIFACTS || join(targetDir, 'editor-artifacts');
export const STEP_ID = 'plaid_partner_insights';
/** The simulator's documented test secret: accepted, so a run with it typed into the node succeeds. */
export const SIM_SECRET = 'sim_secret_abcdef0123456789';

/** A child process whose output is kept, with a `stop()` that waits for it to exit. */
function track(child, name) {
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const exited = new Promise((r) => child.once('exit', r));
  return {
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
      await exited;
      clearTimeout(timer);
    },
    name,
  };
}

/**
 * Starts `host-test serve` on a free loopback port with the release component as its only
 * plugin and `token` as its bearer token. Resolves to `{url, output(), stop()}`.
 */
export async function startService({ token } = {}) {
  const plugins = mkdtempSync(join(tmpdir(), 'wfs-plugins-'));
  copyFileSync(wasm, join(plugins, `${STEP_ID}.wasm`));
  const env = { ...process.env, PLAID_CLIENT_ID: '', PLAID_SECRET: '', STEP_SERVICE_TOKEN: token || '' };
  const child = spawn(hostBin, ['serve', '--listen', '127.0.0.1:0', '--plugins', plugins], { stdio: ['ignore', 'pipe', 'pipe'], env });
  const proc = track(child, 'step service');
  const line = await new Promise((resolveLine, reject) => {
    createInterface({ input: child.stdout }).once('line', resolveLine);
    child.once('exit', (code) => reject(new Error(`host-test serve exited with ${code}: ${proc.output()}`)));
  });
  const url = JSON.parse(line).listening;
  // Ready once the plugins are compiled.
  for (let i = 0; i < 600; i += 1) {
    const ready = await fetch(new URL('/readyz', url)).then((r) => r.ok).catch(() => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, output: proc.output, stop: async () => { await proc.stop(); rmSync(plugins, { recursive: true, force: true }); } };
}

/** A free loopback TCP port (bound and released). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts Node-RED (this package's pinned devDependency) in a child process with a new user
 * directory in which this package is installed the way `npm install <path>` installs a local
 * package (a link in node_modules). Resolves to `{url, userDir, output(), stop()}`.
 */
export async function startNodeRed() {
  const userDir = mkdtempSync(join(tmpdir(), 'wfs-node-red-'));
  mkdirSync(join(userDir, 'node_modules'));
  symlinkSync(pkgDir, join(userDir, 'node_modules', 'node-red-contrib-step-service'), 'dir');
  writeFileSync(join(userDir, 'package.json'), JSON.stringify({ name: 'node-red-project', private: true, dependencies: { 'node-red-contrib-step-service': `file:${pkgDir}` } }));
  writeFileSync(join(userDir, 'settings.js'), `module.exports = ${JSON.stringify({
    uiHost: '127.0.0.1',
    flowFile: 'flows.json',
    credentialSecret: 'node-red-test-credential-secret',
    logging: { console: { level: 'info', metrics: false, audit: false } },
    editorTheme: { tours: false, palette: { editable: false } },
    diagnostics: { enabled: false },
    runtimeState: { enabled: false },
    telemetry: { enabled: false },
  }, null, 2)};\n`);
  const port = await freePort();
  const require = createRequire(join(pkgDir, 'package.json'));
  const red = require.resolve('node-red/red.js');
  const child = spawn(process.execPath, [red, '-u', userDir, '-p', String(port)], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_RED_HOME: undefined } });
  const proc = track(child, 'node-red');
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    if (child.exitCode !== null) throw new Error(`Node-RED exited: ${proc.output()}`);
    if (/Started flows/.test(proc.output())) break;
    if (i > 600) throw new Error(`Node-RED did not start: ${proc.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, userDir, output: proc.output, stop: async () => { await proc.stop(); rmSync(userDir, { recursive: true, force: true }); } };
}

/** Replaces the flows through Node-RED's Admin API (credentials go to its credential store). */
export async function deployFlows(nodeRedUrl, flows) {
  const r = await fetch(new URL('/flows', nodeRedUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Node-RED-Deployment-Type': 'full' },
    body: JSON.stringify(flows),
  });
  if (r.status !== 204 && r.status !== 200) throw new Error(`deploy failed: ${r.status} ${await r.text()}`);
}
