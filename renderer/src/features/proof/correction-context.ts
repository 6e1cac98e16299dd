/** How many characters of the text the corrections list shows on each side of a correction. */
export const CONTEXT_CHARS = 10;

/**
 * The text around a correction as the list shows it: up to `n` characters (code points, never half
 * a surrogate pair) before and after [start, end), paragraph breaks as ↵, with … where cut.
 */
export function correctionContext(body: string, start: number, end: number, n = CONTEXT_CHARS): { before: string; marked: string; after: string } {
  const s = Math.max(0, Math.min(start, body.length));
  const e = Math.max(s, Math.min(end, body.length));
  const beforeCps = Array.from(body.slice(0, s));
  const afterCps = Array.from(body.slice(e));
  const show = (x: string): string => x.replace(/\n/g, '↵');
  return {
    before: (beforeCps.length > n ? '…' : '') + show(beforeCps.slice(-n).join('')),
    marked: show(body.slice(s, e)),
    after: show(afterCps.slice(0, n).join('')) + (afterCps.length > n ? '…' : ''),
  };
}
