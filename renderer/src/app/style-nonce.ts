import { cspNonce } from './csp-nonce';

/**
 * Give every <style> element created by our own bundle the page's CSP nonce. antd's CSS-in-JS
 * takes the nonce from ConfigProvider, but two helpers underneath it (scroll-bar measuring in
 * tables and the scroll lock of modals and drawers) create <style> elements without one, which
 * the CSP then blocks and reports. Markup injected as HTML never passes through createElement,
 * so this does not widen what the CSP allows.
 */
export function installStyleNonce(doc: Document = document): void {
  const nonce = cspNonce(doc);
  if (!nonce) return;
  const original = doc.createElement.bind(doc) as (tag: string, options?: ElementCreationOptions) => HTMLElement;
  doc.createElement = ((tag: string, options?: ElementCreationOptions) => {
    const el = original(tag, options);
    if (tag.toLowerCase() === 'style') (el as HTMLStyleElement).nonce = nonce;
    return el;
  }) as Document['createElement'];
}
