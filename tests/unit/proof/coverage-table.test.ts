import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../shared/proof/index';

// The coverage tables in shared/proof/coverage/ say, clause by clause, which rule checks a
// standard and which test pins it. A table that names a rule or a test that does not exist, or a
// clause with neither a rule nor a reason, is a claim the code does not back.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = path.join(root, 'shared/proof/coverage');
const HEADER = ['条款', '内容', '规则', '测试', '说明'];
const ruleIds = new Set(RULES.map((r) => r.id));

interface Row {
  file: string;
  line: number;
  cells: string[];
}

function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((c) => c.trim());
}

/** Table rows of one markdown file (header and separator checked, not returned). */
function rowsOf(file: string): Row[] {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
  const headerAt = lines.findIndex((l) => l.trim().startsWith('|'));
  expect(headerAt, `${file}: no table`).toBeGreaterThanOrEqual(0);
  expect(cellsOf(lines[headerAt] ?? ''), `${file}: header`).toEqual(HEADER);
  expect(lines[headerAt + 1] ?? '', `${file}: separator`).toMatch(/^\|(\s*:?-{3,}:?\s*\|){5}\s*$/);
  const rows: Row[] = [];
  for (let k = headerAt + 2; k < lines.length && (lines[k] ?? '').trim().startsWith('|'); k++) {
    rows.push({ file, line: k + 1, cells: cellsOf(lines[k] ?? '') });
  }
  return rows;
}

/** Backticked names in a cell (`a`、`b`); “—” means none. */
function named(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
}

const files = readdirSync(dir).filter((f) => f.endsWith('.md'));

describe('proof coverage tables', () => {
  it('exist for both standards walked so far', () => {
    expect(files).toEqual(expect.arrayContaining(['gb-t-15834-2011.md', 'gb-t-15835-2011.md']));
  });

  it.each(files)('%s: every row has five cells, a clause, and a rule or a reason', (file) => {
    const rows = rowsOf(file);
    expect(rows.length).toBeGreaterThan(5);
    const clauses = new Set<string>();
    for (const { line, cells } of rows) {
      const where = `${file}:${line}`;
      expect(cells, where).toHaveLength(5);
      const [clause = '', content = '', rule = '', test = '', note = ''] = cells;
      expect(clause, where).not.toBe('');
      expect(clauses.has(clause), `${where}: clause ${clause} listed twice`).toBe(false);
      clauses.add(clause);
      expect(content, where).not.toBe('');
      const rules = named(rule);
      expect(rules.length > 0 || rule === '—', `${where}: 规则 is rule ids in backticks or —`).toBe(true);
      expect(named(test).length > 0 || test === '—', `${where}: 测试 is paths in backticks or —`).toBe(true);
      const reason = note !== '' && note !== '—';
      expect(rules.length > 0 || reason, `${where}: no rule and no 说明`).toBe(true);
      if (rules.length > 0) expect(named(test).length, `${where}: a rule without a test`).toBeGreaterThan(0);
    }
  });

  it.each(files)('%s: every rule id named is registered', (file) => {
    const missing = rowsOf(file).flatMap(({ line, cells }) => named(cells[2] ?? '').filter((id) => !ruleIds.has(id)).map((id) => `${line}: ${id}`));
    expect(missing).toEqual([]);
  });

  it.each(files)('%s: every test file named exists', (file) => {
    const missing = rowsOf(file).flatMap(({ line, cells }) => named(cells[3] ?? '').filter((p) => !existsSync(path.join(root, p))).map((p) => `${line}: ${p}`));
    expect(missing).toEqual([]);
  });
});
