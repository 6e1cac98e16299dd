// Characters XML 1.0 forbids (C0 controls other than tab/newline/CR, U+FFFE/U+FFFF) and
// lone surrogates: either would make the whole SVG document fail to parse.
// oxlint-disable-next-line no-control-regex -- matching control characters is the point here.
const INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for XML element content or a quoted attribute. Characters XML cannot carry
 * become U+FFFD one for one, so the number of code points — and with it the glyph x list —
 * stays the same.
 */
export function escapeXml(s: string): string {
  return s.replace(INVALID, '\uFFFD').replace(SPECIAL, (c) => ENTITY[c]!);
}
