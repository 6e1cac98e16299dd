import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../shared/model/proofing';
import { layoutProof } from '../../../renderer/src/features/proof/pieces';

let nextId = 1;
const corr = (kind: Correction['kind'], start: number, end: number, replacement = '', status: Correction['status'] = 'open'): Correction => ({
  id: nextId++, storyId: 1, round: 1, authorId: 1, authorName: '校对甲', role: 'proofreader', kind, start, end,
  original: '', replacement, comment: '', errorClass: 'C', category: '', status, createdAt: '', decidedBy: null, decidedAt: null,
});

const textOf = (paras: ReturnType<typeof layoutProof>): string =>
  paras.map((p) => p.pieces.flatMap((x) => (x.type === 'text' ? [x.text] : [])).join('')).join('\n');

describe('proof layout', () => {
  const body = '全会深入贯彻总书记考察精神。\n是取\n得进展';
  it('cuts text at corrections and places new text after the circled span', () => {
    const r = corr('replace', 2, 4, '坚决');
    const [p0] = layoutProof(body, [r]);
    expect(p0!.pieces.map((x) => (x.type === 'text' ? `t:${x.text}` : `w:${x.show}:${x.correction.replacement}`))).toEqual([
      't:全会', 't:深入', 'w:new:坚决', 't:贯彻总书记考察精神。',
    ]);
    expect(p0!.pieces[1]).toMatchObject({ covering: [r] });
    expect(p0!.corrections).toEqual([r]);
  });

  it('draws insert and split at a point, join at the end of its paragraph, and skips decided corrections', () => {
    const br = body.indexOf('取\n') + 1;
    const ins = corr('insert', 6, 6, '习近平');
    const join = corr('join', br, br + 1);
    const split = corr('split', 0, 0, '\n');
    const gone = corr('delete', 0, 2, '', 'accepted');
    const paras = layoutProof(body, [split, gone, ins, join]);
    expect(paras[0]!.pieces.filter((x) => x.type === 'widget').map((x) => x.type === 'widget' && [x.at, x.show])).toEqual([[0, 'split'], [6, 'new']]);
    expect(paras[1]!.pieces.at(-1)).toMatchObject({ type: 'widget', show: 'join', at: br });
    expect(paras[1]!.corrections).toEqual([join]);
    expect(paras[2]!.corrections).toEqual([]); // the join is listed once, where its mark is drawn
    expect(paras.flatMap((p) => p.corrections)).not.toContain(gone);
  });

  it('text runs always rebuild the body exactly, at the right offsets, whatever the corrections', () => {
    const text = fc.array(fc.constantFrom('a', '𠮷', '中', '\n'), { maxLength: 8 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.tuple(fc.constantFrom('insert', 'delete', 'replace', 'join', 'comment') as fc.Arbitrary<Correction['kind']>, fc.nat(12), fc.nat(12)), { maxLength: 5 }), (b, specs) => {
        const cs = specs.map(([k, x, y]) => corr(k, Math.min(x, y, b.length), Math.min(Math.max(x, y), b.length), 'z'));
        const paras = layoutProof(b, cs);
        expect(textOf(paras)).toBe(b);
        for (const p of paras) for (const x of p.pieces) if (x.type === 'text') expect(b.slice(x.start, x.end)).toBe(x.text);
      }),
    );
  });
});
