import type { Hit, Rule, RuleContext } from '../types';

// Only the safe pattern: 的 + 很 + adjective is a complement and takes 得 (运转的很平稳).
// Excluded: 真的很 (真的 is an adverb), possessives before 很多/很少/很大程度 (我们的很多朋友),
// and a pronoun or noun ending right before 的.
const RE = /(?<![真是目有别我你他她它们人家国市县村])的(?=很(?![多少大长小久]))/g;

function check(ctx: RuleContext): Hit[] {
  const hits: Hit[] = [];
  for (const m of ctx.text.matchAll(RE)) {
    if (m.index === 0) continue;
    hits.push({
      start: m.index,
      end: m.index + 1,
      suggestion: '得',
      severity: 'warning',
      message: '动词、形容词后面连接表示程度或结果的补语用“得”（如“运转得很平稳”）（《现代汉语词典》第7版“得”条）。',
    });
  }
  return hits;
}

/** 的 → 得 before a degree complement with 很. */
export const deDiDeRule: Rule = { id: 'de-di-de/de-hen', category: 'de-di-de', check };
