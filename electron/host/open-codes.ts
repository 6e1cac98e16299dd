import { randomBytes } from 'node:crypto';
import { tokenMatches } from './request-policy';

/**
 * One-time codes for opening the browser. A command line is readable by every local account (the
 * process list), so the browser is started on `/?code=…` rather than the per-run token: the code
 * is good once, for a short while, and the host trades it for the token cookie and a redirect.
 * Seen in `ps` afterwards it opens nothing.
 */
export class OpenCodes {
  private readonly codes = new Map<string, number>();

  constructor(
    private readonly ttlMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  mint(): string {
    const code = randomBytes(16).toString('hex');
    this.codes.set(code, this.now() + this.ttlMs);
    return code;
  }

  /** True once for a live code; the code is gone afterwards whatever the answer. */
  redeem(given: string | null): boolean {
    if (!given) return false;
    const t = this.now();
    let ok = false;
    for (const [code, expires] of this.codes) {
      if (expires < t) this.codes.delete(code);
      else if (tokenMatches(given, code)) {
        this.codes.delete(code);
        ok = true;
      }
    }
    return ok;
  }
}
