/** The per-document CSP nonce the host injects as <meta name="csp-nonce">; antd needs it for its <style> tags. */
export function cspNonce(doc: Document = document): string | undefined {
  return doc.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? undefined;
}
