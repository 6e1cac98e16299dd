import type { Hit, Rule, RuleContext } from '../types';

// Two different 点号 side by side (，。 / ：， / ？。) and a stop repeated outside a quotation
// that already ends with one (。”。). Same-mark doubling (，，) is punct-duplicate/doubled.
const STD = 'GB/T 15834—2011';

// Strength of the 点号: the stronger survives when two meet (句末 > 分号 > 冒号 > 逗号 > 顿号).
const RANK: Record<string, number> = { '、': 1, '，': 2, '：': 3, '；': 4, '。': 5, '？': 6, '！': 6 };

function check(ctx: RuleContext): Hit[] {
  const s = ctx.text;
  const hits: Hit[] = [];
  if (!/[，、；：。？！][，、；：。？！”’]/.test(s)) return hits;
  for (const m of s.matchAll(/[，、；：。？！]{2,}/g)) {
    const run = m[0];
    // ？？ ！！ ？！ ！？ are allowed (4.2.3.4, 4.3.3.5, 4.3.3.6); same-mark runs belong to punct-duplicate/doubled
    if (/^[？！]+$/.test(run) || new Set(run).size === 1) continue;
    // keep the strongest mark; for ？！ mixed with pauses keep the first sentence-end mark
    let keep = run[0] ?? '';
    for (const ch of run) if ((RANK[ch] ?? 0) > (RANK[keep] ?? 0)) keep = ch;
    const end = m.index + run.length;
    // 。。。 is a malformed ellipsis (punct-form); leave runs that contain it alone
    if (run.includes('。。。')) continue;
    hits.push({
      start: m.index,
      end,
      suggestion: keep,
      severity: 'warning',
      message: `${STD} 3.1：点号“${[...new Set(run)].join('”“')}”不能连用，一处停顿只用一个点号，此处宜作“${keep}”。`,
    });
  }
  // 他说：“我们一定干好。”。 → the quotation's own stop ends the sentence (4.8: the stop belongs inside a quotation that is a whole sentence)
  // (only after 。: a quoted question or exclamation that is part of the sentence may keep its
  // own ？！ before the sentence's 。)
  for (const m of s.matchAll(/。([”’]+)。/g)) {
    const at = m.index + m[0].length - 1;
    hits.push({
      start: at,
      end: at + 1,
      suggestion: '',
      message: `${STD} 4.1、4.8：引文末尾已有句末点号，引号外不再加句号。`,
    });
  }
  return hits;
}

/** Different 点号 adjacent (，。 → 。), and 。”。 → 。”. */
export const markSequenceRule: Rule = { id: 'punct-duplicate/mixed-marks', category: 'punct-duplicate', check };
