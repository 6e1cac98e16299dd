/**
 * Text → tokens for the short-query index (see migration 0002). Han runs become every character
 * and every overlapping bigram, so that a 1- or 2-character query is one exact token (no prefix
 * scan over thousands of terms). Other letters and digits pass through as words.
 */
const HAN = /\p{Script=Han}/u;

export function bigramTokens(text: string): string {
  const out: string[] = [];
  let run: string[] = [];
  const flushRun = (): void => {
    if (run.length === 0) return;
    for (let i = 0; i < run.length; i++) {
      out.push(run[i]!);
      if (i + 1 < run.length) out.push(run[i]! + run[i + 1]!);
    }
    run = [];
  };
  let word = '';
  const flushWord = (): void => {
    if (word) out.push(word.toLowerCase());
    word = '';
  };
  for (const ch of text) {
    if (HAN.test(ch)) {
      flushWord();
      run.push(ch);
    } else if (/[\p{L}\p{N}]/u.test(ch)) {
      flushRun();
      word += ch;
    } else {
      flushRun();
      flushWord();
    }
  }
  flushRun();
  flushWord();
  return out.join(' ');
}

/** An FTS5 MATCH expression for a 1–2 character Han query against the bigram index, or null. */
export function shortHanQuery(query: string): string | null {
  const chars = [...query];
  if (chars.length === 0 || chars.length > 2 || !chars.every((c) => HAN.test(c))) return null;
  return `"${query}"`;
}

/** An FTS5 MATCH expression for the trigram index: the query as one quoted phrase. */
export function trigramQuery(query: string): string {
  return `"${query.replaceAll('"', '""')}"`;
}
