import { describe, expect, it } from 'vitest';
import { OpenCodes } from '../../../electron/host/open-codes';

describe('one-time codes for opening the browser', () => {
  it('are random, good once, and only for their lifetime', () => {
    let now = 1_000;
    const codes = new OpenCodes(60_000, () => now);
    const a = codes.mint();
    const b = codes.mint();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(b).not.toBe(a);
    expect(codes.redeem(a)).toBe(true);
    expect(codes.redeem(a)).toBe(false);
    now += 60_001;
    expect(codes.redeem(b)).toBe(false);
    const c = codes.mint();
    expect(codes.redeem(c.toUpperCase())).toBe(false);
    expect(codes.redeem('')).toBe(false);
    expect(codes.redeem(null)).toBe(false);
    expect(codes.redeem(c)).toBe(true);
  });
});
