import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyCodePoint, CharClass } from '../../../shared/typeset/char-class';
import { composeParagraphs } from '../../../shared/typeset/compose';
import { isForbiddenAtLineEnd, isForbiddenAtLineStart, type KinsokuLevel } from '../../../shared/typeset/kinsoku';
import type { PunctuationStyle } from '../../../shared/typeset/punctuation';
import { bodyStyle } from '../../../shared/typeset/styles';
import { monoSet } from './fixtures';

// Random news-like text: phrases of ideographs (one astral), Latin words and numbers, with
// brackets around some, a pause mark after most, and occasional —— or …….
const hanChar = fc.constantFrom(...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞𠮷');
const latinWord = fc.stringMatching(/^[A-Za-z]{1,6}$/);
const number = fc.stringMatching(/^[0-9]{1,4}$/).chain((d) => fc.constantFrom(d, d + '%', d + '年', d + '.5'));
const token = fc.oneof(
  { weight: 8, arbitrary: fc.array(hanChar, { minLength: 1, maxLength: 6 }).map((a) => a.join('')) },
  // A Han character after each Latin word or number: real copy never runs words together.
  { weight: 1, arbitrary: latinWord.map((w) => w + '的') },
  { weight: 1, arbitrary: number.map((d) => d + '是') },
);
const phrase = fc
  .record({
    open: fc.constantFrom('', '', '', '“', '《', '（'),
    words: fc.array(token, { minLength: 1, maxLength: 4 }),
    tail: fc.constantFrom('', '，', '。', '、', '：', '；', '？', '！', '——', '……'),
  })
  .map(({ open, words, tail }) => {
    const close = open === '“' ? '”' : open === '《' ? '》' : open === '（' ? '）' : '';
    return open + words.join('') + close + tail;
  });
const paragraph = fc.array(phrase, { minLength: 1, maxLength: 30 }).map((a) => a.join(''));

const arb = fc.record({
  text: paragraph,
  measure: fc.integer({ min: 8, max: 30 }),
  kinsoku: fc.constantFrom<KinsokuLevel>('basic', 'gb', 'strict'),
  punctuation: fc.constantFrom<PunctuationStyle>('gb', 'quanjiao', 'kaiming'),
  indent: fc.constantFrom(0, 2),
});

function clsAt(text: string, i: number): CharClass {
  return classifyCodePoint(text.codePointAt(i)!);
}

describe('composer properties over random Chinese/Latin/punctuation text', () => {
  it('tiles the text, respects 禁则, never overflows, justifies exactly, keeps ——/…… whole', () => {
    const fonts = monoSet();
    fc.assert(
      fc.property(arb, ({ text, measure, kinsoku, punctuation, indent }) => {
        const style = bodyStyle(10.5, { kinsoku, punctuation, indent });
        const { lines } = composeParagraphs([text], style, measure * 10.5, fonts);
        expect(lines.map((l) => l.text).join('')).toBe(text);
        let pos = 0;
        for (const l of lines) {
          expect(l.start).toBe(pos);
          pos = l.end;
          expect(l.forced).toBe(false);
          expect(l.overfull).toBe(false);
          expect(l.width * 1000).toBeLessThanOrEqual(measure * 1000);
          if (l.justified) expect(l.width).toBe(measure);
          if (!l.lastInParagraph) {
            expect(isForbiddenAtLineEnd(clsAt(text, l.end - 1 - (clsAt(text, l.end - 1) === CharClass.Continuation ? 1 : 0)), kinsoku)).toBe(false);
            const next = text.slice(l.end, l.end + 2);
            expect(next === '——' && text[l.end - 1] === '—').toBe(false);
            expect(text[l.end - 1] === '—' && text[l.end] === '—').toBe(false);
            expect(text[l.end - 1] === '…' && text[l.end] === '…').toBe(false);
            const lo = text.charCodeAt(l.end);
            expect(lo >= 0xdc00 && lo < 0xe000).toBe(false);
          }
          if (l.start > 0) expect(isForbiddenAtLineStart(clsAt(text, l.start), kinsoku)).toBe(false);
        }
        expect(pos).toBe(text.length);
      }),
      { numRuns: 400 },
    );
  });

  it('sets pure ideographic text on the character grid', () => {
    const fonts = monoSet();
    fc.assert(
      fc.property(fc.array(hanChar, { minLength: 1, maxLength: 200 }), fc.integer({ min: 3, max: 30 }), (chars, measure) => {
        const text = chars.join('');
        const { lines } = composeParagraphs([text], bodyStyle(10.5), measure * 10.5, fonts);
        for (const l of lines) {
          for (const r of l.runs) for (const x of r.x) expect(Number.isInteger(Math.round(x * 1e6) / 1e6 / 10.5)).toBe(true);
          if (!l.lastInParagraph) expect(l.width).toBe(measure);
        }
      }),
      { numRuns: 200 },
    );
  });
});
