import type { Hit, Rule, RuleContext } from '../types';

/**
 * Function words that are almost never doubled, with the neighbours that make a doubling
 * legitimate: the second copy starts a word (为了了解, 就就业, 首都都市) or the first ends one
 * (目的的, 现在在, 一把把), or a fixed reduplication (实实在在, 不了了之, 的的确确, 从从容容).
 */
const WORDS: Record<string, { prev?: string; next?: string }> = {
  // 了了心愿、终于了了一桩心事: 了 (liǎo, to settle) + 了; after the adverb 终于 the first 了
  // cannot be the aspect particle, so it is the verb
  了: { prev: '为除罢明受于', next: '解结却之如然心' },
  的: { prev: '目有别似是端标众指', next: '确' },
  在: { prev: '实现存所自潜内外正', next: '在' },
  把: { prev: '一', next: '关脉握手' },
  被: { next: '子褥告迫动' },
  与: { prev: '参给' },
  也: {},
  都: { prev: '首京国故古成迁旧新帝陪定', next: '市江会' },
  还: { next: '款债清原' },
  从: { next: '容' },
  已: {},
  而: { prev: '然因从进继' },
  于: {},
  向: { prev: '方导动意志走面偏取纵横双单', next: '导阳日' },
  就: { prev: '成造迁将俯屈', next: '业职诊医餐读近地绪此' },
  // 们 is only ever a suffix, so no word starts with it: 我们们 is always one 们 too many
  们: {},
  // 温和和善、祥和和谐: a word ending in 和 before the conjunction, or the conjunction before 和谐 …
  和: { prev: '温柔平调饱缓随总祥谦亲共讲附应暖掺搀中人求议媾谐融软热唱拌违不', next: '睦谐平美气善解煦蔼顺风声弦局缓约尚好' },
  // 是是非非; 但是是否、还是是否: 是否 after a word ending in 是; 要是是我、可是是谁: a
  // conjunction ending in 是 before the copula
  是: { prev: '要若但可于只还倒', next: '非否' },
  // 即将将其、武将将领: 将 ending a word, or starting 将领/将士/将军
  将: { prev: '即武大主名老猛战干上中少良宿悍骁', next: '领士军帅官就' },
};

const DOUBLED = new RegExp(`([${Object.keys(WORDS).join('')}])\\1`, 'g');

function check(ctx: RuleContext): Hit[] {
  const s = ctx.text;
  const hits: Hit[] = [];
  for (const m of s.matchAll(DOUBLED)) {
    const i = m.index;
    const c = m[1] ?? '';
    const rule = WORDS[c];
    if (!rule) continue;
    const before = s[i - 1] ?? '';
    const after = s[i + 2] ?? '';
    // a third copy (了了了) or reduplicated words either side: leave to the editor
    if (before === c || after === c) continue;
    if (before && rule.prev?.includes(before)) continue;
    if (after && rule.next?.includes(after)) continue;
    hits.push({
      start: i,
      end: i + 2,
      suggestion: c,
      message: `“${c}${c}”疑为误重复，应删去一个“${c}”（叠用的“实实在在”“不了了之”等不在此列）（衍字，《图书编校质量差错认定细则》）。`,
    });
  }
  return hits;
}

/** Accidentally doubled function words: 吸引了了 → 吸引了. */
export const repeatedCharRule: Rule = { id: 'repeated-char/function-word', category: 'repeated-char', check };
