import type { LexiconEntryView } from '../../../shared/api/methods/lexicons';
import { LEXICON_KINDS } from '../../../shared/api/methods/lexicons';
import { defaultLexicons } from '../../../shared/proof/lexicons/index';
import { lexiconsFrom, type KindedEntry } from '../../../shared/proof/lexicons/merge';
import type { LexiconEntry, Lexicons } from '../../../shared/proof/lexicons/types';
import { defaultKey, lexiconsRepo, type LexiconRow } from '../../store/lexicons-repo';
import type { Db } from '../../store/open-database';

let shipped: Lexicons | null = null;
/** The shipped defaults, built once per process (they are code, not data). */
const shippedLexicons = (): Lexicons => (shipped ??= defaultLexicons());

// Merged lists per connection. Keyed by the Db object, so a restore from backup (a new
// connection) starts afresh without being told; writes here call lexiconsChanged.
const cache = new WeakMap<Db, Lexicons>();

function toEntry(r: LexiconRow): LexiconEntry {
  const e: LexiconEntry = { wrong: r.wrong, right: r.right, source: r.source, date: r.date };
  if (r.alternatives.length) e.alternatives = r.alternatives;
  if (r.before) e.before = r.before;
  if (r.after) e.after = r.after;
  if (r.notBefore) e.notBefore = r.notBefore;
  if (r.notAfter) e.notAfter = r.notAfter;
  if (r.note) e.note = r.note;
  return e;
}

function* kinded(db: Db): Generator<KindedEntry> {
  const disabled = lexiconsRepo.disabledDefaults(db);
  const defaults = shippedLexicons();
  for (const kind of LEXICON_KINDS) {
    for (const entry of defaults[kind]) yield { kind, entry, enabled: !disabled.has(defaultKey(kind, entry.wrong, entry.right)) };
  }
  for (const r of lexiconsRepo.list(db)) yield { kind: r.kind, entry: toEntry(r), enabled: true };
}

/** The word lists the checker runs on for this database: defaults less those switched off, plus the newsroom's. */
export function newsroomLexicons(db: Db): Lexicons {
  let lex = cache.get(db);
  if (!lex) {
    lex = lexiconsFrom(kinded(db));
    cache.set(db, lex);
  }
  return lex;
}

/** Forget the merged lists after a write (the next check builds and indexes them again). */
export function lexiconsChanged(db: Db): void {
  cache.delete(db);
}

/** A shipped default as the UI lists it. */
export function shippedView(kind: LexiconEntryView['kind'], e: LexiconEntry, enabled: boolean): LexiconEntryView {
  return {
    id: null, kind, shipped: true, enabled, wrong: e.wrong, right: e.right, alternatives: e.alternatives ?? [],
    before: e.before ?? null, after: e.after ?? null, notBefore: e.notBefore ?? null, notAfter: e.notAfter ?? null,
    note: e.note ?? '', source: e.source, date: e.date, createdBy: null, updatedAt: null,
  };
}

/** A newsroom entry as the UI lists it. */
export function rowView(r: LexiconRow): LexiconEntryView & { id: number } {
  const { id, kind, wrong, right, alternatives, before, after, notBefore, notAfter, note, source, date, createdBy, updatedAt } = r;
  return { id, kind, shipped: false, enabled: true, wrong, right, alternatives, before, after, notBefore, notAfter, note, source, date, createdBy, updatedAt };
}

/** Every entry, shipped first then the newsroom's, per list. */
export function allViews(db: Db): LexiconEntryView[] {
  const disabled = lexiconsRepo.disabledDefaults(db);
  const defaults = shippedLexicons();
  const out: LexiconEntryView[] = [];
  for (const kind of LEXICON_KINDS) {
    for (const e of defaults[kind]) out.push(shippedView(kind, e, !disabled.has(defaultKey(kind, e.wrong, e.right))));
  }
  for (const r of lexiconsRepo.list(db)) out.push(rowView(r));
  return out;
}

/** The shipped default with this key, if any. */
export function findShipped(kind: LexiconEntryView['kind'], wrong: string, right: string): LexiconEntry | undefined {
  return shippedLexicons()[kind].find((e) => e.wrong === wrong && e.right === right);
}
