// The newsroom's own fonts per style: added as bytes (never a path), kept beside the database,
// chosen per style, and used by the very next composition of a page — then by the PDF.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import { createCore } from '../../electron/core/create-core';
import { buildDemoIssue } from '../../electron/cli/demo-command';
import { userFontsDir } from '../../electron/fonts';
import type { PageDisplayList, TextItem } from '../../shared/model/display-list';
import { tempCore, type TempCore } from '../support/temp-core';
import { TEST_ENGINE } from '../support/test-engine';

const SEED = join(process.cwd(), '../shared/seed/000_482dc2148900315e.txt');
// A real OFL face standing in for a licensed 方正 file: any TrueType the newsroom owns.
const THIN = createRequire(import.meta.url).resolve('@expo-google-fonts/noto-sans-sc/100Thin/NotoSansSC_100Thin.ttf');

const bodyFonts = (list: PageDisplayList, storyId: number): Set<string> =>
  new Set(list.items.filter((i): i is TextItem => i.kind === 'text' && i.storyId === storyId && list.frames.some((f) => f.id === i.frameId && f.role === 'body')).map((i) => i.fontId));

describe('fonts per style', () => {
  let t: TempCore;
  let pageId: number;
  let lead: number;

  beforeAll(async () => {
    t = await tempCore();
    const demo = await buildDemoIssue(t.client, { name: 'seed.txt', bytes: readFileSync(SEED) });
    pageId = demo.issue.pages[0]!.id;
    lead = demo.stories[0]!.id;
  }, 120_000);
  afterAll(() => t?.dispose());

  it('lists the bundled fonts and every style with its defaults and no choice yet', async () => {
    const { fonts, styles } = await t.client.call('fonts.list', {});
    expect(fonts.some((f) => f.id === 'noto-serif-sc-400' && f.source === 'npm')).toBe(true);
    expect(styles.map((s) => s.nameZh)).toEqual(['正文', '引题', '主题', '副题', '小标题', '署名', '图片说明', '竖排标题']);
    expect(styles.find((s) => s.key === 'body')).toMatchObject({ defaults: ['noto-serif-sc-400'], chosen: null });
  });

  it('refuses what is not a font, with the reason in Chinese, and writes nothing', async () => {
    const junk = Buffer.from('not a font at all').toString('base64');
    await expect(t.client.call('fonts.add', { name: '方正书宋.ttf', dataBase64: junk })).rejects.toMatchObject({ error: { code: 'FONT_INVALID', messageZh: expect.stringContaining('无法解析') } });
    await expect(t.client.call('fonts.add', { name: 'font.woff2', dataBase64: junk })).rejects.toMatchObject({ error: { code: 'FONT_INVALID', messageZh: expect.stringContaining('.ttf') } });
    expect((await t.client.call('fonts.list', {})).fonts.filter((f) => f.source === 'user')).toEqual([]);
  });

  it('adds a font sent as bytes and sets 正文 in it: the page re-composes with it at once', async () => {
    const before = await t.client.call('layout.page', { pageId });
    expect(bodyFonts(before, lead)).toEqual(new Set(['noto-serif-sc-400']));
    const added = await t.client.call('fonts.add', { name: '方正书宋（试用）.ttf', dataBase64: readFileSync(THIN).toString('base64') });
    expect(added).toEqual([expect.objectContaining({ source: 'user', family: 'Noto Sans SC Thin', id: 'user-notosanssc-thin' })]);
    const chosen = await t.client.call('fonts.setStyle', { key: 'body', fontIds: [added[0]!.id] });
    expect(chosen.chosen).toEqual([added[0]!.id]);
    const after = await t.client.call('layout.page', { pageId });
    expect(bodyFonts(after, lead)).toContain(added[0]!.id);
    // Headlines keep their own fonts: the choice was for 正文 only.
    const headline = after.items.filter((i): i is TextItem => i.kind === 'text' && after.frames.some((f) => f.id === i.frameId && f.role === 'headline'));
    expect(headline.some((i) => i.fontId === added[0]!.id)).toBe(false);
  });

  it('keeps the font and the choice across a restart (the file lives beside the database)', async () => {
    const id = (await t.client.call('fonts.list', {})).styles.find((s) => s.key === 'body')!.chosen![0]!;
    t.core.close();
    const core = createCore({ ...t.store });
    try {
      const session = core.openSession('in-process');
      const client = createClient((m, p) => session.call(m, p));
      const list = await client.call('fonts.list', {});
      expect(list.fonts.find((f) => f.id === id)?.source).toBe('user');
      const page = await client.call('layout.page', { pageId });
      expect(bodyFonts(page, lead)).toContain(id);
      // Back to the defaults, by an administrator.
      await client.call('session.setUser', { userId: 1 });
      expect((await client.call('fonts.setStyle', { key: 'body', fontIds: null })).chosen).toBeNull();
      expect(bodyFonts(await client.call('layout.page', { pageId }), lead)).toEqual(new Set(['noto-serif-sc-400']));
      const audit = await client.call('audit.list', {});
      expect(audit.some((a) => a.action === 'fonts.setStyle')).toBe(true);
    } finally {
      core.close();
    }
  });

  it('lets only layout staff, the duty editor or an administrator choose, and only fonts that exist', async () => {
    const core = createCore({ ...t.store });
    try {
      const session = core.openSession('in-process');
      const client = createClient((m, p) => session.call(m, p));
      await client.call('session.setUser', { userId: 1 });
      const reporter = await client.call('users.create', { name: 'li', displayName: '记者李', role: 'reporter' });
      await expect(client.call('fonts.setStyle', { key: 'zhuti', fontIds: ['no-such-font'] })).rejects.toMatchObject({ error: { code: 'NOT_FOUND' } });
      await client.call('session.setUser', { userId: reporter.id });
      await expect(client.call('fonts.setStyle', { key: 'zhuti', fontIds: ['noto-sans-sc-700'] })).rejects.toMatchObject({ error: { code: 'FORBIDDEN', messageZh: expect.stringContaining('美编') } });
    } finally {
      core.close();
    }
  });

  it('a restore from backup brings back the choices stored in that backup, in effect at once', async () => {
    const r = await tempCore();
    try {
      await r.client.call('fonts.setStyle', { key: 'zhuti', fontIds: ['noto-sans-sc-700'] });
      if (TEST_ENGINE === 'postgres') {
        // Several servers share that database: its backups are the administrator's tools, not the window's.
        await expect(r.client.call('backup.now', {})).rejects.toMatchObject({ error: { code: 'ADMINISTERED_DATABASE' } });
        return;
      }
      const { backup } = await r.client.call('backup.now', {});
      await r.client.call('fonts.setStyle', { key: 'zhuti', fontIds: null });
      expect((await r.client.call('fonts.list', {})).styles.find((s) => s.key === 'zhuti')!.chosen).toBeNull();
      await r.client.call('backup.restore', { backupId: backup.id });
      expect((await r.client.call('fonts.list', {})).styles.find((s) => s.key === 'zhuti')!.chosen).toEqual(['noto-sans-sc-700']);
    } finally {
      r.dispose();
    }
  });
  it('keeps the newsroom’s fonts in the store: a font left in the old folder is taken in, and the folder is only a cache', async () => {
    const t = await tempCore();
    try {
      t.core.close();
      // A font file as a Banxin before migration 13 left it: in the folder, not in the store.
      mkdirSync(userFontsDir(t.dbPath), { recursive: true });
      const bytes = readFileSync(THIN);
      writeFileSync(join(userFontsDir(t.dbPath), '0123456789abcdef.ttf'), bytes);
      const core = createCore({ ...t.store, scheduledBackups: false });
      try {
        expect(core.fonts().list().some((f) => f.source === 'user' && /Thin/i.test(f.family))).toBe(true);
        expect(core.db.prepare('SELECT extension, length(data) AS n FROM user_fonts').all()).toEqual([{ extension: '.ttf', n: bytes.length }]);
      } finally {
        core.close();
      }
      // The folder is a cache: emptied, the font comes back from the store.
      rmSync(userFontsDir(t.dbPath), { recursive: true, force: true });
      const again = createCore({ ...t.store, scheduledBackups: false });
      try {
        expect(again.fonts().list().some((f) => f.source === 'user' && /Thin/i.test(f.family))).toBe(true);
        expect(readdirSync(userFontsDir(t.dbPath)).filter((f) => f.endsWith('.ttf'))).toHaveLength(1);
      } finally {
        again.close();
      }
    } finally {
      t.dispose();
    }
  });
});
