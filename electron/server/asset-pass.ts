import { randomBytes } from 'node:crypto';

/** The cookie a newsroom page gets with its HTML: what its font requests carry back. */
export const ASSET_COOKIE = 'banxin_assets';
const VALUE = /^[A-Za-z0-9_-]{43}$/;

/** What a pass is bound to: a socket's session, signed in or not (read at request time). */
interface BoundSession {
  readonly userId: number | null;
}

/**
 * Fonts on a newsroom server are the paper's licensed files (a 方正 or 汉仪 face a 美编 added), so
 * they go only to a browser with a signed-in socket — not to anyone on the LAN who asks.
 *
 * The page's HTML sets an HttpOnly, SameSite=Strict cookie holding a random pass; the page's
 * WebSocket upgrade carries the same cookie, and the pass is bound to that socket's session. A font
 * request is served while some live socket holding its pass is signed in. Nothing reaches scripts
 * (HttpOnly), nothing goes in URLs or logs, and the renderer needs no change: fonts fetched from
 * the page are same-origin requests, which carry the cookie.
 */
export class AssetPasses {
  private readonly live = new Map<string, Set<BoundSession>>();

  constructor(private readonly secure: boolean) {}

  /** The pass in a request's Cookie header, if it has a well-formed one. */
  passOf(cookieHeader: string | undefined): string | null {
    for (const part of (cookieHeader ?? '').split(';')) {
      const eq = part.indexOf('=');
      if (eq < 0 || part.slice(0, eq).trim() !== ASSET_COOKIE) continue;
      const value = part.slice(eq + 1).trim();
      if (VALUE.test(value)) return value;
    }
    return null;
  }

  /** A Set-Cookie header for a page that does not hold a pass yet (null when it does). */
  cookieFor(cookieHeader: string | undefined): string | null {
    if (this.passOf(cookieHeader)) return null;
    const value = randomBytes(32).toString('base64url');
    return `${ASSET_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict${this.secure ? '; Secure' : ''}`;
  }

  /** Bind a socket's session to the pass its upgrade carried; the returned function unbinds it. */
  bind(pass: string, session: BoundSession): () => void {
    let sessions = this.live.get(pass);
    if (!sessions) this.live.set(pass, (sessions = new Set()));
    sessions.add(session);
    return () => {
      sessions.delete(session);
      if (sessions.size === 0 && this.live.get(pass) === sessions) this.live.delete(pass);
    };
  }

  /** Whether a request's pass belongs to a live socket that is signed in now. */
  allows(cookieHeader: string | undefined): boolean {
    const pass = this.passOf(cookieHeader);
    if (!pass) return false;
    for (const s of this.live.get(pass) ?? []) if (s.userId !== null) return true;
    return false;
  }
}
