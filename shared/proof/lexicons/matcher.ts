import { ContextPattern, type Anchor } from './context-pattern';
import type { LexiconEntry, Lexicons } from './types';

/** Which lexicon list an entry came from. */
export type LexiconKind = keyof Lexicons;

interface Compiled {
  kind: LexiconKind;
  entry: LexiconEntry;
  before?: ContextPattern;
  after?: ContextPattern;
  notBefore?: ContextPattern;
  notAfter?: ContextPattern;
  /** The right form contains the wrong one (then the match may be the right form itself). */
  rightContainsWrong: boolean;
}

interface TrieNode {
  next: Map<number, TrieNode>;
  out: Compiled[];
}

/** A lexicon match in paragraph coordinates. */
export interface LexiconMatch {
  start: number;
  end: number;
  kind: LexiconKind;
  entry: LexiconEntry;
}

// How much surrounding text a context regex may see.
const CONTEXT_CHARS = 16;

function node(): TrieNode {
  return { next: new Map(), out: [] };
}

/** Thrown by compile() for an entry whose condition cannot be used: the entry is left out. */
class UnusableCondition extends Error {}

/**
 * Context conditions run on the linear-time automaton, never on RegExp: they are typed by editors
 * (issue #13: a backtracking `(?:.*){12}Z` held the core for seconds per check).
 */
function compile(src: string | undefined, anchor: Anchor): ContextPattern | undefined {
  if (!src) return undefined;
  try {
    return ContextPattern.compile(src, anchor);
  } catch {
    // The API refuses such patterns; one stored before they were refused must not widen its
    // entry by losing a condition, so the whole entry is left out.
    throw new UnusableCondition();
  }
}

function compiled(kind: LexiconKind, entry: LexiconEntry): Compiled | null {
  try {
    return {
      kind,
      entry,
      before: compile(entry.before, 'suffix'),
      after: compile(entry.after, 'prefix'),
      notBefore: compile(entry.notBefore, 'suffix'),
      notAfter: compile(entry.notAfter, 'prefix'),
      rightContainsWrong: entry.right.includes(entry.wrong),
    };
  } catch (e) {
    if (e instanceof UnusableCondition) return null;
    throw e;
  }
}

/** Multi-pattern matcher over all lists of one Lexicons object (a trie on UTF-16 units). */
export class LexiconIndex {
  private readonly root = node();
  /** 1 for every code unit that starts an entry: a typed-array test per character is cheap. */
  private readonly firsts = new Uint8Array(0x10000);

  constructor(lexicons: Lexicons) {
    for (const kind of Object.keys(lexicons) as LexiconKind[]) {
      for (const entry of lexicons[kind]) {
        if (!entry.wrong) continue;
        const c = compiled(kind, entry);
        if (!c) continue;
        let n = this.root;
        for (let i = 0; i < entry.wrong.length; i++) {
          const c = entry.wrong.charCodeAt(i);
          let child = n.next.get(c);
          if (!child) {
            child = node();
            n.next.set(c, child);
          }
          n = child;
        }
        n.out.push(c);
      }
    }
    for (const c of this.root.next.keys()) this.firsts[c] = 1;
  }

  /** All entries found in `text` whose context conditions hold. */
  find(text: string): LexiconMatch[] {
    const out: LexiconMatch[] = [];
    const root = this.root.next;
    const firsts = this.firsts;
    for (let i = 0; i < text.length; i++) {
      if (firsts[text.charCodeAt(i)] === 0) continue;
      let n = root.get(text.charCodeAt(i));
      let j = i + 1;
      while (n) {
        for (const c of n.out) {
          if (accepts(c, text, i, j)) out.push({ start: i, end: j, kind: c.kind, entry: c.entry });
        }
        if (j >= text.length) break;
        n = n.next.get(text.charCodeAt(j));
        j++;
      }
    }
    return out;
  }
}

/**
 * True when the match is part of the entry's own right form already in the text (the entry
 * 永康市委 → 永康市委员会 must not flag 永康市委员会): a right form that contains the wrong one
 * would otherwise be flagged again after the correction.
 */
function insideRightForm(e: LexiconEntry, text: string, start: number): boolean {
  const { wrong, right } = e;
  for (let k = right.indexOf(wrong); k >= 0; k = right.indexOf(wrong, k + 1)) {
    if (start - k >= 0 && text.startsWith(right, start - k)) return true;
  }
  return false;
}

function accepts(c: Compiled, text: string, start: number, end: number): boolean {
  if (c.rightContainsWrong && insideRightForm(c.entry, text, start)) return false;
  if (c.before || c.notBefore) {
    const left = text.slice(Math.max(0, start - CONTEXT_CHARS), start);
    if (c.before && !c.before.test(left)) return false;
    if (c.notBefore && c.notBefore.test(left)) return false;
  }
  if (c.after || c.notAfter) {
    const right = text.slice(end, end + CONTEXT_CHARS);
    if (c.after && !c.after.test(right)) return false;
    if (c.notAfter && c.notAfter.test(right)) return false;
  }
  return true;
}

const cache = new WeakMap<Lexicons, LexiconIndex>();

/**
 * Index for a Lexicons object, built once per object. Treat a Lexicons object as
 * immutable after the first check: after editing, pass a new object.
 */
export function lexiconIndex(lexicons: Lexicons): LexiconIndex {
  let idx = cache.get(lexicons);
  if (!idx) {
    idx = new LexiconIndex(lexicons);
    cache.set(lexicons, idx);
  }
  return idx;
}
