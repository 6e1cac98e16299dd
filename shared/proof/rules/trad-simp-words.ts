import type { Hit } from '../types';

/**
 * Characters that are standard in simplified text in some words (《通用规范汉字表》 keeps them)
 * but are the traditional or variant form in others: OpenCC cannot tell these apart, so each is
 * matched only in the words where it is certainly the wrong one.
 */
interface WordRule {
  /** Matches the wrong character (group 1 is the character itself). */
  re: RegExp;
  right: string;
  note: string;
}

const SOURCE = '《通用规范汉字表》';

// 着 (zhe, zháo) is written 著 in traditional text; in simplified text 著 is only zhù (著名、显著、名著).
// After these verbs 著 is the particle, unless 著名/著作/著称/著述 … follows.
const ZHE_VERBS = '随|接|意味|沿|朝|本|向|围绕|看|听|说|想|笑|拿|带|跟|顺|靠|站|坐|穿|怀|抱|盼|忙|守|有|存在|发挥|承载|记录|见证|肩负|引领|推动|改变|影响|充满|洋溢|闪烁|代表|标志|预示|伴随|面临|经历|保持|紧接|接连|盯|望|朝向|凭';

// 于 (preposition) is 於 in traditional text; 於 stays only as a surname (於先生) and in 於菟.
const YU_BEFORE = '由|关|对|至|属|位|处|基|终|在|等|用|高|低|大|小|多|少|善|勇|敢|乐|忙|急|过|鉴|限|出|归|源|便|易|难|甚|苦|利|致力|取决|来自|有助|有利|不亚|相当|集中|致|忠|勤|见|生|死|始|止|重|轻|适|陷|趋|早|晚|长|短|强|弱|优|劣|好|多|深|浅|近|远|立|献身|投身|寓';

export const TRAD_SIMP_WORDS: readonly WordRule[] = [
  {
    re: new RegExp(`(?<=${ZHE_VERBS})(著)(?![名作称述录书者陆])`, 'g'),
    right: '着',
    note: '简体文本中助词“着”不作“著”（“著”只用于著名、显著、著作等）',
  },
  { re: new RegExp(`(?<=${YU_BEFORE})(於)`, 'g'), right: '于', note: '简体文本中介词“于”不作“於”（“於”只用作姓氏）' },
  { re: /(於)(?=是)/g, right: '于', note: '简体文本中“于是”不作“於是”（“於”只用作姓氏）' },
  // 瞭 stays only in 瞭望 / 瞭哨 (liào); 瞭解、明瞭、一目瞭然 are 了
  { re: /(瞭)(?![望哨乱])/g, right: '了', note: '“瞭”只用于“瞭望”等（读 liào），了解、明了、一目了然用“了”' },
  // 藉 stays in 慰藉、狼藉、枕藉; as 凭借 it is 借
  { re: /(藉)(?=口|助|此|以|机|故|端)/g, right: '借', note: '“藉”只用于慰藉、狼藉等，“借口”“借助”“借此”用“借”' },
  { re: /(?<=凭)(藉)/g, right: '借', note: '“藉”只用于慰藉、狼藉等，“凭借”用“借”' },
];

/**
 * Words where a character OpenCC would convert is not this rule's to report: place and reign
 * names where it is the standard form (乾县、乾陵 in 陕西), and non-recommended forms of the
 * 第一批异形词整理表 that the variant-form rule reports as a whole (one error, one finding).
 */
export const KEEP_WORDS: readonly string[] = ['乾县', '乾陵', '乾州', '乾元', '乾隆', '乾坤', '乾卦', '靦觍', '殨脓'];

/** Whether the character at `i` belongs to one of KEEP_WORDS in `text`. */
export function inKeptWord(text: string, i: number): boolean {
  for (const w of KEEP_WORDS) {
    for (let k = 0; k < w.length; k++) {
      if (w[k] === text[i] && text.startsWith(w, i - k)) return true;
    }
  }
  return false;
}

/** Hits of the word-bound rules above. */
export function wordHits(text: string): Hit[] {
  const hits: Hit[] = [];
  if (!/[著於瞭藉]/.test(text)) return hits;
  for (const r of TRAD_SIMP_WORDS) {
    for (const m of text.matchAll(r.re)) {
      hits.push({
        start: m.index,
        end: m.index + 1,
        suggestion: r.right,
        message: `${r.note}，应作“${r.right}”（${SOURCE}）。`,
      });
    }
  }
  return hits;
}
