import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { contentSecurityPolicy, injectNonce, securityHeaders } from './csp';
import { readStatic } from './static-files';

/** A plain-text refusal under a policy that allows nothing. */
export function refuse(res: ServerResponse, status: number, message: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...securityHeaders("default-src 'none'"), ...extra });
  res.end(message);
}

/**
 * One file of the app (the renderer's HTML and assets, a font) with the strict CSP; HTML gets a
 * fresh style nonce and any `meta` tags the host wants the page to read (e.g. that it is served
 * over plain HTTP off the loopback).
 */
export async function sendAppFile(
  res: ServerResponse,
  found: { file: string; type: string },
  opts: { head: boolean; connect: string[]; headers?: Record<string, string>; meta?: Record<string, string> },
): Promise<void> {
  const nonce = randomBytes(16).toString('base64');
  const headers = { 'Content-Type': found.type, ...securityHeaders(contentSecurityPolicy({ nonce, connect: opts.connect })), ...opts.headers };
  let body = await readStatic(found.file);
  if (found.type.startsWith('text/html')) {
    const metas = Object.entries(opts.meta ?? {}).map(([name, content]) => `<meta name="${name}" content="${content}">`).join('');
    body = Buffer.from(injectNonce(body.toString('utf8'), nonce).replace(/<head>/i, `<head>${metas}`));
  }
  res.writeHead(200, headers);
  res.end(opts.head ? undefined : body);
}
