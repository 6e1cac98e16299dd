import type { LexiconKind, LexiconMatch } from '../lexicons/matcher';
import { lexiconIndex } from '../lexicons/matcher';
import type { LexiconEntry } from '../lexicons/types';
import type { Hit, ProofCategory, Rule, RuleContext, Severity } from '../types';
import { memo } from './util';

function matches(ctx: RuleContext): LexiconMatch[] {
  return memo(ctx, 'lexicon', () => lexiconIndex(ctx.lexicons).find(ctx.text));
}

type Describe = (e: LexiconEntry) => string;

function lexiconRule(
  id: string,
  category: ProofCategory,
  kinds: LexiconKind[],
  severity: Severity,
  describe: Describe,
): Rule {
  return {
    id,
    category,
    check(ctx: RuleContext): Hit[] {
      return matches(ctx)
        .filter((m) => kinds.includes(m.kind))
        .map((m) => ({
          start: m.start,
          end: m.end,
          suggestion: m.entry.right,
          severity,
          message: `${m.entry.note ?? describe(m.entry)}${m.entry.alternatives?.length ? `也可作“${m.entry.alternatives.join('”“')}”。` : ''}（${m.entry.source}）`,
        }));
    },
  };
}

/** 易错词 → confusable-word. */
export const confusableRule = lexiconRule('confusable-word/lexicon', 'confusable-word', ['confusables'], 'error', (e) => `“${e.wrong}”是错误写法，应作“${e.right}”。`);

/** 异形词 → variant-form. */
export const variantRule = lexiconRule('variant-form/gf1001', 'variant-form', ['variants'], 'error', (e) => `“${e.wrong}”是非推荐词形，应使用推荐词形“${e.right}”。`);

/** Fixed official wordings and the newsroom's own names → political-formulation. */
export const formulationRule = lexiconRule('political-formulation/lexicon', 'political-formulation', ['formulations', 'names'], 'error', (e) => `规范表述应为“${e.right}”，不作“${e.wrong}”。`);

/** 禁用词/慎用词 → banned-term (always reviewed by an editor). */
export const bannedRule = lexiconRule('banned-term/lexicon', 'banned-term', ['banned'], 'warning', (e) => `新闻报道中不使用“${e.wrong}”，应作“${e.right}”。`);

// 金华市市委 → 金华市委: a level name is not repeated before 委 (not 城市市委员会 etc.)
const DOUBLED_LEVEL = /(?<!城)([省市县区])\1委(?![员屈婉])/g;

/** ××市市委 / ××省省委 / ××县县委 → ××市委. */
export const doubledLevelRule: Rule = {
  id: 'political-formulation/doubled-level',
  category: 'political-formulation',
  check(ctx: RuleContext): Hit[] {
    const hits: Hit[] = [];
    for (const m of ctx.text.matchAll(DOUBLED_LEVEL)) {
      const level = m[1] ?? '';
      hits.push({
        start: m.index,
        end: m.index + 3,
        suggestion: `${level}委`,
        message: `党委名称应作“××${level}委”，不作“××${level}${level}委”（党政机关名称规范表述）。`,
      });
    }
    return hits;
  },
};
