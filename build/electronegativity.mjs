// Run @doyensec/electronegativity over the Electron shell and fail on any HIGH or MEDIUM finding
// that is not in build/electronegativity-reviewed.json. Fetched with npx (147 MB, so not a
// dependency); CI runs it, `node build/electronegativity.mjs` runs it anywhere with the registry.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(mkdtempSync(join(tmpdir(), 'eneg-')), 'findings.csv');
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const r = spawnSync('npx', ['--yes', '@doyensec/electronegativity@1.10.3', '-i', join(root, 'electron/shell'), '-e', electronVersion, '-o', out], {
  cwd: tmpdir(),
  encoding: 'utf8',
  timeout: 600_000,
});
let csv;
try {
  csv = readFileSync(out, 'utf8');
} catch {
  console.error(`electronegativity did not run: ${r.stderr || r.error}`);
  process.exit(1);
}
const reviewed = JSON.parse(readFileSync(join(root, 'build/electronegativity-reviewed.json'), 'utf8')).reviewed;
const rows = csv.trim().split('\n').slice(1).map((line) => {
  const cells = line.match(/("([^"]*)"|[^,]+)(?=,|$)/g) ?? [];
  const [issue, severity, , file] = cells.map((c) => c.replace(/^"|"$/g, '').trim());
  return { issue, severity, file: file === 'N/A' ? 'N/A' : relative(root, file) };
});
const open = rows.filter((f) => (f.severity === 'HIGH' || f.severity === 'MEDIUM') && !reviewed.some((v) => v.issue === f.issue && v.file === f.file));
for (const f of rows) console.log(`${open.includes(f) ? '✘' : '·'} ${f.severity.padEnd(13)} ${f.issue} ${f.file}`);
console.log(`electronegativity: ${rows.length} findings, ${open.length} unreviewed HIGH/MEDIUM`);
process.exitCode = open.length ? 1 : 0;
