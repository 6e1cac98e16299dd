import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkText } from '../../../shared/proof/index';
import { ContextPattern, MAX_STATES } from '../../../shared/proof/lexicons/context-pattern';
import { defaultLexicons } from '../../../shared/proof/lexicons/index';
import { lexiconsFromListed, type ListedEntry } from '../../../shared/proof/lexicons/merge';
import { contextPatternError } from '../../../shared/proof/lexicons/pattern';

// Patterns of the context language, built from pieces that exercise every construct. The texts are
// short (≤ 8 code points), so the platform's backtracking RegExp is a trusted oracle that stays
// affordable here even on generated nested repeats (on longer texts it is the very ReDoS we avoid).
const atom = fc.constantFrom('a', 'b', '中', '𠮷', '1', '.', '[ab]', '[^a]', '[a-c中]', '\\d', '\\D', '\\s', '\\w', '\\p{Script=Han}', '\\u4e2d', '\\u{20BB7}', '\\.', '^', '$', '[\\d中]');
const quant = fc.constantFrom('', '', '?', '*', '+', '{2}', '{0,2}', '{1,}', '*?', '{1,3}?');
const pattern: fc.Arbitrary<string> = fc.letrec<{ p: string; seq: string; item: string }>((tie) => ({
  item: fc.oneof(
    { weight: 4, arbitrary: fc.tuple(atom, quant).map(([a, q]) => (a === '^' || a === '$' ? a : a + q)) },
    { weight: 1, arbitrary: fc.tuple(tie('p'), quant, fc.constantFrom('(?:', '(', '(?<g>')).map(([p, q, open]) => `${open}${p})${q}`) },
  ),
  seq: fc.array(tie('item'), { minLength: 0, maxLength: 3 }).map((a) => a.join('')),
  p: fc.array(tie('seq'), { minLength: 1, maxLength: 2 }).map((a) => a.join('|')),
})).p;
const text = fc.array(fc.constantFrom('a', 'b', 'c', '中', '𠮷', '1', ' ', '\n', '。'), { maxLength: 8 }).map((a) => a.join(''));

describe('context patterns on the linear-time automaton', () => {
  it('agree with a u-mode RegExp on every generated pattern and text (suffix and prefix)', () => {
    fc.assert(
      fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 6 }), (src, texts) => {
        // named groups may repeat a name in generated text: the platform refuses that, we do not need to
        let before: RegExp;
        try {
          before = new RegExp(`(?:${src})$`, 'u');
        } catch {
          return;
        }
        const after = new RegExp(`^(?:${src})`, 'u');
        const suffix = ContextPattern.compile(src, 'suffix');
        const prefix = ContextPattern.compile(src, 'prefix');
        for (const t of texts) {
          expect(suffix.test(t), `${src} $ on ${JSON.stringify(t)}`).toBe(before.test(t));
          expect(prefix.test(t), `^ ${src} on ${JSON.stringify(t)}`).toBe(after.test(t));
        }
      }),
      { numRuns: Number(process.env.BANXIN_STRESS) ? 5_000 : 400 },
    );
  });

  it('compiles every shipped condition, and each behaves as its RegExp on the shipped wrong forms’ contexts', () => {
    const lex = defaultLexicons();
    const conditions = Object.values(lex).flat().flatMap((e) => [e.before, e.after, e.notBefore, e.notAfter]).filter((x): x is string => !!x);
    expect(conditions.length).toBeGreaterThan(10);
    const samples = ['以习近平同志为核心', '到2025年', '目前已有', '了难关', '群众反映', '农村', '确定', '续写', ''];
    for (const src of conditions) {
      expect(contextPatternError(src)).toBeNull();
      for (const s of samples) {
        expect(ContextPattern.compile(src, 'suffix').test(s)).toBe(new RegExp(`(?:${src})$`, 'u').test(s));
        expect(ContextPattern.compile(src, 'prefix').test(s)).toBe(new RegExp(`^(?:${src})`, 'u').test(s));
      }
    }
  });

  it('refuses what is not regular or would blow up, with a reason in Chinese and English', () => {
    const refused: [string, RegExp][] = [
      ['(a)\\1', /反向引用.*back-references/],
      ['(?=a)', /前瞻.*lookaround/],
      ['(?<!中共)', /后顾.*lookaround/],
      ['\\b', /单词边界/],
      ['a{65}', /重复次数不能超过 64/],
      ['(?:(?:(?:a{60}){60}){60})', /过于复杂.*too complex/],
      ['员(会', /缺少右括号/],
      ['\\p{Han', /\\p/],
      ['\\p{NoSuchThing}', /未知的 Unicode 属性/],
      ['*a', /可重复/],
      ['a{2,1}', /上限小于下限/],
      ['[z-a]', /顺序颠倒/],
      ['[\\d-z]', /单个字符/],
      ['a)', /右括号/],
      ['\\q', /无效的转义/],
    ];
    for (const [src, why] of refused) expect(contextPatternError(src), src).toMatch(why);
  });

  it('runs the pattern that took the backtracking matcher 7 s in a bounded number of steps', () => {
    // issue #13 finding 4: `(?:.*){12}Z` before an entry, against a context that never ends in Z
    const p = ContextPattern.compile('(?:.*){12}Z', 'suffix');
    expect(p.size).toBeLessThan(MAX_STATES);
    const context = '各乡镇街道要认真落实会议精神确保取得'; // 16+ characters of ordinary copy
    expect(p.test(context)).toBe(false);
    // every position does at most a constant amount of work per state: a linear bound
    expect(p.steps).toBeLessThanOrEqual(3 * (context.length + 1) * p.size);
    expect(p.test(`${context}Z`)).toBe(true);
  });

  it('keeps an entry whose stored condition is unusable out of the check instead of widening it', () => {
    const listed = (over: Partial<ListedEntry>): ListedEntry => ({
      kind: 'names', enabled: true, wrong: '城关镇委', right: '城关镇党委', alternatives: [], before: null, after: null,
      notBefore: null, notAfter: null, note: '', source: '本报', date: '2026-11-26', ...over,
    });
    // a condition stored before such patterns were refused (the API refuses it now)
    const lex = lexiconsFromListed([listed({ notBefore: '(?<=中共)' }), listed({ wrong: '柳溪乡委', right: '柳溪乡党委' })]);
    expect(checkText('城关镇委和柳溪乡委召开会议。', { lexicons: lex }).map((f) => f.suggestion)).toEqual(['柳溪乡党委']);
  });
});
