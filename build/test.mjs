// `npm test`: every check the project has, in order, with one plain summary at the end:
// type-check, lint, import direction, build, then the unit, integration and e2e suites (vitest).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}.out`;
mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;

function step(name, cmd, args) {
  const t = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return ok;
}

const npx = (bin, args) => [process.execPath, [`${root}node_modules/${bin}`, ...args]];

// better-sqlite3 may have been rebuilt for Electron's ABI by `npm start`; tests run under Node.
const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], { cwd: root });
if (probe.status !== 0) step('rebuild better-sqlite3 for Node', 'npm', ['rebuild', 'better-sqlite3']);

for (const [name, [cmd, args]] of [
  ['type-check shared', npx('typescript/bin/tsc', ['-p', 'shared/tsconfig.json'])],
  ['type-check electron', npx('typescript/bin/tsc', ['-p', 'electron/tsconfig.json'])],
  ['type-check renderer', npx('typescript/bin/tsc', ['-p', 'renderer/tsconfig.json'])],
  ['type-check tests', npx('typescript/bin/tsc', ['-p', 'tests/tsconfig.json'])],
  ['lint', npx('oxlint/bin/oxlint', ['--deny-warnings', 'electron', 'renderer/src', 'shared', 'tests', 'build'])],
  ['import direction', npx('tsx/dist/cli.mjs', ['build/check-imports.ts'])],
  ['build', [process.execPath, ['build/build.mjs']]],
  // The Electron security scanner is fetched with npx (147 MB): CI runs it on every submission.
  ...(process.env.CI ? [['electronegativity', [process.execPath, ['build/electronegativity.mjs']]]] : []),
]) {
  if (step(name, cmd, args)) passed++;
  else failed++;
}

const report = `${out}/vitest.json`;
rmSync(report, { force: true });
const [vcmd, vargs] = npx('vitest/vitest.mjs', ['run', '--reporter=default', '--reporter=json', `--outputFile=${report}`, ...process.argv.slice(2)]);
const suitesOk = step('vitest (unit, integration, e2e)', vcmd, vargs);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numFailedTestSuites ?? 0) * (r.numFailedTests === 0 && !suitesOk ? 1 : 0);
  if (r.numTotalTests === 0) failed++;
} else {
  failed++;
}
if (!suitesOk && failed === 0) failed++;
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
