/**
 * How alike two bodies of copy are, as a share from 0 to 1: the Dice coefficient over character
 * bigrams of their letters, digits and Han characters (NFKC, punctuation and spaces dropped, so
 * full-width vs ASCII punctuation, repaired line breaks and spacing do not count as differences).
 * Bigrams suit Chinese, where words are one to four characters and nothing separates them; a
 * story re-sent with a corrected figure or a sentence added stays above 0.9.
 */
export function textSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  let sizeX = 0;
  let sizeY = 0;
  for (const n of x.values()) sizeX += n;
  for (const n of y.values()) sizeY += n;
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
  return (2 * shared) / (sizeX + sizeY);
}

/** The characters that carry the text: Han, letters and digits, after NFKC. */
export function coreCharacters(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}

function bigrams(text: string): Map<string, number> {
  const cps = [...coreCharacters(text)];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < cps.length; i++) {
    const g = cps[i]! + cps[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}
