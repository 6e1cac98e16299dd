import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli';
import { encodeJpeg, encodePng, testPattern } from '../support/test-images';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'banxin-cli-img-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => void (out += s), stderr: (s) => void (err += s), readFile: async (p) => (await import('node:fs/promises')).readFile(p, 'utf8') });
  return { code, out, err };
}

describe('CLI: images', () => {
  it('imports JPEG and PNG files, reports a broken one with its reason, and lists what is stored', async () => {
    const db = join(dir, 'img.db');
    writeFileSync(join(dir, 'a.jpg'), encodeJpeg(320, 240, 3, testPattern(320, 240)));
    writeFileSync(join(dir, 'b.png'), encodePng(64, 32, 1, () => [100]));
    writeFileSync(join(dir, 'c.jpg'), encodeJpeg(320, 240, 1, testPattern(320, 240)).subarray(0, 200));
    const r = await cli('images', 'import', join(dir, 'a.jpg'), join(dir, 'b.png'), join(dir, 'c.jpg'), '--db', db);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.out) as Array<{ file: string; width?: number; height?: number; format?: string; error?: string }>;
    expect(out.map((o) => [o.format, o.width, o.height])).toEqual([['jpeg', 320, 240], ['png', 64, 32], [undefined, undefined, undefined]]);
    expect(out[2]!.error).toContain('图片文件不完整');
    expect(r.err).toContain('c.jpg');
    const list = await cli('images', 'list', '--db', db);
    expect(list.code).toBe(0);
    expect((JSON.parse(list.out) as Array<{ name: string }>).map((i) => i.name)).toEqual(['b.png', 'a.jpg']);
    expect((await cli('images')).code).toBe(2);
  });
});
