import type { LexiconKind } from './matcher';
import type { LexiconEntry, Lexicons } from './types';

/** One entry of the effective word lists: which list it belongs to and whether it is in force. */
export interface KindedEntry {
  kind: LexiconKind;
  entry: LexiconEntry;
  enabled: boolean;
}

/**
 * The Lexicons the checker runs on, from shipped defaults and the newsroom's own entries in one
 * list. Always a new object: the checker indexes a Lexicons object once, so a change to the
 * lists must arrive as a fresh object (and with it a fresh index and a cleared ProofCache).
 */
export function lexiconsFrom(entries: Iterable<KindedEntry>): Lexicons {
  const out: Lexicons = { confusables: [], variants: [], formulations: [], banned: [], names: [] };
  for (const e of entries) if (e.enabled) out[e.kind].push(e.entry);
  return out;
}

/** An entry as the contract lists it (lexicons.list): the LexiconEntry fields, nulls for absent conditions. */
export interface ListedEntry {
  kind: LexiconKind;
  enabled: boolean;
  wrong: string;
  right: string;
  alternatives: readonly string[];
  before: string | null;
  after: string | null;
  notBefore: string | null;
  notAfter: string | null;
  note: string;
  source: string;
  date: string;
}

/** The checker's Lexicons from what lexicons.list returned (the renderer and the CLI run the checker on these). */
export function lexiconsFromListed(entries: Iterable<ListedEntry>): Lexicons {
  const kinded: KindedEntry[] = [];
  for (const e of entries) {
    const entry: LexiconEntry = { wrong: e.wrong, right: e.right, source: e.source, date: e.date };
    if (e.alternatives.length) entry.alternatives = [...e.alternatives];
    if (e.before) entry.before = e.before;
    if (e.after) entry.after = e.after;
    if (e.notBefore) entry.notBefore = e.notBefore;
    if (e.notAfter) entry.notAfter = e.notAfter;
    if (e.note) entry.note = e.note;
    kinded.push({ kind: e.kind, entry, enabled: e.enabled });
  }
  return lexiconsFrom(kinded);
}
