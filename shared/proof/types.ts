import type { Lexicons } from './lexicons/types';

/** Every category the checker can report (names as in proof-eval/README.md). */
export type ProofCategory =
  | 'halfwidth-punct'
  | 'fullwidth-alnum'
  | 'quote-unbalanced'
  | 'quote-style'
  | 'punct-form'
  | 'punct-duplicate'
  | 'punct-usage'
  | 'spurious-space'
  | 'cjk-latin-space'
  | 'broken-paragraph'
  | 'import-artifact'
  | 'repeated-char'
  | 'de-di-de'
  | 'confusable-word'
  | 'variant-form'
  | 'number-format'
  | 'date-format'
  | 'trad-simp-mix'
  | 'char-form'
  | 'political-formulation'
  | 'banned-term';

/** How sure the checker is that the span is wrong. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One problem in the checked text. `start`/`end` are UTF-16 code units (JS string
 * indices, end exclusive); `suggestion` replaces `text.slice(start, end)` ("" deletes).
 */
export interface Finding {
  start: number;
  end: number;
  category: ProofCategory;
  suggestion: string;
  /** Chinese explanation naming the rule's basis (standard or house style). */
  message: string;
  /** Id of the rule that produced it. */
  rule: string;
  severity: Severity;
}

/** What a rule reports, relative to the paragraph it was given. */
export interface Hit {
  start: number;
  end: number;
  suggestion: string;
  message: string;
  severity?: Severity;
}

/** Everything a rule may look at: one paragraph plus its non-blank neighbours. */
export interface RuleContext {
  /** The paragraph (one line of the input, no line break). */
  readonly text: string;
  /** Previous non-blank paragraph, or null at the start. */
  readonly prev: string | null;
  /** Next non-blank paragraph, or null at the end. */
  readonly next: string | null;
  readonly lexicons: Lexicons;
  /** Per-paragraph scratch space so rules of one family can share an analysis. */
  readonly memo: Map<string, unknown>;
}

/** A registered rule: pure function of its context. */
export interface Rule {
  readonly id: string;
  readonly category: ProofCategory;
  check(ctx: RuleContext): Hit[];
}
