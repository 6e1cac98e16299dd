import { describe, expect, it } from 'vitest';
import { ByteBudgetCache } from '../../../electron/export/byte-budget-cache';

const bytes = (n: number): Uint8Array => new Uint8Array(n);

describe('ByteBudgetCache: least recently used out, within a byte budget', () => {
  it('evicts the least recently used entries once the bytes exceed the budget', () => {
    const c = new ByteBudgetCache<Uint8Array>(100, (v) => v.length);
    c.set('a', bytes(40));
    c.set('b', bytes(40));
    expect(c.get('a')).toBeDefined(); // a is now the most recent
    c.set('c', bytes(40)); // 120 > 100: b goes
    expect([c.get('a') !== undefined, c.get('b') !== undefined, c.get('c') !== undefined]).toEqual([true, false, true]);
    expect(c.held).toBe(80);
  });

  it('counts a replaced key once, and never keeps a value larger than the budget', () => {
    const c = new ByteBudgetCache<Uint8Array>(100, (v) => v.length);
    c.set('a', bytes(60));
    c.set('a', bytes(30));
    expect(c.held).toBe(30);
    c.set('huge', bytes(101));
    expect(c.get('huge')).toBeUndefined();
    expect(c.held).toBe(30);
  });
});
