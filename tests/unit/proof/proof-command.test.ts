import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { proofCommand } from '../../../electron/cli/proof-command';
import { sharedDir } from './paths';

function io(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (s: string) => out.push(s),
      stderr: (s: string) => err.push(s),
      readFile: async (p: string) => {
        if (p in files) return files[p] as string;
        return readFile(p, 'utf8');
      },
    },
  };
}

describe('banxin proof', () => {
  it('writes one JSON line per record in the score.mjs format', async () => {
    const t = io();
    const dev = path.join(sharedDir(), 'proof-eval/dev.jsonl');
    expect(await proofCommand(['--jsonl', dev], t.io)).toBe(0);
    const lines = t.out.join('').trim().split('\n');
    expect(lines).toHaveLength(52);
    const first = JSON.parse(lines[0] ?? '{}') as { id: string; findings: { start: number; end: number; category: string; suggestion: string; message: string }[] };
    expect(first.id).toBe('syn-001');
    expect(first.findings.map((f) => [f.start, f.end, f.category, f.suggestion])).toEqual([
      [9, 10, 'halfwidth-punct', '，'],
      [32, 33, 'halfwidth-punct', '，'],
    ]);
    expect(first.findings[0]?.message).toContain('GB/T 15834');
  });

  it('prints findings for people with line and column', async () => {
    const t = io({ 'a.txt': '第一行。\n增长6.2%,增速' });
    expect(await proofCommand(['a.txt'], t.io)).toBe(0);
    expect(t.out.join('')).toContain('a.txt:2:7');
    // people read the Chinese category name; the English code is for the JSON only
    expect(t.out.join('')).toContain('半角标点');
    expect(t.out.join('')).not.toContain('halfwidth-punct');
  });

  it('rejects bad usage and unreadable files', async () => {
    expect(await proofCommand([], io().io)).toBe(2);
    expect(await proofCommand(['--categories', 'nope', 'a.txt'], io().io)).toBe(2);
    expect(await proofCommand(['/nonexistent/x.txt'], io().io)).toBe(1);
  });
});
