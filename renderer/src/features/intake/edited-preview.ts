import type { ImportedStoryView } from '../../../../shared/api/methods/intake';
import { applyStructureEdits, itemFields, type StructureEdit, type StructureItem } from '../../../../shared/model/structure-edits';
import { countChars } from '../../../../shared/text/count-chars';

/** A story of the live preview: the fields after the edits, and the importer's story its first line came from. */
export interface PreviewStory extends ImportedStoryView {
  /** Position of the importer's story that holds this item's first line (its duplicate warning applies). */
  origin: number;
  /** Id of the first line: a key that survives edits around it. */
  key: string;
}

/** The importer's structure as the core returned it (a preview made without edits). */
export function baseStructure(stories: readonly ImportedStoryView[]): StructureItem[] {
  return stories.map((s) => ({ kind: s.kind, lines: s.lines }));
}

/**
 * The preview after the editor's structure edits, computed here with the same shared model the
 * core applies on commit, so what is shown is what is stored. A found story's repairs stay listed
 * once, on the item holding its first line (as the core lists them). Throws StructureEditError.
 */
export function editedStories(base: readonly ImportedStoryView[], edits: readonly StructureEdit[]): PreviewStory[] {
  const items = applyStructureEdits(baseStructure(base), edits);
  const firstLine = new Map<number, string>();
  for (const it of items) for (const l of it.lines) if (!firstLine.has(l.origin)) firstLine.set(l.origin, l.id);
  return items.map((item) => {
    const f = itemFields(item);
    const head = item.lines[0];
    const origin = head?.origin ?? 0;
    const holds = base.flatMap((s, o) => (item.lines.some((l) => l.id === firstLine.get(o)) ? [s] : []));
    return {
      ...f,
      lines: item.lines,
      origin,
      key: head?.id ?? String(origin),
      repairs: holds.flatMap((s) => s.repairs),
      charCount: countChars([f.kicker, f.headline, f.subhead, ...f.body].join('')),
      similar: base[origin]?.similar ?? null,
      // A multi-page PDF's item is on the page its first line was read from.
      ...(base[origin]?.page !== undefined ? { page: base[origin].page } : {}),
    };
  });
}

/** Positions to skip on commit: items whose first line comes from a story the editor chose to skip. */
export function skipPositions(stories: readonly PreviewStory[], skippedOrigins: ReadonlySet<number>): number[] {
  return stories.flatMap((s, i) => (skippedOrigins.has(s.origin) ? [i] : []));
}
