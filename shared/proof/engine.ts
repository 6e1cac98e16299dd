import { splitsSurrogate } from './char-class';
import { defaultLexicons } from './lexicons';
import type { Lexicons } from './lexicons/types';
import { RULES } from './registry';
import type { Finding, Hit, ProofCategory, Rule, RuleContext } from './types';

/** Options shared by checkText and checkParagraphs. */
export interface CheckOptions {
  /** Word lists; defaults to defaultLexicons() (built once). */
  lexicons?: Lexicons;
  /** Run only these categories (default: all). */
  categories?: ProofCategory[];
}

let shippedLexicons: Lexicons | null = null;

function lexiconsOf(options: CheckOptions | undefined): Lexicons {
  if (options?.lexicons) return options.lexicons;
  shippedLexicons ??= defaultLexicons();
  return shippedLexicons;
}

function rulesFor(categories: ProofCategory[] | undefined): readonly Rule[] {
  if (!categories) return RULES;
  const want = new Set(categories);
  return RULES.filter((r) => want.has(r.category));
}

/**
 * Check one paragraph (a line without its line break) given its non-blank neighbours.
 * Findings are in paragraph coordinates, sorted, same-category overlaps removed.
 */
export function checkParagraph(
  text: string,
  prev: string | null,
  next: string | null,
  options?: CheckOptions,
): Finding[] {
  const ctx: RuleContext = { text, prev, next, lexicons: lexiconsOf(options), memo: new Map() };
  const out: Finding[] = [];
  // ~70 rules per paragraph, most with no hit: append in place, no spread or array per rule.
  for (const rule of rulesFor(options?.categories)) {
    const hits = rule.check(ctx);
    if (hits.length > 0) appendFindings(out, rule, hits, text);
  }
  return out.length > 1 ? normalise(out) : out;
}

/**
 * A rule's hits on `text` as findings, minus those no proofreader could act on: hits that leave the
 * paragraph or cut a surrogate pair, and fixes that leave the text as it is (“ → “, or an editor's
 * 词库 entry whose right form equals what it found). An empty span with an empty fix stays: it is
 * the broken-paragraph marker that checkText moves onto the line break.
 */
export function findingsOf(rule: Rule, hits: readonly Hit[], text: string): Finding[] {
  const out: Finding[] = [];
  appendFindings(out, rule, hits, text);
  return out;
}

function appendFindings(out: Finding[], rule: Rule, hits: readonly Hit[], text: string): void {
  for (const h of hits) {
    if (h.start < 0 || h.end > text.length || h.start > h.end) continue;
    if (splitsSurrogate(text, h.start) || splitsSurrogate(text, h.end)) continue;
    if (h.start < h.end && h.suggestion === text.slice(h.start, h.end)) continue;
    out.push({
      start: h.start,
      end: h.end,
      category: rule.category,
      suggestion: h.suggestion,
      message: h.message,
      rule: rule.id,
      severity: h.severity ?? 'error',
    });
  }
}

/**
 * Sort by start (then longer first) and drop a finding when an earlier one of the same
 * category overlaps it: one problem, one finding. Different categories may overlap.
 */
export function normalise(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end || a.category.localeCompare(b.category));
  const lastEnd = new Map<ProofCategory, number>();
  const lastStart = new Map<ProofCategory, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    const end = lastEnd.get(f.category);
    const start = lastStart.get(f.category);
    if (end !== undefined && start !== undefined && (f.start < end || (f.start === start && f.end === end))) continue;
    lastEnd.set(f.category, f.end);
    lastStart.set(f.category, f.start);
    out.push(f);
  }
  return out;
}

/** A paragraph of a text: [start, end) of its content, without the line break. */
export interface ParagraphSpan {
  start: number;
  end: number;
}

/** Split at \n (a \r before it belongs to the break). */
export function splitParagraphs(text: string): ParagraphSpan[] {
  const out: ParagraphSpan[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    out.push({ start, end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** Neighbouring non-blank paragraphs for each paragraph index. */
export function neighbours(paragraphs: readonly string[]): { prev: (string | null)[]; next: (string | null)[] } {
  const prev: (string | null)[] = [];
  const next: (string | null)[] = Array.from({ length: paragraphs.length }, () => null);
  let last: string | null = null;
  for (const p of paragraphs) {
    prev.push(last);
    if (p.trim()) last = p;
  }
  let following: string | null = null;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    next[i] = following;
    const p = paragraphs[i] ?? '';
    if (p.trim()) following = p;
  }
  return { prev, next };
}
