/** One name (or synonym, or title) the newsroom keeps, pointing at its tag. */
export interface DictionaryEntry<T> {
  key: string;
  value: T;
}

export interface DictionaryMatch<T> {
  value: T;
  key: string;
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
}

/**
 * Finds the newsroom's own names in a text, leftmost-longest and without overlaps, so that
 * 永康五金技师学院 is found once and not also as 永康. Entries are bucketed by their first UTF-16
 * unit, which keeps a scan linear in the text for lists of a few thousand names.
 */
export class DictionaryMatcher<T> {
  private readonly buckets = new Map<string, Array<DictionaryEntry<T>>>();

  constructor(entries: Iterable<DictionaryEntry<T>>) {
    for (const e of entries) {
      if (e.key.length < 2) continue;
      const k = e.key[0]!;
      let b = this.buckets.get(k);
      if (!b) this.buckets.set(k, (b = []));
      b.push(e);
    }
    for (const b of this.buckets.values()) b.sort((x, y) => y.key.length - x.key.length);
  }

  get size(): number {
    let n = 0;
    for (const b of this.buckets.values()) n += b.length;
    return n;
  }

  /** Every match, in text order. */
  find(text: string): Array<DictionaryMatch<T>> {
    const out: Array<DictionaryMatch<T>> = [];
    let i = 0;
    while (i < text.length) {
      const bucket = this.buckets.get(text[i]!);
      const hit = bucket?.find((e) => text.startsWith(e.key, i));
      if (hit) {
        out.push({ value: hit.value, key: hit.key, start: i, end: i + hit.key.length });
        i += hit.key.length;
      } else {
        i++;
      }
    }
    return out;
  }
}
