import { defaultBanned } from './banned';
import { defaultConfusables } from './confusables';
import { defaultFormulations } from './formulations';
import type { Lexicons } from './types';
import { defaultVariants } from './variants';

export type { LexiconEntry, Lexicons } from './types';

/**
 * Fresh copy of the shipped lexicons. Callers (the app's lexicon editor) may mutate the
 * returned arrays; the checker indexes a Lexicons object the first time it sees it, so after editing pass a new object (e.g. `{ ...lex, variants: edited }`).
 * `names` (the newsroom's own people, units and titles) ships empty: it is customer data.
 */
export function defaultLexicons(): Lexicons {
  return {
    confusables: defaultConfusables(),
    variants: defaultVariants(),
    formulations: defaultFormulations(),
    banned: defaultBanned(),
    names: [],
  };
}
