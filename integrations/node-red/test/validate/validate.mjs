// `node-red-dev validate` (0.1.6, the flow library's scorecard tool, pinned in this folder) on
// what npm publishes: this package's `npm pack` tarball (or WFS_TARBALL), unpacked. Prints the
// tool's output as it is, except for the two checks that need the flow library's online
// catalogue (P08, N01): when catalogue.nodered.org cannot be reached they are reported as not
// checked (see preload.cjs). Then one summary line; exits 1 on any error, warning or failed
// check of the scorecard.
//
//   node test/validate/validate.mjs            P06/P07 against the npm registry's Node-RED now
//   node test/validate/validate.mjs --offline  P06/P07 against the Node-RED versions the tests
//                                              pin (test/runtimes): what scripts/test.sh runs
//
// (npm ci --ignore-scripts in test/validate first; `npm run validate` in the package does both.)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = resolve(here, '..', '..');
const offline = process.argv.includes('--offline');
const require = createRequire(join(here, 'package.json'));
const cli = join(dirname(require.resolve('node-red-dev/package.json')), 'bin', 'run');
const version = require('node-red-dev/package.json').version;

const work = mkdtempSync(join(tmpdir(), 'wfs-validate-'));
try {
  // What npm publishes: the tarball, unpacked (npm's `package/` folder).
  let tarball = process.env.WFS_TARBALL;
  if (!tarball) {
    const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: pkgDir, encoding: 'utf8' }));
    tarball = join(work, filename);
  }
  execFileSync('tar', ['-xzf', tarball, '-C', work]);
  const unpacked = join(work, 'package');

  const env = { ...process.env, WFS_VALIDATE_SKIPPED: join(work, 'skipped') };
  if (offline) {
    // The registry's answer for node-red as P06/P07 read it (the `latest` and `maintenance`
    // dist-tags, the latest version's engines), from the versions the tests run.
    const runtimes = createRequire(join(pkgDir, 'test', 'runtimes', 'package.json'));
    const pinned = ['node-red-5', 'node-red-4'].map((alias) => runtimes(`${alias}/package.json`));
    const answer = {
      'dist-tags': { latest: pinned[0].version, 'maintenance-v4': pinned[1].version },
      versions: Object.fromEntries(pinned.map((p) => [p.version, { engines: p.engines }])),
    };
    env.WFS_VALIDATE_NODE_RED = join(work, 'node-red.json');
    writeFileSync(env.WFS_VALIDATE_NODE_RED, JSON.stringify(answer));
    console.log(`(P06/P07 against the tested Node-RED versions ${pinned.map((p) => p.version).join(' and ')}, not the registry's)`);
  }
  const scorecardFile = join(work, 'scorecard.json');
  const run = spawnSync(process.execPath, ['-r', join(here, 'preload.cjs'), cli, 'validate', '--path', unpacked, '--output', scorecardFile], {
    cwd: work, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300000,
  });
  const skipped = existsSync(env.WFS_VALIDATE_SKIPPED) ? readFileSync(env.WFS_VALIDATE_SKIPPED, 'utf8').trim().split('\n')[0] : '';
  const notChecked = (check) => `⏭️  ${check} not checked: the flow library's catalogue is unreachable (${skipped})`;
  const out = run.stdout.split('\n').map((line) => {
    if (!skipped) return line;
    if (line === '✅ No similar named packages found') return notChecked('P08 (similar package names)');
    if (line === '✅ Nodes all have unique names') return notChecked('N01 (node names unique in the catalogue)');
    return line;
  });
  process.stdout.write(out.join('\n'));
  process.stderr.write(run.stderr);

  const warnings = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => /Warning:/.test(l));
  const errors = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => /(^|\s)Error:|ERR!/.test(l));
  const scorecard = existsSync(scorecardFile) ? JSON.parse(readFileSync(scorecardFile, 'utf8')) : null;
  const notRun = skipped ? ['P08', 'N01'] : [];
  const checks = scorecard ? Object.entries(scorecard).filter(([k]) => /^[A-Z]\d\d$/.test(k) && !notRun.includes(k)) : [];
  const failed = checks.filter(([, v]) => v.test !== true).map(([k]) => k);
  if (!scorecard) errors.push(`no scorecard written (exit ${run.status}${run.error ? ', ' + run.error.message : ''})`);
  const passed = checks.length - failed.length;
  console.log(`node-red-dev ${version} validate: ${passed} checks passed (${checks.map(([k]) => k).sort().join(' ')}), ${failed.length} failed${failed.length ? ' (' + failed.join(' ') + ')' : ''}, ${errors.length} errors, ${warnings.length} warnings${notRun.length ? `; not checked offline: ${notRun.join(', ')}` : ''}`);
  process.exitCode = errors.length || warnings.length || failed.length || run.status ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}
