import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCommand } from '../../electron/cli/demo-command';
import { exportCommand } from '../../electron/cli/export-command';
import type { CliIo } from '../../electron/cli/io';

/**
 * The seed's front page from `demo`, with default settings, exported as the print PDF: the 头条's
 * 主题 must be at least one and a half times the size of the other two 主题 (#16). Sizes are read
 * from the PDF itself: the height pdftotext gives a line is the font size times the face's
 * ascent plus descent, the same for every size of one face.
 */
let dir: string;
const LEAD = '绘蓝图明任务聚共识擂战鼓';
const OTHERS = ['把握四方面认识推动高质量发展', '推动职业教育发展培养高技能人才'];

function io(): CliIo {
  return { stdout: () => undefined, stderr: () => undefined, readFile: async () => '' };
}

/** Every text line of page 1 with its height in points, text without spaces. */
function pdfLines(pdf: string): Array<{ text: string; height: number }> {
  const xml = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
  const out: Array<{ text: string; height: number }> = [];
  for (const m of xml.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
    const text = [...m[3]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join('');
    out.push({ text, height: Number(m[2]) - Number(m[1]) });
  }
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-headlines-'));
  const db = join(dir, 'banxin.db');
  expect(await demoCommand(['--db', db], io())).toBe(0);
  expect(await exportCommand(['--db', db, '--issue', 'latest', '--pdf', join(dir, 'front.pdf')], io())).toBe(0);
}, 90_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('headline hierarchy on the demo front page, read from the exported PDF', () => {
  it('sets the lead 主题 at least 1.5 times the size of the other two', () => {
    const lines = pdfLines(join(dir, 'front.pdf'));
    const size = (text: string): number => {
      const hit = lines.filter((l) => l.text === text);
      expect(hit, `no line "${text}" on page 1`).toHaveLength(1);
      return hit[0]!.height;
    };
    const lead = size(LEAD);
    for (const other of OTHERS) expect(lead / size(other)).toBeGreaterThanOrEqual(1.5);
  });

  it('keeps the lead 主题 on one line across the page, larger than any other text on it', () => {
    const lines = pdfLines(join(dir, 'front.pdf'));
    const lead = lines.find((l) => l.text === LEAD)!;
    // The paper's name in the 报头 is the only thing allowed to be larger.
    const larger = lines.filter((l) => l.height > lead.height && l.text !== '永康日报');
    expect(larger.map((l) => l.text)).toEqual([]);
  });
});
