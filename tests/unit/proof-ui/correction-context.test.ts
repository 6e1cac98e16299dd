import { describe, expect, it } from 'vitest';
import { correctionContext } from '../../../renderer/src/features/proof/correction-context';

describe('the corrections list shows each correction in ten characters of context', () => {
  const body = '全会深入贯彻总书记考察浙江重要讲话精神，奋力谱写中国式现代化新篇章。';

  it('takes ten characters either side, marking the cuts', () => {
    const at = body.indexOf('浙江');
    expect(correctionContext(body, at, at + 2)).toEqual({ before: '…会深入贯彻总书记考察', marked: '浙江', after: '重要讲话精神，奋力谱…' });
  });

  it('stops at the ends of the text without an ellipsis, and shows an insertion point as empty', () => {
    expect(correctionContext(body, 0, 2)).toMatchObject({ before: '', marked: '全会', after: '深入贯彻总书记考察浙…' });
    expect(correctionContext('截至11月底', 2, 2)).toEqual({ before: '截至', marked: '', after: '11月底' });
  });

  it('counts characters, not UTF-16 units: a supplementary character is never split', () => {
    const text = '𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷𠮷野家宣布';
    const at = text.indexOf('野');
    const c = correctionContext(text, at, at + 1);
    expect(c.before).toBe('…' + '𠮷'.repeat(10));
    expect(c.after).toBe('家宣布');
  });

  it('shows paragraph breaks as ↵ and clamps spans outside the text', () => {
    expect(correctionContext('第一段。\n第二段。', 4, 5)).toEqual({ before: '第一段。', marked: '↵', after: '第二段。' });
    expect(correctionContext('短文', 5, 9)).toEqual({ before: '短文', marked: '', after: '' });
  });
});
