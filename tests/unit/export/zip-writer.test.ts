import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { crc32, readZip, writeZip, ZipError } from '../../../electron/export/zip-writer';

const dir = mkdtempSync(join(tmpdir(), 'banxin-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crc32', () => {
  it('matches the standard check value and zlib/PNG usage', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.alloc(0))).toBe(0);
    expect(crc32(Buffer.from('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339);
  });
});

describe('writeZip', () => {
  const text = Buffer.from('版心日报 第1版\n'.repeat(200), 'utf8');
  const entries = [
    { name: 'manifest.json', data: Buffer.from('{"a":1}') },
    { name: '数字报/第1版.html', data: text },
    { name: 'pdf/random.bin', data: Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251)), store: true },
    { name: 'empty.txt', data: Buffer.alloc(0) },
  ];
  const zip = writeZip(entries);
  const path = join(dir, 'a.zip');
  writeFileSync(path, zip);

  it('is read by unzip (CRC test) with UTF-8 names and deflates text', () => {
    const out = execFileSync('unzip', ['-t', path], { encoding: 'utf8' });
    expect(out).toMatch(/No errors detected/);
    const list = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n');
    expect(list).toEqual(entries.map((e) => e.name));
    const back = readZip(zip);
    expect(back.find((e) => e.name === '数字报/第1版.html')!.method).toBe(8);
    expect(back.find((e) => e.name === 'pdf/random.bin')!.method).toBe(0);
  });

  it('is read by Python zipfile byte for byte', () => {
    const py = `import zipfile,sys,hashlib\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nfor i in z.infolist(): print(i.filename, hashlib.sha256(z.read(i)).hexdigest())`;
    const out = execFileSync('python3', ['-c', py, path], { encoding: 'utf8' }).trim().split('\n');
    expect(out).toEqual(entries.map((e) => `${e.name} ${createHash('sha256').update(e.data).digest('hex')}`));
  });

  it('round-trips arbitrary contents through its own reader', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 2000 }), { maxLength: 6 }), (blobs) => {
        const es = blobs.map((data, i) => ({ name: `d/${i}.bin`, data }));
        const back = readZip(writeZip(es));
        expect(back.map((e) => [e.name, [...e.data]])).toEqual(es.map((e) => [e.name, [...e.data]]));
      }),
      { numRuns: 50 },
    );
  });

  it('refuses names that would escape the extraction folder, and duplicates', () => {
    for (const name of ['../evil', '/etc/passwd', 'a/../../b', 'a\\b', 'C:/x', '', 'a//b']) {
      expect(() => writeZip([{ name, data: Buffer.from('x') }])).toThrow(ZipError);
    }
    expect(() => writeZip([{ name: 'a', data: Buffer.from('x') }, { name: 'a', data: Buffer.from('y') }])).toThrow(/duplicate/);
  });

  it('detects corruption on read', () => {
    const z = Buffer.from(writeZip([{ name: 'a.txt', data: Buffer.from('hello hello hello'), store: true }]));
    z[30 + 5] = 'X'.charCodeAt(0);
    expect(() => readZip(z)).toThrow(/CRC/);
  });
});
