/**
 * The Content-Security-Policy of every window, in Electron and in browser mode: no inline script,
 * no eval, no remote anything. Styles need a nonce because the UI kit injects <style> elements;
 * the nonce is fresh per document so injected markup cannot guess it.
 */
export function contentSecurityPolicy(opts: { nonce: string; connect?: string[] }): string {
  const connect = ["'self'", ...(opts.connect ?? [])].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${opts.nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "worker-src 'self' blob:",
  ].join('; ');
}

/** Headers sent with every response of the web host. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
  };
}

/** Put the per-document nonce where the renderer finds it (the UI kit needs it for its <style> tags). */
export function injectNonce(html: string, nonce: string): string {
  return html.replace(/<head>/i, `<head><meta name="csp-nonce" content="${nonce}">`);
}

/**
 * Exported files served back to the user (the e-paper opened from the app): our own static HTML,
 * so no script may run at all, nothing may frame it, and it loads only its own images and styles.
 */
export const EXPORTED_CONTENT_POLICY = "default-src 'none'; img-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; script-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
