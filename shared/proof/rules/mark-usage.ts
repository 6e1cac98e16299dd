import { isHanBefore } from '../char-class';
import type { Hit, Rule, RuleContext } from '../types';

// Usage errors GB/T 15834—2011 states as fixed patterns, each checkable from the marks and the
// one word beside them: ……等 (A.9.2), 、等 / 、和 / 、以及 (4.5.3.1, A.3), （一）、 (4.5.3.3),
// 首先、 (4.4.3.2). Nothing here needs sentence structure.
const STD = 'GB/T 15834—2011';

// 等 starting a word of its own (等待, 等级, 等离子 …) is an item, not the enumeration's end.
const DENG_WORD = /^等(?:待|候|到|于|级|离|同|额|量|高|次|身|价|效|比|腰|边|距|分|温|压|速|闲|号|第|外)/;
// 和/及/或 starting a word of its own (和平, 和谐, 及时 …) is an item, not the conjunction.
const CONJ_WORD = /^(?:和(?:平|谐|美|睦|顺|煦|蔼|气|解|田|林|龙|县|政|静|声|弦|面|牌|善|悦|乐)|及(?:时|格|早|第)|或(?:许|然))/;

function ellipsisDeng(s: string, hits: Hit[]): void {
  for (const m of s.matchAll(/…{2,}(?=等|什么的)/g)) {
    const end = m.index + m[0].length;
    if (DENG_WORD.test(s.slice(end))) continue;
    hits.push({
      start: m.index,
      end,
      suggestion: '',
      message: `${STD} A.9.2：省略号和“等”“等等”“什么的”不能同时使用，删去省略号。`,
    });
  }
  for (const m of s.matchAll(/(?<=等等?)…{2,}/g)) {
    if (!isHanBefore(s, m.index - 1) || /[平相对均]等等?$/.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      suggestion: '',
      message: `${STD} A.9.2：“等”“等等”和省略号不能同时使用，删去省略号。`,
    });
  }
}

function dunhaoBeforeConj(s: string, hits: Hit[]): void {
  for (const m of s.matchAll(/、(?=等|以及|及|和|或)/g)) {
    const i = m.index;
    const rest = s.slice(i + 1);
    // the 顿号 must follow an item (Han or a closing mark), not another mark
    if (!(isHanBefore(s, i) || /[”’》）\d%]/.test(s[i - 1] ?? ''))) continue;
    if (rest.startsWith('等')) {
      if (DENG_WORD.test(rest)) continue;
      hits.push({
        start: i,
        end: i + 1,
        suggestion: '',
        message: `${STD} 4.5.3.1：顿号用于并列词语之间，“等”前不用顿号。`,
      });
      continue;
    }
    if (CONJ_WORD.test(rest)) continue;
    const viaYiji = rest.startsWith('以及');
    hits.push({
      start: i,
      end: i + 1,
      suggestion: viaYiji ? '，' : '',
      severity: 'warning',
      message: viaYiji
        ? `${STD} A.3：最后一个并列成分前用“以及”连接时，“以及”前用逗号，不用顿号。`
        : `${STD} 4.5.3.1：并列词语用连词“${rest[0]}”连接时，连词前不再用顿号。`,
    });
  }
}

function ordinalMarks(s: string, hits: Hit[]): void {
  // （一）、 / (1)、 / （2）， → a bracketed ordinal takes no mark after it
  for (const m of s.matchAll(/[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]([、，,．.：:])/g)) {
    const at = m.index + m[0].length - 1;
    // (1): inside an ASCII number context like f(1).x is not a Chinese ordinal
    if (m[1] === '.' || m[1] === ',' || m[1] === ':') {
      if (!/[\u4e00-\u9fff]/.test(s[at + 1] ?? '')) continue;
    }
    hits.push({
      start: at,
      end: at + 1,
      suggestion: '',
      message: `${STD} 4.5.3.3：带括号的序次语后面不用任何点号，应删去“${m[1]}”。`,
    });
  }
  // 首先、其次、最后 are 序次语 words: a comma follows them, not a 顿号
  for (const m of s.matchAll(/(?<![\u4e00-\u9fff])(?:首先|其次|再次|最后|其一|其二|其三)、(?=[\u4e00-\u9fff])(?!首先|其次|再次|最后)/g)) {
    const at = m.index + m[0].length - 1;
    hits.push({
      start: at,
      end: at + 1,
      suggestion: '，',
      message: `${STD} 4.4.3.2：“${m[0].slice(0, -1)}”等序次语之后用逗号，不用顿号。`,
    });
  }
  // 一.加强… / 二．落实… at the start of a paragraph: a Han ordinal takes 顿号
  const lead = /^\s*[一二三四五六七八九十]{1,3}([.．])(?=[\u4e00-\u9fff])/.exec(s);
  if (lead) {
    const at = lead[0].length - 1;
    hits.push({
      start: at,
      end: at + 1,
      suggestion: '、',
      message: `${STD} 4.5.3.3：不带括号的汉字数字序次语之后用顿号，不用“${lead[1]}”。`,
    });
  }
}

function check(ctx: RuleContext): Hit[] {
  const s = ctx.text;
  const hits: Hit[] = [];
  if (s.includes('……') || s.includes('…')) ellipsisDeng(s, hits);
  if (s.includes('、')) dunhaoBeforeConj(s, hits);
  if (/[）)]|首先|其次|再次|最后|其[一二三]|^\s*[一二三四五六七八九十]{1,3}[.．]/.test(s)) ordinalMarks(s, hits);
  return hits;
}

/** ……等, 、等, 、以及, （一）、, 首先、 and 一. as GB/T 15834 forbids them. */
export const markUsageRule: Rule = { id: 'punct-usage/gb15834-patterns', category: 'punct-usage', check };
