// A 16-page issue's body text for the composer benchmarks, built from the seed page: the seed's
// paragraphs, normalised to full-width punctuation and rejoined where the PDF extraction broke
// them, then as many further "pages" as needed. A real issue does not repeat one page sixteen
// times, and a composer that reuses work per paragraph would gain from it, so each further page
// takes the seed's sentences in a shuffled order (seeded: every run sets the same text) and
// regroups them into paragraphs of about the seed's lengths: the same characters and
// punctuation, no paragraph repeated.
import { existsSync, readFileSync } from 'node:fs';
import { seedBody } from '../support/seed-body';

export const SEED = '/work/shared/seed/000_482dc2148900315e.txt';

// Sentences end after 。！？ (and any closing quote that follows).
const sentencesOf = (p: string): string[] => p.match(/[^。！？]+(?:[。！？]+[”’」』）]*|$)/g) ?? [p];

/** Paragraphs totalling at least `target` characters, none repeated (see above). */
export function issueParagraphs(target: number): string[] {
  if (!existsSync(SEED)) throw new Error(`seed text not found: ${SEED}`);
  const body = seedBody(readFileSync(SEED, 'utf8'));
  const out: string[] = [...body];
  const seen = new Set<string>(body);
  const sentences = body.flatMap(sentencesOf);
  let chars = body.reduce((n, p) => n + p.length, 0);
  let seed = 1;
  const random = (): number => ((seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff);
  for (let copy = 1; chars < target; copy++) {
    if (copy > 1000) throw new Error(`cannot make ${target} characters of distinct paragraphs from the seed`);
    // A seeded shuffle of the sentences, regrouped into paragraphs of the seed's lengths.
    const order = sentences.map((s) => ({ s, k: random() })).sort((x, y) => x.k - y.k).map((x) => x.s);
    let i = 0;
    for (const model of body) {
      if (chars >= target || i >= order.length) break;
      let p = order[i++]!;
      while (p.length < model.length * 0.8 && i < order.length) p += order[i++]!;
      if (seen.has(p)) continue;
      seen.add(p);
      out.push(p);
      chars += p.length;
    }
  }
  return out;
}
