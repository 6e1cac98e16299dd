import { isBoxCredit } from '../../shared/text/page-furniture';
import { joinHalves, proposePageRepairs, type PageRepair } from './page-repairs';
import { segmentStories, type AcceptFn, type StoryDraft, type WorkingParagraph } from './structure';
import type { ImportResult, ImportedStory, ParsedPage, Repair } from './types';

/** Which repairs to apply: forced on, forced off; every other repair keeps its default. */
export interface RepairChoice {
  accepted?: Iterable<string>;
  rejected?: Iterable<string>;
}

function choiceFn(choice?: RepairChoice): AcceptFn {
  const on = new Set(choice?.accepted ?? []);
  const off = new Set(choice?.rejected ?? []);
  return (id, byDefault) => (off.has(id) ? false : on.has(id) ? true : byDefault);
}

// Applies the accepted page-level repairs: drops stripped lines, joins broken paragraphs.
function buildWorking(page: ParsedPage, repairs: PageRepair[]): WorkingParagraph[] {
  const stripped = new Set<number>();
  const rejoin = new Map<number, number>();
  for (const r of repairs) if (r.accepted && r.kind === 'strip-artifact') stripped.add(r.index);
  for (const r of repairs) {
    if (!r.accepted || r.kind !== 'rejoin-paragraph') continue;
    let ok = true;
    // Only join across lines that are actually being removed; a kept line in between stays a boundary.
    for (let k = r.index + 1; k < r.next; k++) if (!stripped.has(k)) ok = false;
    if (ok) rejoin.set(r.index, r.next);
  }
  // Accepted space removals, applied to each source paragraph before any join (offsets are its own).
  const spaces = new Map<number, { start: number; end: number }[]>();
  for (const r of repairs) if (r.accepted && r.kind === 'collapse-space') spaces.set(r.index, [...(spaces.get(r.index) ?? []), r.source]);
  const textOf = (k: number): string => {
    let t = page.paragraphs[k]?.text ?? '';
    for (const c of [...(spaces.get(k) ?? [])].sort((a, b) => b.start - a.start)) t = t.slice(0, c.start) + t.slice(c.end);
    return t;
  };
  const out: WorkingParagraph[] = [];
  let i = 0;
  while (i < page.paragraphs.length) {
    const p = page.paragraphs[i];
    if (!p) break;
    if (stripped.has(i)) {
      const prev = out[out.length - 1];
      if (prev && isBoxCredit(p.text)) prev.creditAfter = true;
      i++;
      continue;
    }
    const w: WorkingParagraph = { text: textOf(i), srcs: [i] };
    if (p.hint) w.hint = p.hint;
    if (p.afterBlank) w.afterBlank = true;
    if (p.tier) w.tier = p.tier;
    if (p.page !== undefined) w.page = p.page;
    let last = i;
    let next = rejoin.get(last);
    while (next !== undefined) {
      const q = page.paragraphs[next];
      if (!q) break;
      w.text = joinHalves(w.text, textOf(next));
      w.srcs.push(next);
      last = next;
      next = rejoin.get(last);
    }
    out.push(w);
    i = last + 1;
  }
  return out;
}

function toStory(d: StoryDraft, repairs: Repair[], source: ParsedPage): ImportedStory {
  const story: ImportedStory = { kind: d.kind, kicker: d.kicker, headline: d.headline, subhead: d.subhead, byline: d.byline, dateline: d.dateline, body: d.body, repairs };
  // The page its first line was read from (a multi-page PDF): where the editor finds it in the file.
  const first = Math.min(...d.headSrcs, ...d.bodySrcs.flat());
  const page = source.paragraphs[first]?.page;
  if (page !== undefined) story.page = page;
  return story;
}

function publicRepair(r: PageRepair): Repair {
  const { id, kind, before, after, source, reason, accepted } = r;
  return { id, kind, before, after, source, reason, accepted };
}

/**
 * Recomputes the stories of a parsed page with a given set of repairs. Every repair — page-level
 * (rejoin, strip) and structural (headline split, dateline) — is listed on its story with its
 * `accepted` state, so the UI can show all of them and call this again with the user's choice.
 * Repair ids are derived from source positions, so they are stable between calls and re-parses.
 */
export function applyRepairChoice(page: ParsedPage, choice?: RepairChoice): ImportResult {
  return compute(page, choiceFn(choice));
}

/**
 * Recomputes the result with exactly the repairs in `acceptedIds` applied (every other proposal
 * rejected). Use {@link applyRepairChoice} to override only some proposals.
 */
export function applyRepairs(page: ParsedPage, acceptedIds: Set<string>): ImportResult {
  return compute(page, (id) => acceptedIds.has(id));
}

function compute(page: ParsedPage, accept: AcceptFn): ImportResult {
  const pageRepairs = proposePageRepairs(page.paragraphs).map((r) => ({ ...r, accepted: accept(r.id, r.accepted) }));
  const working = buildWorking(page, pageRepairs);
  const drafts = segmentStories(working, accept);

  // Locate each source paragraph in the result, to attach page-level repairs to their story.
  const where = new Map<number, { story: number; body?: number }>();
  drafts.forEach((d, s) => {
    d.headSrcs.forEach((src) => where.set(src, { story: s }));
    d.bodySrcs.forEach((srcs, b) => srcs.forEach((src) => where.set(src, { story: s, body: b })));
  });
  const perStory: Repair[][] = drafts.map((d) =>
    d.repairs.map((r) => {
      if (r.kind !== 'normalize-dateline') return r;
      const at = where.get(r.source.paragraph);
      return at?.body === undefined ? r : { ...r, paragraphIndex: at.body };
    }),
  );
  for (const r of pageRepairs) {
    let at = where.get(r.index);
    // A stripped line belongs to the story it sat in: the nearest kept paragraph above (or below).
    for (let k = r.index - 1; !at && k >= 0; k--) at = where.get(k);
    for (let k = r.index + 1; !at && k < page.paragraphs.length; k++) at = where.get(k);
    const pub = publicRepair(r);
    if (r.kind === 'rejoin-paragraph' && at?.body !== undefined) pub.paragraphIndex = at.body;
    perStory[at?.story ?? 0]?.push(pub);
  }
  const stories = drafts.map((d, s) => toStory(d, (perStory[s] ?? []).sort((a, b) => a.source.paragraph - b.source.paragraph), page));
  return { stories, warnings: [...page.warnings] };
}
