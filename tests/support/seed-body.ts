/**
 * The seed page's body prepared as intake does it, for composer tests and benchmarks: ASCII
 * punctuation in Chinese context made full-width, paragraphs broken mid-sentence (PDF damage)
 * rejoined, the headline dropped. A test-only stand-in for shared/text.
 */
export function seedBody(raw: string): string[] {
  const FULL: Record<string, string> = { ',': '，', '?': '？', '!': '！', ';': '；', ':': '：', '(': '（', ')': '）' };
  const cjk = /[\u3000-\u9fff\uff00-\uffef]/;
  const paras = raw
    .split(/\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .map((l) =>
      Array.from(l)
        .map((ch, i, arr) => {
          const f = FULL[ch];
          if (!f) return ch;
          const near = (arr[i - 1] ?? '') + (arr[i + 1] ?? '') + (arr[i + 2] ?? '');
          return cjk.test(near) || /\s/.test(arr[i + 1] ?? '') ? f : ch;
        })
        .join(''),
    );
  const out: string[] = [];
  for (const p of paras) {
    const prev = out[out.length - 1];
    if (prev !== undefined && !/[。！？”」』）…：]$/.test(prev) && out.length > 1) out[out.length - 1] = prev + p;
    else out.push(p);
  }
  return out.slice(1);
}
