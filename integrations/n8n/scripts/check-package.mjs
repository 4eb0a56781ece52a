#!/usr/bin/env node
// The package as n8n's publishing checks and a user's n8n see it. Run after `npm ci` (`npm run
// check`); no n8n needed, about half a minute. It builds dist/ afresh (`n8n-node build`), then:
//   1. `n8n-node lint` (@n8n/node-cli, pinned) in strict mode with the default
//      eslint.config.mjs: the rules n8n's Cloud verification and its community-package
//      scanner apply to the sources and package.json;
//   2. `npm pack --dry-run --json` lists exactly what package.json names: everything under
//      `files`, package.json, README.md, LICENSE.md; every `n8n.nodes` / `n8n.credentials`
//      entry is in it, and every node or credential in dist/ is listed there;
//   3. the real tarball installed into a temporary folder (as n8n installs it: no peer
//      dependencies), with n8n-workflow at the version pinned in devDependencies beside it
//      (the package's peer; in n8n, n8n's own copy): every node and
//      credential in its dist/ is `require`d and must export its class (named after the file,
//      as n8n's loader expects) with a description; icons and the codex file must be in the
//      package; the credentials a node names must exist; and the installed node, called with a
//      stand-in for n8n and the service, keeps its error contract (NodeApiError /
//      NodeOperationError with the item's index, continueOnFail, pairedItem);
//   4. the unpacked tarball linted as @n8n/scan-community-package lints a published package
//      (that tool only fetches packages from the npm registry, with provenance): `n8n-node
//      lint` on its package.json, and the scanner's rule set on its compiled JavaScript;
//   5. the example workflows in examples/ are the repository's examples/n8n copies, use this
//      package's node type, and send no request-time partner_insights.
// Prints one `ok:` line per check; exits non-zero on the first miss.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const requireHere = createRequire(join(pkgDir, 'package.json'));
/** A dev dependency's own folder and package.json (some do not export ./package.json). */
const depDir = (name) => join(pkgDir, 'node_modules', name);
const depVersion = (name) => JSON.parse(readFileSync(join(depDir(name), 'package.json'), 'utf8')).version;
const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'n8n-package-check-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const ok = (what) => console.log(`ok: ${what}`);
const fail = (why) => {
  console.error(`FAIL: ${why}`);
  process.exit(1);
};
const plain = (text) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
function run(cmd, args, cwd, env = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  if (r.error) fail(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  return { status: r.status, out: plain(`${r.stdout}${r.stderr}`) };
}
const n8nNode = join(pkgDir, 'node_modules', '.bin', 'n8n-node');
if (!existsSync(n8nNode)) fail('node_modules/.bin/n8n-node is missing: run `npm ci` first');
const build = run(n8nNode, ['build'], pkgDir);
if (build.status !== 0) fail(`n8n-node build:\n${build.out}`);
ok('n8n-node build: dist/ built afresh');

/** `n8n-node lint` in DIR; its output without the banner, or a failure with all of it. */
function n8nNodeLint(dir, what) {
  const r = run(n8nNode, ['lint'], dir);
  const lines = r.out.split('\n').filter((l) => l.trim() && !/n8n-node lint\s+v/.test(l) && !/Warning: The 'NO_COLOR'|--trace-warnings/.test(l));
  if (r.status !== 0) fail(`n8n-node lint (${what}) exited ${r.status}:\n${r.out}`);
  if (lines.length) console.log(lines.join('\n'));
  const summary = lines.find((l) => /problems?\s*\(/.test(l)) ?? '0 problems';
  ok(`n8n-node lint ${depVersion('@n8n/node-cli')} (strict, default eslint.config.mjs) on ${what}: ${summary.trim()}`);
}

// 1. n8n-node lint on the sources, strict, default config.
if (pkg.n8n?.strict !== true) fail('package.json n8n.strict must be true (strict lint, as n8n Cloud verification requires)');
const templateConfig = join(depDir('@n8n/node-cli'), 'dist/template/templates/shared/default/eslint.config.mjs');
const squash = (file) => readFileSync(file, 'utf8').replace(/\s+/g, ' ').trim();
if (squash(join(pkgDir, 'eslint.config.mjs')) !== squash(templateConfig)) fail('eslint.config.mjs is not the default one (`npx n8n-node cloud-support enable` writes it)');
n8nNodeLint(pkgDir, 'the sources');

// 2. The dry-run file list against package.json.
const walk = (abs) => (statSync(abs).isDirectory() ? readdirSync(abs).flatMap((f) => walk(join(abs, f))) : [abs]);
const expected = new Set(['package.json']);
for (const entry of pkg.files ?? []) {
  const abs = join(pkgDir, entry);
  if (!existsSync(abs)) fail(`package.json files names "${entry}", which does not exist`);
  for (const f of walk(abs)) expected.add(relative(pkgDir, f));
}
for (const f of readdirSync(pkgDir)) if (/^(README|LICEN[CS]E)/i.test(f)) expected.add(f);
for (const required of ['README.md', 'LICENSE.md']) if (!expected.has(required)) fail(`${required} is missing`);
const dryRun = run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], pkgDir);
if (dryRun.status !== 0) fail(`npm pack --dry-run:\n${dryRun.out}`);
const packed = new Set(JSON.parse(dryRun.out.slice(dryRun.out.indexOf('[')))[0].files.map((f) => f.path));
const missing = [...expected].filter((f) => !packed.has(f));
const extra = [...packed].filter((f) => !expected.has(f));
if (missing.length || extra.length) fail(`npm pack: missing ${JSON.stringify(missing)}, not named by package.json ${JSON.stringify(extra)}`);
if (pkg.main !== undefined && !packed.has(pkg.main.replace(/^\.\//, ''))) fail(`package.json main "${pkg.main}" is not in the package`);
const listed = [...(pkg.n8n.nodes ?? []), ...(pkg.n8n.credentials ?? [])];
for (const f of listed) if (!packed.has(f)) fail(`package.json n8n names ${f}, which is not in the package`);
const inDist = [...packed].filter((f) => /\.(node|credentials)\.js$/.test(f));
for (const f of inDist) if (!listed.includes(f)) fail(`${f} is in the package but not in package.json n8n.nodes / n8n.credentials`);
if (!(pkg.n8n.nodes ?? []).length) fail('package.json n8n.nodes is empty');
ok(`npm pack --dry-run: the ${packed.size} files package.json names (${[...packed].sort().join(', ')})`);

// 3. The real tarball, installed with n8n-workflow at its pinned version, and loaded.
const pack = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], pkgDir);
if (pack.status !== 0) fail(`npm pack:\n${pack.out}`);
const tarball = join(work, JSON.parse(pack.out.slice(pack.out.indexOf('[')))[0].filename);
const tarList = run('tar', ['-tzf', tarball], work);
const inTar = new Set(tarList.out.split('\n').filter(Boolean).map((f) => f.replace(/^package\//, '')));
if (inTar.size !== packed.size || [...packed].some((f) => !inTar.has(f))) fail('the tarball differs from the dry-run list');
const workflowVersion = pkg.devDependencies?.['n8n-workflow'];
if (!/^\d+\.\d+\.\d+$/.test(workflowVersion ?? '')) fail('devDependencies must pin n8n-workflow to an exact version (the n8n the package is tested with)');
const installDir = join(work, 'install');
mkdirSync(installDir);
writeFileSync(join(installDir, 'package.json'), JSON.stringify({ name: 'n8n-package-check', private: true }));
// The tarball as n8n installs a community package: without its peer dependency (n8n strips
// peerDependencies before `npm install`), n8n-workflow then being n8n's own copy; here the
// pinned devDependency, linked in after the install.
const install = run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--offline', '--legacy-peer-deps', '--no-package-lock', tarball], installDir);
if (install.status !== 0) fail(`installing the tarball:\n${install.out}`);
if (depVersion('n8n-workflow') !== workflowVersion) fail(`node_modules/n8n-workflow is ${depVersion('n8n-workflow')}, not the pinned ${workflowVersion}: run \`npm ci\``);
symlinkSync(depDir('n8n-workflow'), join(installDir, 'node_modules', 'n8n-workflow'));
const installed = join(installDir, 'node_modules', pkg.name);
const requireInstalled = createRequire(join(installed, 'package.json'));
const workflowUsed = requireInstalled.resolve('n8n-workflow');
if (!workflowUsed.startsWith(depDir('n8n-workflow'))) fail(`n8n-workflow resolves to ${workflowUsed}, not the pinned copy`);
const inPackage = (file, from) => {
  const abs = resolve(dirname(from), file.replace(/^file:/, ''));
  if (!abs.startsWith(installed + '/') || !existsSync(abs)) fail(`${relative(installed, from)} names ${file}, which is not in the package`);
};
const iconsOf = (icon, from, what) => {
  if (!icon) fail(`${what} has no icon`);
  const variants = typeof icon === 'string' ? [icon] : [icon.light, icon.dark];
  if (typeof icon !== 'string' && (!icon.light || !icon.dark || icon.light === icon.dark)) fail(`${what}: the icon needs distinct light and dark variants`);
  for (const v of variants) inPackage(v, from);
};
const load = (abs) => {
  try {
    return requireInstalled(abs);
  } catch (err) {
    return fail(`require(${relative(installDir, abs)}) in the installed package: ${err.message}`);
  }
};
const credentialNames = new Set();
const nodeTypes = new Set();
const loaded = [];
for (const file of pkg.n8n.credentials ?? []) {
  const abs = join(installed, file);
  const className = basename(file, '.credentials.js');
  const Cred = load(abs)[className];
  if (typeof Cred !== 'function') fail(`${file} does not export class ${className}`);
  const c = new Cred();
  if (!c.name || !c.displayName || !Array.isArray(c.properties) || !c.properties.length) fail(`${file}: no name, displayName or properties`);
  if (!c.test) fail(`${file}: no credential test`);
  try {
    new URL(c.documentationUrl);
  } catch {
    fail(`${file}: documentationUrl ${c.documentationUrl} is not a URL`);
  }
  iconsOf(c.icon, abs, file);
  credentialNames.add(c.name);
  loaded.push(`${className} (credential ${c.name}, ${c.properties.length} properties)`);
}
for (const file of pkg.n8n.nodes) {
  const abs = join(installed, file);
  const className = basename(file, '.node.js');
  const Node = load(abs)[className];
  if (typeof Node !== 'function') fail(`${file} does not export class ${className}`);
  const d = new Node().description;
  if (!d || !d.name || !d.displayName || d.version === undefined || !Array.isArray(d.properties) || !d.properties.length) fail(`${file}: no description with name, displayName, version and properties`);
  iconsOf(d.icon, abs, file);
  for (const cred of d.credentials ?? []) if (!credentialNames.has(cred.name)) fail(`${file} uses credential ${cred.name}, which the package does not define`);
  const codexFile = abs.replace(/\.js$/, '.json');
  if (!existsSync(codexFile)) fail(`${file}: its codex ${basename(codexFile)} is not in the package`);
  const codex = JSON.parse(readFileSync(codexFile, 'utf8'));
  if (codex.node !== `${pkg.name}.${d.name}`) fail(`${basename(codexFile)}: node is ${codex.node}, n8n names the node ${pkg.name}.${d.name}`);
  for (const r of Object.values(codex.resources ?? {}).flat()) if (!String(r.url).includes(pkg.name)) fail(`${basename(codexFile)}: ${r.url} is not this package's documentation`);
  nodeTypes.add(`${pkg.name}.${d.name}`);
  loaded.push(`${className} (node ${pkg.name}.${d.name}, ${d.properties.length} properties)`);
}
ok(`installed ${basename(tarball)} with n8n-workflow ${workflowVersion} (Node ${process.versions.node}); loaded ${loaded.join(', ')}`);

// 3b. The installed node's error contract, with a stand-in for n8n and the service: a step error
// is a NodeApiError (the step's suggested action as its description) or, with continueOnFail,
// the item's `error`; input it cannot send is a NodeOperationError; every item keeps its index.
{
  const { NodeApiError, NodeOperationError } = requireInstalled('n8n-workflow');
  const file = pkg.n8n.nodes.find((f) => f.endsWith('/StepService.node.js'));
  const node = new (requireInstalled(join(installed, file)).StepService)();
  const notReady = { statusCode: 503, headers: { 'retry-after': '5' }, body: { ok: false, error: { kind: 'not_ready', code: 'PRODUCT_NOT_READY', message: 'not ready', retryable: true, suggested_action: 'wait for the webhook' } } };
  const context = ({ input = '{"user_id": "usr_x"}', continueOnFail = false, answer = notReady }) => ({
    getInputData: () => [{ json: {} }, { json: {} }],
    getNode: () => ({ id: 'n', name: 'Step Service', type: `${pkg.name}.stepService`, typeVersion: 1, position: [0, 0], parameters: {} }),
    continueOnFail: () => continueOnFail,
    getNodeParameter: (name, _i, fallback) => ({ step: 'plaid_partner_insights', inputMode: 'json', inputJson: input, options: {} })[name] ?? fallback,
    getCredentials: async () => ({ url: 'http://127.0.0.1:8787', token: 'token' }),
    helpers: { httpRequestWithAuthentication: async () => answer },
  });
  const thrown = async (ctx) => node.execute.call(ctx).then(() => fail('the node did not throw'), (err) => err);
  const apiError = await thrown(context({}));
  if (!(apiError instanceof NodeApiError) || apiError.context.itemIndex !== 0 || apiError.description !== 'wait for the webhook' || apiError.httpCode !== '503') fail(`a step error: ${apiError.constructor.name} ${apiError.message} (${apiError.description})`);
  const opError = await thrown(context({ input: '{not json' }));
  if (!(opError instanceof NodeOperationError) || opError.context.itemIndex !== 0 || !opError.description) fail(`bad JSON input: ${opError.constructor.name} ${opError.message}`);
  const [items] = await node.execute.call(context({ continueOnFail: true }));
  if (items.length !== 2 || items.some((it, i) => it.pairedItem.item !== i || it.json.error?.kind !== 'not_ready' || it.json.error.retry_after_seconds !== 5)) fail(`continueOnFail: ${JSON.stringify(items)}`);
  const [done] = await node.execute.call(context({ answer: { statusCode: 200, headers: {}, body: { ok: true, outputs: { summary: { cash_score: 1 } } } } }));
  if (done.length !== 2 || done.some((it, i) => it.pairedItem.item !== i || it.json.summary?.cash_score !== 1)) fail(`outputs: ${JSON.stringify(done)}`);
  ok('the installed node: a step error is a NodeApiError (suggested action as description) or, on continueOnFail, the item\'s error; bad input a NodeOperationError; items paired with their inputs');
}

// 4. The packed contents linted as the scanner lints a published package.
const unpacked = join(work, 'unpacked');
mkdirSync(unpacked);
if (run('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1'], work).status !== 0) fail('cannot unpack the tarball');
cpSync(join(pkgDir, 'eslint.config.mjs'), join(unpacked, 'eslint.config.mjs'));
symlinkSync(join(pkgDir, 'node_modules'), join(unpacked, 'node_modules'));
n8nNodeLint(unpacked, "the packed package.json (the default config skips dist/)");
// The linter and rule sets as @n8n/node-cli resolves them (some are nested under it).
const requireCli = createRequire(join(depDir('@n8n/node-cli'), 'package.json'));
const { ESLint } = requireCli('eslint');
const communityMain = requireCli.resolve('@n8n/eslint-plugin-community-nodes');
const community = await import(pathToFileURL(communityMain).href);
const communityVersion = JSON.parse(readFileSync(join(communityMain.slice(0, communityMain.lastIndexOf('/dist/')), 'package.json'), 'utf8')).version;
const nodesBase = requireCli('eslint-plugin-n8n-nodes-base');
const tsParser = requireCli('typescript-eslint').parser;
// @n8n/scan-community-package 0.32.0's buildScanConfig, on its tarball files (**/*.js, package.json).
const eslint = new ESLint({
  cwd: unpacked,
  allowInlineConfig: false,
  overrideConfigFile: true,
  overrideConfig: [
    community.n8nCommunityNodesPlugin.configs.recommended,
    { rules: { 'no-console': 'error' } },
    { plugins: { 'n8n-nodes-base': nodesBase } },
    { files: ['package.json'], rules: { ...nodesBase.configs.community.rules } },
    { files: ['**/*.json'], languageOptions: { parser: tsParser } },
  ],
});
const scanned = readdirSync(unpacked, { recursive: true }).map(String).filter((f) => !f.startsWith('node_modules') && (f.endsWith('.js') || f === 'package.json'));
const results = await eslint.lintFiles(scanned.map((f) => join(unpacked, f)));
const errors = results.reduce((n, r) => n + r.errorCount, 0);
const warnings = results.reduce((n, r) => n + r.warningCount, 0);
if (errors || warnings) console.log(plain(await (await eslint.loadFormatter('stylish')).format(results)));
if (errors) fail(`the scanner's rules on the packed files: ${errors} errors`);
ok(`the scanner's rules (@n8n/eslint-plugin-community-nodes ${communityVersion}) on the ${scanned.length} packed .js/package.json files: ${errors} errors, ${warnings} warnings`);

// 5. The example workflows.
const exampleDir = join(installed, 'examples');
const repoExamples = resolve(pkgDir, '../../examples/n8n');
const examples = existsSync(exampleDir) ? readdirSync(exampleDir).filter((f) => f.endsWith('.json')) : [];
if (!examples.length) fail('the package has no example workflows (examples/*.json)');
for (const f of examples) {
  const text = readFileSync(join(exampleDir, f), 'utf8');
  if (existsSync(repoExamples) && (!existsSync(join(repoExamples, f)) || readFileSync(join(repoExamples, f), 'utf8') !== text)) fail(`examples/${f} differs from the repository's examples/n8n/${f}`);
  const workflow = JSON.parse(text);
  const ours = workflow.nodes.filter((n) => n.type.endsWith('.stepService') || n.type.startsWith('CUSTOM.'));
  if (!ours.length) fail(`examples/${f} uses no node of this package`);
  for (const n of ours) {
    if (!nodeTypes.has(n.type)) fail(`examples/${f}: node "${n.name}" has type ${n.type}, which this package does not define (${[...nodeTypes].join(', ')})`);
    if (n.parameters.step === 'plaid_partner_insights' && JSON.stringify(n.parameters).includes('"partner_insights')) fail(`examples/${f}: "${n.name}" sends the request-time partner_insights Plaid refuses for clients created on or after 2026-07-01`);
  }
}
ok(`example workflows ${examples.join(', ')}: ${existsSync(repoExamples) ? "the repository's examples/n8n copies, " : ''}node type ${[...nodeTypes].join(', ')}, no request-time partner_insights`);
console.log(`n8n package checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
