import { DictionaryMatcher } from './dictionary-matcher';
import type { PersonTitle, TagKind } from './types';

/** What the suggester needs to know about a tag of the newsroom's taxonomy. */
export interface TaxonomyEntry {
  id: number;
  name: string;
  kind: TagKind;
  synonyms: readonly string[];
  titles: readonly PersonTitle[];
}

export interface TaxonomyHit {
  id: number;
  name: string;
  kind: TagKind;
  count: number;
  /** Set when the person was found by a title they held on the story's date. */
  viaTitle?: string;
}

type Ref = { entry: TaxonomyEntry; title?: PersonTitle };

/** Pad a partial date to the first (`start`) or last day it stands for, for string comparison. */
function padDate(d: string, end: boolean): string {
  if (d.length === 4) return end ? `${d}-12-31` : `${d}-01-01`;
  if (d.length === 7) return end ? `${d}-31` : `${d}-01`;
  return d;
}

/** Did the person hold this title on `date` (YYYY-MM-DD)? */
export function heldOn(t: PersonTitle, date: string): boolean {
  return (t.from === null || padDate(t.from, false) <= date) && (t.to === null || date <= padDate(t.to, true));
}

/** The titles a person held on a date, for the suggestion's explanation. */
export function titlesOn(entry: Pick<TaxonomyEntry, 'titles'>, date: string): string[] {
  return entry.titles.filter((t) => heldOn(t, date)).map((t) => t.title);
}

/**
 * The taxonomy as a matcher: names and synonyms of every tag, plus people's titles. A title
 * names a person only for the dates they held it — 市长 in a 2019 story is whoever was 市长 then.
 */
export class TaxonomyIndex {
  private readonly matcher: DictionaryMatcher<Ref>;
  readonly entries: readonly TaxonomyEntry[];

  constructor(entries: readonly TaxonomyEntry[]) {
    this.entries = entries;
    const keys: Array<{ key: string; value: Ref }> = [];
    for (const entry of entries) {
      for (const key of new Set([entry.name, ...entry.synonyms])) keys.push({ key, value: { entry } });
      if (entry.kind === 'person') for (const title of entry.titles) keys.push({ key: title.title, value: { entry, title } });
    }
    this.matcher = new DictionaryMatcher(keys);
  }

  /** Tags named in the text (sections are never matched by mere mention: 经济 is in every story). */
  find(text: string, date: string): TaxonomyHit[] {
    const hits = new Map<number, TaxonomyHit>();
    for (const m of this.matcher.find(text)) {
      const { entry, title } = m.value;
      if (entry.kind === 'section') continue;
      if (title && !heldOn(title, date)) continue;
      const h = hits.get(entry.id);
      if (h) {
        h.count++;
        if (!title) delete h.viaTitle;
      } else {
        hits.set(entry.id, { id: entry.id, name: entry.name, kind: entry.kind, count: 1, ...(title ? { viaTitle: title.title } : {}) });
      }
    }
    return [...hits.values()];
  }

  /** The tag a name or synonym stands for, preferring an exact name. */
  resolve(name: string): TaxonomyEntry | undefined {
    return this.entries.find((e) => e.name === name) ?? this.entries.find((e) => e.synonyms.includes(name));
  }
}
