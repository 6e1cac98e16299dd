import { diffChars } from '../diff/char-diff';
import { applyReplacements, joinBody, withBodyText } from './body-text';
import type { Block, StoryContent } from './story';

/** One side's change to the common base: replace base[start, end) with `text` (UTF-16 offsets). */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** The edits that turn `base` into `changed`, in base offsets, from the character diff. */
function editsOf(base: string, changed: string): Edit[] {
  const edits: Edit[] = [];
  let at = 0;
  for (const op of diffChars(base, changed)) {
    const last = edits[edits.length - 1];
    if (op.op === 'equal') {
      at += op.text.length;
    } else if (op.op === 'delete') {
      if (last && last.end === at) last.end += op.text.length;
      else edits.push({ start: at, end: at + op.text.length, text: '' });
      at += op.text.length;
    } else if (last && last.end === at) {
      last.text += op.text;
    } else {
      edits.push({ start: at, end: at, text: op.text });
    }
  }
  return edits;
}

/** Do two changes touch the same base text (or insert at the same point, or one inside the other's range)? */
function clash(a: Edit, b: Edit): boolean {
  if (a.start === b.start && a.end === b.end && a.text === b.text) return false; // the same edit twice
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

/**
 * Three-way merge of one text: both sides' edits to `base` applied together when they touch
 * different places; null when an edit of `mine` and one of `theirs` overlap differently.
 */
export function mergeText(base: string, mine: string, theirs: string): string | null {
  if (mine === theirs || theirs === base) return mine;
  if (mine === base) return theirs;
  const a = editsOf(base, mine);
  const b = editsOf(base, theirs);
  for (const x of a) for (const y of b) if (clash(x, y)) return null;
  const both = [...a, ...b.filter((y) => !a.some((x) => x.start === y.start && x.end === y.end && x.text === y.text))];
  // Two insertions at one point cannot reach here (they clash), so the order of equal starts is free.
  return applyReplacements(base, both.map((e) => ({ start: e.start, end: e.end, replacement: e.text })));
}

/** What a story merge gives: the merged content, or the fields both sides changed in the same place. */
export type StoryMerge = { ok: true; content: StoryContent } | { ok: false; conflicts: Array<keyof StoryContent> };

const TEXT_FIELDS = ['kicker', 'headline', 'subhead', 'byline', 'dateline', 'section'] as const;

/**
 * Three-way merge of a story: `base` is the revision both sides started from, `mine` the unsaved
 * draft, `theirs` the revision someone else saved meanwhile. Every field merges on its own, the
 * body as one text, then its paragraph types and bold as a three-way merge of their own.
 */
export function mergeStory(base: StoryContent, mine: StoryContent, theirs: StoryContent): StoryMerge {
  const conflicts: Array<keyof StoryContent> = [];
  const out: StoryContent = { ...theirs };
  for (const f of TEXT_FIELDS) {
    const merged = mergeText(base[f], mine[f], theirs[f]);
    if (merged === null) conflicts.push(f);
    else out[f] = merged;
  }
  if (mine.kind !== base.kind) {
    if (theirs.kind !== base.kind && theirs.kind !== mine.kind) conflicts.push('kind');
    else out.kind = mine.kind;
  }
  // When only one side touched the body, its blocks are kept whole (types and bold included).
  const same = (x: StoryContent['body'], y: StoryContent['body']): boolean => JSON.stringify(x) === JSON.stringify(y);
  if (same(theirs.body, base.body)) out.body = mine.body;
  else if (!same(mine.body, base.body)) {
    const body = mergeText(joinBody(base.body), joinBody(mine.body), joinBody(theirs.body));
    if (body === null) conflicts.push('body');
    else out.body = mergeFormatting(base.body, mine.body, theirs.body, body);
  }
  return conflicts.length ? { ok: false, conflicts } : { ok: true, content: out };
}

/**
 * The merged body text's blocks, each paragraph's type and each character's bold taken from the
 * side that changed it: every side's blocks are carried onto the merged text (see
 * withBodyText), and where `mine` differs from `base` it wins, otherwise `theirs` (a 小标题 I
 * made while a colleague retyped the paragraph stays a 小标题; their bold survives my edit).
 */
function mergeFormatting(base: readonly Block[], mine: readonly Block[], theirs: readonly Block[], text: string): Block[] {
  const [b, m, t] = [withBodyText(base, text), withBodyText(mine, text), withBodyText(theirs, text)];
  return t.map((tb, i) => {
    const bb = b[i]!;
    const mb = m[i]!;
    const block: Block = { type: mb.type !== bb.type ? mb.type : tb.type, text: tb.text };
    const marks = mergeBold(bb, mb, tb);
    if (marks.length) block.marks = marks;
    return block;
  });
}

function boldOf(block: Block): Uint8Array {
  const on = new Uint8Array(block.text.length);
  for (const mark of block.marks ?? []) on.fill(1, mark.start, mark.end);
  return on;
}

function mergeBold(base: Block, mine: Block, theirs: Block): NonNullable<Block['marks']> {
  const [b, m, t] = [boldOf(base), boldOf(mine), boldOf(theirs)];
  const marks: NonNullable<Block['marks']> = [];
  let start = -1;
  for (let i = 0; i <= t.length; i++) {
    const on = i < t.length && (m[i] !== b[i] ? m[i] : t[i]) === 1;
    if (on && start < 0) start = i;
    else if (!on && start >= 0) {
      marks.push({ type: 'bold', start, end: i });
      start = -1;
    }
  }
  return marks;
}
