// Run @doyensec/electronegativity over the Electron shell and fail on any HIGH or MEDIUM finding
// that is not in build/electronegativity-reviewed.json. Fetched with npx (147 MB, so not a
// dependency); CI runs it, `node build/electronegativity.mjs` runs it anywhere with the registry.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;

/** Runs the scanner once: its CSV text (null when it wrote none) and its output. */
function scan() {
  const out = join(mkdtempSync(join(tmpdir(), 'eneg-')), 'findings.csv');
  const r = spawnSync('npx', ['--yes', '@doyensec/electronegativity@1.10.3', '-i', join(root, 'electron/shell'), '-e', electronVersion, '-o', out], {
    cwd: tmpdir(),
    encoding: 'utf8',
    timeout: 600_000,
  });
  try {
    return { csv: readFileSync(out, 'utf8'), log: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ?? ''}` };
  } catch {
    return { csv: null, log: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ?? ''}` };
  }
}

/** RFC 4180 records: quoted cells may hold commas, quotes ("") and newlines; empty cells stay. */
function parseCsv(text) {
  const records = [];
  let cell = '';
  let record = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(cell.trim());
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(cell.trim());
      if (record.some((c) => c !== '')) records.push(record);
      record = [];
      cell = '';
    } else cell += ch;
  }
  record.push(cell.trim());
  if (record.some((c) => c !== '')) records.push(record);
  return records;
}

// A finding row has the header's eight columns (issue, severity, confidence, filename, …).
const wellFormed = (records) => records.length >= 1 && records[0][0] === 'issue' && records.slice(1).every((r) => r.length >= 8);

// The scanner is fetched fresh on a new machine; one retry absorbs a half-written first run.
let result = scan();
if (result.csv === null || !wellFormed(parseCsv(result.csv))) result = scan();
if (result.csv === null) {
  console.error(`electronegativity did not run: ${result.log}`);
  process.exit(1);
}
const records = parseCsv(result.csv);
if (!wellFormed(records)) {
  console.error(`electronegativity wrote a report this script cannot read:\n${result.csv}\n${result.log}`);
  process.exit(1);
}
const reviewed = JSON.parse(readFileSync(join(root, 'build/electronegativity-reviewed.json'), 'utf8')).reviewed;
const rows = records.slice(1).map(([issue, severity, , file]) => ({ issue, severity, file: file === 'N/A' ? 'N/A' : relative(root, file) }));
const open = rows.filter((f) => (f.severity === 'HIGH' || f.severity === 'MEDIUM') && !reviewed.some((v) => v.issue === f.issue && v.file === f.file));
for (const f of rows) console.log(`${open.includes(f) ? '✘' : '·'} ${f.severity.padEnd(13)} ${f.issue} ${f.file}`);
console.log(`electronegativity: ${rows.length} findings, ${open.length} unreviewed HIGH/MEDIUM`);
process.exitCode = open.length ? 1 : 0;
