import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../shared/api/client';
import { content, tempCore, type TempCore } from '../support/temp-core';

let t: TempCore;
beforeEach(async () => (t = await tempCore()));
afterEach(() => t.dispose());

const body = (...texts: string[]) => texts.map((text) => ({ type: 'paragraph' as const, text }));
const code = async (p: Promise<unknown>): Promise<string> => {
  const e = await p.catch((err: unknown) => err);
  return e instanceof ApiCallError ? e.error.code : 'none';
};

describe('tags: taxonomy, suggestions, use', () => {
  it('ships the default sections with their IPTC topics and validates codes and hierarchy', async () => {
    const sections = await t.client.call('tags.list', { kind: 'section' });
    expect(sections.map((s) => s.name)).toEqual(expect.arrayContaining(['要闻', '时政', '经济', '社会', '文化', '评论', '副刊']));
    expect(sections.find((s) => s.name === '经济')!.iptcCode).toBe('medtop:04000000');
    expect(await code(t.client.call('tags.create', { name: '五金', kind: 'topic', iptcCode: 'medtop:99999999' }))).toBe('VALIDATION');
    const parent = await t.client.call('tags.create', { name: '产业', kind: 'topic', iptcCode: 'medtop:20000344' });
    const child = await t.client.call('tags.create', { name: '五金产业', kind: 'topic', parentId: parent.id, synonyms: ['五金业'] });
    expect(await code(t.client.call('tags.update', { id: parent.id, parentId: child.id }))).toBe('VALIDATION');
    expect(await code(t.client.call('tags.create', { name: '产业', kind: 'topic' }))).toBe('CONFLICT');
  });

  it('suggests from the story, applies by name in one call, filters the 稿库 and honours rejections', async () => {
    const s = await t.client.call('stories.create', {
      content: content({ headline: '大陈村“千万工程”见成效', body: body('前仓镇大陈村是“千万工程”考察点。大陈村接待游客约40万人次。', '新质生产力在永康加快培育，永康五金技师学院培养人才。') }),
    });
    const sug = await t.client.call('tags.suggest', { storyId: s.id });
    const names = sug.map((x) => x.tag);
    expect(names).toEqual(expect.arrayContaining(['大陈村', '千万工程']));
    const applied = await t.client.call('tags.apply', { storyId: s.id, names: [{ name: '大陈村', kind: 'place' }, { name: '千万工程', kind: 'topic' }], source: 'suggested' });
    expect(applied.map((x) => x.name).sort()).toEqual(['千万工程', '大陈村']);
    await t.client.call('tags.reject', { storyId: s.id, tag: '永康' });
    const again = (await t.client.call('tags.suggest', { storyId: s.id })).map((x) => x.tag);
    expect(again).not.toContain('大陈村');
    expect(again).not.toContain('永康');
    const village = applied.find((x) => x.name === '大陈村')!;
    const other = await t.client.call('stories.create', { content: content({ headline: '别的稿件', body: body('无关内容。') }) });
    const lib = await t.client.call('tags.stories', { tagId: village.id });
    expect(lib.total).toBe(1);
    expect(lib.items.map((x) => x.id)).toEqual([s.id]);
    expect(lib.items.map((x) => x.id)).not.toContain(other.id);
    // A second story mentioning the village now gets the existing tag, by id.
    const s2 = await t.client.call('stories.create', { content: content({ body: body('大陈村再获殊荣，大陈村村民高兴。') }) });
    const hit = (await t.client.call('tags.suggest', { storyId: s2.id })).find((x) => x.tag === '大陈村');
    expect(hit?.tagId).toBe(village.id);
  });

  it('merge and rename update every use; co-occurrence counts shared stories', async () => {
    const a = await t.client.call('tags.create', { name: '永康市', kind: 'place' });
    const b = await t.client.call('tags.create', { name: '永康', kind: 'place' });
    const topic = await t.client.call('tags.create', { name: '五金', kind: 'topic' });
    const ids: number[] = [];
    for (let i = 0; i < 3; i++) ids.push((await t.client.call('stories.create', { content: content({ headline: `稿${i}` }) })).id);
    await t.client.call('tags.apply', { storyId: ids[0]!, tagIds: [a.id, topic.id] });
    await t.client.call('tags.apply', { storyId: ids[1]!, tagIds: [b.id, topic.id] });
    await t.client.call('tags.apply', { storyId: ids[2]!, tagIds: [a.id, b.id] });
    const merged = await t.client.call('tags.merge', { fromId: a.id, intoId: b.id });
    expect(merged.synonyms).toContain('永康市');
    expect(merged.storyCount).toBe(3);
    expect(await code(t.client.call('tags.forStory', { storyId: 999 }))).toBe('NOT_FOUND');
    expect((await t.client.call('tags.list', { kind: 'place' })).map((x) => x.name)).toEqual(['永康']);
    const pairs = await t.client.call('tags.cooccurrence', { tagId: b.id });
    expect(pairs.map((p) => [p.a.name, p.b.name, p.count])).toEqual([['永康', '五金', 2]]);
    const renamed = await t.client.call('tags.update', { id: b.id, name: '永康市' });
    expect((await t.client.call('tags.forStory', { storyId: ids[2]! })).map((x) => x.name)).toEqual(['永康市']);
    expect(renamed.storyCount).toBe(3);
    // The old name as a suggestion resolves to the merged tag.
    await t.client.call('tags.apply', { storyId: ids[0]!, names: [{ name: '永康市' }] });
    expect((await t.client.call('tags.list', {})).filter((x) => x.name === '永康市')).toHaveLength(1);
  });

  it('keeps document frequencies up to date incrementally as stories are saved', async () => {
    const s = await t.client.call('stories.create', { content: content({ body: body('芝英镇举办活动，芝英镇热闹。') }) });
    await t.client.call('tags.suggest', { storyId: s.id });
    const df = (term: string): number => (t.core.db.prepare('SELECT df FROM tag_df WHERE term = ?').get(term) as { df: number } | undefined)?.df ?? 0;
    expect(df('芝英镇')).toBe(1);
    await t.client.call('stories.save', { id: s.id, baseRevision: 1, content: content({ body: body('前仓镇举办活动，前仓镇热闹。') }) });
    await t.client.call('tags.suggest', { storyId: s.id });
    expect(df('芝英镇')).toBe(0);
    expect(df('前仓镇')).toBe(1);
    const docs = t.core.db.prepare('SELECT story_id, revision FROM tag_doc_terms').all();
    expect(docs).toEqual([{ story_id: s.id, revision: 2 }]);
  });
});
