import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageDisplayList } from '../../shared/model/display-list';
import { tempCore, type TempCore } from '../support/temp-core';

let t: TempCore;
const text = (list: PageDisplayList): string => list.items.flatMap((i) => (i.kind === 'text' ? [i.text] : [])).join('');

beforeAll(async () => {
  t = await tempCore();
});
afterAll(() => t.dispose());

describe('报纸设置: the 报头 carries 刊号, 主办单位 and further lines, entered once (#16)', () => {
  it('starts from defaults and refuses a 刊号 that is not CN xx-xxxx, keeping what was stored', async () => {
    expect(await t.client.call('paper.settings', {})).toEqual({ paperName: '版心日报', cnNumber: '', publisher: '', extraLines: [] });
    const bad = await t.client.call('paper.setSettings', { paperName: '永康日报', cnNumber: 'CN 3300-12', publisher: '中共永康市委', extraLines: [] }).catch((e: unknown) => e);
    expect(bad).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(JSON.stringify(bad)).toContain('CN xx-xxxx');
    expect((await t.client.call('paper.settings', {})).cnNumber).toBe('');
  });

  it('prints the settings in the 报头 of every issue that did not type its own', async () => {
    await t.client.call('paper.setSettings', { paperName: '永康日报', cnNumber: 'CN 33-0012', publisher: '中共永康市委', extraLines: ['邮发代号 31-77', '新闻热线 0579-87654321'] });
    const a = await t.client.call('issues.create', { date: '2025-01-04' });
    const b = await t.client.call('issues.create', { date: '2025-01-05' });
    for (const issue of [a, b]) {
      expect(issue.paperName).toBe('永康日报');
      const s = text(await t.client.call('layout.page', { pageId: issue.pages[0]!.id }));
      for (const line of ['永康日报', '国内统一连续出版物号 CN 33-0012', '中共永康市委主办', '邮发代号 31-77', '新闻热线 0579-87654321']) expect(s).toContain(line);
    }
    // Edited once: a change shows on the issues already made.
    await t.client.call('paper.setSettings', { paperName: '永康日报', cnNumber: 'CN 33-0099/G', publisher: '中共永康市委', extraLines: [] });
    const s = text(await t.client.call('layout.page', { pageId: a.pages[0]!.id }));
    expect(s).toContain('CN 33-0099/G');
    expect(s).not.toContain('邮发代号');
  });

  it('lets one issue keep what was typed for it alone', async () => {
    const c = await t.client.call('issues.create', { date: '2025-01-06', publisher: '永康市融媒体中心主办' });
    const s = text(await t.client.call('layout.page', { pageId: c.pages[0]!.id }));
    expect(s).toContain('永康市融媒体中心主办');
    expect(s).not.toContain('中共永康市委主办');
  });
});
