import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { content, tempCore, type TempCore } from '../support/temp-core';

// The 稿库: the seed page and the six intake-eval pages, imported through the real importer
// (read at test time from ../shared, never copied into the repo).
const SHARED = resolve(__dirname, '../../../shared');
const PAGES = ['seed/000_482dc2148900315e.txt', ...[1, 2, 3, 4, 5, 6].map((n) => `intake-eval/page-0${n}.txt`)];

let t: TempCore;
beforeAll(async () => {
  t = await tempCore();
  for (const p of PAGES) {
    await t.client.call('import.commit', { source: { file: { name: p.split('/').pop()!, dataBase64: readFileSync(resolve(SHARED, p)).toString('base64') } } });
  }
  // Three short follow-ups that name the 市委书记 as the pages do.
  for (const body of ['市委书记钱立峰，市委副书记、市长邵明远出席活动。', '参加调研的有市委书记钱立峰。', '陪同考察的是市委书记钱立峰。']) {
    await t.client.call('stories.create', { content: content({ headline: '简讯', body: [{ type: 'paragraph', text: body }] }) });
  }
}, 180_000);
afterAll(() => t.dispose());

const check = async (text: string) => {
  const s = await t.client.call('stories.create', { content: content({ headline: '市领导调研重点项目', body: [{ type: 'paragraph', text }] }) });
  return (await t.client.call('proof.check', { storyId: s.id })).filter((f) => f.message.startsWith('疑似：'));
};

describe('疑似 findings from the 稿库 through proof.check', () => {
  it('has a real archive to check against', async () => {
    expect((await t.client.call('stories.list', {})).total).toBeGreaterThanOrEqual(30);
  });

  it('flags a name written with a different character, with the span and the archive’s spelling', async () => {
    const text = '昨天上午，前来检查工作的是市委书记钱立锋。';
    const found = await check(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ field: 'body', start: text.indexOf('锋'), end: text.indexOf('锋') + 1, suggestion: '峰', severity: 'info', category: 'confusable-word' });
    expect(found[0]!.message).toMatch(/^疑似：稿库中“记钱立峰”出现 \d+ 次，未见“记钱立锋”/);
  });

  it('flags a term of the imported pages written with a similar character', async () => {
    const text = '全市上下要坚定不移推动高质量发屏。';
    const found = await check(text);
    expect(found.map((f) => [f.start, f.suggestion])).toEqual([[text.indexOf('屏'), '展']]);
  });

  it('says nothing about the same story written correctly', async () => {
    expect(await check('昨天上午，前来检查工作的是市委书记钱立峰。')).toEqual([]);
    expect(await check('全市上下要坚定不移推动高质量发展。')).toEqual([]);
  });

  it('takes a spelling the story itself repeats as deliberate', async () => {
    const text = '市委书记钱立锋。市委书记钱立锋。市委书记钱立锋。前来检查的是市委书记钱立峰。';
    expect(await check(text)).toEqual([]);
  });
});
