import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FontRegistry } from '../../electron/fonts';
import { writePrintPdf } from '../../electron/export';
import type { PageDisplayList } from '../../shared/model/display-list';
import type { Frame } from '../../shared/model/layout';
import { composePage } from '../../shared/layout/compose-page';
import { templateFor } from '../../shared/layout/templates';
import { iccProfileHeader } from '../support/icc-profile';
import { BROADSHEET, LEAD_HEADLINE, SECOND_HEADLINE, pageText, samplePage } from '../support/sample-page';

// Real pdfkit output checked with real poppler tools (apt poppler-utils).
let dir: string;
let fonts: FontRegistry;
let page: PageDisplayList;
let plain: string;

const run = (cmd: string, ...args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8' });
const squash = (s: string): string => s.replace(/[\s\u3000]+/g, '');

/** The decompressed content streams of a PDF (every Flate stream that draws something). */
function contentStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  const s = pdf.toString('latin1');
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const start = m.index + m[0].length;
    const end = s.indexOf('endstream', start);
    try {
      const text = inflateSync(pdf.subarray(start, end)).toString('latin1');
      if (/\b(BT|re|l S)\b/.test(text) && text.includes(' cm')) out.push(text);
    } catch {
      // not a Flate stream (or an image/font program): not a page
    }
  }
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'banxin-export-'));
  fonts = new FontRegistry();
  page = samplePage(fonts);
  plain = join(dir, 'page.pdf');
  writeFileSync(plain, await writePrintPdf([page], fonts, { title: '永康日报 第1版' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('print PDF', () => {
  it('embeds every font as a subset with ToUnicode, and none as Type 3', () => {
    const rows = run('pdffonts', plain).trim().split('\n').slice(2);
    expect(rows.length).toBe(page.fonts.length);
    for (const row of rows) {
      expect(row).not.toMatch(/Type 3/);
      expect(row).toMatch(/^[A-Z]{6}\+\S+\s+CID (TrueType|Type 0C)\s+Identity-H\s+yes yes yes/);
    }
  });

  it('has the broadsheet trim size as its page size, PDF 1.3 and the Info of PDF/X-1a', () => {
    const info = run('pdfinfo', '-box', plain);
    const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    expect(Number(size[1])).toBeCloseTo(BROADSHEET.width, 1);
    expect(Number(size[2])).toBeCloseTo(BROADSHEET.height, 1);
    expect(Number(size[1])).toBeCloseTo(1105.51, 1);
    expect(Number(size[2])).toBeCloseTo(1530.71, 1);
    expect(info).toMatch(/TrimBox:\s+0\.00\s+0\.00\s+1105\.51\s+1530\.71/);
    expect(info).toMatch(/PDF version:\s+1\.3/);
    expect(info).toMatch(/Title:\s+永康日报 第1版/);
    expect(info).toMatch(/Creator:\s+版心/);
    expect(info).toMatch(/PDF subtype:\s+PDF\/X-1/);
  });

  it('writes a PDF/X OutputIntent naming FOGRA39 without a profile, and Trapped /False', async () => {
    const pdf = await writePrintPdf([page], fonts, {});
    const s = pdf.toString('latin1');
    expect(s).toMatch(/\/S \/GTS_PDFX/);
    expect(s).toMatch(/\/OutputConditionIdentifier \(FOGRA39\)/);
    expect(s).toMatch(/\/RegistryName \(http:\/\/www\.color\.org\)/);
    expect(s).not.toMatch(/DestOutputProfile/);
    expect(s).toMatch(/\/GTS_PDFXConformance \d+ 0 R/);
    expect(s).toMatch(/^\/False$/m);
    expect(s.startsWith('%PDF-1.3')).toBe(true);
  });

  it('embeds a user-supplied CMYK ICC profile and rejects one that is not CMYK', async () => {
    const path = join(dir, 'plant.icc');
    writeFileSync(path, iccProfileHeader('CMYK', 'BANXIN-TEST-PROFILE'));
    const pdf = await writePrintPdf([page], fonts, { iccProfilePath: path });
    const s = pdf.toString('latin1');
    expect(s).toMatch(/\/DestOutputProfile \d+ 0 R/);
    expect(s).toMatch(/\/N 4/);
    expect(s).toMatch(/\/OutputConditionIdentifier \(Custom\)/);
    writeFileSync(path, iccProfileHeader('RGB ', 'BANXIN-TEST-PROFILE'));
    await expect(writePrintPdf([page], fonts, { iccProfilePath: path })).rejects.toThrow(/not CMYK/);
  });

  it('extracts the whole page in reading order (content stream order), headlines first', () => {
    const raw = run('pdftotext', '-raw', '-enc', 'UTF-8', plain, '-');
    expect(squash(raw)).toBe(squash(pageText(page)));
    // Poppler's own column guessing (default mode) still finds the headlines before the body.
    const flow = squash(run('pdftotext', '-enc', 'UTF-8', plain, '-'));
    const lead = flow.indexOf(squash(LEAD_HEADLINE));
    expect(lead).toBeGreaterThanOrEqual(0);
    expect(lead).toBeLessThan(flow.indexOf('本报讯今年以来'));
    expect(flow).toContain(squash(SECOND_HEADLINE));
  });

  it('extracts an astral character (𠮷, U+20BB7) set in a fallback font', () => {
    const raw = run('pdftotext', '-raw', '-enc', 'UTF-8', plain, '-');
    expect(squash(raw)).toContain('城东的𠮷先生说');
  });

  it('paints all text in 100% K with overprint, and uses no RGB or grey operators', async () => {
    const streams = contentStreams(await writePrintPdf([page], fonts, {}));
    expect(streams.length).toBe(1);
    const ops = streams[0]!.split('\n');
    let fill = '';
    let gs = '';
    let texts = 0;
    for (const op of ops) {
      if (op.endsWith(' k')) fill = op;
      if (op.endsWith(' gs')) gs = op;
      if (op === 'BT') {
        texts++;
        expect(fill).toBe('0 0 0 1 k');
        expect(gs).toBe('/GSop gs');
      }
      expect(op).not.toMatch(/ (rg|RG|g|G|sc|SC)$/);
    }
    expect(texts).toBe(page.items.filter((i) => i.kind === 'text').length);
  });

  it('renders text as neutral grey only (pdftoppm)', () => {
    const ppm = execFileSync('pdftoppm', ['-r', '36', '-x', '0', '-y', '60', '-W', '553', '-H', '300', plain]);
    // P6 header: "P6\n<w> <h>\n255\n"
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 40))!;
    const data = ppm.subarray(header[0].length);
    let dark = 0;
    for (let i = 0; i + 2 < data.length; i += 3) {
      const r = data[i]!;
      const g = data[i + 1]!;
      const b = data[i + 2]!;
      // Poppler's uncalibrated CMYK → RGB leaves up to 4 levels of cast on anti-aliased K edges;
      // any process colour in the text would show tens of levels.
      expect(Math.max(r, g, b) - Math.min(r, g, b)).toBeLessThanOrEqual(6);
      if (r < 128) dark++;
    }
    expect(dark).toBeGreaterThan(1000);
  });

  it('adds bleed and crop marks outside the trim: MediaBox grows, TrimBox and BleedBox are exact', async () => {
    const bled = { ...page, bleed: 8.5 };
    const path = join(dir, 'marks.pdf');
    writeFileSync(path, await writePrintPdf([bled], fonts, { cropMarks: true }));
    const info = run('pdfinfo', '-box', path);
    const box = (name: string): number[] => new RegExp(`${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`).exec(info)!.slice(1).map(Number);
    const trim = box('TrimBox');
    const bleed = box('BleedBox');
    const media = box('MediaBox');
    expect(trim[2]! - trim[0]!).toBeCloseTo(BROADSHEET.width, 1);
    expect(trim[3]! - trim[1]!).toBeCloseTo(BROADSHEET.height, 1);
    expect(trim[0]! - bleed[0]!).toBeCloseTo(8.5, 1);
    expect(bleed[2]! - trim[2]!).toBeCloseTo(8.5, 1);
    expect(bleed[0]!).toBeGreaterThan(media[0]! + 14);
    expect(media[2]!).toBeGreaterThan(bleed[2]! + 14);
    const stream = contentStreams(await writePrintPdf([bled], fonts, { cropMarks: true }))[0]!;
    expect(stream).toContain('/CSreg CS 1 SCN');
    expect(stream.split('\n').filter((l) => l.endsWith(' l S')).length).toBeGreaterThanOrEqual(8);
  });

  it('writes a multi-page issue with one page per display list', async () => {
    const pages = [1, 2, 3].map((n) => samplePage(fonts, { number: n }));
    const path = join(dir, 'issue.pdf');
    writeFileSync(path, await writePrintPdf(pages, fonts, {}));
    expect(run('pdfinfo', path)).toMatch(/Pages:\s+3/);
    const text = run('pdftotext', '-raw', '-f', '3', '-l', '3', path, '-');
    expect(text).toMatch(/第 ?3 ?版/);
    // Fonts are shared across pages, not embedded once per page.
    expect(run('pdffonts', path).trim().split('\n').length - 2).toBe(pages[0]!.fonts.length);
  });

  it('sets a 竖排 headline glyph by glyph: ideographs upright, digits turned 90°, text still extractable', async () => {
    const template = templateFor('broadsheet');
    const headline: Frame = { id: 1, pageId: 1, storyId: 7, role: 'headline', x: 20, y: 60, w: 30, h: 150, chain: 0, props: { vertical: true } };
    const list = composePage(
      {
        page: { id: 1, issueId: 1, number: 2, name: '综合', template: 'broadsheet', editor: '', designer: '', proofreader: '' },
        template,
        issue: { date: '2025-01-04', number: 1, totalNumber: 1, paperName: '测试报', publisher: '', cnNumber: '', pageCount: 2 },
        frames: [headline],
        stories: new Map([[7, { kind: 'article' as const, kicker: '', headline: '奋进2025 共筑五金之都', subhead: '', byline: '', dateline: '', section: '', body: [] }]]),
        threads: new Map(),
      },
      fonts.fontsFor,
    );
    const path = join(dir, 'vertical.pdf');
    writeFileSync(path, await writePrintPdf([list], fonts));
    const streams = contentStreams(readFileSync(path)).join('\n');
    // Four digits with the turned matrix [0 a d 0], the ideographs with the upright one [a 0 0 -d].
    expect(streams.match(/(?:^|\s)0 [\d.]+ [\d.]+ 0 [\d.]+ [\d.]+ Tm </gm)?.length).toBe(4);
    expect(streams.match(/(?:^|\s)[\d.]+ 0 0 -[\d.]+ [\d.]+ [\d.]+ Tm </gm)?.length).toBeGreaterThanOrEqual(9);
    expect(squash(run('pdftotext', '-raw', '-enc', 'UTF-8', path, '-'))).toContain('2025');
  });
});
