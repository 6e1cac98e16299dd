/**
 * The newsroom server has no per-run token: a WebSocket is accepted when its Origin is the very
 * address the browser loaded the app from (scheme and Host), so a page on another site cannot
 * open a socket in a desk's name. Who the person is, is then the sign-in's business.
 */
export function isSameOrigin(origin: string | undefined, host: string | undefined, secure: boolean): boolean {
  if (!origin || !host) return false;
  return origin.toLowerCase() === `${secure ? 'https' : 'http'}://${host.toLowerCase()}`;
}

/** A Host header safe to echo into a header value (a CSP source): host name or address, and a port. */
export function isPlainHost(host: string | undefined): host is string {
  return host !== undefined && /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.test(host);
}
