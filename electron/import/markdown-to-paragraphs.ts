import { textToParagraphs } from './text-to-paragraphs';
import type { SourceParagraph } from './source-paragraph';

/** Strips inline Markdown (emphasis, code, links, images) and keeps the visible text. */
export function stripInlineMarkdown(line: string): string {
  return line
    .replace(/!\[[^\]\n]{0,500}\]\((?:[^()\n]|\([^()\n]{0,200}\)){0,2000}\)/g, '') // images: dropped (no remote resources)
    .replace(/\[([^\]\n]{0,500})\]\((?:[^()\n]|\([^()\n]{0,200}\)){0,2000}\)/g, '$1') // links: keep the text, drop the target
    .replace(/<[^>\n]{0,500}>/g, '') // inline HTML tags and autolinks
    // Emphasis markers are dropped outright: linear time, and Chinese copy has no literal ** or __.
    .replace(/\*\*|__|`/g, '')
    .replace(/(^|[^\\])\*(?=\S)([^*\n]{0,500}?\S)\*/g, '$1$2');
}

/**
 * Markdown → paragraphs: ATX headings (`#`) become heading hints, a line wholly in `**bold**`
 * a bold hint; quote and list markers, emphasis, links and images are stripped to text.
 */
export function markdownToParagraphs(md: string): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  let inFence = false;
  for (const p of textToParagraphs(md)) {
    let t = p.text;
    if (/^(```|~~~)/.test(t)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(p);
      continue;
    }
    if (/^([-*_]\s*){3,}$/.test(t)) continue; // thematic break
    let hint: SourceParagraph['hint'];
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(t);
    if (h) {
      t = h[1] ?? '';
      hint = 'heading';
    } else if (/^(\*\*|__)[^*_]+\1$/.test(t)) {
      hint = 'bold';
    }
    t = t.replace(/^(>\s?)+/, '').replace(/^([-*+]|\d{1,3}[.)])\s+/, '');
    t = stripInlineMarkdown(t).trim();
    if (t.length === 0) continue;
    const q: SourceParagraph = { text: t };
    if (hint) q.hint = hint;
    if (p.afterBlank) q.afterBlank = true;
    out.push(q);
  }
  return out;
}
