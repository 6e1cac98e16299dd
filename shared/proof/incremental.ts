import type { CheckOptions } from './engine';
import { checkParagraph, neighbours } from './engine';
import type { Finding } from './types';

/**
 * Memo of per-paragraph results for live checking while editing. A paragraph's findings
 * depend on its own text and on its non-blank neighbours (broken-paragraph looks at the
 * previous one, quote balance at the next), so the key holds all three: editing one
 * paragraph re-checks at most it and its two neighbours.
 */
export class ProofCache {
  private readonly entries = new Map<string, Finding[]>();
  private optionsKey: unknown[] | null = null;
  /** Paragraphs answered from the cache / re-checked, since creation. */
  readonly stats = { hits: 0, misses: 0 };

  constructor(private readonly maxEntries = 20_000) {}

  /** Drop everything when the lexicons or category filter change. */
  bind(options: CheckOptions | undefined): void {
    const key = [options?.lexicons ?? null, options?.categories?.join(',') ?? '*'];
    if (!this.optionsKey || this.optionsKey.some((v, i) => v !== key[i])) {
      this.entries.clear();
      this.optionsKey = key;
    }
  }

  get(key: string): Finding[] | undefined {
    const v = this.entries.get(key);
    if (v) {
      // refresh recency: Map iteration order is insertion order
      this.entries.delete(key);
      this.entries.set(key, v);
    }
    return v;
  }

  set(key: string, v: Finding[]): void {
    this.entries.set(key, v);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Check a document given as paragraphs (lines without line breaks). Returns one array of
 * findings per paragraph, in that paragraph's own UTF-16 coordinates. With a cache, only
 * paragraphs whose text or neighbours changed since the last call are re-checked: the
 * editor calls this on every change. A broken-paragraph finding is zero-width at the
 * start of the paragraph that should be joined to the previous one.
 */
export function checkParagraphs(paragraphs: readonly string[], cache?: ProofCache, options?: CheckOptions): Finding[][] {
  cache?.bind(options);
  const { prev, next } = neighbours(paragraphs);
  return paragraphs.map((text, i) => {
    if (!text.trim()) return [];
    const p = prev[i] ?? null;
    const n = next[i] ?? null;
    if (!cache) return checkParagraph(text, p, n, options);
    const key = `${p ?? '\u0000'}\u0001${text}\u0001${n ?? '\u0000'}`;
    const hit = cache.get(key);
    if (hit) {
      cache.stats.hits++;
      return hit.map((f) => ({ ...f }));
    }
    cache.stats.misses++;
    const found = checkParagraph(text, p, n, options);
    cache.set(key, found);
    return found.map((f) => ({ ...f }));
  });
}
