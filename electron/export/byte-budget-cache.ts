/**
 * A least-recently-used cache bounded by the bytes its values hold, not by their number: for
 * converted pictures kept across export runs, where one entry may be 50 KB or 5 MB.
 */
export class ByteBudgetCache<V> {
  // Map order is the recency order: a hit moves to the back, eviction takes from the front.
  private readonly entries = new Map<string, V>();
  private bytes = 0;

  constructor(
    private readonly budget: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  /** Bytes held now (never above the budget). */
  get held(): number {
    return this.bytes;
  }

  get(key: string): V | undefined {
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Keeps `value`, evicting the least recently used entries to stay within the budget; a value larger than the whole budget is not kept. */
  set(key: string, value: V): void {
    const old = this.entries.get(key);
    if (old !== undefined) {
      this.entries.delete(key);
      this.bytes -= this.sizeOf(old);
    }
    const size = this.sizeOf(value);
    if (size > this.budget) return;
    this.entries.set(key, value);
    this.bytes += size;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.budget) break;
      this.entries.delete(k);
      this.bytes -= this.sizeOf(v);
    }
  }
}
