import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSegmenter, type Segmenter } from '../../../electron/tags/jieba-segmenter';
import { charLength, EMPTY_CORPUS, mapCorpus, suggestTags, TaxonomyIndex } from '../../../shared/tags/index';

const SEED = '/work/shared/seed/000_482dc2148900315e.txt';
let seg: Segmenter;
beforeAll(async () => {
  seg = await loadSegmenter();
});

describe('suggestions on the seed page', () => {
  it('finds the page’s places, meeting, campaigns, village and school, with no single characters on top', () => {
    const text = readFileSync(SEED, 'utf8');
    const s = suggestTags({ headline: '绘蓝图 明任务 聚共识 擂战鼓', text, tokens: seg.tag(text), corpus: EMPTY_CORPUS, date: '2025-01-04', limit: 30 });
    const names = s.map((x) => x.tag);
    expect(names).toContain('永康');
    expect(names.some((n) => n === '市委经济工作会议' || n === '经济工作会议')).toBe(true);
    expect(names).toContain('千万工程');
    expect(names).toContain('新质生产力');
    expect(names).toContain('大陈村');
    expect(names).toContain('永康五金技师学院');
    expect(s.slice(0, 10).every((x) => charLength(x.tag) >= 2)).toBe(true);
    expect(s.find((x) => x.tag === '大陈村')!.kind).toBe('place');
    expect(s.find((x) => x.tag === '永康五金技师学院')!.kind).toBe('organisation');
    // Scores are relative to the best and sorted.
    expect(s[0]!.score).toBe(1);
    expect(s.every((x, i) => i === 0 || x.score <= s[i - 1]!.score)).toBe(true);
  });

  it('document frequencies push down a term the whole archive uses', () => {
    const text = '永康五金博览会开幕。永康五金博览会吸引客商。永康企业参展，芝英镇企业也来了。芝英镇今年办展。';
    const tokens = seg.tag(text);
    const fresh = suggestTags({ headline: '', text, tokens, corpus: EMPTY_CORPUS, date: '2025-01-01' });
    const common = suggestTags({ headline: '', text, tokens, corpus: mapCorpus(1000, new Map([['永康', 990]])), date: '2025-01-01' });
    const rank = (list: typeof fresh, t: string): number => list.findIndex((x) => x.tag === t);
    expect(rank(common, '永康')).toBeGreaterThan(rank(fresh, '永康'));
    expect(common.find((x) => x.tag === '永康')!.score).toBeLessThan(fresh.find((x) => x.tag === '永康')!.score);
  });

  it('names from the newsroom list are suggested as that tag, and a title finds who held it on the date', () => {
    const taxonomy = new TaxonomyIndex([
      { id: 7, name: '陈新智', kind: 'person', synonyms: [], titles: [{ title: '芝英镇党委书记', from: '2023-03', to: null }] },
      { id: 8, name: '王某', kind: 'person', synonyms: [], titles: [{ title: '前仓镇镇长', from: '2019', to: '2021-06' }] },
      { id: 9, name: '千万工程', kind: 'topic', synonyms: ['千村示范、万村整治'], titles: [] },
    ]);
    const text = '芝英镇党委书记表示要推进千村示范、万村整治。前仓镇镇长出席。';
    const s = suggestTags({ headline: '', text, tokens: seg.tag(text), corpus: EMPTY_CORPUS, taxonomy, date: '2025-01-04' });
    const person = s.find((x) => x.tag === '陈新智');
    expect(person).toMatchObject({ tagId: 7, kind: 'person', source: 'title' });
    expect(s.find((x) => x.tag === '千万工程')).toMatchObject({ tagId: 9, kind: 'topic' });
    // 王某 was 前仓镇镇长 until mid-2021: not in a 2025 story.
    expect(s.some((x) => x.tag === '王某')).toBe(false);
    const old = suggestTags({ headline: '', text, tokens: seg.tag(text), corpus: EMPTY_CORPUS, taxonomy, date: '2020-05-01' });
    expect(old.some((x) => x.tag === '王某')).toBe(true);
    expect(old.some((x) => x.tag === '陈新智')).toBe(false);
  });

  it('a user-dictionary word segments whole', () => {
    expect(seg.cut('前仓镇大陈村党支部')).not.toContain('大陈村');
    seg.addWords([{ word: '大陈村', kind: 'place' }]);
    expect(seg.cut('前仓镇大陈村党支部')).toContain('大陈村');
  });
});
