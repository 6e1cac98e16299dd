import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Passwords and PINs as scrypt hashes (node:crypto): a fresh 16-byte salt per secret, and the cost
 * stored beside the hash so that it can be raised later without invalidating older hashes.
 * Format: `scrypt$N$r$p$salt(base64)$hash(base64)`.
 */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** OWASP's scrypt floor for interactive logins (N=2^17 r=8 p=1 costs 128 MiB a try: too much for a desk PC serving 60). */
export const DEFAULT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(secret: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; allow twice that so Node's default 32 MiB cap does not refuse N=2^15.
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => scrypt(secret.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))));
}

export async function hashSecret(secret: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, cost);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

/** Does the secret match the stored hash? A malformed stored value never matches. */
export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((x) => Number.isSafeInteger(x) && x > 0)) return false;
  const salt = Buffer.from(parts[4]!, 'base64');
  const expected = Buffer.from(parts[5]!, 'base64');
  if (expected.length !== KEY_LENGTH) return false;
  const key = await derive(secret, salt, { N, r, p });
  return timingSafeEqual(key, expected);
}

/**
 * A hash made once per process from nothing, to verify against when the name is unknown: the answer
 * then takes as long as for a real account, so timing does not tell which names exist.
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  return (decoy ??= hashSecret(randomBytes(16).toString('base64')));
}

/** A session token: 32 random bytes, base64url. Only its SHA-256 is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a session token: it has 256 bits of entropy, so a fast hash suffices (no salt, no scrypt). */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
