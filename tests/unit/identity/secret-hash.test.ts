import { describe, expect, it } from 'vitest';
import { hashSecret, newSessionToken, tokenHash, verifySecret } from '../../../electron/core/identity/secret-hash';

// A cheap cost for the unit test: the format and the checks do not depend on it (the integration tests use the default).
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe('secret hashes (scrypt) and session tokens', () => {
  it('stores the cost and a fresh salt with each hash, and verifies only the same secret', async () => {
    const a = await hashSecret('永康日报-密码', CHEAP);
    const b = await hashSecret('永康日报-密码', CHEAP);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(a).not.toBe(b); // a salt per hash
    expect(await verifySecret('永康日报-密码', a)).toBe(true);
    expect(await verifySecret('永康日报-密碼', a)).toBe(false);
    expect(await verifySecret('', a)).toBe(false);
  });

  it('treats composed and decomposed forms of the same text as the same secret (NFC)', async () => {
    const h = await hashSecret('Café', CHEAP);
    expect(await verifySecret('Cafe\u0301', h)).toBe(true);
  });

  it('never matches a tampered or malformed stored value', async () => {
    const h = await hashSecret('secret-one', CHEAP);
    const parts = h.split('$');
    const flipped = [...parts.slice(0, 5), Buffer.from(Buffer.from(parts[5]!, 'base64').map((x, i) => (i === 0 ? x ^ 1 : x))).toString('base64')].join('$');
    expect(await verifySecret('secret-one', flipped)).toBe(false);
    expect(await verifySecret('secret-one', parts.slice(0, 5).join('$'))).toBe(false);
    expect(await verifySecret('secret-one', h.replace('scrypt$1024', 'scrypt$0'))).toBe(false);
    expect(await verifySecret('secret-one', 'plain-text-password')).toBe(false);
  });

  it('makes unguessable tokens and stores only their SHA-256', () => {
    const t1 = newSessionToken();
    const t2 = newSessionToken();
    expect(t1).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(t1).not.toBe(t2);
    expect(tokenHash(t1)).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenHash(t1)).not.toContain(t1);
  });
});
