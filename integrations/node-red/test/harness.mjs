// Starts the real parts the Node-RED tests use: the step service (`host-test serve`, which
// starts the embedded Plaid simulator, or uses a standalone `host-test sim`) with the three
// Plaid step components, and Node-RED 4.1 (from this package's devDependencies) with a
// temporary user directory that has this package installed.
//
// HOST_TEST_BIN (default $CARGO_TARGET_DIR/debug/host-test) and HOST_TEST_PLUGIN (default
// $CARGO_TARGET_DIR/wasm32-wasip2/release/plaid_partner_insights.wasm) name the binaries; the
// other two components are the .wasm files of the same names beside HOST_TEST_PLUGIN.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
/** The step components the service serves: Partner Insights and the Check Report flow's two others. */
export const STEP_IDS = ['plaid_check_report_create', STEP_ID, 'plaid_webhook_verify'];
/** The simulator's documented test keys (the service sends them to a standalone simulator). */
export const SIM_CLIENT_ID = 'sim_client_id_0123456789';
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

/** The first line a `host-test` child prints (its `{"listening": URL, …}`), parsed. */
function firstLine(child, proc, what) {
  return new Promise((resolveLine, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) => resolveLine(JSON.parse(line)));
    child.once('exit', (code) => reject(new Error(`${what} exited with ${code}: ${proc.output()}`)));
  });
}

/** The components' files: HOST_TEST_PLUGIN and its two siblings. */
function componentFiles() {
  const files = STEP_IDS.map((id) => [id, id === STEP_ID ? wasm : join(dirname(wasm), `${id}.wasm`)]);
  const missing = files.filter(([, file]) => !existsSync(file)).map(([, file]) => file);
  if (missing.length) throw new Error(`step components not built: ${missing.join(', ')} (cargo build --release --target wasm32-wasip2)`);
  return files;
}

/**
 * Starts `host-test serve` on a free loopback port with the three release components as its
 * plugins and `token` as its bearer token. With `simUrl`, its steps call that standalone
 * simulator (with the simulator's test keys) instead of the embedded one.
 * Resolves to `{url, output(), stop()}`.
 */
export async function startService({ token, simUrl } = {}) {
  const plugins = mkdtempSync(join(tmpdir(), 'wfs-plugins-'));
  for (const [id, file] of componentFiles()) copyFileSync(file, join(plugins, `${id}.wasm`));
  const env = { ...process.env, PLAID_CLIENT_ID: '', PLAID_SECRET: '', STEP_SERVICE_TOKEN: token || '' };
  const args = ['serve', '--listen', '127.0.0.1:0', '--plugins', plugins];
  if (simUrl) {
    Object.assign(env, { PLAID_CLIENT_ID: SIM_CLIENT_ID, PLAID_SECRET: SIM_SECRET });
    args.push('--base-url', simUrl, '--allow', simUrl, '--credentials-for', simUrl);
  }
  const child = spawn(hostBin, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  const proc = track(child, 'step service');
  const { listening: url } = await firstLine(child, proc, 'host-test serve');
  // Ready once the plugins are compiled.
  for (let i = 0; i < 600; i += 1) {
    const ready = await fetch(new URL('/readyz', url)).then((r) => r.ok).catch(() => false);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, output: proc.output, stop: async () => { await proc.stop(); rmSync(plugins, { recursive: true, force: true }); } };
}

/**
 * Starts the Plaid simulator alone (`host-test -v sim`) on a free loopback port: reports ready
 * (and their webhooks sent) `readyMs` after create. `-v` logs one line per request
 * (`path="…" user=…`). Resolves to `{url, output(), requests(path), stop()}`.
 */
export async function startSim({ readyMs = 1000 } = {}) {
  const child = spawn(hostBin, ['-v', 'sim', '--port', '0', '--ready-ms', String(readyMs)], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } });
  const proc = track(child, 'simulator');
  const { listening: url } = await firstLine(child, proc, 'host-test sim');
  /** The simulator's request log lines for `path` (and `user`, when given). */
  const requests = (path, user) => proc.output().split('\n').filter((line) => line.includes(`path="${path}"`) && (!user || line.includes(` user=${user} `)));
  return { url, output: proc.output, requests, stop: proc.stop };
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
 * package (a link in node_modules), on `port` (default: a free one) with `env` added to its
 * environment. Resolves to `{url, userDir, output(), stop()}`.
 */
export async function startNodeRed({ port, env = {} } = {}) {
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
  port = port || await freePort();
  const require = createRequire(join(pkgDir, 'package.json'));
  const red = require.resolve('node-red/red.js');
  const child = spawn(process.execPath, [red, '-u', userDir, '-p', String(port)], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_RED_HOME: undefined, ...env } });
  const proc = track(child, 'node-red');
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i += 1) {
    if (child.exitCode !== null) throw new Error(`Node-RED exited: ${proc.output()}`);
    // Node-RED starts its flows and listens independently: both, in either order.
    if (/Started flows/.test(proc.output()) && /Server now running at/.test(proc.output())) break;
    if (i > 600) throw new Error(`Node-RED did not start: ${proc.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, userDir, output: proc.output, stop: async () => { await proc.stop(); rmSync(userDir, { recursive: true, force: true }); } };
}

/**
 * Replaces the flows through Node-RED's Admin API (credentials go to its credential store).
 * `flows` is the array, or a flow file's bytes (a Buffer or string) sent as they are. With
 * `red` (what startNodeRed resolved to), resolves once the new flows have started.
 */
export async function deployFlows(nodeRedUrl, flows, red) {
  const started = () => (red ? red.output().match(/Started flows/g) || [] : []).length;
  const before = started();
  const r = await fetch(new URL('/flows', nodeRedUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Node-RED-Deployment-Type': 'full' },
    body: typeof flows === 'string' || Buffer.isBuffer(flows) ? flows : JSON.stringify(flows),
  });
  if (r.status !== 204 && r.status !== 200) throw new Error(`deploy failed: ${r.status} ${await r.text()}`);
  for (let i = 0; red && started() === before; i += 1) {
    if (i > 300) throw new Error(`the deployed flows did not start: ${red.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
