import { describe, expect, it } from 'vitest';
import { checkParagraphs, checkText, defaultLexicons, ProofCache } from '../../../shared/proof/index';

const doc = ['记者从市统计局获悉,今年增长6.2%。', '', '这次活动吸引了了近千名市民参与。', '会议研究部署了今冬明春安全生产工作。'];

describe('checkParagraphs', () => {
  it('matches checkText paragraph by paragraph', () => {
    const per = checkParagraphs(doc);
    const whole = checkText(doc.join('\n'));
    let offset = 0;
    const shifted = per.flatMap((fs, i) => {
      const out = fs.map((f) => ({ ...f, start: f.start + offset, end: f.end + offset }));
      offset += (doc[i] ?? '').length + 1;
      return out;
    });
    expect(shifted).toEqual(whole);
  });

  it('re-checks only the edited paragraph and its neighbours', () => {
    const cache = new ProofCache();
    const first = checkParagraphs(doc, cache);
    expect(cache.stats.misses).toBe(3);
    const again = checkParagraphs(doc, cache);
    expect(cache.stats.hits).toBe(3);
    expect(again).toEqual(first);
    const edited = [...doc, '新增的一段，没有问题。'];
    const third = checkParagraphs(edited, cache);
    // the new paragraph and its previous neighbour (whose `next` changed) are re-checked
    expect(cache.stats.misses).toBe(5);
    expect(third[2]).toEqual(first[2]);
  });

  it('drops cached results when the lexicons change', () => {
    const cache = new ProofCache();
    checkParagraphs(['村长张华介绍，收入增加。'], cache);
    const lex = { ...defaultLexicons(), banned: [] };
    const out = checkParagraphs(['村长张华介绍，收入增加。'], cache, { lexicons: lex });
    expect(out[0]?.some((f) => f.category === 'banned-term')).toBe(false);
  });

  it('uses newsroom lexicon entries with their conditions', () => {
    const lex = defaultLexicons();
    lex.names.push({ wrong: '永康融媒体中心', right: '永康市融媒体中心', source: '总编室名录', date: '2026-11-26' });
    const [f] = checkText('永康融媒体中心发布消息，', { lexicons: lex, categories: ['political-formulation'] });
    expect(f?.suggestion).toBe('永康市融媒体中心');
    expect(f?.message).toContain('总编室名录');
  });
});
