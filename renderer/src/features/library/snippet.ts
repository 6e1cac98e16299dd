/** Start and end of a hit in a search snippet (private-use characters, never in copy). */
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/**
 * Split a search snippet into plain and highlighted parts. An unterminated hit runs to the end;
 * stray end markers are dropped, so malformed input never shows the private-use characters.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  let buf = '';
  const flush = (): void => {
    if (buf) parts.push({ text: buf, hit });
    buf = '';
  };
  for (const ch of snippet) {
    if ((ch === HIT_START && !hit) || (ch === HIT_END && hit)) {
      flush();
      hit = !hit;
    } else if (ch !== HIT_START && ch !== HIT_END) buf += ch;
  }
  flush();
  return parts;
}
