// `npm test`: typecheck, lint (ESLint, Prettier, knip), unit tests (vitest), then end-to-end tests (Playwright + Debian's chromium)
// against the built web renderer. Prints one closing line "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

let failedSteps = 0;
const totals = { passed: 0, failed: 0, skipped: 0 };

console.log('\n== typecheck (the app, then src/core alone without the DOM)');
if (run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) failedSteps++;
if (run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.core.json']) !== 0) failedSteps++;

console.log('\n== lint (layer rules, import cycles), formatting, and unused files, exports and dependencies (knip)');
if (run('npx', ['eslint', '.']) !== 0) failedSteps++;
if (run('npx', ['prettier', '--check', '--log-level', 'warn', '.']) !== 0) failedSteps++;
if (run('npx', ['knip', '--no-progress']) !== 0) failedSteps++;

console.log('\n== unit tests (vitest)');
rmSync('test-results/vitest.json', { force: true });
if (run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/vitest.json']) !== 0) failedSteps++;
if (existsSync('test-results/vitest.json')) {
  const r = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  totals.passed += r.numPassedTests ?? 0;
  totals.failed += r.numFailedTests ?? 0;
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}

console.log('\n== web build');
const built = run('npx', ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'warn']) === 0;
if (!built) failedSteps++;

console.log('\n== end-to-end tests (playwright, chromium)');
rmSync('test-results/playwright.json', { force: true });
// Against a build that failed, the browser would be served what an earlier build left in out/web.
if (!built) console.log('not run: the web build failed (see above)');
else if (run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json' }) !== 0)
  failedSteps++;
if (existsSync('test-results/playwright.json')) {
  const s = JSON.parse(readFileSync('test-results/playwright.json', 'utf8')).stats ?? {};
  totals.passed += (s.expected ?? 0) + (s.flaky ?? 0);
  totals.failed += s.unexpected ?? 0;
  totals.skipped += s.skipped ?? 0;
}

if (failedSteps > 0 && totals.failed === 0) totals.failed = failedSteps; // a step failed outside any test
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps > 0 ? 1 : 0);
