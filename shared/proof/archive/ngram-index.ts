/**
 * Character n-gram counts (orders 1–4) over the Han runs of a newsroom's own stories, kept
 * small enough to hold a few million characters of 稿库 in memory:
 *
 * - each Han character gets a 13-bit id, so a 4-gram is one safe integer (52 bits) and the maps
 *   hold numbers, not strings (a few times smaller in V8);
 * - the "masked" index, which answers "what fills the gap in 县长李梦_?", lists only the fillers
 *   of 4-grams seen at least twice: a suggestion needs several sightings anyway.
 *
 * Texts can be added and removed again (a story edited or taken out), so the index follows the
 * 稿库 without being rebuilt.
 */
import { hanRuns } from './han-runs';

const BITS = 8192; // 2^13 ids per character slot; id 0 is the gap of a masked key
const MAX_ORDER = 4;
/** A 4-gram's filler is listed under its masked keys once the 4-gram is seen this often. */
export const FILLER_MIN_COUNT = 2;

export interface Filler {
  /** The code point that fills the gap. */
  readonly cp: number;
  /** How often the 4-gram with this filler occurs in the archive. */
  readonly count: number;
}

export class NgramIndex {
  private readonly ids = new Map<number, number>();
  private readonly cps: number[] = [0];
  private readonly grams: Map<number, number>[] = Array.from({ length: MAX_ORDER + 1 }, () => new Map<number, number>());
  /** Masked 4-gram key → ids of the characters seen (≥ FILLER_MIN_COUNT times) in the gap. */
  private readonly fillers = new Map<number, number[]>();
  private han = 0;

  /** Han characters currently indexed. */
  get hanChars(): number {
    return this.han;
  }

  /** Distinct n-grams held, per order (1–4), and masked keys: for the memory figures. */
  get sizes(): { grams: number[]; masked: number } {
    return { grams: this.grams.slice(1).map((m) => m.size), masked: this.fillers.size };
  }

  /**
   * False when the character table is full and this character never got an id: its counts are
   * unknown, not zero (a newsroom's copy uses some 6,000 characters, the table holds 8,191).
   */
  knows(cp: number): boolean {
    return this.ids.has(cp) || this.cps.length < BITS;
  }

  add(text: string): void {
    this.apply(text, 1);
  }

  /** Take out a text added before (the same string). */
  remove(text: string): void {
    this.apply(text, -1);
  }

  /** How often the characters `chars[from .. from+n)` occur together (n ≤ 4). */
  count(chars: readonly number[], from = 0, n = chars.length - from): number {
    if (n < 1 || n > MAX_ORDER) throw new RangeError(`n-gram order ${n}`);
    let key = 0;
    for (let k = from; k < from + n; k++) {
      const id = this.ids.get(chars[k]!);
      if (id === undefined) return 0;
      key = key * BITS + id;
    }
    return this.grams[n]!.get(key) ?? 0;
  }

  /**
   * What the archive puts at position `gap` of a 4-gram whose other three characters are those of
   * `chars` (chars[gap] itself is ignored): every filler seen at least FILLER_MIN_COUNT times.
   */
  fillersAt(chars: readonly number[], gap: number): Filler[] {
    let key = 0;
    for (let k = 0; k < MAX_ORDER; k++) {
      let id = 0;
      if (k !== gap) {
        const known = this.ids.get(chars[k]!);
        if (known === undefined) return [];
        id = known;
      }
      key = key * BITS + id;
    }
    const list = this.fillers.get(key);
    if (!list) return [];
    const place = BITS ** (MAX_ORDER - 1 - gap);
    return list.map((id) => ({ cp: this.cps[id]!, count: this.grams[MAX_ORDER]!.get(key + id * place) ?? 0 }));
  }

  private idOf(cp: number, create: boolean): number | undefined {
    let id = this.ids.get(cp);
    if (id === undefined && create && this.cps.length < BITS) {
      id = this.cps.length;
      this.cps.push(cp);
      this.ids.set(cp, id);
    }
    return id;
  }

  private apply(text: string, sign: 1 | -1): void {
    for (const run of hanRuns(text)) {
      const ids = run.chars.map((cp) => this.idOf(cp, sign > 0));
      this.han += sign * run.chars.length;
      for (let i = 0; i < ids.length; i++) {
        let key = 0;
        for (let n = 1; n <= MAX_ORDER && i + n <= ids.length; n++) {
          const id = ids[i + n - 1];
          if (id === undefined) break; // a character the full table could not take: no gram through it
          key = key * BITS + id;
          const map = this.grams[n]!;
          const before = map.get(key) ?? 0;
          const after = before + sign;
          if (after > 0) map.set(key, after);
          else map.delete(key);
          if (n === MAX_ORDER) this.updateFillers(key, before, after);
        }
      }
    }
  }

  /** Keep the masked keys of a 4-gram in step with its count crossing FILLER_MIN_COUNT. */
  private updateFillers(key: number, before: number, after: number): void {
    const listed = before >= FILLER_MIN_COUNT;
    const list = after >= FILLER_MIN_COUNT;
    if (listed === list) return;
    for (let gap = 0; gap < MAX_ORDER; gap++) {
      const place = BITS ** (MAX_ORDER - 1 - gap);
      const id = Math.floor(key / place) % BITS;
      const masked = key - id * place;
      const fillers = this.fillers.get(masked);
      if (list) {
        if (fillers) fillers.push(id);
        else this.fillers.set(masked, [id]);
      } else if (fillers) {
        const at = fillers.indexOf(id);
        if (at >= 0) fillers.splice(at, 1);
        if (fillers.length === 0) this.fillers.delete(masked);
      }
    }
  }
}
