import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DictionaryMatcher, findPeople, findShapedEntities, heldOn, subsume, type Candidate } from '../../../shared/tags/index';

const tok = (s: string): Array<{ word: string; tag: string }> =>
  s.split(' ').map((p) => {
    const [word, tag] = p.split('/');
    return { word: word!, tag: tag! };
  });

describe('entity patterns', () => {
  it('takes the name after a title and stops before the verb', () => {
    expect(findPeople('市经信局党委书记、局长陈磊表示，市交通运输局局长陈麟新表示，董事长吕新印说，融媒记者 李梦楚')).toEqual(['陈磊', '陈麟新', '吕新印', '李梦楚']);
    expect(findPeople('局长表示同意')).toEqual([]);
  });

  it('joins noun runs before an organisation or meeting head, and a character before a short village', () => {
    const found = findShapedEntities(tok('在/p 永康/ns 五金/n 技师/n 学院/n ，/x 全会/n 暨/j 市委/n 经济/n 工作/vn 会议/n 。/x 前仓镇/x 大/a 陈村/x 。/x 该村/r 发展/vn 大局/n'));
    expect(found).toEqual([
      { name: '永康五金技师学院', kind: 'organisation' },
      { name: '市委经济工作会议', kind: 'event' },
      { name: '前仓镇', kind: 'place' },
      { name: '大陈村', kind: 'place' },
    ]);
  });
});

describe('dictionary matcher', () => {
  it('matches leftmost-longest with UTF-16 offsets that survive astral characters', () => {
    const m = new DictionaryMatcher([{ key: '永康', value: 1 }, { key: '永康五金技师学院', value: 2 }, { key: '𠮷野家', value: 3 }]);
    const text = '𠮷野家在永康五金技师学院旁，永康。';
    const hits = m.find(text);
    expect(hits.map((h) => h.value)).toEqual([3, 2, 1]);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.key);
    expect(hits[0]).toMatchObject({ start: 0, end: 4 });
  });
});

describe('titles held over time', () => {
  it('compares partial dates as whole periods', () => {
    const t = { title: '镇长', from: '2021-06', to: '2023' };
    expect(heldOn(t, '2021-05-31')).toBe(false);
    expect(heldOn(t, '2021-06-01')).toBe(true);
    expect(heldOn(t, '2023-12-31')).toBe(true);
    expect(heldOn(t, '2024-01-01')).toBe(false);
    expect(heldOn({ title: '镇长', from: null, to: null }, '1999-01-01')).toBe(true);
  });
});

describe('subsume', () => {
  it('subtracts occurrences inside longer terms but leaves named things alone', () => {
    const c = (term: string, count: number, source: Candidate['source'] = 'keyword', kind: Candidate['kind'] = 'keyword'): Candidate => ({ term, count, source, kind });
    const out = subsume([c('新质生产力', 4, 'phrase'), c('生产力', 5), c('永康五金技师学院', 2, 'entity', 'organisation'), c('永康', 12, 'entity', 'place'), c('技师', 2)]);
    expect(Object.fromEntries(out.map((x) => [x.term, x.count]))).toEqual({ 新质生产力: 4, 生产力: 1, 永康五金技师学院: 2, 永康: 12 });
  });

  it('never raises a count and never leaves one at zero or below', () => {
    const term = fc.string({ unit: fc.constantFrom('永', '康', '五', '金', '村'), minLength: 2, maxLength: 6 });
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ term, count: fc.integer({ min: 1, max: 20 }) }), { selector: (r) => r.term, maxLength: 12 }), (rows) => {
        const cands = rows.map((r): Candidate => ({ ...r, kind: 'keyword', source: 'keyword' }));
        const out = subsume(cands);
        const before = new Map(cands.map((x) => [x.term, x.count]));
        return out.every((x) => x.count > 0 && x.count <= before.get(x.term)!);
      }),
    );
  });
});
