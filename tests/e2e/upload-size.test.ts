import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_LIMITS } from '../../shared/api/upload-limits';
import { startApp, type RunningApp } from './harness';

/**
 * Issue #13 finding 2, seen from the window: a file too large for the importer is refused in the
 * page, before it is read and sent, with a message naming the limit; the link to the core stays
 * up and the next file imports.
 */
describe('a file over the import limit, chosen in the import dialog', () => {
  let h: RunningApp;
  beforeAll(async () => {
    h = await startApp();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is refused in the page with the limit named, and the next file still imports', async () => {
    const p = h.page;
    await p.getByTestId('library-view').waitFor();
    await p.getByTestId('import-button').click();
    // A file on disk, as a user picks it (a buffer this size would crawl through the DevTools protocol).
    const big = join(h.dir, '全会报道.docx');
    writeFileSync(big, Buffer.alloc(UPLOAD_LIMITS.source + 1));
    await p.getByTestId('import-file').setInputFiles(big);
    const error = p.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('文件“全会报道.docx”有 20,971,521 字节，超过上限 20 MB，未上传。');
    expect(await p.getByTestId('connection-lost').count()).toBe(0);
    await p.getByTestId('import-file').setInputFiles({ name: '短讯.txt', mimeType: 'text/plain', buffer: Buffer.from('县里召开会议\n\n本报讯　县里今天召开会议，部署下一阶段工作。\n') });
    await p.getByTestId('import-preview').waitFor();
    expect(await p.getByTestId('import-error').count()).toBe(0);
  });
});
