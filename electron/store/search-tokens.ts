/**
 * Text → tokens for the short-query index (see migration 0002). Han runs become overlapping
 * bigrams plus the run's last character, so that a 2-character query is one exact token and a
 * 1-character query is a prefix query. Other letters and digits pass through as words.
 */
const HAN = /\p{Script=Han}/u;

export function bigramTokens(text: string): string {
  const out: string[] = [];
  let run: string[] = [];
  const flushRun = (): void => {
    if (run.length === 0) return;
    for (let i = 0; i + 1 < run.length; i++) out.push(run[i]! + run[i + 1]!);
    out.push(run[run.length - 1]!);
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
  return chars.length === 2 ? `"${query}"` : `"${query}" *`;
}

/** An FTS5 MATCH expression for the trigram index: the query as one quoted phrase. */
export function trigramQuery(query: string): string {
  return `"${query.replaceAll('"', '""')}"`;
}
