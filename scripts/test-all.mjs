// Runs every test suite of the kit and ends with one line `N passed, N failed` over all suites:
// build, node tests of every package (server against PGlite and PostgreSQL), widget tests in
// Chromium, and the end-to-end tests against the real server.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startTestPostgres } from './postgres-for-tests.mjs';

const root = new URL('..', import.meta.url).pathname;
const totals = { passed: 0, failed: 0, skipped: 0 };
const results = [];

function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function findTests(dir, pattern, skipDirs = ['node_modules', 'dist']) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!skipDirs.includes(name)) out.push(...findTests(full, pattern, skipDirs));
    } else if (pattern.test(name)) out.push(relative(root, full));
  }
  return out.sort();
}

function record(suite, counts, exitCode) {
  // A suite that crashed without reporting counts as one failure.
  if (exitCode !== 0 && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  results.push(`${suite}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}

/** Node's test runner with a TAP copy of the results to count from. */
async function nodeSuite(suite, files, env = {}) {
  if (files.length === 0) return;
  const tap = join(mkdtempSync(join(tmpdir(), 'cen-tap-')), 'results.tap');
  const code = await run(process.execPath, [
    '--conditions=source', '--import', 'tsx', '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...files,
  ], env);
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  record(suite, { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') }, code);
}

async function widgetSuite() {
  const countsFile = join(mkdtempSync(join(tmpdir(), 'cen-wtr-')), 'counts.json');
  const code = await run('npx', ['web-test-runner', '--config', 'packages/widgets/web-test-runner.config.mjs'], { CEN_TEST_COUNTS_FILE: countsFile });
  const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
  record('widgets (Chromium)', counts, code);
}

const buildCode = await run('npm', ['run', 'build']);
record('build', { passed: buildCode === 0 ? 1 : 0, failed: buildCode === 0 ? 0 : 1, skipped: 0 }, buildCode);
// The build type-checks the packages' sources; their tests, the end-to-end tests and the scripts are checked here.
for (const [suite, config] of [['typecheck (package tests)', 'tsconfig.tests.json'], ['typecheck (e2e, scripts)', 'tsconfig.e2e.json']]) {
  const code = await run('npx', ['tsc', '-p', config]);
  record(suite, { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0 }, code);
}

let pg = null;
const env = {};
if (!process.env.TEST_DATABASE_URL) {
  try {
    pg = await startTestPostgres();
    if (pg) env.TEST_DATABASE_URL = pg.url;
  } catch (error) {
    console.warn(`Could not start PostgreSQL for the tests: ${error.message}`);
  }
}
if (!process.env.TEST_DATABASE_URL && !env.TEST_DATABASE_URL) console.warn('PostgreSQL tests will be skipped: no TEST_DATABASE_URL and no PostgreSQL binaries.');

try {
  const packageTests = findTests(join(root, 'packages'), /\.test\.ts$/).filter((f) => !f.startsWith('packages/widgets/src/'));
  await nodeSuite('packages (node)', packageTests, env);
  await widgetSuite();
  await nodeSuite('bundles and end-to-end', [...findTests(join(root, 'bench'), /\.test\.(ts|mjs)$/), ...findTests(join(root, 'e2e'), /\.test\.ts$/)], env);
} finally {
  pg?.stop();
}

console.log('\n' + results.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed === 0 ? 0 : 1);
