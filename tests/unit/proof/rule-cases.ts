import { expect } from 'vitest';
import type { Finding } from '../../../shared/proof/index';
import { checkText } from '../../../shared/proof/index';

/** A sentence a rule must flag: `found` is the exact text of the span, `fix` its replacement. */
export interface FlagCase {
  text: string;
  found: string;
  fix: string;
  /** Which occurrence of `found` (default the first). */
  nth?: number;
}

/** UTF-16 offset of the nth occurrence of `needle` (the checker's coordinates). */
export function offsetOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`“${needle}” not in “${text}”`);
  }
  return at;
}

/** The findings of one rule on `text`. */
export function findingsOf(text: string, rule: string): Finding[] {
  return checkText(text).filter((f) => f.rule === rule);
}

/** Assert the rule reports exactly the span of `found` with `fix`, a Chinese message naming a clause. */
export function expectFlag(rule: string, c: FlagCase): Finding {
  const start = offsetOf(c.text, c.found, c.nth);
  const hit = findingsOf(c.text, rule).find((f) => f.start === start && f.end === start + c.found.length);
  expect(hit, `${rule} should flag “${c.found}” in ${c.text}`).toBeDefined();
  const f = hit as Finding;
  expect(f.suggestion).toBe(c.fix);
  expect(f.suggestion).not.toBe(c.text.slice(f.start, f.end));
  expect(f.message).toMatch(/GB\/T 1583[45]/);
  expect(f.message).toMatch(/[\u4e00-\u9fff]/);
  return f;
}

/** Assert the rule leaves the sentence alone. */
export function expectClean(rule: string, text: string): void {
  expect(findingsOf(text, rule).map((f) => text.slice(f.start, f.end)), text).toEqual([]);
}
