// #18 item 3 in the browser: a page the importer split wrongly is fixed in the preview by one merge
// and one role change (with undo and redo on the way), then imported; the stored stories are checked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../shared/api/client';
import { startApp, type RunningApp } from './harness';

// A standalone 据悉 line makes the importer start a second story with 据悉 as its 主题.
const PAGE = [
  '乡村振兴进行时',
  '全县春耕生产全面铺开',
  '本报讯(记者 张三)3月5日,全县各乡镇抢抓农时,组织农机手下田作业,确保粮食播种面积稳定。',
  '县农业农村局组织技术人员深入田间地头,指导农户科学施肥、合理密植。',
  '据悉',
  '今年全县计划播种粮食作物42万亩,较上年增加1.5万亩,其中𠮷祥村种植水稻1,200亩。',
  '种粮大户王建国说:“今年的种子和化肥都提前备好了,心里踏实。”',
].join('\n\n');

describe('fixing the structure in the import preview', () => {
  let h: RunningApp;
  beforeAll(async () => {
    h = await startApp();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('merges the wrongly split story, makes 据悉 body copy, undoes and redoes, then imports the fixed story', async () => {
    const p = h.page;
    await p.getByTestId('library-view').waitFor();
    await expect.poll(() => p.getByTestId('user-switcher').textContent()).toContain('管理员');
    await p.getByTestId('paste-button').click();
    await p.getByTestId('paste-text').fill(PAGE);
    await p.getByTestId('paste-preview').click();
    await p.getByTestId('import-preview').waitFor();
    expect(await p.getByTestId('preview-headline').allTextContents()).toEqual(['全县春耕生产全面铺开', '据悉']);

    // One merge: the second item joins the first.
    await p.getByTestId('item-merge').click();
    await expect.poll(() => p.getByTestId('preview-headline').allTextContents()).toEqual(['全县春耕生产全面铺开据悉']);
    // Undo and redo, by button and by keyboard.
    await p.getByTestId('structure-undo').click();
    await expect.poll(() => p.getByTestId('preview-headline').count()).toBe(2);
    await p.getByTestId('structure-redo').click();
    await expect.poll(() => p.getByTestId('preview-headline').count()).toBe(1);
    await p.keyboard.press('Control+z');
    await expect.poll(() => p.getByTestId('preview-headline').count()).toBe(2);
    await p.keyboard.press('Control+Shift+z');
    await expect.poll(() => p.getByTestId('preview-headline').count()).toBe(1);

    // One role change: 据悉 is copy, not a second 主题.
    const jux = p.locator('[data-testid=structure-line]').filter({ has: p.locator('.bx-structure-text', { hasText: /^据悉$/ }) });
    expect(await jux.getAttribute('data-role')).toBe('headline');
    await jux.getByTestId('line-role').selectOption('body');
    await expect.poll(() => p.getByTestId('preview-headline').allTextContents()).toEqual(['全县春耕生产全面铺开']);
    expect(await p.getByTestId('structure-edit-count').getAttribute('data-count')).toBe('2');
    expect(await p.locator('.bx-kicker-inline').first().textContent()).toContain('乡村振兴进行时');
    expect(await p.getByTestId('import-commit').textContent()).toContain('导入 1 篇稿件');
    // The byline 记者 张三 repeats the 电头: the preview names the reporter once, as the outputs do.
    expect(await p.getByTestId('preview-credit').first().textContent()).toBe('本报讯（记者 张三）');

    await p.getByTestId('import-commit').click();
    await p.getByTestId('import-dialog').waitFor({ state: 'hidden' });

    const session = h.core.openSession('in-process');
    const client = createClient((method, params) => session.call(method, params));
    await client.call('session.setUser', { userId: 1 });
    const list = await client.call('stories.list', {});
    expect(list.total).toBe(1);
    const stored = await client.call('stories.get', { id: list.items[0]!.id });
    expect(stored.content).toMatchObject({ kind: 'article', kicker: '乡村振兴进行时', headline: '全县春耕生产全面铺开', subhead: '', byline: '记者 张三', dateline: '本报讯（记者 张三）' });
    expect(stored.content.body.map((b) => b.text)).toEqual([
      '3月5日，全县各乡镇抢抓农时，组织农机手下田作业，确保粮食播种面积稳定。',
      '县农业农村局组织技术人员深入田间地头，指导农户科学施肥、合理密植。',
      '据悉',
      '今年全县计划播种粮食作物42万亩，较上年增加1.5万亩，其中𠮷祥村种植水稻1,200亩。',
      '种粮大户王建国说：“今年的种子和化肥都提前备好了，心里踏实。”',
    ]);
    expect(h.problems).toEqual([]);
  });
});
