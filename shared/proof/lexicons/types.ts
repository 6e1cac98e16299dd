/**
 * One lexicon entry: a wrong form, its replacement, optional context conditions, and
 * where the rule comes from. The newsroom edits these in the app, so every entry carries
 * its `source` (standard, dictionary, style-guide clause) and the `date` it was written.
 */
export interface LexiconEntry {
  /** The form to find (exact text). */
  wrong: string;
  /** Replacement for `wrong`. */
  right: string;
  /** Other acceptable replacements, shown to the editor. */
  alternatives?: string[];
  /** Regex source; the text just before the match must match `(?:before)$`. */
  before?: string;
  /** Regex source; the text just after the match must match `^(?:after)`. */
  after?: string;
  /** Regex source; cancels the finding when the text just before matches it. */
  notBefore?: string;
  /** Regex source; cancels the finding when the text just after matches it. */
  notAfter?: string;
  /** Why it is wrong, in Chinese (becomes the finding's message). */
  note?: string;
  /** Basis of the entry (standard, dictionary, style guide). */
  source: string;
  /** ISO date the entry was written or last reviewed. */
  date: string;
}

/** The editable word lists the lexicon rules run on. */
export interface Lexicons {
  /** 易错词: context-free (or context-conditioned) misspelt fixed phrases → confusable-word. */
  confusables: LexiconEntry[];
  /** 异形词: non-preferred variant forms → variant-form. */
  variants: LexiconEntry[];
  /** 规范表述: fixed official wordings and title orders → political-formulation. */
  formulations: LexiconEntry[];
  /** 禁用词/慎用词 → banned-term. */
  banned: LexiconEntry[];
  /** The newsroom's own names, units and titles (wrong spelling → right) → political-formulation. */
  names: LexiconEntry[];
}
