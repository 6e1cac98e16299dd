import { charFormRule } from './rules/char-form';
import { dateFormatRule } from './rules/dates';
import { deDiDeRule } from './rules/de-di-de';
import { fullwidthAlnumRule } from './rules/fullwidth-alnum';
import { halfwidthPunctRule } from './rules/halfwidth-punct';
import { bannedRule, confusableRule, doubledLevelRule, formulationRule, variantRule } from './rules/lexicon-rules';
import { numberFormatRule } from './rules/numbers';
import { importArtifactRule } from './rules/import-artifact';
import { brokenParagraphRule } from './rules/paragraphs';
import { punctDuplicateRule, punctFormRule, punctUsageRule } from './rules/punct-marks';
import { quoteStyleRule, quoteUnbalancedRule } from './rules/quotes';
import { repeatedCharRule } from './rules/repeated-char';
import { cjkLatinSpaceRule, spuriousSpaceRule } from './rules/spaces';
import { tradSimpRule } from './rules/trad-simp';
import type { Rule } from './types';
import { markFormsRule } from './rules/mark-forms';
import { markSequenceRule } from './rules/mark-sequences';
import { markUsageRule } from './rules/mark-usage';
import { numberWordsRule } from './rules/number-words';

/** Every rule the checker runs, in reporting order. */
export const RULES: readonly Rule[] = [
  halfwidthPunctRule,
  fullwidthAlnumRule,
  quoteUnbalancedRule,
  quoteStyleRule,
  punctFormRule,
  punctDuplicateRule,
  punctUsageRule,
  spuriousSpaceRule,
  cjkLatinSpaceRule,
  brokenParagraphRule,
  importArtifactRule,
  repeatedCharRule,
  deDiDeRule,
  confusableRule,
  variantRule,
  numberFormatRule,
  dateFormatRule,
  tradSimpRule,
  charFormRule,
  formulationRule,
  doubledLevelRule,
  bannedRule,
  markFormsRule,
  markSequenceRule,
  markUsageRule,
  numberWordsRule,
];
