import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FindingView } from '../../../shared/api/methods/proofing';
import { correctionParams, findingToCorrection, reversed } from '../../../renderer/src/features/proof/spans';
import { nextStatus, roundOf } from '../../../renderer/src/features/proof/workflow';
import { personInitial } from '../../../renderer/src/features/proof/colours';

const BODY = '全会深入贯彻总书记考察精神。\n2025年是取\n得进展的关键之年。';
const input = (kind: Parameters<typeof correctionParams>[3]['kind'], replacement = '', comment = '') => ({ kind, replacement, comment, errorClass: 'C' as const });

describe('selection → corrections.add params', () => {
  it('replace keeps the span and needs new, different text', () => {
    const s = BODY.indexOf('关键');
    expect(correctionParams(1, BODY, { start: s, end: s + 2 }, input('replace', '要紧'))).toMatchObject({ kind: 'replace', start: s, end: s + 2, replacement: '要紧' });
    expect(correctionParams(1, BODY, { start: s, end: s + 2 }, input('replace', '关键'))).toBeNull();
    expect(correctionParams(1, BODY, { start: s, end: s }, input('replace', 'x'))).toBeNull();
  });

  it('insert and split act at the start of the selection; split carries the paragraph break', () => {
    const s = BODY.indexOf('总书记');
    expect(correctionParams(1, BODY, { start: s, end: s + 3 }, input('insert', '习近平'))).toMatchObject({ start: s, end: s, replacement: '习近平' });
    expect(correctionParams(1, BODY, { start: s, end: s }, input('insert', ''))).toBeNull();
    expect(correctionParams(1, BODY, { start: s, end: s + 1 }, input('split', 'ignored'))).toMatchObject({ kind: 'split', start: s, end: s, replacement: '\n' });
  });

  it('join takes the paragraph break at, before or after the caret', () => {
    const br = BODY.indexOf('取\n') + 1;
    for (const caret of [br, br + 1]) {
      expect(correctionParams(1, BODY, { start: caret, end: caret }, input('join'))).toMatchObject({ start: br, end: br + 1, replacement: '' });
    }
    expect(correctionParams(1, BODY, { start: br, end: br + 1 }, input('join'))).toMatchObject({ start: br, end: br + 1 });
    expect(correctionParams(1, '没有分段', { start: 1, end: 1 }, input('join'))).toBeNull();
  });

  it('transpose defaults to the reversed characters and never splits an astral one', () => {
    expect(reversed('𠮷野')).toBe('野𠮷');
    expect(correctionParams(1, '𠮷野家', { start: 0, end: 3 }, input('transpose'))).toMatchObject({ replacement: '野𠮷' });
    expect(correctionParams(1, '𠮷野家', { start: 0, end: 2 }, input('transpose'))).toBeNull(); // one character cannot be transposed
  });

  it('delete needs a span; comment needs words and changes nothing', () => {
    expect(correctionParams(1, BODY, { start: 2, end: 2 }, input('delete'))).toBeNull();
    expect(correctionParams(1, BODY, { start: 2, end: 4 }, input('delete', 'x'))).toMatchObject({ replacement: '' });
    expect(correctionParams(1, BODY, { start: 2, end: 4 }, input('comment', 'x', ' '))).toBeNull();
    expect(correctionParams(1, BODY, { start: 2, end: 4 }, input('comment', 'x', '核实'))).toMatchObject({ replacement: '', comment: '核实' });
  });

  it('whatever is typed, a returned replace/delete/insert matches what the core accepts for its kind', () => {
    fc.assert(
      fc.property(fc.nat(BODY.length), fc.nat(BODY.length), fc.constantFrom('insert', 'delete', 'replace') as fc.Arbitrary<'insert' | 'delete' | 'replace'>, fc.string({ maxLength: 4 }), (a, b, kind, text) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const p = correctionParams(1, BODY, { start, end }, input(kind, text));
        if (!p) return;
        const original = BODY.slice(p.start, p.end ?? p.start);
        if (kind === 'insert') expect(original === '' && p.replacement !== '').toBe(true);
        if (kind === 'delete') expect(original !== '' && p.replacement === '').toBe(true);
        if (kind === 'replace') expect(original !== '' && p.replacement !== '' && p.replacement !== original).toBe(true);
      }),
    );
  });
});

describe('finding → correction (采纳为修改)', () => {
  const f = (over: Partial<FindingView>): FindingView => ({ field: 'body', start: 0, end: 1, category: 'halfwidth-punct', suggestion: '，', message: 'GB/T 15834', severity: 'error', ...over });
  it('replaces, deletes, inserts or joins as the span and suggestion imply', () => {
    expect(findingToCorrection(7, f({}), ',后')).toMatchObject({ storyId: 7, kind: 'replace', replacement: '，', category: 'halfwidth-punct', comment: 'GB/T 15834' });
    expect(findingToCorrection(7, f({ suggestion: '' }), '的的')).toMatchObject({ kind: 'delete' });
    expect(findingToCorrection(7, f({ end: 0, suggestion: '年' }), '2025')).toMatchObject({ kind: 'insert', start: 0, end: 0 });
    expect(findingToCorrection(7, f({ start: 1, end: 2, suggestion: '' }), '取\n得')).toMatchObject({ kind: 'join' });
  });
  it('offers nothing for headline fields or a suggestion that changes nothing', () => {
    expect(findingToCorrection(7, f({ field: 'headline' }), ',')).toBeNull();
    expect(findingToCorrection(7, f({ suggestion: ',' }), ',')).toBeNull();
  });
});

describe('workflow and badges', () => {
  it('sends stories on through the rounds, never past 待签发 (sign-off is 终审)', () => {
    expect(nextStatus('draft')).toBe('editing');
    expect(nextStatus('proof-1')).toBe('proof-2');
    expect(nextStatus('proof-3')).toBe('awaiting-signoff');
    expect(nextStatus('awaiting-signoff')).toBeNull();
    expect(nextStatus('signed-off')).toBeNull();
    expect([roundOf('proof-1'), roundOf('proof-3'), roundOf('editing')]).toEqual([1, 3, null]);
  });
  it('badges a person by the last character of their name, astral-safe', () => {
    expect(personInitial('校对甲')).toBe('甲');
    expect(personInitial('王𠮷')).toBe('𠮷');
    expect(personInitial('')).toBe('?');
  });
});
