// #18 item 2 in the browser: the import picker takes a .pdf and the preview shows its pages' items,
// read by the PDF importer (pdf.js in the core's worker thread) from a print PDF the real writer made.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePrintPdf } from '../../electron/export';
import { FontRegistry } from '../../electron/fonts';
import { LEAD_HEADLINE, SECOND_HEADLINE, samplePage } from '../support/sample-page';
import { startApp, type RunningApp } from './harness';

describe('importing a PDF page in the app', () => {
  let h: RunningApp;
  let dir: string;
  let pdf: string;
  let twoPages: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'banxin-e2e-pdf-'));
    pdf = join(dir, 'page.pdf');
    const fonts = new FontRegistry();
    writeFileSync(pdf, await writePrintPdf([samplePage(fonts)], fonts));
    twoPages = join(dir, 'two-pages.pdf');
    writeFileSync(twoPages, await writePrintPdf([samplePage(fonts, { number: 1 }), samplePage(fonts, { number: 2 })], fonts));
    h = await startApp();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the picker accepts .pdf and the preview lists the page’s stories by their 主题', async () => {
    const p = h.page;
    await p.getByTestId('library-view').waitFor();
    await p.getByTestId('import-button').click();
    expect(await p.getByTestId('import-file').getAttribute('accept')).toContain('.pdf');
    await p.getByTestId('import-file').setInputFiles(pdf);
    await p.getByTestId('import-preview').waitFor({ timeout: 60_000 });
    const heads = (await p.getByTestId('preview-headline').allTextContents()).map((t) => t.replace(/\s+/g, ''));
    expect(heads).toContain(LEAD_HEADLINE.replace(/\s+/g, ''));
    expect(heads).toContain(SECOND_HEADLINE);
    // One page: no page labels.
    expect(await p.getByTestId('preview-page').count()).toBe(0);
  }, 120_000);

  it('a two-page PDF: every page’s items are listed in page order, each labelled 第N页', async () => {
    const p = h.page;
    await p.getByTestId('import-file').setInputFiles(twoPages);
    await p.getByTestId('preview-page').first().waitFor({ timeout: 60_000 });
    const labels = await p.getByTestId('preview-page').allTextContents();
    const heads = (await p.getByTestId('preview-headline').allTextContents()).map((t) => t.replace(/\s+/g, ''));
    expect(labels.length).toBe(heads.length);
    // The same sample layout on both pages: its items once for page 1, then again for page 2.
    const half = heads.length / 2;
    expect(labels).toEqual([...Array<string>(half).fill('第1页'), ...Array<string>(half).fill('第2页')]);
    expect(heads.slice(half)).toEqual(heads.slice(0, half));
    expect(heads).toContain(SECOND_HEADLINE);
  }, 120_000);
});
