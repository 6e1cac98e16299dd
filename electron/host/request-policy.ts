import { timingSafeEqual } from 'node:crypto';

/**
 * Who may talk to the loopback web host. Pure functions, table-tested: the Host header must name
 * this loopback port (DNS rebinding sends a foreign Host), an Origin, when present, must be ours,
 * and the per-run token must match.
 */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

export function isAllowedOrigin(origin: string | undefined, port: number, requireOrigin: boolean): boolean {
  if (origin === undefined) return !requireOrigin;
  return allowedHosts(port).some((h) => origin.toLowerCase() === `http://${h}`);
}

export function tokenMatches(given: string | undefined | null, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === TOKEN_COOKIE) return v.join('=');
  }
  return undefined;
}

export const TOKEN_COOKIE = 'banxin_token';
