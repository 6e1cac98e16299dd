import { describe, expect, it } from 'vitest';
import { composeCommand } from '../../../electron/cli/compose-command';

function run(args: string[], files: Record<string, string>) {
  let out = '';
  let err = '';
  const code = composeCommand(args, {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    readFile: async (p) => {
      const f = files[p];
      if (f === undefined) throw new Error('ENOENT');
      return f;
    },
  });
  return code.then((c) => ({ code: c, out, err }));
}

describe('compose command', () => {
  it('prints lines with widths in ems and the overset as JSON', async () => {
    const text = '字'.repeat(30) + '。\n\n' + '字'.repeat(10) + '，字字。\n';
    const r = await run(['--text', 'a.txt', '--measure', '13', '--lines', '3', '--json'], { 'a.txt': text });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { lines: { text: string; width: number }[]; overset: { chars: number; lines: number } };
    expect(j.lines.map((l) => l.width)).toEqual([13, 13, 7]);
    expect(j.lines[0]!.text).toBe('字'.repeat(11));
    expect(j.overset).toEqual({ chars: 14, lines: 2 });
  });

  it('rejects bad options and unreadable files', async () => {
    expect((await run(['--measure', '13'], {})).code).toBe(2);
    expect((await run(['--text', 'x', '--measure', '13', '--style', 'loose'], {})).code).toBe(2);
    expect((await run(['--text', 'missing.txt', '--measure', '13'], {})).code).toBe(1);
  });
});
