import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, injectNonce, securityHeaders } from '../../../electron/host/csp';

describe('content security policy', () => {
  const csp = contentSecurityPolicy({ nonce: 'abc123', connect: ['ws://127.0.0.1:5000'] });
  const directive = (name: string): string => csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

  it('has no unsafe-inline or unsafe-eval anywhere', () => {
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|\*/);
  });

  it('allows scripts only from the app itself and styles only from it or with the nonce', () => {
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('style-src')).toBe("style-src 'self' 'nonce-abc123'");
    expect(directive('default-src')).toBe("default-src 'none'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive('connect-src')).toBe("connect-src 'self' ws://127.0.0.1:5000");
  });

  it('puts the nonce in the document for the UI kit, and sends the hardening headers', () => {
    expect(injectNonce('<html><head><title>x</title></head></html>', 'n1')).toBe('<html><head><meta name="csp-nonce" content="n1"><title>x</title></head></html>');
    expect(securityHeaders(csp)).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'DENY', 'Referrer-Policy': 'no-referrer' });
  });
});
